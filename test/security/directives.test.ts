/**
 * No roadmap text becomes a Marp directive, wherever it lands in the deck:
 * titles, section titles, bodies, the closing part, the footer, alt text and
 * the speaker notes. Checked with Marp's own YAML reading of comments and on
 * the HTML marp-core renders.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTE_LINE_MARK, notesComment } from '../../src/escape/index.js';
import { readSource } from '../../src/load/read-source.js';
import { createMarp, renderMarp } from '../../src/marp/index.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { loadTemplates, renderDeck } from '../../src/render/index.js';
import { FIXTURES, SEED_2024 } from '../helpers/paths.js';

const require = createRequire(import.meta.url);
const { yaml } = require('@marp-team/marpit/lib/markdown/directives/yaml.js') as {
  yaml: (text: string, loose: boolean) => object | false;
};
const { globals, locals } = require('@marp-team/marpit/lib/markdown/directives/directives.js') as {
  globals: object;
  locals: object;
};

const templates = loadTemplates();
const marp = createMarp(templates.themeCss);
const DIRECTIVES = new Set([
  ...Object.keys(globals),
  ...Object.keys(locals),
  ...Object.keys(locals).map((k) => `_${k}`),
  ...Object.keys(marp.customDirectives.global),
  ...Object.keys(marp.customDirectives.local),
  ...Object.keys(marp.customDirectives.local).map((k) => `_${k}`),
]);

/** What Marp reads from a comment: the text between `<!--` and `-->`, trimmed, as YAML. */
function directiveKeys(comment: string): string[] {
  const content = /<!--+\s*([\s\S]*?)\s*--+>/.exec(comment)![1]!.trim();
  return [yaml(content, false), yaml(content, true)]
    .flatMap((parsed) => (parsed ? Object.keys(parsed) : []))
    .filter((k) => DIRECTIVES.has(k));
}

const HOSTILE_LINES = [
  'theme: gaia',
  '_class: invert',
  'style: "section { display: none }"',
  'headingDivider: 2',
  'backgroundColor: red',
  '"theme": gaia',
  "'_class': lead",
  '{theme: gaia}',
  '? theme',
  ': gaia',
  '---',
  '...',
  'paginate: false',
  '  theme: gaia',
  '- theme: gaia',
  'theme:',
  'x:',
  '%YAML 1.2',
  '&a theme: gaia',
  '!!map {theme: gaia}',
  '\ttheme: gaia',
  '\uFEFFtheme: gaia',
];
const line = fc.oneof(fc.constantFrom(...HOSTILE_LINES), fc.string({ maxLength: 40 }));
const text = fc.array(line, { maxLength: 8 }).map((lines) => lines.join('\n'));

describe('speaker notes', () => {
  it('never parse as a directive, whatever the heading and text', () => {
    fc.assert(
      fc.property(text, text, (heading, body) => {
        expect(directiveKeys(notesComment(heading, body))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('would parse as directives without the line marks (the check can fail)', () => {
    const unmarked = notesComment('Takeover:', 'theme: gaia').split(NOTE_LINE_MARK).join('');
    expect(directiveKeys(unmarked)).toContain('theme');
  });
});

describe('a page written as directives', () => {
  it('renders with the deck own theme, classes and styles only, and shows its text as text', async () => {
    const { edition } = parseRoadmap(await readSource(join(FIXTURES, 'directives.md')));
    const { markdown, slides } = renderDeck(edition, templates);
    const out = renderMarp(marp, markdown);
    expect(out.slideCount).toBe(slides.length);
    // Marp keeps the deck's global directives for the last render: only the template's.
    // biome-ignore lint/complexity/useLiteralKeys: a protected field of Marpit's, which TypeScript lets only an index read
    const globalsApplied = marp['lastGlobalDirectives'] ?? {};
    expect(globalsApplied.theme).toBe('roadmap-deck');
    expect(
      Object.keys(globalsApplied).every((k) => ['theme', 'size', 'paginate', 'footer', 'lang', 'marp'].includes(k)),
    ).toBe(true);
    // The language is the deck's: a page's `lang:` line in a comment does not set it.
    expect(globalsApplied.lang).toBe('en');
    const sections = out.html.match(/<section\b[^>]*>/g)!;
    expect(sections).toHaveLength(slides.length);
    for (const tag of sections) {
      expect(tag).toContain('data-theme="roadmap-deck"');
      expect(tag).not.toMatch(/invert|gaia|uncover|hotpink|#123456|data-background|data-header|pwned/i);
      expect(tag).not.toMatch(/data-paginate="false"/);
    }
    // The deck's CSS is exactly that of an ordinary page: no style came from the text.
    const plain = parseRoadmap(await readSource(SEED_2024)).edition;
    expect(out.css).toBe(renderMarp(marp, renderDeck(plain, templates).markdown).css);
    expect(out.html).not.toMatch(/<header\b/);
    expect(out.html).not.toMatch(/<img\b[^>]*example\.org|background-image/);
    // The text is all still there, as text: on the slides and in the notes.
    expect(out.html).toContain('theme: gaia');
    expect(out.notes.join('\n')).toContain('style: "section { display: none }"');
    expect(out.notes.join('\n')).not.toContain(NOTE_LINE_MARK);
  });
});
