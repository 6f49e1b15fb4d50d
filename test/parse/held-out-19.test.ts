/** Small pure rules found on the eighty-ninth and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { isFieldKeyTitle } from '../../src/parse/field-lists.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { findPeriod } from '../../src/parse/period.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);

describe('an emoji before a heading decorates it: the words say what the part is', () => {
  it.each([
    ['🎯 Goal', true],
    ['🎯 Goals:', true],
    ['📌 Status', true],
    ['✨ Deliverables ✨', true],
    ['🎯 Goals for the plugin API', false],
    ['🚀 Storage', false],
  ])('%s: %s', (title, key) => {
    expect(isFieldKeyTitle(title)).toBe(key);
  });

  it('a goal told in prose beside the plan is not a piece of work, with or without its emoji', () => {
    const page = (goal: string) =>
      `# Roadmap\n\nWhat we plan for Widgetry.\n\n## ${goal}\n\nThe main goal for Widgetry is to make building sites easy for people who do not write front-end code, using only the shell.\n\n## Releases\n\nWidgetry releases about once every two months; patch releases come when they are needed.\n\n## Plan\n\n### Registration page\n\nA registration page beside the login page, with e-mail checks and a welcome message.\n\n### WebSockets\n\nOutput actions sent over WebSockets, so that they happen on the fly instead of after a reload.\n`;
    expect(titles(page('🎯 Goal'))).toEqual(['Registration page', 'WebSockets']);
    expect(titles(page('Goal'))).toEqual(['Registration page', 'WebSockets']);
  });
});

describe('an item that only points elsewhere is no piece of work', () => {
  const release = (last: string) =>
    `# Tool Roadmap\n\n#### Tool 6.1 release (2026 Q2)\n\n* Improved keystore locking\n* Usable syslog plugin\n* ${last}\n`;

  it.each([
    ['See the [release notes](https://tool.dev/releases/6.1.0) for details'],
    ['Refer to [the changelog](https://tool.dev/changelog)'],
    ['Read [the announcement](https://tool.dev/blog/6.1)'],
  ])('"%s" joins its release\u2019s introduction', (pointer) => {
    const read = edition(release(pointer));
    expect(allInitiatives(read).map((i) => i.title)).toEqual(['Improved keystore locking', 'Usable syslog plugin']);
    expect(JSON.stringify(read.sections)).toContain(pointer.replace(/\[([^\]]*)\]\([^)]*\)/, '$1').split(' ')[1]);
  });

  it.each([
    ['See if we can speed up deserialization of the cache'],
    ['Read-only mode for [shared workspaces](https://tool.dev/ws)'],
    ['Seed data for [the demo](https://tool.dev/demo) and a guided tour of every screen of the app'],
    ['Read replicas for MySQL ([#413](https://github.com/a/b/issues/413))'],
    ["See who's viewing a document ([#88](https://github.com/a/b/issues/88))"],
    ['Read receipts in chat ([design](https://tool.dev/design))'],
    ['[Read-only mode](https://tool.dev/read-only) for workspaces'],
    ["[See who's online](https://github.com/a/b/issues/12)"],
  ])('"%s" is work', (item) => {
    expect(titles(release(item))).toHaveLength(3);
  });
});

describe('a run of quarters or halves is one period, labelled as written', () => {
  it.each([
    ['12-Month Roadmap (Q3 2026 – Q2 2027)', 'Q3 2026 – Q2 2027', '2026-07-01'],
    ['Q1-Q2 2026', 'Q1–Q2 2026', '2026-01-01'],
    ['Q4 2025 to Q1 2026: Installer', 'Q4 2025 – Q1 2026', '2025-10-01'],
    ['H2 2025 – H1 2026', '2025 H2 – 2026 H1', '2025-07-01'],
    ['H1-H2 2027', '2027 H1–H2', '2027-01-01'],
    ['Q1 2026', 'Q1 2026', '2026-01-01'],
    ['Q1 2026 - 2027', 'Q1 2026', '2026-01-01'],
    ['Q1 – H2 2026', '2026 H2', '2026-07-01'],
  ])('%s → %s', (text, label, date) => {
    expect(findPeriod(text)).toMatchObject({ label, date });
  });

  it.each([
    ['Q2 2026 (slipped from Q3 – Q4 2025)', 'Q2 2026'],
    ['Q4 - Q1 2026', 'Q4 2025 – Q1 2026'],
  ])('%s → %s: a single quarter first is the period; a run across a year starts the year before', (text, label) => {
    expect(findPeriod(text)?.label).toBe(label);
  });

  it.each([
    ['Q4 - Q1 2026', 'Q2 2026', 'Q4 2025 – Q2 2026'],
    ['Q1-Q2 2026', 'Q3 2026', 'Q1–Q3 2026'],
    ['Q1 2026', 'Q4 2026 – Q1 2027', 'Q1 2026 – Q1 2027'],
  ])('sections "%s" and "%s" label the edition "%s"', (first, second, label) => {
    expect(edition(`# Roadmap\n\n## ${first}\n\n- Installer rewrite\n\n## ${second}\n\n- Plugin API\n`).label).toBe(
      label,
    );
  });

  it('labels the edition whose title spans quarters of two years', () => {
    const page =
      '# Acme 12-Month Roadmap (Q3 2026 – Q2 2027)\n\n## Q3 2026\n\n- Plugin API\n\n## Q4 2026\n\n- Sync engine\n';
    expect(edition(page).label).toBe('Q3 2026 – Q2 2027');
  });
});

describe('a title is one sentence: the sentences after it describe the work', () => {
  const page = (item: string) => `# Tool Roadmap\n\n## Next\n\n- ${item}\n- Faster startup\n`;

  it.each([
    [
      'Invest some effort into systematically filling in missing\n  annotations and stubs, with focus on features heavily\n  used at work. Better support for ORMs will be a separate\n  project.',
      'Invest some effort into systematically filling in missing annotations and stubs, with focus on features heavily used at work',
    ],
    [
      'Consider opt-in telemetry about generators being used, limited to a counter of invocations by generator name. This would allow us to make decisions based on statistics.',
      'Consider opt-in telemetry about generators being used, limited to a counter of invocations by generator name',
    ],
    [
      'Lazy loading of plugins and themes for the desktop and web clients, a.k.a. deferred activation, to cut startup time on large workspaces.',
      'Lazy loading of plugins and themes for the desktop and web clients, a.k.a. deferred activation, to cut startup time on large workspaces',
    ],
    [
      'Support for more tracing exporters and backends such as Jaeger, Zipkin, Honeycomb, Datadog... with one shared provider interface for all.',
      'Support for more tracing exporters and backends such as Jaeger, Zipkin, Honeycomb, Datadog... with one shared provider interface for all',
    ],
    // One sentence, however long, stays whole; so do abbreviations inside it.
    [
      'Make the installer detect the platform, e.g. Linux or macOS, and pick the right archive for it without asking the user anything',
      'Make the installer detect the platform, e.g. Linux or macOS, and pick the right archive for it without asking the user anything',
    ],
  ])('%j', (item, title) => {
    expect(titles(page(item))[0]).toBe(title);
  });
});

describe('in a list of named work, a plain sentence is its introduction', () => {
  const page = (sentence: string) =>
    `# Tool Roadmap\n\nUpcoming 0.3.x releases:\n\n- ${sentence}\n- **Sync engine**: two-way sync\n- **Plugin API**: load plugins\n- **Offline mode**: work without a network\n`;

  it.each([
    ['We welcome contributions to any of these items.'],
    ['Want to speak to us about one of them? Open a discussion.'],
    ['Items below that are in development will be marked in parentheses.'],
    ['Will do a bunch of alpha releases before the first stable one.'],
    ['Order does not reflect priority or delivery date.'],
    ['Dates are tentative and subject to change.'],
  ])('"%s" introduces the list', (sentence) => {
    expect(titles(page(sentence))).toEqual(['Sync engine', 'Plugin API', 'Offline mode']);
  });
});

describe('links to lists of work (an issue search, a label) lead work described at length', () => {
  const page = (links: string) =>
    `# Acme Roadmap\n\n## Plugin API\n\nLoad plugins at run time, with a stable interface for third parties.\n\n## Sync engine\n\nTwo-way sync with the server, conflict-free and resumable.\n\n## Product Improvements\n\n${links}\n`;

  it('areas described at length after their label links are work', () => {
    const q = (label: string) => `https://github.com/acme/tool/issues?q=is%3Aopen+label%3A%22area%3A+${label}%22`;
    const links = [
      `* [Performance](${q('performance')}): overall performance is a critical area for investment, from network throughput to file system metadata costs.`,
      `* [Compatibility](${q('compatibility')}): supporting a wide range of applications requires supporting a large system API, special files included.`,
    ].join('\n');
    expect(titles(page(links))).toEqual(['Plugin API', 'Sync engine', 'Product Improvements']);
  });

  it('a list of single issues, each named, is work: the part stays a slide', () => {
    const links = [
      '- [Faster startup](https://github.com/acme/tool/issues/12)',
      '- [Offline mode](https://github.com/acme/tool/issues/14)',
    ].join('\n');
    expect(titles(page(links))).toEqual(['Plugin API', 'Sync engine', 'Product Improvements']);
  });
});

describe('a pre-release version is a version, its suffix in its label', () => {
  it.each([
    ['Y23 Q3: v1.0.0b1', 'v1.0.0b1'],
    ['v2.0rc1', 'v2.0rc1'],
    ['Version 1.0-beta2', 'v1.0-beta2'],
    ['v1.2', 'v1.2'],
  ])('%s → %s', (text, label) => {
    expect(findPeriod(text)).toEqual({ kind: 'version', label });
  });

  it.each([['v1.2.3.4'], ['v1.0.0x1']])('%s is no version', (text) => {
    expect(findPeriod(text)).toBeUndefined();
  });

  it('a beta release whose boxes are all done lists its work', () => {
    const page =
      '# Roadmap\n\nIntro.\n\n## Y23 Q3: v1.0.0b1\n\n- [x] Migration to batch-centric API.\n- [x] Migration of core API methods to C++.\n\n## Y24 Q1: v1.0.0\n\n- [ ] Debug trace logging support.\n- [ ] C++ Plugin System\n\n## Y24 onwards\n\n- UI Layer\n- Auth related error codes.\n';
    expect(titles(page)).toEqual([
      'Migration to batch-centric API',
      'Migration of core API methods to C++',
      'Debug trace logging support',
      'C++ Plugin System',
      'UI Layer',
      'Auth related error codes',
    ]);
  });
});

describe('a part that states its own status in a line set apart, as its siblings do, is work, however its title reads', () => {
  const page = (status: string) =>
    `# Acme Roadmap\n\n## Upgrade to Node 22\n\n*Status: In progress*\n\nMove the runtime to Node 22.\n\n## Faster builds\n\n*Status: Shipped in 1.4*\n\nCache the compiler's output.\n\n## Project Governance/Community Contribution\n\n${status}It is hard for newcomers to know what to work on and how to get changes reviewed.\n`;

  it.each([
    ['*Status: Since this topic was added, we have introduced new contribution guidelines.*\n\n'],
    ['**Status: new guidelines are out, a triage rota is next.**\n\n'],
  ])('%j', (status) => {
    expect(titles(page(status))).toEqual([
      'Upgrade to Node 22',
      'Faster builds',
      'Project Governance/Community Contribution',
    ]);
  });

  it('without one, the title asks for contributions', () => {
    expect(titles(page(''))).toEqual(['Upgrade to Node 22', 'Faster builds']);
  });

  it('where no other part states its status so, a status line about the document makes nothing work', () => {
    const page = `# Roadmap\n\n## Introduction\n\n*Status: draft for community review, last updated March 2026.*\n\nThis document lays out where the project is heading.\n\n## Storage engine\n\nReplace the B-tree with an LSM tree.\n\n## Query planner\n\nCost-based join ordering.\n\n## Contributing\n\n*Status: we are not accepting feature pull requests until 2.0 ships.*\n\nBug reports are always welcome.\n`;
    expect(titles(page)).toEqual(['Storage engine', 'Query planner']);
  });
});

describe('an H1 that only names a release beside another that does is a part of the page, not its title', () => {
  const page = (first: string, second: string) =>
    `# ${first}\n\nThe next release brings Widgetry to mobile.\n\n- Android support\n- iOS support\n\n# ${second}\n\n- Plugin API\n`;

  it.each([
    ['Version 0.3', 'Version 0.4'],
    ['v2.0', 'v2.1'],
    ['0.3', '0.4'],
  ])('"%s" before "%s"', (first, second) => {
    expect(edition(page(first, second)).title).not.toBe(first);
  });

  it.each([
    ['Widgetry 0.3 Roadmap', 'Version 0.4'],
    ['Version 0.3', 'FAQ'],
  ])('"%s" before "%s" stays the title', (first, second) => {
    const read = edition(
      `# ${first}\n\nPlans for the next release.\n\n## Android support\n\nPort it.\n\n# ${second}\n\nText.\n`,
    );
    if (second === 'FAQ') expect(read.title).toContain('Version 0.3');
    else expect(read.title).toBe(first);
  });
});

describe('a long item is shortened from its cleaned words', () => {
  it('the dash after its checkbox is no part of the shortened title', () => {
    const page =
      '# Studio Roadmap\n\n## 0.1.0 - Alpha\n\n- [x] - Create Recording View for the steps that a user records while testing the application in the browser window, with every click, key press and assertion listed in the order the user made them, so that they can be edited later\n- [ ] Export to PDF\n';
    const [first] = titles(page);
    expect(first).toMatch(/^Create Recording View for the steps/);
    expect(first!.endsWith('…')).toBe(true);
  });
});

describe('a period or horizon whose whole text points elsewhere holds no work', () => {
  const page = (next: string) =>
    `# Roadmap\n\n## In progress\n\n- [x] Framework updates\n- [ ] Documentation and installation guide\n\n## Planned\n\n- [ ] Search integration\n\n## Next steps\n\n${next}\n`;

  it.each([
    ["- Refer to the\n  [Changelog](https://x.org/CHANGELOG.md) to see what's new"],
    ['See [the release notes](https://x.org/releases) for details.'],
  ])('%j', (next) => {
    expect(titles(page(next))).toEqual([
      'Framework updates',
      'Documentation and installation guide',
      'Search integration',
    ]);
  });

  it('a period whose one item names work that starts like a pointer keeps it', () => {
    const page = `# Roadmap\n\n## Q1 2025\n\n- Connection pooling\n- Query cache\n\n## Q2 2025\n\n- Read replicas for MySQL ([#413](https://github.com/a/b/issues/413))\n`;
    expect(titles(page)).toContain('Read replicas for MySQL');
  });

  it('a piece of work that points to its design is still work', () => {
    const work = `# Roadmap\n\n## Plugin API\n\nSee [the design](https://x.org/design.md).\n\n## Sync engine\n\nTwo-way sync with the server, resumable.\n`;
    expect(titles(work)).toEqual(['Plugin API', 'Sync engine']);
  });
});

describe("a table's row numbers name nothing: they never make it a summary of the parts after it", () => {
  it('two release tables numbered 1, 2, 3 each list their work', () => {
    const table = (rows: string[]) =>
      `| # | Work items | Status |\n| :--- | :--- | :--- |\n${rows.map((r, i) => `| ${i + 1} | ${r} | Pending |`).join('\n')}\n`;
    const page = `# Roadmap\n\n### Planned release 1.0\n\n${table(['Pull in the old features', 'Add FHIR storage support', 'Integrate the NLP service'])}\n### Planned release 2.0\n\n${table(['Custom care plans', 'FHIR API with consent', 'Custom emergency protocols'])}`;
    expect(titles(page)).toHaveLength(6);
  });

  it('a table of release numbers named again by the headings after it is still their summary', () => {
    const page = `# Roadmap\n\n## Overview\n\n| Version | Theme | Target |\n|---|---|---|\n| 1.0 | Stable core API | Q1 2025 |\n| 1.1 | Plugins | Q2 2025 |\n| 1.2 | Cloud sync | Q3 2025 |\n\n## 1.0\n\n- Freeze the public API\n- Complete reference docs\n\n## 1.1\n\n- Plugin loader\n- Plugin registry\n\n## 1.2\n\n- Sync service\n- Conflict resolution\n`;
    expect(titles(page)).not.toContain('Plugins');
  });
});
