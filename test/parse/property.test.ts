/**
 * Property-based: arbitrary Markdown never crashes the parser (it either
 * yields a model or a RoadmapError), and every initiative title the parser
 * finds is shown, as written, on a slide.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RoadmapError } from '../../src/errors.js';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { createMarp, renderMarp } from '../../src/marp/index.js';
import { allInitiatives, type RoadmapEdition } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { loadTemplates, renderDeck } from '../../src/render/index.js';

// Everything Markdown, Marp, Handlebars and HTML give meaning to, plus plain words.
// (':' is left out: ":name:" is an emoji shortcode, shown as the emoji by design.)
const CHARS = 'abcdefghijklmnopqrstuvwxyzABC0123456789 .,;!?\'"-*_[](){}<>#|~`$&%@^+=/\\→é✅🚧';
const text = fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 40 });
const line = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), text).map(([n, t]) => `${'#'.repeat(n)} ${t}`),
  fc.tuple(fc.constantFrom('- ', '* ', '1. ', '  - ', '    - ', '- [ ] ', '- [x] '), text).map(([m, t]) => `${m}${t}`),
  fc.tuple(fc.constantFrom('**', '__', '`', ''), text).map(([w, t]) => `${w}${t}${w}`),
  text.map((t) => `[${t}](https://example.org/${encodeURIComponent(t)})`),
  text.map((t) => `| ${t} | ${t} |`),
  fc.constantFrom(
    '---',
    '***',
    '',
    '```',
    '> quote',
    '<!-- _class: x -->',
    '<script>alert(1)</script>',
    '{{x}}',
    '{{% alert %}}',
    '!!! note "t"',
    '| --- | --- |',
    '    indented code',
  ),
  text,
);
const page = fc.array(line, { minLength: 1, maxLength: 40 }).map((lines) => lines.join('\n'));

const templates = loadTemplates();
const marp = createMarp(templates.themeCss);

/** Visible text of rendered slides: tags removed, entities decoded, whitespace collapsed. */
function slideText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('arbitrary Markdown', () => {
  it('never crashes the parser', () => {
    fc.assert(
      fc.property(page, (markdown) => {
        try {
          parseRoadmap(sourceFromBytes('page.md', new TextEncoder().encode(markdown)));
        } catch (error) {
          if (!(error instanceof RoadmapError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shows every initiative title on a slide', () => {
    fc.assert(
      fc.property(page, (markdown) => {
        let edition: RoadmapEdition;
        try {
          edition = parseRoadmap(sourceFromBytes('page.md', new TextEncoder().encode(markdown))).edition;
        } catch (error) {
          if (error instanceof RoadmapError) return;
          throw error;
        }
        const deck = renderDeck(edition, templates);
        const out = renderMarp(marp, deck.markdown);
        expect(out.slideCount).toBe(deck.slides.length);
        const shown = slideText(out.html);
        for (const initiative of allInitiatives(edition)) {
          expect(shown).toContain(initiative.title.replace(/\s+/g, ' '));
        }
      }),
      { numRuns: 300 },
    );
  });
});
