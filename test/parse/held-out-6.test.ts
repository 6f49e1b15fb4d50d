/** Small pure rules found on the sixth held-out set: marker leads, horizons. */
import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { stripLeadingSymbols } from '../../src/parse/leads.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { bucketOf } from '../../src/parse/period.js';
import { plainText } from '../../src/parse/markdown.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';

const inlines = (markdown: string) => (parseMarkdown(markdown).children[0] as Paragraph).children;
const titles = (markdown: string) =>
  parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition.sections.flatMap((s) =>
    s.initiatives.map((i) => i.title),
  );

describe('a marker before the name is not the name', () => {
  it.each([
    ['**†** Iterative model control', 'Iterative model control'],
    ['*★* Faster builds', 'Faster builds'],
    ['🐣 **Phase 1:** hatch', 'Phase 1: hatch'],
    ['**Plugin API** for extensions', 'Plugin API for extensions'],
    ['**v2** of the API', 'v2 of the API'],
    ['**†**', '†'],
  ])('%s → %s', (markdown, text) => {
    expect(plainText(stripLeadingSymbols(inlines(markdown)))).toBe(text);
  });

  it('titles a list item by the words after a bold marker', () => {
    expect(
      titles(
        '# Acme Roadmap\n\n## Core\n\n- **†** Iterative model control [#139](https://x.org/139)\n- **†** Add more tuning strategies\n- Systematic benchmarking\n',
      ),
    ).toEqual(['Iterative model control', 'Add more tuning strategies', 'Systematic benchmarking']);
  });
});

describe('"beyond" names a horizon only as a time', () => {
  it.each([
    ['Beyond', 'horizon'],
    ['Beyond 1.0', 'horizon'],
    ['2025 and beyond', 'year'],
    ['Beyond this release', 'horizon'],
    ['Backlogs', 'horizon'],
    ['Beyond Pack', undefined],
    ['Beyond the browser', undefined],
  ])('%s → %s', (title, kind) => {
    expect(bucketOf(title)?.kind).toBe(kind);
  });
});
