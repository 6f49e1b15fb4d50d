/**
 * The viewer as the deck carries it: one script under one CSP hash, made of
 * the core and every feature; anchors people write by hand; the viewer's
 * words in each of the eight languages, with no key left untranslated.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DECK_CSP, deckHtml, titleAnchor } from '../../src/export/html/deck-html.js';
import { VIEWER_FEATURES, VIEWER_SCRIPT } from '../../src/export/html/viewer/index.js';
import { wordsFor } from '../../src/i18n/index.js';
import { LANGUAGES } from '../../src/i18n/languages.js';

const SLIDES =
  '<div class="marpit"><svg viewBox="0 0 1280 720"><foreignObject width="1280" height="720"><section id="1"><h1>One</h1></section></foreignObject></svg></div>';
const html = (lang = 'en') =>
  deckHtml({
    title: 'T',
    slidesHtml: SLIDES,
    css: '',
    notes: ['n'],
    words: wordsFor(lang),
    slides: [{ kind: 'initiative', id: 'backend-system-10', title: 'Backend System 1.0' }],
  });

describe('the viewer script', () => {
  it('is one script, allowed by its hash and nothing else', () => {
    const page = html();
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toEqual([VIEWER_SCRIPT]);
    const hash = createHash('sha256').update(VIEWER_SCRIPT).digest('base64');
    expect(DECK_CSP).toContain(`script-src 'sha256-${hash}';`);
    expect(DECK_CSP.match(/sha256-/g)).toHaveLength(1);
  });

  it('adds no <section> of its own: each one in the deck is a slide', () => {
    expect(html().match(/<section\b/g)).toHaveLength(1);
  });

  it('carries every feature, each a plain function of the API', () => {
    for (const feature of VIEWER_FEATURES) {
      expect(VIEWER_SCRIPT).toContain(feature.toString());
      expect(feature.toString()).toMatch(new RegExp(`^function ${feature.name}\\(api\\)`));
    }
    // Nothing from a module scope or a bundler's helpers can reach the page.
    expect(VIEWER_SCRIPT).not.toMatch(/\b(require|import|exports|__name|__vite)\b/);
  });

  it('gives each slide its title and, where it differs from the id, the title as an anchor', () => {
    const data = JSON.parse(/id="rd-slides">([^<]*)</.exec(html())![1]!);
    expect(data).toEqual([
      { kind: 'initiative', id: 'backend-system-10', title: 'Backend System 1.0', alias: 'backend-system-1-0' },
    ]);
  });
});

describe('titleAnchor', () => {
  it.each([
    ['Backend System 1.0', 'backend-system-1-0'],
    ['New Frontend System - Ready for Adoption', 'new-frontend-system-ready-for-adoption'],
    ['Rework Pull Request & Issue Process', 'rework-pull-request-issue-process'],
    ['  MUI v5 Green-light!  ', 'mui-v5-green-light'],
    ['Überblick 2025', 'überblick-2025'],
    ['検索の高速化 (v2)', '検索の高速化-v2'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
  ])('%s → %s', (title, anchor) => {
    expect(titleAnchor(title)).toBe(anchor);
  });
});

describe.each(LANGUAGES)('the viewer in %s', (lang) => {
  it('writes only translated words: no catalogue key shows, every label reaches the script', () => {
    const page = html(lang);
    const markup = page.slice(
      page.indexOf('</section></foreignObject></svg></div>'),
      page.indexOf('<script type="application/json"'),
    );
    expect(markup).not.toMatch(/\bviewer[A-Z]\w+/);
    expect(markup).toContain(`>${wordsFor(lang).text('viewerHelpTitle')}</h2>`);
    const labels = JSON.parse(/id="rd-labels">([^<]*)</.exec(page)![1]!) as Record<string, string>;
    expect(Object.values(labels).every((text) => text.trim() !== '' && !/^viewer/.test(text))).toBe(true);
    expect(labels.viewerAnnounce).toMatch(/\{n\}[\s\S]*\{total\}[\s\S]*\{title\}/);
  });
});
