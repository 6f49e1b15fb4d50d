/** Small pure rules found on the hundred-and-twenty-sixth and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { metaOf } from '../../src/parse/meta.js';
import { marksEachItem } from '../../src/parse/meta-shapes.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { stripShortcodes } from '../../src/parse/shortcodes.js';
import { namesARelease } from '../../src/parse/structure/groups.js';
import { statusOfSectionTitle } from '../../src/parse/status.js';
import { isReleaseSeries } from '../../src/parse/period.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);
const blocks = (markdown: string) => parseMarkdown(markdown).children;
const withStatus = (markdown: string) => allInitiatives(edition(markdown)).map((i) => [i.title, i.status]);

describe('a remark in parentheses after a title qualifies it; a release keeps its theme', () => {
  it.each([
    ['Design Principles (Invariant)', '- Deterministic output\n- No hidden globals', 'about'],
    ['Design Principles', '- Deterministic output\n- No hidden globals', 'about'],
    ['Success Metrics (draft)', '- 100 adopters\n- 10 maintainers', 'about'],
    ['License (MIT)', 'Licensed under the MIT license.', 'closing'],
    // A release named by its number and its theme is a release, whatever the theme's words.
    ['v0.4.0 — Governance & Contribution', '- Issue templates\n- CODEOWNERS', undefined],
    ['Governance & Contribution', 'Open a pull request.', 'closing'],
    ['1.0 Vision', 'The first stable release.', undefined],
    ['Vision', 'Where we want to be.', 'about'],
    // A remark that is not at the end, or a title that only opens with the words, is read as before.
    ['Principles of the plugin API (rewrite)', '- Stable hooks\n- Typed events', undefined],
  ])('"%s" is %s', (title, text, kind) => {
    expect(metaOf(title, blocks(text), false)?.kind).toBe(kind);
  });

  it('a release whose theme is a call word lists its work', () => {
    const page =
      '# Tool Roadmap\n\n## Planned\n\n### v0.3.0 — Profiles\n\n- Minimal profile\n- Standard profile\n\n### v0.4.0 — Governance & Contribution\n\n- Issue templates\n- CODEOWNERS\n';
    expect(titles(page)).toEqual(['Minimal profile', 'Standard profile', 'Issue templates', 'CODEOWNERS']);
  });
});

describe('a search of the tracker lists what is open; it tracks no one piece of work', () => {
  const page = (a: string, b: string) =>
    `# Roadmap\n\n## Next\n\n- Faster startup\n- Smaller binaries\n\n## Roadmap items on GitHub\n\n* [List of known bugs](${a})\n* [Feature requests](${b})\n`;
  it.each([
    [
      'https://github.com/o/r/issues?q=is%3Aopen+label%3Abug',
      'https://github.com/o/r/issues?q=is%3Aopen+label%3Aenhancement',
      ['Faster startup', 'Smaller binaries'],
    ],
    ['https://github.com/o/r/issues', 'https://github.com/o/r/pulls', ['Faster startup', 'Smaller binaries']],
    // Links to one issue each are work tracked item by item.
    [
      'https://github.com/o/r/issues/12',
      'https://github.com/o/r/issues/14',
      ['Faster startup', 'Smaller binaries', 'List of known bugs', 'Feature requests'],
    ],
  ])('%s, %s', (a, b, expected) => {
    expect(titles(page(a, b))).toEqual(expected);
  });
});

describe('an issue three rows or more name is their umbrella, not the tracker of each', () => {
  const row = (title: string, issue: number) =>
    `| Planned | ${title} | [GitHub Issue](https://github.com/o/r/issues/${issue}) |`;
  const page = (rows: string[]) =>
    `# Roadmap\n\n| Status | Description | Reference |\n| --- | --- | --- |\n${rows.join('\n')}\n`;

  it('three rows share #417: none is tracked by it, and each still shows the link', () => {
    const found = allInitiatives(
      edition(
        page([row('Support HTTP', 417), row('Support TCP', 417), row('Support gRPC', 417), row('Dashboard', 700)]),
      ),
    );
    expect(found.map((i) => i.tracking?.url ?? null)).toEqual([null, null, null, 'https://github.com/o/r/issues/700']);
    expect(found[0]!.links.map((l) => [l.url, l.tracking ?? false])).toEqual([
      ['https://github.com/o/r/issues/417', false],
    ]);
    expect(found[0]!.text).toContain('GitHub Issue');
  });

  it('two rows may share one: a piece of work told twice', () => {
    const found = allInitiatives(
      edition(page([row('Support HTTP', 417), row('Support TCP', 417), row('Dashboard', 700)])),
    );
    expect(found.map((i) => i.tracking?.url ?? null)).toEqual([
      'https://github.com/o/r/issues/417',
      'https://github.com/o/r/issues/417',
      'https://github.com/o/r/issues/700',
    ]);
  });
});

describe('a release decorated with an emoji is still a release; "Under consideration" says when', () => {
  it.each([
    ['1.1.0 📦', true],
    ['📦 v2.0', true],
    ['v1.1.0', true],
    ['Components 📦', false],
  ])('namesARelease(%j) is %s', (title, expected) => {
    expect(namesARelease(title)).toBe(expected);
  });

  it('the areas of a release decorated so list their boxes one by one', () => {
    const page =
      '# Roadmap\n\n## 1.1.0 📦\n\n### Components\n\n- [ ] Button group\n- [ ] Card\n- [ ] Popover\n\n## Under Consideration 🤔\n\n- [ ] Carousel\n- [ ] Charts\n';
    expect(withStatus(page)).toEqual([
      ['Button group', 'planned'],
      ['Card', 'planned'],
      ['Popover', 'planned'],
      ['Carousel', 'future'],
      ['Charts', 'future'],
    ]);
  });

  it.each([
    ['Under consideration', 'future'],
    ['Under Consideration 🤔', 'future'],
    ['Being considered', 'future'],
    ['Considerations for the API', 'unknown'],
  ])('a section "%s" is %s', (title, status) => {
    expect(statusOfSectionTitle(title)).toBe(status);
  });
});

describe('a table of work under a release lists all its rows, done ones included', () => {
  const table =
    '| Feature Area | Status | Notes |\n| --- | --- | --- |\n| Core build | ✅ Complete | Native builds |\n| Parallel builds | ✅ Complete | Async |\n| Configuration | ✅ Complete | Setup |\n| CLI commands | ✅ Complete | build, check |\n| Error handling | ✅ Complete | Hints |\n| Test coverage | 🚧 In Progress | 68% |\n';
  it.each([
    ['## v1.0.0 - Production Release\n\n### Status: 85% Complete', 6],
    ['## 🎯 v1.0.0 - Production Release\n\n### Status', 6],
    // Under no release, mostly done rows are what the project has: the rest is its work.
    ['## Where we are\n\n### Status', 1],
  ])('%j', (headings, count) => {
    const page = `# Tool Roadmap\n\n${headings}\n\n${table}\n## Later\n\n- Plugins\n- Themes\n`;
    expect(titles(page)).toHaveLength(count + 2);
  });
});

describe('a heading whose text introduces areas that each hold a table of work groups them', () => {
  const area = (name: string, rows: string[]) =>
    `### ${name}\n\n| Feature | State | Details |\n| --- | --- | --- |\n${rows.map((r) => `| ${r} | Planned | |`).join('\n')}\n\n`;
  const page = (own: string) =>
    `# Roadmap\n\nIntro.\n\n## Database Features\n\n${own}\n\n${area('Data Formats', ['Parquet reader', 'Parquet writer', 'Iceberg support'])}${area('Connectivity', ['System tables', 'Logical replication'])}## Enterprise Features\n\n${own}\n\n${area('Operations', ['Read replicas', 'Automatic failover', 'Backups'])}${area('Multi Tenancy', ['Tenant quotas', 'Per-tenant keys', 'Usage reports'])}`;
  it('the rows are the work, under their areas', () => {
    const found = allInitiatives(edition(page('This section lists core features we plan to make available.')));
    expect(found.map((i) => i.title)).toEqual([
      'Parquet reader',
      'Parquet writer',
      'Iceberg support',
      'System tables',
      'Logical replication',
      'Read replicas',
      'Automatic failover',
      'Backups',
      'Tenant quotas',
      'Per-tenant keys',
      'Usage reports',
    ]);
  });
});

describe("an icon the site draws for a status is that status's sign", () => {
  it.each([
    ['{{< iconplanned >}}', '📅'],
    ['{{< icondone >}}', '✅'],
    ['{{< iconinprogress >}}', '🚧'],
    ['{{< icon-in-progress >}}', '🚧'],
    ['{{< done_icon >}}', '✅'],
    // Other shortcodes say nothing of a status.
    ['{{< iconstar >}}', ''],
    ['{{< callout type="info" >}}', ''],
    ['{{< done >}}', ''],
  ])('%s → %j', (code, sign) => {
    expect(stripShortcodes(`x ${code} y`)).toBe(`x ${sign} y`);
  });

  it("a table's icons and its legend read as statuses", () => {
    const page =
      '# Roadmap\n\n| **State** | **Icon** |\n| --- | :---: |\n| Planned | {{< iconplanned >}} |\n| Under Construction | {{< iconinprogress >}} |\n| Available | {{< icondone >}} |\n\n## Features\n\n| Feature | State |\n| --- | --- |\n| Joins | {{< icondone >}} |\n| Search | {{< iconplanned >}} |\n| Ranges | {{< iconinprogress >}} |\n';
    expect(withStatus(page)).toEqual([
      ['Joins', 'done'],
      ['Search', 'planned'],
      ['Ranges', 'in-progress'],
    ]);
  });
});

describe('a series of releases over boxes alone ("v5.x"), and a list of feature requests', () => {
  it.each([
    ['v5.x', true],
    ['2.x', true],
    ['2.1.x', false],
    ['v5.y', false],
    ['x.5', false],
  ])('isReleaseSeries(%j) is %s', (title, expected) => {
    expect(isReleaseSeries(title)).toBe(expected);
  });

  it('each release lists its boxes; the requests are work', () => {
    const page =
      '# CMS roadmap\n\n## v4.1.0\n\n- [x] Allow locking of entities #1384\n\n## v5.x\n- [x] Set minimum PHP to 5.6 #1444\n- [ ] Password strength configuration #1469\n- [ ] Notes for redirects #1411\n\n## Feature requests\n- [ ] Health page\n- [ ] Theming #655\n';
    expect(withStatus(page)).toEqual([
      ['Allow locking of entities', 'done'],
      ['Set minimum PHP to 5.6', 'done'],
      ['Password strength configuration', 'planned'],
      ['Notes for redirects', 'planned'],
      ['Health page', 'planned'],
      ['Theming', 'planned'],
    ]);
  });

  it('series alone over their boxes list them one by one', () => {
    const page =
      '# Roadmap\n\n## v5.x\n- [x] Set minimum PHP to 5.6\n- [ ] Password strength configuration\n\n## v6.x\n- [ ] Set minimum PHP to 7.0\n- [ ] Elasticsearch 5.x\n';
    expect(titles(page)).toEqual([
      'Set minimum PHP to 5.6',
      'Password strength configuration',
      'Set minimum PHP to 7.0',
      'Elasticsearch 5.x',
    ]);
  });

  it('"Feature requests" over a sentence still asks for them', () => {
    const page = '# Roadmap\n\n## Next\n\n- Plugins\n- Themes\n\n## Feature Requests\n\nHave an idea? Open an issue.\n';
    expect(titles(page)).toEqual(['Plugins', 'Themes']);
  });
});

describe('a line that only says how the list is ordered introduces it', () => {
  const page = (line: string) =>
    `# ROADMAP\n\n${line}\n\n- [ ] TTL\n- [ ] Multi-tenancy\n  - [ ] Writes isolation\n  - [ ] Reads isolation\n- [ ] Cluster support\n`;
  it.each([
    ['In no particular order:', 3],
    ['In rough order of priority:', 3],
    ['Not in any particular order:', 3],
    ['Sorted by priority:', 3],
    // A label that names something is a part of its own: its boxes are the steps of its work.
    ['Storage engine:', 1],
  ])('%j', (line, count) => {
    expect(titles(page(line))).toHaveLength(count);
  });
});

describe('a lead several table cells share is their kind: each keeps its whole cell', () => {
  const page = (cells: string[]) =>
    `# Roadmap\n\n| Item | Status |\n| --- | --- |\n${cells.map((c) => `| ${c} | |`).join('\n')}\n`;
  it('"Research: …" twice', () => {
    expect(
      titles(
        page([
          'Research: explore a fast pass-through mode',
          'Research: OTLP over HTTP 1.1',
          'Config: validate every field of the file on load',
        ]),
      ),
    ).toEqual(['Research: explore a fast pass-through mode', 'Research: OTLP over HTTP 1.1', 'Config']);
  });
});

describe('calls to take part, and a title that names the roadmap beside one', () => {
  it.each([
    ['Join in', 'closing'],
    ['Join us', 'closing'],
    ['Help Wanted', 'closing'],
    ['Roadmap / Help Wanted', undefined],
    ['Roadmap & Contributing', undefined],
    ['Joins and window functions', undefined],
    ['Hash join in the planner', undefined],
    ['Join in-memory tables with Parquet files', undefined],
  ])('"%s" over a list is %s', (title, kind) => {
    expect(metaOf(title, blocks('- **Data models**\n  - Budgets\n- **Linting**\n  - Workflows'), false)?.kind).toBe(
      kind,
    );
  });

  it('"In the works" is work under way', () => {
    const page =
      '# Roadmap\n\n## In the works\n\n- Automated tests\n- Project board\n\n## Coming soon\n\n- Keyboard navigation\n';
    expect(allInitiatives(edition(page)).map((i) => i.status)).toEqual(['in-progress', 'in-progress', 'planned']);
  });
});

describe('a part whose whole text sends readers to the board is where the work is tracked', () => {
  const board = 'https://github.com/users/acme/projects/3/views/2';
  it.each([
    [
      'Detailed Planning',
      `For detailed project planning and progress tracking, visit our [Project Board](${board}).\n\n---\n\n*This roadmap is a living document.*`,
      'links',
    ],
    ['Tracking', `See the [project board](${board}) for what is under way.`, 'links'],
    // Words that say what the work is come first: the work, with its board.
    ['Plugin API', `We redesign the plugin API for 2.0. Track it on [the board](${board}).`, undefined],
    // A link that is no board, or a release that points to its milestones, is not set aside.
    ['Detailed Planning', 'Visit the [design document](https://example.com/design) for details.', undefined],
    [
      'v1.0.0: goes GA',
      'Visit the [milestones](https://github.com/acme/tool/milestones) page to learn more.',
      undefined,
    ],
  ])('"%s" over %j is %s', (title, text, kind) => {
    expect(metaOf(title, blocks(text), false)?.kind).toBe(kind);
  });
});

describe("above the initiative level, a release's own checklist before its parts is its work", () => {
  const page = (title: string) =>
    `# Roadmap\n\n# 3.0\n\n## Cleanup\n\nRemove what is deprecated, and the hacks kept for old PHP versions.\n\n## Security\n\nUse what PHP 7 brings for random numbers and hashing.\n\n# ${title}\n\n- [ ] Announce LTS.\n- [ ] Strict scalar types everywhere.\n- [ ] Decouple routing from controllers.\n\n## Features\n\nA configuration manager for every application.\n`;
  it.each([
    [
      '4.0 (2018)',
      [
        'Cleanup',
        'Security',
        'Announce LTS',
        'Strict scalar types everywhere',
        'Decouple routing from controllers',
        'Features',
      ],
    ],
    [
      'Next',
      [
        'Cleanup',
        'Security',
        'Announce LTS',
        'Strict scalar types everywhere',
        'Decouple routing from controllers',
        'Features',
      ],
    ],
    // A heading that names no release or period is a piece of work itself, its boxes its steps.
    ['Housekeeping', ['Cleanup', 'Security', 'Housekeeping', 'Features']],
  ])('"# %s"', (title, expected) => {
    expect(titles(page(title))).toEqual(expected);
  });
});

describe('a bold name several items share is their area: with its first sentence, it names each', () => {
  const page =
    '# Roadmap\n\n## P0\n\n- [ ] **Server:** Move the generator to the server\n- [ ] **Backend:** Arm backend. Migrate it from the main repository.\n- [ ] **Backend:** QNN backend. Migrate it too.\n- [ ] **Core:** MoE support.\n';
  it('keeps unique names as titles, and titles shared ones by name and sentence', () => {
    expect(titles(page)).toEqual(['Server', 'Backend: Arm backend', 'Backend: QNN backend', 'Core']);
  });
  it('keeps the rest of the line as the text', () => {
    expect(allInitiatives(edition(page))[1]!.text).toBe('Migrate it from the main repository.');
  });
});

describe('values and archived roadmaps are no work; items that each say how they stand are', () => {
  it.each([
    ['Values', '- Performance trumps functionality.\n- We build on open source software.', 'about'],
    ['Our core values', '- Performance trumps functionality.\n- We build on open source software.', undefined],
    [
      'Archived roadmaps',
      '- [Roadmap for 2023 (archived)](roadmaps/2023.md)\n- [Roadmap for 2022](roadmaps/2022.md)',
      'about',
    ],
    // An emoji that decorates each item, none recurring, is no sign of state.
    ['Governance', '- 🗳 Decisions by lazy consensus\n- 🧭 A steering committee of five', 'process'],
    ['Governance and standards', 'Decisions are made by lazy consensus.', 'process'],
  ])('"%s" over %j is %s', (title, text, kind) => {
    expect(metaOf(title, blocks(text), false)?.kind).toBe(kind);
  });

  const page = (marks: [string, string, string]) =>
    `# Platform roadmap\n\n## Values\n\n- Performance trumps functionality.\n- We build on open source software.\n\n## Legend\n\n| Mark | Description |\n| --- | --- |\n| 🗃 | work not started |\n| 📬 | planned: scoped and due to work on |\n| 🏗 | ongoing work |\n\n## Current direction\n\nEstablishing the contracts.\n\n### Repository standards\n\n- ${marks[0]} Adopt federated governance with central contracts\n  - ${marks[1]} Rewrite the team structure and decision-making pages on the website\n- ${marks[1]} Roll out the repository standards across the organization\n\n### The platform contract\n\n- ${marks[1]} Publish the versioned pack specification with the operator\n- ${marks[1]} Encode the repository-standard defaults and the revised maturity model in the pack template\n- ${marks[2]} Correct the stale references in the infrastructure core\n\n### Deferred\n\nRecorded so they are not mistaken for oversights.\n\n- 🔮 A public catalog of community packs\n- 🔮 A process for promoting a community pack to official\n`;
  it('signs of state that recur make each item a piece of work', () => {
    expect(titles(page(['🏗', '📬', '🗃']))).toEqual([
      'Adopt federated governance with central contracts',
      'Roll out the repository standards across the organization',
      'Publish the versioned pack specification with the operator',
      'Encode the repository-standard defaults and the revised maturity model in the pack template',
      'Correct the stale references in the infrastructure core',
      'A public catalog of community packs',
      'A process for promoting a community pack to official',
    ]);
  });
});

describe('marksEachItem: every item led by a sign, a sign recurring', () => {
  it.each([
    ['- 🏗 Adopt governance\n  - 📬 Rewrite the pages\n- 📬 Roll out the standards', true],
    ['- 📬 Publish the specification\n- 📬 Encode the defaults\n- 🗃 Correct the references', true],
    // Each item its own emoji, none recurring: decoration.
    ['- 🚀 Fast startup\n- 🔒 Signed releases', false],
    // One item without a sign.
    ['- 📬 Publish the specification\n- Encode the defaults\n- 📬 Correct the references', false],
    ['- 📬 Only one item', false],
  ])('%j → %s', (list, expected) => {
    expect(marksEachItem(blocks(list))).toBe(expected);
  });
});
