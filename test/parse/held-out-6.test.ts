/** Small pure rules found on the sixth held-out set: marker leads, horizons, plan tables, parts that group or detail work. */
import type { Paragraph, RootContent, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { fieldListsToLines } from '../../src/parse/field-lists.js';
import { stripLeadingSymbols, withoutFinalStop } from '../../src/parse/leads.js';
import { metaOf } from '../../src/parse/meta.js';
import { buildOutline } from '../../src/parse/outline.js';
import { namesAPlan } from '../../src/parse/structure/drafts.js';
import { sumsUpSiblings } from '../../src/parse/structure/siblings.js';
import { draftsFromTable } from '../../src/parse/table-drafts.js';
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
    ['Longer term', 'horizon'],
    ['Immediate', 'horizon'],
    ['Mid-term', 'horizon'],
    ['P0', 'horizon'],
    ['Priority 2', 'horizon'],
    ['High priority', 'horizon'],
    ['P10 support', undefined],
    ['Beyond Pack', undefined],
    ['Beyond the browser', undefined],
    ['Community Wishlist', 'horizon'],
    ['Wish list', 'horizon'],
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

describe('a heading with a list of its own before its sub-headings', () => {
  const page = (own: string) =>
    `# Acme Roadmap\n\n## Core\n\n### Faster builds\n\nCache the graph between runs.\n\n### Plugin API\n\nA stable API.\n\n## Ecosystem\n\n### Better docs\n\nGuides for plugin authors.\n\n## Community plugins\n\n${own}\n### Explorer\n\nLet the explorer load any version.\n`;

  const own = '- Write guides\n- Analyse API usage\n- Curate packages\n';
  const sections = (markdown: string) =>
    parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition.sections.map((s) => [
      s.title,
      s.initiatives.map((i) => i.title),
    ]);

  it('is a piece of work, first in its own section at the top of the page', () => {
    expect(sections(page(own))).toEqual([
      ['Core', ['Faster builds', 'Plugin API']],
      ['Ecosystem', ['Better docs']],
      ['Community plugins', ['Community plugins', 'Explorer']],
    ]);
  });

  it('the section keeps the heading’s anchor and the initiative gets an id of its own', () => {
    const edition = parseRoadmap(sourceFromBytes('page.md', Buffer.from(page(own)))).edition;
    const section = edition.sections.find((s) => s.title === 'Community plugins')!;
    expect(section.id).toBe('community-plugins');
    expect(section.initiatives[0]!.id).not.toBe(section.id);
    const ids = edition.sections.flatMap((s) => [s.id, ...s.initiatives.map((i) => i.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is a piece of work beside its sibling headings under a group', () => {
    const nested = page(own)
      .replace(/^## /gm, '### ')
      .replace(/^### (Faster|Plugin|Better|Explorer)/gm, '#### $1');
    expect(sections(nested.replace('# Acme Roadmap\n\n', '# Acme Roadmap\n\n## Ecosystem and core\n\n'))).toEqual([
      ['Core', ['Faster builds', 'Plugin API']],
      ['Ecosystem', ['Better docs']],
      ['Ecosystem and core', ['Community plugins']],
      ['Community plugins', ['Explorer']],
    ]);
  });

  it('a checklist of its own counts too', () => {
    const checklist = '- [x] Write guides\n- [x] Analyse API usage\n- [ ] Curate packages\n';
    expect(sections(page(checklist))).toEqual([
      ['Core', ['Faster builds', 'Plugin API']],
      ['Ecosystem', ['Better docs']],
      ['Community plugins', ['Community plugins', 'Explorer']],
    ]);
  });

  it('not when the list announces the sub-headings', () => {
    const titles_ = titles(page('We see three areas of work:\n\n- Guides\n- Usage analysis\n- Curation\n'));
    expect(titles_).not.toContain('Community plugins');
    expect(titles_).toContain('Explorer');
  });
});

describe('a remark in parentheses qualifies a title', () => {
  it.each([
    ['Big Wishlist (might be out of scope/complex)', undefined],
    ['Out of scope', 'non-goals'],
    ['Non-goals (for now)', 'non-goals'],
  ])('%s → %s', (title, kind) => {
    expect(metaOf(title, [], false)?.kind).toBe(kind);
  });
});

describe('a part that sums up the headings after it', () => {
  const goals =
    '## Fast viewing\n\nMake viewing fast.\n\n## Interactive plugins\n\nPlugins that do more.\n\n## Better documentation\n\nTutorials and demos.\n';
  it.each([
    [
      'a bullet per heading that follows',
      `# Acme Roadmap\n\n## For the 0.4 releases\n\nOur three priorities:\n\n- Make **viewing fast**.\n- Support **interactive plugins**.\n- Add **documentation**.\n\n${goals}`,
      ['Fast viewing', 'Interactive plugins', 'Better documentation'],
    ],
    [
      'a table row per heading that follows, with its progress',
      `# Acme Roadmap\n\n## Progress\n\n| Phase | Progress |\n| - | - |\n| Fast viewing | 90% |\n| Interactive plugins | 20% |\n| Docs | 0% |\n\n${goals}`,
      ['Fast viewing', 'Interactive plugins', 'Better documentation'],
    ],
    [
      'not a part whose long items mention the headings in passing',
      `# Acme Roadmap\n\n## Performance\n\n- Fast viewing of 2000 images. The viewer slows down with many images and needs work.\n- Interactive plugins load slowly when many are installed, which needs a cache.\n\n${goals}`,
      ['Performance', 'Fast viewing', 'Interactive plugins', 'Better documentation'],
    ],
  ])('%s', (_what, markdown, expected) => {
    expect(titles(markdown)).toEqual(expected);
  });
});

describe('sumsUpSiblings', () => {
  const parts = (markdown: string) => buildOutline(parseMarkdown(markdown)).children;
  it('not a part after the headings it names, nor one whose items share only the words every heading has', () => {
    const phases = parts(
      '## Phase 1\n\nThe API.\n\n## Phase 2\n\nStorage.\n\n## Phase 3\n\nThe registry.\n\n## Phase 4\n\n- Completing the phases above.\n- Phase 1 to 3 done.\n',
    );
    expect(sumsUpSiblings(phases[3]!, phases)).toBe(false);
    const first = parts('## Plan\n\n- Phase one\n- Phase two\n\n## Phase 1\n\nAPI.\n\n## Phase 2\n\nStorage.\n');
    expect(sumsUpSiblings(first[0]!, first)).toBe(false);
    const named = parts(
      '## Plan\n\n- The API\n- Storage\n\n## Phase 1: API\n\nAPI.\n\n## Phase 2: Storage\n\nStorage.\n',
    );
    expect(sumsUpSiblings(named[0]!, named)).toBe(true);
  });
});
