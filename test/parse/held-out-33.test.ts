/** Small pure rules found on the two-hundred-and-seventieth and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

const edition = (markdown: string, file = 'page.md') =>
  parseRoadmap(sourceFromBytes(file, Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);

const table = (rows: [string, string][]) =>
  `| Version | Feature | Status |\n| --- | --- | --- |\n${rows.map(([v, f]) => `| ${v} | ${f} | planned |`).join('\n')}\n`;

describe('a first column of versions names its rows only where a heading is that version alone', () => {
  const rows: [string, string][] = [
    ['2.0', 'Typed client'],
    ['2.0', 'Bulk import'],
    ['2.0', 'Query cache'],
    ['2.1', 'Web console'],
  ];
  it('under a heading that holds the version in a longer name, the rows are the work', () => {
    const page = `# Nimbus Roadmap\n\n## Nimbus 2.0 schedule\n\n### Storage\n\n${table(rows)}\n### Clients\n\n${table([
      ['2.0', 'Go client'],
      ['2.1', 'Rust client'],
      ['2.1', 'Java client'],
    ])}`;
    expect(titles(page)).toEqual([
      'Typed client',
      'Bulk import',
      'Query cache',
      'Web console',
      'Go client',
      'Rust client',
      'Java client',
    ]);
  });
});

describe('a list that only dates releases, each named by its product', () => {
  it.each([
    ['- Nimbus 2.1: 2021.11\n- Nimbus 2.2: 2022.2\n', ['Offline mode', 'Bulk import']],
    // A release named with a theme is work.
    [
      '- Nimbus 2.1: plugin API\n- Nimbus 2.2: 2022.2\n',
      ['Nimbus 2.1: plugin API', 'Nimbus 2.2: 2022.2', 'Offline mode', 'Bulk import'],
    ],
  ])('%j', (list, expected) => {
    const page = `# Nimbus Roadmap\n\n## Next releases\n\n${list}\n## Features\n\n- Offline mode\n- Bulk import\n`;
    expect(titles(page)).toEqual(expected);
  });
});

describe('headings that name work and say how it stands, over lists of its steps, are the work', () => {
  const part = (title: string, items: string[]) => `## ${title}\n\n${items.map((i) => `- ${i}`).join('\n')}\n\n`;
  const steps = ['✅ Write the grammar', '✅ Update the lexer for keys', '🚧 Test the parser on real files'];
  it.each([
    [
      'steps under work headings with their signs',
      part('Query parser ✅', steps) + part('Export 🚧', ['✅ Add a CSV writer', '🚧 Support nested fields']),
      ['Query parser', 'Export'],
    ],
    [
      'steps under stages named by their work',
      part('Phase 1: Query parser ✅', steps) + part('Phase 2: Export ✅', ['Add a CSV writer', 'Write its tests']),
      ['Phase 1: Query parser', 'Phase 2: Export'],
    ],
    // Features, not steps, under such headings are the work.
    [
      'features under work headings',
      part('Foundations ✅ Done', ['Core data model', 'Sync engine']) + part('Sharing 🚧', ['Comments', 'Mentions']),
      ['Core data model', 'Sync engine', 'Comments', 'Mentions'],
    ],
    // Releases and periods group their steps.
    [
      'steps under releases',
      part('v1.0 ✅', steps) + part('v1.1 🚧', ['Add a CSV writer', 'Support nested fields']),
      [...steps.map((s) => s.replace(/^\S+\s/, '')), 'Add a CSV writer', 'Support nested fields'],
    ],
    // One such heading alone, or headings without a status, are not enough.
    [
      'one heading with its sign',
      part('Query parser ✅', steps) + part('Export', ['Add a CSV writer', 'Support nested fields']),
      [...steps.map((s) => s.replace(/^\S+\s/, '')), 'Add a CSV writer', 'Support nested fields'],
    ],
    // Steps that link their own issues are tracked one by one.
    [
      'linked steps',
      part('Query parser ✅', ['Write the grammar [#1](https://x.org/1)', 'Update the lexer [#2](https://x.org/2)']) +
        part('Export 🚧', ['Add a CSV writer [#3](https://x.org/3)', 'Support nested fields [#4](https://x.org/4)']),
      ['Write the grammar', 'Update the lexer', 'Add a CSV writer', 'Support nested fields'],
    ],
  ])('%s', (_what, body, expected) => {
    expect(titles(`# Quill Roadmap\n\n${body}`)).toEqual(expected);
  });
});

describe('a heading titled only by the kind of work, over a list that names each item in bold, holds the work', () => {
  const named =
    '- [ ] **Typed uploads**\n  - Resume broken uploads\n  - Check sizes\n- [ ] **Offline mode**\n  - Cache pages\n  - Sync later\n';
  const plain = '- Resume broken uploads\n- Check sizes\n';
  const page = (features: string, title = 'Features') =>
    `# Quill Roadmap\n\n## Version 1.0\n\n### ${title}\n\n${features}\n## Version 1.1\n\n### Search module\n\nFull-text search over every page, with filters.\n\n### Sharing module\n\nShare a page by link, with rights per person.\n`;
  it.each([
    ['Features', named, ['Typed uploads', 'Offline mode', 'Search module', 'Sharing module']],
    ['New features', named, ['Typed uploads', 'Offline mode', 'Search module', 'Sharing module']],
    // Plain points under it are what that heading holds; a heading that names work keeps its bold items.
    ['Features', plain, ['Features', 'Search module', 'Sharing module']],
    ['Upload engine', named, ['Upload engine', 'Search module', 'Sharing module']],
  ])('"%s"', (title, features, expected) => {
    expect(titles(page(features, title))).toEqual(expected);
  });
});

describe('H1s alike but for the release each names are parts of the page, the first too', () => {
  it.each([
    ['# Plan for v0.3\n- Bench the sieve\n- Drop std\n\n# Plan for v2\n- Stable API\n- Totient\n', 'Quill roadmap', 4],
    ['# Plan for Q1 2026\n- Bench the sieve\n\n# Plan for Q2 2026\n- Stable API\n', 'Quill roadmap', 2],
    // An H1 that names the page stays its title.
    ['# Quill Roadmap v1\n\nOur plans.\n\n## Next\n- Bench the sieve\n- Stable API\n', 'Quill Roadmap v1', 2],
  ])('%j', (markdown, title, count) => {
    const read = edition(markdown, 'quill-roadmap.md');
    expect(read.title).toBe(title);
    expect(allInitiatives(read)).toHaveLength(count);
  });
});

describe('states each explained in brackets are a legend, not work', () => {
  it.each([
    ['- Done (shipped in a release)\n- In progress (being built)\n- Planned (agreed, not started)\n', ['Sync engine']],
    ['- Done（已完成）\n- In progress（进行中）\n- Planned（计划中）\n', ['Sync engine']],
    // Work with a remark in brackets is work.
    [
      '- Search (full text)\n- Export (CSV first)\n- Import (later)\n',
      ['Search (full text)', 'Export (CSV first)', 'Import', 'Sync engine'],
    ],
  ])('%j', (list, expected) => {
    expect(titles(`# Quill Roadmap\n\n## Key\n\n${list}\n## Next\n\n- Sync engine\n`)).toEqual(expected);
  });
});

describe('shapes a review found the rules must leave alone', () => {
  it('versions to support, named by their product, are work, not a schedule', () => {
    expect(titles('# Quill Roadmap\n\n## Upcoming\n\n- Python 3.12\n- Postgres 16.1\n- Node 20.4\n')).toEqual([
      'Python 3.12',
      'Postgres 16.1',
      'Node 20.4',
    ]);
  });
  it('H1s that share a name beside their release keep the first as the title', () => {
    const page =
      '# Quill API v1\n\nFirst.\n\n## Done\n\n- List endpoints\n\n# Quill API v2\n\n## Next\n\n- Batch writes\n';
    expect(edition(page, 'quill.md').title).toBe('Quill API v1');
  });
  it('work headings with their status beside one without read their lists alike', () => {
    const part = (title: string, items: string[]) => `## ${title}\n\n${items.map((i) => `- ${i}`).join('\n')}\n\n`;
    const page = `# Quill Roadmap\n\n${part('Sync engine ✅', ['Add delta sync', 'Fix conflict checks'])}${part('Docs site', ['Write tutorials', 'Add an API reference'])}${part('Theming 🚧', ['Add a dark mode', 'Test contrast'])}`;
    expect(titles(page)).toEqual([
      'Add delta sync',
      'Fix conflict checks',
      'Write tutorials',
      'Add an API reference',
      'Add a dark mode',
      'Test contrast',
    ]);
  });
});

describe("a sign the page's legend defines, set off by a dash, leaves the title with its dash", () => {
  it.each([
    [
      '- 🗃 - Ensure every plugin works, with its docs and its tests',
      'Ensure every plugin works, with its docs and its tests',
    ],
    ['- 🗃 - More robust testing', 'More robust testing'],
    ['- More robust testing - 🏗', 'More robust testing'],
  ])('%s', (line, title) => {
    const page = `# Quill Roadmap\n\n| Sign | Meaning |\n|---|---|\n| 🗃 | work not started |\n| 🏗 | in progress |\n\n## Testing\n\n${line}\n- 🗃 - Smaller images\n- 🏗 - Faster builds\n`;
    expect(titles(page)[0]).toBe(title);
  });
});

describe('a page whose one part is a checklist under a line that introduces it reads each box', () => {
  const boxes = (n: number) => Array.from({ length: n }, (_, i) => `- [ ] Task number ${i + 1} of the plan`).join('\n');
  it.each([
    [6, 6],
    [9, 9],
    // Fewer boxes under one line are that one piece of work's steps.
    [3, 1],
  ])('%i boxes → %i initiatives', (n, count) => {
    const page = `# Roadmap\n\nThis is very early work. There is a lot more to do:\n\nPartial, unsorted, list:\n\n${boxes(n)}\n`;
    expect(titles(page)).toHaveLength(count);
  });
  it("under a heading, on one feature's own page, the boxes are that work's steps", () => {
    const page = `# Move the store to a new engine\n\n## Motivation\n\nThe old engine is slow.\n\n## Tasks\n\n${boxes(6)}\n`;
    expect(titles(page)).toHaveLength(1);
  });
});

describe("a legend table in the page's language, its marks written as checkboxes", () => {
  it.each([
    ['チェックボックスの意味', '記号 | 意味', ['`[x]` | コードとテストがある', '`[~]` | 一部だけ', '`[ ]` | 未着手']],
    ['Casillas', 'Símbolo | Significado', ['`[x]` | Código y pruebas', '`[~]` | A medias', '`[ ]` | Sin empezar']],
  ])('%s', (title, head, rows) => {
    const table = `| ${head} |\n|---|---|\n${rows.map((row) => `| ${row} |`).join('\n')}\n`;
    const page = `# Quill Roadmap\n\n## ${title}\n\n${table}\n## Next\n\n- Sync engine\n- Offline mode\n`;
    expect(titles(page)).toEqual(['Sync engine', 'Offline mode']);
  });
});
