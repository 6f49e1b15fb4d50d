/** Small pure rules found on the nineteenth and later held-out sets. */
import type { List, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { joinWideLines } from '../../src/parse/clean.js';
import { isFieldKeyTitle } from '../../src/parse/field-lists.js';
import { isLegendList } from '../../src/parse/legend.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { bucketOf } from '../../src/parse/period.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { normalizeStatus } from '../../src/parse/status.js';
import { listsWorkInCells, withCellLists } from '../../src/parse/table-lists.js';
import { isRefLink } from '../../src/parse/title-refs.js';
import { endsBefore } from '../../src/parse/to-model.js';

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

describe('a table whose column heads its rows as work', () => {
  const part = (title: string, header: string) =>
    `# ${title}\n\nWhy this area matters, in a paragraph of its own words.\n\nAnd a second paragraph on how we plan it.\n\n` +
    `| ${header} | Description | Rationale |\n| --- | --- | --- |\n| Theming | New look for controls | Top ask |\n| Nullability | Annotate the code base | Quality |\n\n` +
    'We do not believe we will deliver all of these.\n\n';
  const page = (header: string) =>
    `# Roadmap 2023\n\nWhat we plan.\n\n${part('Modernizing', header)}${part('Infrastructure', header)}`;
  it.each([
    ['Goal', ['Modernizing: Theming, Nullability', 'Infrastructure: Theming, Nullability']],
    ['Features', ['Modernizing: Theming, Nullability', 'Infrastructure: Theming, Nullability']],
    ['Topic', ['-: Modernizing, Infrastructure']],
  ])('headed "%s"', (header, expected) => {
    expect(sections(page(header))).toEqual(expected);
  });
});

describe('a status cell that opens with its status', () => {
  it.each([
    ['Completed: Part of .NET 8.0 Preview 1', 'done'],
    ['Finished: 20 issues. Not Started: 4 issues', 'done'],
    ['Not started: waiting on design', 'planned'],
    ['Status: in progress', 'in-progress'],
    ['Preview 1 shipped', 'in-progress'],
  ])('%s is %s', (cell, status) => {
    expect(normalizeStatus(cell)).toBe(status);
  });
});

describe('a table that lists its work in its cells', () => {
  it('reads each item of an HTML table cell’s list, under its row, its column saying when', () => {
    const page =
      '# Roadmap\n\nOur plans.\n\n<table>\n<thead><tr><th>Category</th><th>End of 2023</th><th>Future releases</th></tr></thead>\n<tbody>\n' +
      '<tr><td><b>Scalability</b><br /><i>Enhance horsepower</i></td><td><ul><li><b>Distributed execution</b><br /><i>Run tasks across nodes</i></li><br /><li><b>Plan cache</b></li></ul></td>' +
      '<td><ul><li><b>Unlimited transaction size</b></li></ul></td></tr>\n' +
      '<tr><td><b>Security</b></td><td><ul><li><b>Key management</b></li><br /><li><b>Data masking</b></li></ul></td><td></td></tr>\n</tbody>\n</table>\n';
    expect(sections(page)).toEqual([
      'Scalability: Distributed execution, Plan cache, Unlimited transaction size',
      'Security: Key management, Data masking',
    ]);
    const first = allInitiatives(edition(page))[0]!;
    expect(JSON.stringify(first.body)).toContain('End of 2023');
  });

  it('reads inline list tags in a Markdown cell, grouped by the label over each list', () => {
    const page =
      '# Roadmap\n\nOur plans.\n\n| Category | Features |\n| --- | --- |\n' +
      '| More data sources | Features in **bold** come first <br/><br/> Issue Management: <ul><li>**Jira server** [#886 (closed)](https://example.com/issues/886)</li><li>Trello [#1881 (open)](https://example.com/issues/1881)</li></ul> CI/CD: <ul><li>GitHub Action</li><li>ArgoCD</li></ul> |\n' +
      '| Better experience | <ul><li>A clearer guide</li><li>A new config UI</li></ul> |\n';
    expect(sections(page)).toEqual([
      'Issue Management: Jira server, Trello',
      'CI/CD: GitHub Action, ArgoCD',
      'Better experience: A clearer guide, A new config UI',
    ]);
    const trello = allInitiatives(edition(page)).find((i) => i.title === 'Trello')!;
    expect(trello.tracking?.url).toBe('https://example.com/issues/1881');
  });

  it('leaves a table without lists in its cells to be read by its rows', () => {
    expect(
      listsWorkInCells(
        parseMarkdown('| Feature | Notes |\n| --- | --- |\n| Search | a, b |\n| Sync | c |\n').children[0] as Table,
      ),
    ).toBe(false);
  });
});

describe('the first of several H1s, over the roadmap\u2019s own horizons', () => {
  const page = (second: string) =>
    '# Acme Roadmap\nWe distinguish the short-term roadmap from the longer one:\n' +
    '- The **short-term roadmap** is focused on an end-to-end solution that is easy to deploy\n' +
    '- The **mid-term roadmap** matures the components of the short-term one\n\n' +
    `# ${second}\n- Harden the demo code\n- Improve the CI pipeline\n\n# Mid-Term Roadmap\n- Clarify the release process\n- Document the threat model\n`;
  it('titles the page, its list the introduction', () => {
    expect(sections(page('Short-Term Roadmap'))).toEqual([
      'Short-Term Roadmap [planned]: Harden the demo code, Improve the CI pipeline',
      'Mid-Term Roadmap [planned]: Clarify the release process, Document the threat model',
    ]);
  });
  it('keeps its list as work when the H1s after it are not the roadmap\u2019s parts', () => {
    expect(sections(page('Storage'))[0]).toMatch(/^Acme Roadmap: The short-term roadmap/);
  });
});

describe('a period over by the edition\u2019s own date', () => {
  it.each([
    ['H2 2019', '2020-01-01', true],
    ['H1 2020', '2020-01-01', false],
    ['2022 Q2', '2023-10-01', true],
    ['Q4 2023', '2023-10-01', false],
    ['2019', '2020-01-01', true],
    ['v0.4', '2020-01-01', false],
    ['Q4 2023', undefined, false],
  ])('%s by %s: %s', (label, date, over) => {
    expect(endsBefore(label, date)).toBe(over);
  });

  it('leaves work of a past period without the planned status its period would give', () => {
    const page =
      '# Roadmap\n\nHalf-yearly goals.\n\n# H1 2020\n\n- Faster incremental checks\n- Coverage in editors\n\n# H2 2019\n\n- Cold start time\n- Django endpoints\n';
    expect(sections(page)).toEqual([
      'H1 2020: Faster incremental checks, Coverage in editors',
      'H2 2019: Cold start time, Django endpoints',
    ]);
    expect(allInitiatives(edition(page)).map((i) => i.status)).toEqual(['planned', 'planned', 'unknown', 'unknown']);
  });
});

describe('work under a release named by its stage, and a key of icons', () => {
  it('reads the boxes of areas under an MVP as its pieces of work', () => {
    const page =
      '# Roadmap\n\n## MVP Roadmap\n\nItems to address before V1.\n\n### Docs\n\n- [x] Create docs folder\n- [ ] Contribution docs\n\n' +
      '### Tests\n\n- [x] Decode tests\n- [ ] More tests\n';
    expect(sections(page)).toEqual(['Docs: Create docs folder, Contribution docs', 'Tests: Decode tests, More tests']);
  });

  it('leaves an area under a period one piece of work, its boxes its steps', () => {
    const page =
      '# Roadmap\n\n## 2026 H1\n\nWhat we plan.\n\n### Docs\n\n- [x] Create docs folder\n- [ ] Contribution docs\n\n' +
      '### Tests\n\n- [x] Decode tests\n- [ ] More tests\n';
    expect(sections(page)).toEqual(['2026 H1: Docs, Tests']);
  });

  it('reads a list of icons the site draws (gone from the text) before their meanings as a key', () => {
    const page =
      '# Roadmap\n\n## Alpha 1\n\nGoals of the milestone.\n\n- Examples work on Linux\n- Create a project with init\n\n#### Status\n\n' +
      '- :material-check-bold: - Works\n- :material-minus: - Partly works\n- :material-close: - Does not work\n';
    expect(allInitiatives(edition(page)).map((i) => i.title)).not.toContain('- Works');
  });
});

describe('a line break inside Chinese or Japanese text', () => {
  it.each([
    ['修复 Mac 上的警\n      告', '修复 Mac 上的警告'],
    ['ロードマップは\n生きた文書です', 'ロードマップは生きた文書です'],
    ['每个里程\n碑都会有', '每个里程碑都会有'],
    ['work on\nthe parser', 'work on\nthe parser'],
    ['支持 Linux\n和 macOS', '支持 Linux\n和 macOS'],
    ['로드맵은\n계획입니다', '로드맵은\n계획입니다'],
  ])('%j → %j', (text, joined) => {
    expect(joinWideLines(text)).toBe(joined);
  });
});

describe('headings titled only by a key of their part\u2019s details', () => {
  it.each([
    ['Goals', true],
    ['Status:', true],
    ['目标', true],
    ['状态', true],
    ['Ziele', true],
    ['Goals for the plugin API', false],
    ['Storage', false],
  ])('%s: %s', (title, key) => {
    expect(isFieldKeyTitle(title)).toBe(key);
  });

  it('are details of the milestone they sit under, not pieces of work', () => {
    const page =
      '# 路线图\n\n## Alpha 里程碑\n\n### Alpha 1\n\n#### 目标\n\nAlpha 1 是最初的发布版本。旨在收集反馈。\n\n#### 状态\n\n' +
      '- :material-check-bold: - 工作正常\n- :material-minus: - 部分工作\n- :material-close: - 无法工作\n\n#### TODO:\n\n- [ ] 修复对话框警告\n- [ ] 隐藏窗口时应用程序终止\n\n' +
      '### Alpha 2\n\n- [ ] 在 Linux 上使示例正常工作\n- [ ] 通过 wails init 创建项目\n';
    const titles = allInitiatives(edition(page)).map((i) => i.title);
    expect(titles).toEqual([
      '修复对话框警告',
      '隐藏窗口时应用程序终止',
      '在 Linux 上使示例正常工作',
      '通过 wails init 创建项目',
    ]);
  });
});

describe('a horizon told in words of time', () => {
  it.each([
    ['Coming within a few days', 'horizon'],
    ['Coming within a few weeks / months', 'horizon'],
    ['Coming within a few quarters / years', 'horizon'],
    ['In the next 6 months', 'horizon'],
    ['Within the next year', 'horizon'],
    ['In a few words', undefined],
    ['Over the next decade of work we will ship more plugins than ever before', undefined],
  ])('%s → %s', (title, kind) => {
    expect(bucketOf(title)?.kind).toBe(kind);
  });
});

describe('a fuller name taken only with evidence of its own', () => {
  it('names the project by the name its links point to, not a longer phrase written once', () => {
    const links = ['milestones', 'projects/1', 'issues', 'discussions', 'releases', 'wiki']
      .map((path) => `[our ${path.split('/')[0]}](https://github.com/airbytehq/airbyte/${path})`)
      .join(', ');
    const page = `# Roadmap\n\nSee ${links}.\n\n## In the next few weeks\n\n- Stabilize Airbyte Cloud Architecture.\n- Support the CDK.\n`;
    expect(edition(page).project).toBe('Airbyte');
  });
});

describe('the rules above, where they must not reach', () => {
  it('keeps a list of work whose icons are all gone from the text', () => {
    const page =
      '# Roadmap\n\n## Next\n\n- :material-rocket: - Faster builds\n- :material-bug: - Fix crash on start\n- :material-book: - Better docs\n';
    expect(allInitiatives(edition(page))).toHaveLength(3);
  });

  it.each([
    ['Stable API: not started yet', 'planned'],
    ['Partially done: API in progress', 'in-progress'],
    ['Beta users: not started', 'planned'],
  ])('reads %s as %s: its lead is not a status as a whole', (cell, status) => {
    expect(normalizeStatus(cell)).toBe(status);
  });

  it.each(['In the coming weeks we will fix bugs', 'In the next few years we will ship more plugins'])(
    'leaves the sentence "%s" no horizon',
    (title) => {
      expect(bucketOf(title)).toBeUndefined();
    },
  );

  it.each(['Post-MVP ideas', 'Beta features'])(
    'leaves areas of checkboxes under "%s" one piece of work each',
    (title) => {
      const page =
        `# Roadmap\n\n## ${title}\n\nWhat we think of.\n\n### Docs\n\n- [x] Create docs folder\n- [ ] Contribution docs\n\n` +
        '### Tests\n\n- [x] Decode tests\n- [ ] More tests\n';
      expect(allInitiatives(edition(page)).map((i) => i.title)).toEqual(['Docs', 'Tests']);
    },
  );

  it('reads the checklist of a release named by its stage, above the work\u2019s level, as its work', () => {
    const page =
      '# Roadmap\n\n## Milestones ahead\n\n### Alpha 1\n\n#### Goals\n\nThe first release.\n\n#### TODO:\n\n- [ ] Fix the dialog warning\n- [ ] Keep the app alive\n\n' +
      '### Alpha 2\n\n- [ ] Examples on Linux\n- [ ] Create a project with init\n';
    expect(sections(page).at(-1)).toBe('Alpha 2: Examples on Linux, Create a project with init');
  });

  it('keeps a line that opens with a key on its own line', () => {
    expect(joinWideLines('目标：完成插件系统\n状态：进行中')).toBe('目标：完成插件系统\n状态：进行中');
  });

  it.each([
    ['#886 (closed)', true],
    ['#292 open', true],
    ['Widgets #501 (merged)', true],
    ['3 open', false],
    ['#886 (closed', false],
  ])('a link written "%s" is a reference: %s', (text, ref) => {
    expect(
      isRefLink({ type: 'link', url: 'https://example.com/issues/1', children: [{ type: 'text', value: text }] }),
    ).toBe(ref);
  });

  it('keeps a list opened after an item closes in a Markdown cell, under that item', () => {
    const lists = withCellLists([
      ...['<ul>', '<li>'].map((value) => ({ type: 'html' as const, value })),
      { type: 'text', value: 'A' },
      ...['</li>', '<ul>', '<li>'].map((value) => ({ type: 'html' as const, value })),
      { type: 'text', value: 'B' },
      ...['</li>', '</ul>', '</ul>'].map((value) => ({ type: 'html' as const, value })),
    ]);
    expect(lists).toHaveLength(1);
    expect(JSON.stringify(lists[0])).toContain('"B"');
  });

  it('keeps the introduction of a heading whose table rows all sit under labels', () => {
    const page =
      '# Roadmap\n\nOur plans.\n\n## Platform\n\nThe platform intro paragraph.\n\n| Feature | Status |\n| --- | --- |\n' +
      '| **Storage:** | |\n| Tiered storage | Planned |\n| Snapshots | Done |\n| **Network:** | |\n| IPv6 | Planned |\n| QUIC | Planned |\n';
    expect(JSON.stringify(edition(page).sections.map((s) => s.intro))).toContain('The platform intro paragraph.');
  });

  it('says when only for list columns headed by a time', () => {
    const page =
      '# Roadmap\n\nOur plans.\n\n| Area | Features | Known issues |\n| --- | --- | --- |\n' +
      '| Sync | <ul><li>Offline mode</li><li>Conflict view</li></ul> | <ul><li>Slow start</li><li>Lost edits</li></ul> |\n' +
      '| Search | <ul><li>Fuzzy match</li><li>Filters</li></ul> | <ul><li>No CJK</li><li>Stale index</li></ul> |\n';
    const first = allInitiatives(edition(page))[0]!;
    expect(JSON.stringify(first.body)).not.toContain('Known issues');
  });
});

describe('the stages of a board, each in bold and explained', () => {
  it.each([
    [
      '- **Ideas**. Requests not being considered yet.\n- **Backlog**. Accepted requests we want to work on.\n- **Working on it**. Features we are implementing.\n' +
        '- **Coming soon**. Merged, in the next release.\n- **Shipped**. Available in the latest release.\n- **On hold**. Blocked until further notice.',
      true,
    ],
    [
      '- **Search**. Find anything.\n- **Export**. Write a file.\n- **Sync**. Offline first.\n- **Themes**. Dark mode.',
      false,
    ],
    ['- **Backlog**. Accepted requests.\n- **Shipped**. In the latest release.\n- **Done**. Closed.', false],
  ])('%s → %s', (markdown, legend) => {
    expect(isLegendList(parseMarkdown(markdown).children[0] as List)).toBe(legend);
  });
});
