/** Small rules found on the seventh held-out set: headings under period groups, status lines and headings. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { statusOfSectionTitle } from '../../src/parse/status.js';
import { statusLineOf } from '../../src/parse/structure/blocks.js';

const titles = (markdown: string) =>
  parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition.sections.flatMap((s) =>
    s.initiatives.map((i) => i.title),
  );

describe('under a period or status group, a heading names a piece of work', () => {
  const page = (title: string) =>
    `# Acme Roadmap\n\n## Next steps\n\n### Push API\n\nAccept pushed metadata.\n\n### ${title}\n\nKeep every version of a record.\n\n### Teams\n\nIndex teams.\n\n## Later\n\n### Services\n\nIndex services.\n`;

  it.each(['Versioning system', 'Business Glossary', 'Dependencies'])('%s', (title) => {
    expect(titles(page(title))).toEqual(['Push API', title, 'Teams', 'Services']);
  });

  it('but not when the group is the page’s only one (a title that names a period)', () => {
    const lone =
      '# Roadmap: May 2021 - July 2021\n\n## Faster builds\n\nCache.\n\n## Plugin API\n\nStable.\n\n## Disclosures\n\nPlans may change.\n';
    expect(titles(lone)).toEqual(['Faster builds', 'Plugin API']);
  });

  it('a closing part stays the closing part', () => {
    expect(titles(page('How to contribute'))).toEqual(['Push API', 'Teams', 'Services']);
  });
});

describe('a status line', () => {
  it.each([
    ['**Status:** In progress', 'in-progress'],
    ['*Status*: implementation has started (around 80% complete)', 'in-progress'],
    ['*What*: a push API for new resources  \n*Status*: implementation has not started', 'planned'],
    ['*What*: a push API\\\n*Status*: done', 'done'],
    ['Status: Done', 'done'],
    ['The status of the work: unclear, since the design is still open for discussion', undefined],
  ])('%s → %s', (markdown, status) => {
    expect(statusLineOf(parseMarkdown(markdown).children)?.status).toBe(status);
  });
});

describe('a status group heading', () => {
  it.each([
    ['In-Progress (Near-term)', 'in-progress'],
    ['In progress', 'in-progress'],
    ['Near-term', 'planned'],
    ['Longer Term', 'future'],
    ['Mid-term goals', 'planned'],
    ['TODO', 'planned'],
    ['To do', 'planned'],
    ['IDEA', 'future'],
    ['Ideas', 'future'],
  ])('%s → %s', (title, status) => {
    expect(statusOfSectionTitle(title)).toBe(status);
  });
});

describe('status groups written as a to-do list', () => {
  it('DONE / TODO / IDEA hold one initiative per item; "Suggesting" is the closing part', () => {
    const page =
      '# Roadmap\n\n## DONE\n- [x] Encryption\n- [x] Load balancing\n\n## TODO\n- [ ] Failover\n- [ ] Access control\n\n## IDEA\n- [ ] Support UDP\n\n## Suggesting\n\nIf we missed something, please [submit an issue](https://x.org/new).\n';
    const edition = parseRoadmap(sourceFromBytes('page.md', Buffer.from(page))).edition;
    expect(edition.sections.flatMap((s) => s.initiatives.map((i) => [i.title, i.status]))).toEqual([
      ['Encryption', 'done'],
      ['Load balancing', 'done'],
      ['Failover', 'planned'],
      ['Access control', 'planned'],
      ['Support UDP', 'future'],
    ]);
    expect(edition.closing?.title).toBe('Suggesting');
  });
});

describe('a checklist of named work', () => {
  const page = (list: string) =>
    `# Roadmap\n\nWhat we plan.\n\n## Planned features\n\n${list}\n## Integrations\n\n### Data sources\n\n- [x] SQL\n- [ ] HTTP\n\n### Model providers\n\n- [x] OpenAI\n- [ ] Bedrock\n`;

  it('names in bold with a description: one initiative each, even outside a period group', () => {
    expect(
      titles(
        page(
          '- [x] **Analytical queries**: operations beyond filtering.\n- [ ] **Langchain adapter**: embed it in Langchain.\n',
        ),
      ),
    ).toEqual(['Analytical queries', 'Langchain adapter', 'Data sources', 'Model providers']);
  });

  // Under "Planned features" every box is work (a status group); under an area's name, plain boxes are its steps.
  it('plain steps stay the steps of one piece of work', () => {
    const area = page('- [x] write the parser\n- [ ] write the docs\n').replace('## Planned features', '## Parser');
    expect(titles(area)).not.toContain('write the parser');
  });
});

describe('a list item that only holds a place', () => {
  it.each(['TBD', 'tba', 'n/a', '…', '...', '-'])('%s is no initiative', (placeholder) => {
    expect(titles(`# Acme Roadmap\n\n## 2025\n\n+ Sandboxes\n+ Snapshots\n+ ${placeholder}\n`)).toEqual([
      'Sandboxes',
      'Snapshots',
    ]);
  });
});

describe('a colon inside brackets does not end a name', () => {
  it('titles the item by its whole line', () => {
    expect(
      titles(
        "# Roadmap\n\n## Later\n\n- **macOS and Linux.** Capture needs ports.\n- Headless mode on Linux.\n- Per-item retry policy (for example: don't retry capture-blocked items on every scheduled run).\n",
      ),
    ).toEqual([
      'macOS and Linux',
      'Headless mode on Linux',
      "Per-item retry policy (for example: don't retry capture-blocked items on every scheduled run)",
    ]);
  });
});

describe('a support matrix', () => {
  const matrix =
    '| Device | Vendor | Memory isolation | Core isolation |\n| - | - | - | - |\n| GPU | NVIDIA | ✅ | ✅ |\n| NPU | Ascend | ✅ | ❌ |\n';

  it('beside a checklist, the checklist is the work', () => {
    expect(titles(`# Roadmap\n\n${matrix}\n- [ ] Video codecs\n- [x] MIG support\n`)).toEqual([
      'Video codecs',
      'MIG support',
    ]);
  });

  it('alone on the page, its rows are the work (the page is not refused)', () => {
    expect(titles(`# Roadmap\n\n${matrix}`)).toEqual(['GPU', 'NPU']);
  });
});
