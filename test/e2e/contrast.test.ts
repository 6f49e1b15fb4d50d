/**
 * Contrast by construction, measured in Chromium: a deck with every slide
 * kind (title, board, timeline, overview, what changed, section, initiative, closing) and
 * every badge (each status, NEW, CONTINUED, time buckets on light and dark
 * slides), built with the theme's colours and with brand colours that pass,
 * fail, or come with a logo. Every piece of text on every slide reaches WCAG
 * AA against what is behind it, axe finds nothing, and a brand colour that
 * had to change is a warning naming the config file and line.
 *
 * Then every slide of both seed decks in every built-in theme: each text
 * reaches the theme's contrast (AA; AAA, 7:1, in high-contrast), and axe
 * finds nothing on a sample of slides (title, section, initiative, closing).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import { loadConfig } from '../../src/config.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { brandColours } from '../../src/render/brand.js';
import {
  describeFailures,
  measureContrast,
  openWithAxe,
  runAxe,
  showSlide,
  slideCount,
  type MeasuredText,
} from '../helpers/axe.js';
import { FIXTURES, SEED_2022, SEED_2024, tempDir } from '../helpers/paths.js';
import { THEMES } from '../../src/settings/defaults.js';
import { AAA_TEXT } from '../../src/render/themes.js';

const PAGE = join(FIXTURES, 'contrast', 'palette-2025-h1.md');
/** No closing part: the deck thanks the audience itself, over its name. */
const PLAIN = join(FIXTURES, 'contrast', 'closing-plain.md');
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#f59e0b"/></svg>';

const KINDS = ['title', 'board', 'timeline', 'overview', 'changes', 'divider', 'initiative', 'closing'];
const BADGES = [
  'status-done',
  'status-in-progress',
  'status-planned',
  'status-future',
  'change-new',
  'change-continued',
  'bucket',
];

interface Case {
  name: string;
  brand?: { accent?: string; dark?: string; logo?: string };
  /** Config keys whose colour must be reported as changed. */
  warns: string[];
}

const CASES: Case[] = [
  { name: "the theme's own colours", warns: [] },
  { name: 'brand colours that pass (navy, a dark teal)', brand: { accent: 'navy', dark: '#134e4a' }, warns: [] },
  {
    name: 'brand colours that fail (a light sky blue, a yellow)',
    brand: { accent: '#7dd3fc', dark: '#ffcc00' },
    warns: ['accent', 'dark'],
  },
  {
    name: 'a teal accent, a dark only just dark enough, and a logo',
    brand: { accent: '#0d9488', dark: 'teal', logo: 'logo.svg' },
    warns: ['accent'],
  },
];

let session: BrowserSession;

beforeAll(async () => {
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

describe.each(CASES)('$name', ({ brand, warns }) => {
  let dir: string;
  let result: BuildResult;
  let page: Page;
  const perSlide: { n: number; kind: string; badges: string[]; texts: MeasuredText[]; violations: string[] }[] = [];

  beforeAll(async () => {
    dir = await tempDir();
    await writeFile(join(dir, 'logo.svg'), LOGO);
    // Keys on lines of their own, so that a warning's line can be checked.
    await writeFile(
      join(dir, 'roadmap-deck.config.json'),
      `{\n  "brand": {\n${Object.entries(brand ?? {})
        .map(([k, v]) => `    "${k}": "${v}"`)
        .join(',\n')}\n  },\n  "overview": "both"\n}\n`,
    );
    const config = await loadConfig({ file: join(dir, 'roadmap-deck.config.json') });
    result = await build({
      files: [PAGE],
      outDir: join(dir, 'out'),
      formats: ['html'],
      config,
      browser: session,
      cwd: dir,
    });
    expect(result.failures).toEqual([]);
    page = await openWithAxe(session, join(dir, 'out', 'palette-2025-h1', 'index.html'));
    const slides = await slideCount(page);
    for (let n = 1; n <= slides; n++) {
      const slide = await showSlide(page, n);
      const [kind, badges] = await page.$eval(
        slide,
        (section) =>
          [
            section.className.split(/\s+/).find((c) => !c.startsWith('fit-')) ?? '',
            [...section.querySelectorAll('.badge')]
              .filter((b) => getComputedStyle(b).display !== 'none')
              .map((b) => [...b.classList].filter((c) => c !== 'badge').join('.')),
          ] as [string, string[]],
      );
      const axe = await runAxe(page, slide);
      perSlide.push({
        n,
        kind,
        badges,
        texts: await measureContrast(page, slide),
        violations: axe.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target).join(', ')}`),
      });
    }
  }, 120_000);

  afterAll(async () => {
    await page?.close();
  });

  it('has every slide kind and every badge', () => {
    expect(new Set(perSlide.map((s) => s.kind))).toEqual(new Set(KINDS));
    const badges = new Set(perSlide.flatMap((s) => s.badges));
    for (const badge of BADGES) expect(badges).toContain(badge);
    // A time bucket on a dark section slide too.
    expect(perSlide.some((s) => s.kind === 'divider' && s.badges.includes('bucket'))).toBe(true);
  });

  it.each(KINDS)('%s slides: every text reaches AA against what is behind it', (kind) => {
    const slides = perSlide.filter((s) => s.kind === kind);
    expect(slides.length).toBeGreaterThan(0);
    for (const slide of slides) {
      expect(slide.texts.length).toBeGreaterThan(0);
      expect(describeFailures(slide.texts.filter((t) => t.ratio < t.required)), `slide ${slide.n}`).toBe('');
      expect(slide.violations, `slide ${slide.n}`).toEqual([]);
    }
  });

  it.each(BADGES)('badge %s reaches AA on its own background', (badge) => {
    const texts = perSlide
      .flatMap((s) => s.texts)
      .filter(
        (t) => t.what.startsWith(`span.badge.${badge}`) || (badge === 'bucket' && /^span\.badge\.bucket /.test(t.what)),
      );
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) {
      // The badge's own colour is behind its text, not the slide's.
      expect(t.backgrounds).toHaveLength(1);
      expect(t.ratio).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('counts the footer and the page number', () => {
    const initiative = perSlide.find((s) => s.kind === 'initiative')!;
    const divider = perSlide.find((s) => s.kind === 'divider')!;
    for (const slide of [initiative, divider]) {
      expect(slide.texts.some((t) => t.what.includes(`::after "${slide.n}"`))).toBe(true);
      expect(slide.texts.some((t) => t.what.startsWith('footer'))).toBe(true);
    }
  });

  it(
    warns.length ? `warns about ${warns.join(' and ')}, naming the config file and line` : 'gives no brand warning',
    () => {
      const file = 'roadmap-deck.config.json';
      const got = result.warnings.filter((w) => w.rule === 'brand-contrast');
      expect(got.map((w) => w.message.match(/^brand\.(\w+)/)![1])).toEqual(warns);
      const lines = Object.keys(brand ?? {});
      for (const w of got) {
        expect(w.file).toBe(file);
        expect(w.line).toBe(3 + lines.indexOf(w.message.match(/^brand\.(\w+)/)![1]!));
        const key = w.message.match(/^brand\.(\w+)/)![1] as 'accent' | 'dark';
        expect(w.message).toContain(`the deck uses ${brandColours(brand)[key]}`);
      }
    },
  );
});

describe.each(THEMES)('theme %s, both seeds and a dated page', (theme) => {
  const seen: { deck: string; n: number; kind: string; texts: MeasuredText[]; violations: string[] }[] = [];
  /** The focus ring of the overview's first link, reached as with the keyboard. */
  let ring = '';
  // High contrast promises WCAG AAA: 7:1 for text, 4.5:1 for large text.
  const need = (t: MeasuredText) => (theme === 'high-contrast' ? (t.required > 3 ? AAA_TEXT : 4.5) : t.required);

  beforeAll(async () => {
    const dir = await tempDir();
    const result = await build({
      // The seeds, with the list overview beside the board, a dated page for the timeline, and a page
      // without a closing part.
      files: [SEED_2022, SEED_2024, PAGE, PLAIN],
      outDir: join(dir, 'out'),
      formats: ['html'],
      theme,
      overview: 'both',
      browser: session,
      cwd: dir,
    });
    expect(result.failures).toEqual([]);
    for (const deck of ['backstage-2022-q3', 'backstage-2024-fall', 'palette-2025-h1', 'closing-plain']) {
      const page = await openWithAxe(session, join(dir, 'out', deck, 'index.html'));
      const sampled = new Set<string>();
      const slides = await slideCount(page);
      for (let n = 1; n <= slides; n++) {
        const slide = await showSlide(page, n);
        const kind = await page.$eval(slide, (section) => section.className.split(/\s+/)[0] ?? '');
        // axe on the first slide of each kind in the first deck; our own measure on every slide.
        const axe = deck === 'backstage-2022-q3' && !sampled.has(kind) ? await runAxe(page, slide) : undefined;
        sampled.add(kind);
        if (kind === 'overview' && !ring)
          ring = await page.$eval(`${slide} a`, (a) => {
            (a as HTMLElement).focus({ focusVisible: true } as FocusOptions);
            const style = getComputedStyle(a);
            return `${style.outlineStyle} ${style.outlineWidth}`;
          });
        seen.push({
          deck,
          n,
          kind,
          texts: await measureContrast(page, slide),
          violations: (axe?.violations ?? []).map((v) => `${v.id}: ${v.nodes.map((x) => x.target).join(', ')}`),
        });
      }
      await page.close();
    }
  }, 240_000);

  it('measured every slide of both decks', () => {
    expect(seen.filter((s) => s.deck === 'backstage-2022-q3').length).toBe(16);
    expect(seen.filter((s) => s.deck === 'backstage-2024-fall').length).toBe(15);
    expect(new Set(seen.map((s) => s.kind))).toEqual(new Set(KINDS));
  });

  it(`every text on every slide reaches ${theme === 'high-contrast' ? 'AAA (7:1)' : 'AA'}`, () => {
    for (const slide of seen) {
      expect(slide.texts.length).toBeGreaterThan(0);
      const failing = slide.texts.filter((t) => t.ratio < need(t)).map((t) => ({ ...t, required: need(t) }));
      expect(describeFailures(failing), `${slide.deck} slide ${slide.n}`).toBe('');
    }
    // The page number and footer were among them (the title slide and a closing slide of the deck's own have no footer).
    const plainClosing = (s: (typeof seen)[number]) => s.deck === 'closing-plain' && s.kind === 'closing';
    expect(
      seen.every((s) => s.kind === 'title' || plainClosing(s) || s.texts.some((t) => t.what.startsWith('footer'))),
    ).toBe(true);
    // The deck's name under the thanks was measured too.
    expect(seen.filter(plainClosing).map((s) => s.texts.length)).toEqual([expect.any(Number)]);
    expect(seen.find(plainClosing)!.texts.length).toBeGreaterThanOrEqual(3);
  });

  it(`shows a link's keyboard focus with a ${theme === 'high-contrast' ? '4px' : '2px'} ring`, () => {
    expect(ring).toBe(theme === 'high-contrast' ? 'solid 4px' : 'solid 2px');
  });

  it('axe finds nothing on a slide of each kind', () => {
    expect(seen.filter((s) => s.deck === 'backstage-2022-q3').length).toBeGreaterThan(0);
    for (const slide of seen) expect(slide.violations, `${slide.deck} slide ${slide.n}`).toEqual([]);
  });
});
