/** Small pure rules found on the sixth held-out set: marker leads, horizons, plan tables, parts that group or detail work. */
import type { Paragraph, RootContent, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { fieldListsToLines } from '../../src/parse/field-lists.js';
import { stripLeadingSymbols, withoutFinalStop } from '../../src/parse/leads.js';
import { metaOf } from '../../src/parse/meta.js';
import { namesAPlan } from '../../src/parse/structure/drafts.js';
import { draftsFromTable } from '../../src/parse/table.js';
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

describe('a table under a plan keeps its done rows', () => {
  const rows = ['Policy status', 'Policy merging', 'Route delegation', 'Status writing', 'Rate limits'];
  const table = parseMarkdown(
    `| Feature | Status |\n| --- | --- |\n${rows.map((r, i) => `| ${r} | ${i === 0 ? '🟡' : '✅'} |`).join('\n')}\n| GW API 1.4 | 🟡 |\n`,
  ).children[0] as Table;

  it.each([
    ['Original roadmap for 2.0 release push', true],
    ['In flight items for 2.1', true],
    ['Q3 2025', true],
    ['Features', false],
    ['Feature-set', false],
    [undefined, false],
  ])('%s names a plan: %s', (heading, plan) => {
    expect(namesAPlan(heading)).toBe(plan);
  });

  it('lists every row under a plan; under "Features" the done rows are what the project has', () => {
    expect(draftsFromTable(table, undefined, { plan: true })).toHaveLength(6);
    expect(draftsFromTable(table, undefined, { plan: false }).map((d) => plainText(d.titleRich))).toEqual([
      'Policy status',
      'GW API 1.4',
    ]);
  });
});

describe('parts named like the page’s own text', () => {
  const fields = (markdown: string): RootContent[] => {
    const root = parseMarkdown(markdown);
    fieldListsToLines(root);
    return root.children;
  };

  it('a generic word over sub-headings groups them; alone it introduces the page', () => {
    expect(metaOf('Summary', [], true)).toBeUndefined();
    expect(metaOf('Summary', [], false)?.kind).toBe('about');
    expect(metaOf('Overview', [], false)?.kind).toBe('about');
  });

  it('an item’s details make a part work, whatever its title', () => {
    const details = fields('- Outcomes: decisions are made in the open\n- RFC: https://x.org/rfc/1\n');
    expect(metaOf('Governance', details, false)).toBeUndefined();
    expect(metaOf('Codifications to our release process', details, false)).toBeUndefined();
    expect(metaOf('Governance', [], false)?.kind).toBe('process');
  });
});

describe('a sentence as a title loses its full stop', () => {
  it.each([
    ['Release the web console.', 'Release the web console'],
    [
      '发布 KubeVela 的前端界面，提供一个开箱即用的应用交付平台。',
      '发布 KubeVela 的前端界面，提供一个开箱即用的应用交付平台',
    ],
    ['全角の句点で終わる文．', '全角の句点で終わる文'],
    ['Support more formats, e.g.', 'Support more formats, e.g.'],
    ['Wait…', 'Wait…'],
  ])('%s → %s', (markdown, text) => {
    expect(plainText(withoutFinalStop(inlines(markdown)))).toBe(text);
  });
});
