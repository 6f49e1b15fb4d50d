/** Small pure rules found on the hundred-and-eighty-sixth and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import type { Table } from 'mdast';
import { isTrackable } from '../../src/parse/links.js';
import { listsWorkInCells } from '../../src/parse/table-lists.js';
import { buildOutline } from '../../src/parse/outline.js';
import { metaOfPart } from '../../src/parse/structure/summary.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { normalizeStatus, statusOfSectionTitle } from '../../src/parse/status.js';

const edition = (markdown: string, file = 'page.md') =>
  parseRoadmap(sourceFromBytes(file, Buffer.from(markdown))).edition;

describe('a release named by a single number over a checklist of its tasks is that work, whatever its call', () => {
  const part = (title: string, body: string) => parseMarkdown(`# Kit\n\n## ${title}\n\n${body}\n`);
  const tasks = '- [ ] Offline sync\n- [ ] Plugin API';
  const folded = '### Expected: April\n\n- [ ] Offline sync\n- [ ] Plugin API';
  const steps = '- Fork the repository\n- Open a pull request';
  it.each([
    ['V3 - Contributors Wanted', tasks, undefined],
    ['v3: Help wanted', tasks, undefined],
    ['Version 2 — Get involved', tasks, undefined],
    // Its boxes under a part of its own (a collapsible block's summary).
    ['V3 - Contributors Wanted', folded, undefined],
    // Over steps, links or questions, the call stays a call (review 26).
    ['v3 - Get involved', steps, 'closing'],
    ['V2 - Help wanted', steps, 'closing'],
    ['v2 docs: how to contribute', steps, 'closing'],
    // Without the "v", or without a number, the call stays a call.
    ['Get involved', tasks, 'closing'],
    ['Contributors wanted', tasks, 'closing'],
  ])('%j over %j → %s', (title, body, kind) => {
    const node = buildOutline(part(title, body)).children[0]!.children[0]!;
    expect(metaOfPart(node, false)?.kind).toBe(kind);
  });

  it.each([['v2 FAQ'], ['V1 feedback'], ['v2 release process']])('%j over plain points is still not work', (title) => {
    const node = buildOutline(part(title, steps)).children[0]!.children[0]!;
    expect(metaOfPart(node, false)).toBeDefined();
  });
});

describe('among several H1s, a group that says how it stands, and the H1s after it, do not title the page', () => {
  const page = (h1s: string[]) => h1s.map((h, i) => `# ${h}\n\n- [ ] Task ${i} one\n- [ ] Task ${i} two\n`).join('\n');
  it.each([
    [['Beta - In Progress', 'V3 - Contributors wanted', 'Far future'], 'Acme plan'],
    [['Launch - Done', 'Growth'], 'Acme plan'],
    // A title before the groups still titles the page; so does a later one that names the roadmap.
    [['Acme Roadmap', 'Done', 'Next'], 'Acme Roadmap'],
    [['Quill Roadmap', 'Beta - In Progress', 'Later'], 'Quill Roadmap'],
    [['Work in progress', 'Kit Roadmap', 'Later'], 'Kit Roadmap'],
    // A title with a remark or a sign is still the title (review 26).
    [['Kit Sync (WIP)', 'Goals', 'Milestones'], 'Kit Sync (WIP)'],
    [['🏗️ Platform Rebuild 2025', 'Phase 1', 'Phase 2'], '🏗️ Platform Rebuild 2025'],
    [['Kit Mobile (beta)', 'Before 1.0', 'After 1.0'], 'Kit Mobile (beta)'],
    // One H1 alone titles it, whatever it says.
    [['Beta - In Progress'], 'Beta - In Progress'],
  ])('%j → %s', (h1s, title) => {
    expect(edition(page(h1s), 'acme-plan.md').title).toBe(title);
  });

  it('keeps the release after a group as work, not a call', () => {
    const read = edition(page(['Beta - In Progress', 'V3 - Contributors wanted']));
    // (A release named for what it brings over its checklist is one piece of work, its boxes the steps.)
    expect(allInitiatives(read).map((i) => i.title)).toEqual(['Task 0 one', 'Task 0 two', 'V3 - Contributors wanted']);
  });
});

describe('an issue in a tracker other than a forge may track a piece of work', () => {
  const link = (url: string, text = 'x') => ({ kind: 'external' as const, url, text });
  it.each([
    ['https://issues.apache.org/jira/browse/ABC-17', true],
    ['https://acme.atlassian.net/browse/STK-925', true],
    ['http://issues.example.org/youtrack/issue/KOV-53', true],
    ['https://trac.example.org/project/ticket/4021', true],
    ['https://bugzilla.example.org/show_bug.cgi?id=123456', true],
    // A comment in an issue, a search, a project's page: not one issue.
    ['https://issues.apache.org/jira/browse/ABC-17?focusedCommentId=1689&page=x#comment-1', false],
    ['https://issues.apache.org/jira/browse/ABC', false],
    ['https://issues.apache.org/jira/issues/?jql=project%20%3D%20ABC', false],
    ['https://trac.example.org/project/report/1', false],
    ['https://example.org/browse/products', false],
  ])('%s → %s', (url, trackable) => {
    expect(isTrackable(link(url))).toBe(trackable);
  });
});

describe("a link named by its tracker in the part's own words tracks it", () => {
  const page = (links: string) =>
    `# Roadmap\n\n## Next\n\n### Saved searches\n\nA query language for saved searches. ${links}\n\n### Bulk import\n\nImport many records at once.\n`;
  it.each([
    ['[JIRA](https://issues.apache.org/jira/browse/ABC-121)', 'https://issues.apache.org/jira/browse/ABC-121'],
    ['[issue](https://github.com/acme/mq/issues/12)', 'https://github.com/acme/mq/issues/12'],
    // An issue and the pull request that does it: the issue tracks the work.
    [
      '[JIRA](https://issues.apache.org/jira/browse/ABC-80), [PR](https://github.com/acme/mq/pull/53)',
      'https://issues.apache.org/jira/browse/ABC-80',
    ],
    // Two issues: no single one is the part's.
    [
      '[JIRA](https://issues.apache.org/jira/browse/ABC-80), [JIRA](https://issues.apache.org/jira/browse/ABC-81)',
      undefined,
    ],
    // A link in passing named by its words is background.
    ['As discussed in [the filtering thread](https://github.com/acme/mq/issues/9).', undefined],
  ])('%s → %s', (links, url) => {
    const items = allInitiatives(edition(page(links)));
    expect(items.map((i) => i.title)).toEqual(['Saved searches', 'Bulk import']);
    expect(items[0]!.tracking?.url).toBe(url);
  });
});

describe('work set aside for now (on hold, paused, deferred, suspended) is not for this edition: future', () => {
  it.each([
    ['Suspended Requests', 'future'],
    ['On hold', 'future'],
    ['Paused', 'future'],
    ['DEFERRED till 3.1', 'future'],
    ['Postponed to 2.0', 'future'],
    ['Shelved ideas', 'future'],
    // A word of a technique's or a feature's name.
    ['Deferred rendering', 'unknown'],
    ['Suspended animation', 'unknown'],
    ['Deferred loading of plugins', 'unknown'],
    ['Parking lot', 'unknown'],
  ])('section %j → %s', (title, status) => {
    expect(statusOfSectionTitle(title)).toBe(status);
  });

  it.each([
    ['[Paused]', 'future'],
    ['On hold', 'future'],
    ['deferred shading', 'unknown'],
  ])('status %j → %s', (text, status) => {
    expect(normalizeStatus(text)).toBe(status);
  });

  it('a parked group over one item groups it: its item is the work, not the group', () => {
    const page = [
      '# Kit Planning',
      '',
      'Next steps and the requests we gathered.',
      '',
      '## Roadmap',
      '',
      '_Steps agreed on, in rough order of priority._',
      '',
      '* ship the package to the registry so that users can install it with one command, per [#25](https://github.com/acme/kit/issues/25)',
      '* bring the encryption back as a separate package, per [#31](https://github.com/acme/kit/issues/31)',
      '',
      '## Feature Requests',
      '',
      '_Ideas for new features; each request is closed once it is listed here._',
      '',
      '### Packaging',
      '',
      '* add support for small boards, per [#27](https://github.com/acme/kit/issues/27)',
      '* build for more systems, per [#35](https://github.com/acme/kit/issues/35)',
      '',
      '## Suspended Requests',
      '',
      '_Requests not being considered now, for want of a clean way to build them._',
      '',
      '* batch several inserts in one call, per [#16](https://github.com/acme/kit/issues/16)',
      '',
    ].join('\n');
    const items = allInitiatives(edition(page));
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ['ship the package to the registry so that users can install it with one command', 'unknown'],
      ['bring the encryption back as a separate package', 'unknown'],
      ['add support for small boards', 'unknown'],
      ['build for more systems', 'unknown'],
      ['batch several inserts in one call', 'future'],
    ]);
    expect(items[4]!.tracking?.url).toBe('https://github.com/acme/kit/issues/16');
  });
});

describe('"per" before the references a title ends with points to them', () => {
  const titleOf = (item: string) =>
    allInitiatives(edition(`# Roadmap\n\n## Next\n\n- ${item}\n- Other work\n`))[0]!.title;
  it.each([
    ['add board support, per [#27](https://github.com/acme/kit/issues/27)', 'add board support'],
    ['expose triggers per [#164](https://github.com/acme/kit/issues/164)', 'expose triggers'],
    ['Faster sync, as per [#9](https://github.com/acme/kit/issues/9)', 'Faster sync'],
    // "per" as a word of the title stays.
    ['Support per-user quotas [#12](https://github.com/acme/kit/issues/12)', 'Support per-user quotas'],
    ['Limits per seat [#3](https://github.com/acme/kit/issues/3)', 'Limits per seat'],
  ])('%j → %j', (item, title) => {
    expect(titleOf(item)).toBe(title);
  });
});

describe('a stage named for its work ("Milestone 2: Private preview") over detail sub-headings is that work', () => {
  const milestone = (n: number, name: string, status: string) =>
    `### Milestone ${n}: ${name}\n\n#### Description\nWhat this step is for.\n\n#### Status\n${status}\n\n#### Tasks completed\n- [x] First task\n- [ ] Second task\n\n#### Due date\nEnd of March\n`;
  it('gives one slide per milestone, its status from its detail', () => {
    const page = `# Roadmap\n\n## Short term\n\n${milestone(1, 'Publish the guides', 'Complete')}\n${milestone(2, 'Private preview of the site', 'Work in progress')}\n## Long term\n\n${milestone(3, 'Grow the community', 'Not started')}`;
    expect(allInitiatives(edition(page)).map((i) => [i.title, i.status])).toEqual([
      ['Milestone 1: Publish the guides', 'done'],
      ['Milestone 2: Private preview of the site', 'in-progress'],
      ['Milestone 3: Grow the community', 'planned'],
    ]);
  });

  it('a bare stage ("Milestone 2") over sub-headings still groups them', () => {
    const page =
      '# Roadmap\n\n## Milestone 1\n\n### Search\nIndex the docs.\n\n### Sync\nSync the data.\n\n## Milestone 2\n\n### Themes\nDark mode.\n\n### Plugins\nA plugin API.\n';
    expect(allInitiatives(edition(page)).map((i) => i.title)).toEqual(['Search', 'Sync', 'Themes', 'Plugins']);
  });
});

describe('a board table: columns headed by times or states, each cell one item, however short its name', () => {
  const board = (rows: string[]) =>
    allInitiatives(
      edition(`# Roadmap\n\n| Now (Q2 2025) | Next | Later |\n| --- | --- | --- |\n${rows.join('\n')}\n`),
    ).map((i) => [i.title, i.status, i.position.line]);
  it('short names and links to the work are its items, each at its own line', () => {
    expect(board(['| [Rust workshop](/rust/) | Offline mode | Wiki |', '| [Map sprint](/map/) |  |  |'])).toEqual([
      ['Rust workshop', 'in-progress', 5],
      ['Map sprint', 'in-progress', 6],
      ['Offline mode', 'planned', 5],
      ['Wiki', 'future', 5],
    ]);
  });

  const reads = (rows: string[]) => {
    const [table] = parseMarkdown(
      `| Now (Q2 2025) | Next | Later |\n| --- | --- | --- |\n${rows.join('\n')}\n`,
    ).children;
    return listsWorkInCells(table as Table);
  };
  it.each([
    [['| [Rust workshop](/rust/) | Offline mode | Wiki |'], true],
    [['| Parser rewrite | Plugin API | Cloud sync |'], true],
    // A cell that names a release, a state or a time: a schedule, not a board of items.
    [['| 1.4 | 1.5 | 2.0 |', '| Parser rewrite | Plugin API | Cloud sync |'], false],
    [['| beta | stable | done |'], false],
    [['| Q3 | Q4 | 2026 |'], false],
  ])('%j → %s', (rows, board) => {
    expect(reads(rows)).toBe(board);
  });
});

describe('review 26b: trackers, set-aside words, stages and cells', () => {
  const first = (page: string) => allInitiatives(edition(page))[0]!;
  const prose = (text: string) =>
    `# Roadmap\n\n## Next\n\n### Offline sync\n\n${text}\n\n### Plugin API\n\nA stable API for plugins.\n`;

  it.each([
    // A link named by its tracker in the run of a sentence points to another project's issue.
    ['Sync works offline, but depends on an upstream [issue](https://github.com/other/lib/issues/412).', undefined],
    ['Discussed in this [ticket](https://trac.example.org/ticket/9120) with the codec team.', undefined],
    // Otherwise it is the part's own: set apart after the words, or "tracked in", "see" (review 26c).
    [
      'Sync works offline everywhere. Tracked in [JIRA](https://issues.example.org/jira/browse/KIT-121).',
      'https://issues.example.org/jira/browse/KIT-121',
    ],
    ['See the [issue](https://github.com/acme/kit/issues/88) for the design.', 'https://github.com/acme/kit/issues/88'],
    [
      'Sync works offline on every platform. [JIRA](https://issues.example.org/jira/browse/KIT-17)',
      'https://issues.example.org/jira/browse/KIT-17',
    ],
    // The project's own forge issue before another tracker's.
    [
      'Tracked in [#45](https://github.com/acme/kit/issues/45), upstream [ARROW-12345](https://issues.apache.org/jira/browse/ARROW-12345).',
      'https://github.com/acme/kit/issues/45',
    ],
  ])('%j → %s', (text, url) => {
    expect(first(prose(text)).tracking?.url).toBe(url);
  });

  it.each([
    ['In progress (was on hold until March)', 'in-progress'],
    ['Done (some parts deferred to v2.1)', 'done'],
    ['No longer on hold', 'unknown'],
    ['Postponed to 3.0', 'future'],
    // The state written first speaks (review 26c).
    ['On hold until the API is stable', 'future'],
    ['Paused until the engine is released', 'future'],
    ['Postponed; design done', 'future'],
  ])('status %j → %s: the set-aside words speak when nothing else does', (text, status) => {
    expect(normalizeStatus(text)).toBe(status);
  });

  it('a title that ends "when paused" names work; "Deferred" alone among techniques is a name', () => {
    const paused =
      '# Player\n\n## In progress\n\n### Resume downloads when paused\nKeep the queue.\n\n### Gapless playback\nNo gaps.\n';
    expect(allInitiatives(edition(paused)).map((i) => [i.title, i.status])).toEqual([
      ['Resume downloads when paused', 'in-progress'],
      ['Gapless playback', 'in-progress'],
    ]);
    expect(statusOfSectionTitle('Deferred')).toBe('unknown');
    expect(normalizeStatus('Deferred')).toBe('future');
  });

  it('a stage named for its work groups its "Deliverables" unless it states its own status', () => {
    const phase = (n: number, name: string) =>
      `## Phase ${n} - ${name}\n\n### Objectives\nBuild the base.\n\n### Deliverables\n- Parser\n- Loader\n- Renderer\n\n### Timeline\nQ${n} 2025\n`;
    const titles = allInitiatives(edition(`# Roadmap\n\n${phase(1, 'Foundations')}\n${phase(2, 'Plugins')}`)).map(
      (i) => i.title,
    );
    expect(titles).toContain('Parser');
    expect(titles).not.toContain('Phase 1 - Foundations');
  });

  it('a table cell of words on lines stays one cell: names of people, platforms, notes (review 26c)', () => {
    const page =
      '# Roadmap\n\n| Feature | Owners | Status |\n| --- | --- | --- |\n| Offline sync | Alice Chen<br>Bob Ruiz | In progress |\n| Plugin API | Carol Diaz | Planned |\n| Dark mode | Dan Wu<br>Eve Li | Done |\n';
    expect(allInitiatives(edition(page)).map((i) => [i.title, i.status])).toEqual([
      ['Offline sync', 'in-progress'],
      ['Plugin API', 'planned'],
      ['Dark mode', 'done'],
    ]);
  });

  it('"(*Done*)" after a name is its status', () => {
    const page =
      '# Roadmap\n\n## Q1\n\n- Role checks (*Done*)\n- Metrics export (*In progress*)\n- Audit log (**Done**)\n- Search (*new*)\n';
    expect(allInitiatives(edition(page)).map((i) => [i.title, i.status])).toEqual([
      ['Role checks', 'done'],
      ['Metrics export', 'in-progress'],
      ['Audit log', 'done'],
      ['Search (new)', 'unknown'],
    ]);
  });

  it('a cell of sentences on lines is not a list', () => {
    const [table] = parseMarkdown(
      '| Area | Plan |\n| --- | --- |\n| Sync | We will rewrite the engine.<br>It ships in May. |\n| Search | A new index. |\n',
    ).children;
    expect(listsWorkInCells(table as Table)).toBe(false);
  });
});
