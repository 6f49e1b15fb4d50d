/** Small pure rules found on the nineteenth and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const sections = (markdown: string) =>
  edition(markdown).sections.map(
    (s) =>
      `${s.implicit ? '-' : s.title}${s.status ? ` [${s.status}]` : ''}: ${s.initiatives.map((i) => i.title).join(', ')}`,
  );

describe('rows of a table under a row that labels them', () => {
  const intro = '# Roadmap\n\nWhat we plan, and what we did.\n\n';
  it.each([
    [
      'bold group rows in a table of its own',
      '| Description | Status | Links |\n| --- | --- | --- |\n| **Testing** | | |\n| Metrics correctness tests | Done | [#652](https://example.com/issues/652) |\n' +
        '| **New Formats** | | |\n| Complete OTLP/HTTP support | Done | |\n| Logs support in processors | In progress | |\n',
      ['Testing: Metrics correctness tests', 'New Formats: Complete OTLP/HTTP support, Logs support in processors'],
    ],
    [
      'rows before the first label stay with the heading above',
      '## Platform\n\n| Feature | Status |\n| --- | --- |\n| Plugin API | Planned |\n| **Storage:** | |\n| Tiered storage | Planned |\n| Snapshots | Done |\n',
      ['Platform: Plugin API', 'Storage: Tiered storage, Snapshots'],
    ],
    [
      'a status the label states is the group\u2019s',
      '| Feature | Owner |\n| --- | --- |\n| **Done** | |\n| Search engine | Ana |\n| Web hooks | Cy |\n| **Next** | |\n| Offline sync | Bo |\n| Dark mode | Di |\n',
      ['Done [done]: Search engine, Web hooks', 'Next [planned]: Offline sync, Dark mode'],
    ],
    [
      'a table without labels is one group',
      '## Work\n\n| Feature | Status |\n| --- | --- |\n| Search | Done |\n| Sync | Planned |\n',
      ['Work: Search, Sync'],
    ],
  ])('%s', (_, table, expected) => {
    expect(sections(intro + table)).toEqual(expected);
  });

  it('keeps every row an initiative', () => {
    const page =
      intro +
      '| Feature | Status |\n| --- | --- |\n| **A group** | |\n| Search | Done |\n| **B group** | |\n| Sync | Planned |\n';
    expect(allInitiatives(edition(page)).map((i) => i.title)).toEqual(['Search', 'Sync']);
  });
});

describe('a status a section title states after its name', () => {
  it.each([
    ['## Version 0.5 (In Development)', 'Version 0.5 [in-progress]'],
    ['## Version 0.4 (Released)', 'Version 0.4 [done]'],
    ['## Version 0.6 [WIP]', 'Version 0.6 [in-progress]'],
    ['## Version 0.7', 'Version 0.7'],
  ])('%s gives its items that status', (heading, expected) => {
    const page = `# Roadmap\n\nOur plans.\n\n${heading}\n\n- In-app search with local indexing\n- General stability improvements\n`;
    expect(sections(page)).toEqual([`${expected}: In-app search with local indexing, General stability improvements`]);
  });
});
