/** Small pure rules found on the hundred-and-forty-third and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { metaOf } from '../../src/parse/meta.js';
import { statusOfSectionTitle } from '../../src/parse/status.js';
import { bucketOf, findPeriod } from '../../src/parse/period.js';
import { datedWork, namedWithDate } from '../../src/parse/structure/dated-titles.js';
import type { BlockKind, PageText } from '../../src/parse/page-text.js';
import { readProjectName } from '../../src/parse/project-name.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);
const blocks = (markdown: string) => parseMarkdown(markdown).children;

describe('halves and quarters written year first, alone or as a run', () => {
  it.each([
    ['Roadmap 2024-H2/2025-H1', '2024 H2 – 2025 H1'],
    ['2024 H2 - 2025 H1', '2024 H2 – 2025 H1'],
    ['2022 Q3 - 2023 Q1', 'Q3 2022 – Q1 2023'],
    ['2024-Q1/2024-Q2', 'Q1–Q2 2024'],
    ['2024-H2', '2024 H2'],
    ['H1-2025', '2025 H1'],
    ['2025/H1', '2025 H1'],
    // A hyphen with spaces around it joins two periods, not a half to its year (review 23).
    ['Late 2024 - H1 2025', '2025 H1'],
    // As before.
    ['H2 2025 to H1 2026', '2025 H2 – 2026 H1'],
    ['Q1-Q2 2026', 'Q1–Q2 2026'],
    ['2023 Q1', 'Q1 2023'],
    ['as of 11/2024', 'November 2024'],
    // The number of a half or a quarter before a year is no month in figures.
    ['H2/2025', '2025 H2'],
    ['Q2/2025', 'Q2 2025'],
    ['Build 2.11/2024', undefined],
  ])('"%s" → %s', (text, label) => {
    expect(findPeriod(text)?.label).toBe(label);
  });
});

describe('an intro that names the next release and when it is expected labels the edition', () => {
  const label = (intro: string) => edition(`# Roadmap\n\n${intro}\n\n* Alpha thing\n* Beta thing\n`).label;
  it.each([
    ['Planned features for the next release (v0.9, expected June 2023) include the following:', 'v0.9 (June 2023)'],
    ['Work for the coming release (version 2.0 - due in Q3 2024) includes:', 'v2.0 (Q3 2024)'],
    ['This roadmap covers v1.4 (July 2020).', 'v1.4 (July 2020)'],
    // The date must follow the word that expects it.
    ['Since v2.0, expected behaviour in June 2023 changed.', 'page'],
    ['Planned features for v0.9, expected soon.', 'page'],
    // Out of brackets, the version may be another project's, or one already past (review 23).
    ['Python version 3.13, expected October 2024, removes the old parser.', 'page'],
    ['Kubernetes v1.31 - expected August 2024 - removes the old API.', 'page'],
    ['The project reached v1.0 — planned for March 2023, it shipped in May 2023.', 'page'],
  ])('%s → %s', (intro, expected) => {
    expect(label(intro)).toBe(expected);
  });
});

describe('a time of the plan set off before its theme is the plan for then, not an introduction', () => {
  it.each([
    ['Long term — vision', '- A fully exportable library\n- The fastest augmentation stack', undefined],
    ['2026: Vision', '- Plugin marketplace\n- Hosted builds', undefined],
    ['Next - mission', '- Plugin marketplace\n- Hosted builds', undefined],
    // Alone, or with the time after it, the word still introduces the page.
    ['Vision', '- A fully exportable library\n- The fastest augmentation stack', 'about'],
    ['Vision — long term', 'Where we want to be in five years.', 'about'],
    // Over prose alone, the time first still introduces (review 23).
    ['Long term: Vision', 'We do not have a concrete plan for this yet.', 'about'],
    ['Mission', 'Make builds fast.', 'about'],
  ])('"%s" is %s', (title, text, kind) => {
    expect(metaOf(title, blocks(text), false)?.kind).toBe(kind);
  });

  it('its items are work', () => {
    const page =
      '# Roadmap\n\n## Short term\n\n- **Stabilize CI.** Fix the flaky jobs.\n- **Docs modernization** with a new site\n\n## Long term — vision\n\n- **A fully compilable library.** Every operator compiles.\n- **The fastest augmentation stack**, with a benchmark.\n';
    expect(titles(page)).toEqual([
      'Stabilize CI',
      'Docs modernization',
      'A fully compilable library',
      'The fastest augmentation stack',
    ]);
  });
});

describe('a remark that says when among other words dates a piece of work; it does not group work by time', () => {
  it.each([
    ['Agent-native (a Phase 1 priority)', true],
    ['Long-lead protocol design (build in Phase 3, design now)', true],
    ['Documentation (parallel track, starts Phase 0)', true],
    // A state or a target in the remark, or a release, stage or milestone named, groups work (review 23).
    ['Storage (target Q3 2024)', false],
    ['M2 (Q2 2025, in progress)', false],
    ['GA (target: Q4 2025)', false],
    ['Aurora (Q1 2025, current)', false],
    ['Cycle 12 (Jul–Aug 2024, current)', false],
    ['v2 (Q3 2024, in progress)', false],
    ['Priorities (Q1 2025, agreed)', false],
    // The time alone, a horizon or a state in the remark, or a generic name: a group.
    ['Storage (Q3)', false],
    ['Next release (in Q3 2024)', false],
    ['Under development (next release)', false],
    ['Features (planned for Q3 2024)', false],
    ['Phase 1 (Months 1–4)', false],
    // As before: a sentence of work dated at its end.
    ['Launch the coordinator as a bridge for the write path (Q1 2018)', true],
  ])('"%s": %s', (title, dated) => {
    expect(datedWork(title)).toBe(dated);
  });

  it('its list is its details, beside headings of work like it', () => {
    const page =
      '# Roadmap\n\n## Phase 1 — Core (Months 1–4)\n\n### CLI as product\n\n- [x] `validate` command\n- [ ] `doctor` command\n\n### Agent-native (a Phase 1 priority)\n\n- [x] MCP server\n- [ ] Pipeline generation\n\n### Plugin scaffolding\n\n- [ ] `connector new` command\n- [x] `processor new` command\n';
    expect(titles(page)).toEqual(['CLI as product', 'Agent-native (a Phase 1 priority)', 'Plugin scaffolding']);
  });
});

describe('the ranks of a MoSCoW list group work as priorities do', () => {
  it.each([
    ['Must', 'horizon'],
    ['Must have', 'horizon'],
    ['Should have', 'horizon'],
    ['Could-have', 'horizon'],
    ['Nice to have', 'horizon'],
    ['P1', 'horizon'],
    // "Won't have" is a non-goal; a title that only opens with the word names work.
    ["Won't have", undefined],
    ['Must-have integrations for the CLI', undefined],
  ])('"%s" → %s', (title, kind) => {
    expect(bucketOf(title)?.kind).toBe(kind);
  });

  it('their checklists are the work, and a list of questions is not', () => {
    const page =
      '# Tool Roadmap\n\n## Checklist\n\n### Must\n\n* [x] License support\n* [ ] Add tests\n\n### Nice to have\n\n* [ ] Debugger support\n\n## Questions\n\n* Should we support .git by default?\n* Should CORS be optional?\n';
    expect(titles(page)).toEqual(['License support', 'Add tests', 'Debugger support']);
  });
});

describe('"Questions" is what is still to decide, not work', () => {
  it.each([
    ['Questions', '- Should we support .git by default?\n- Should CORS be optional?', 'about'],
    ['Open questions', '- Which storage engine?', 'about'],
    ['Question answering pipeline', '- Retrieval step\n- Ranking step', undefined],
    // An area of a product named "Questions", over its work (review 23).
    ['Questions', '- Question bank\n- Image questions\n- Randomized order', undefined],
  ])('"%s" is %s', (title, text, kind) => {
    expect(metaOf(title, blocks(text), false)?.kind).toBe(kind);
  });
});

describe('a table of work above the first heading, each row with its state, is work beside the sections', () => {
  const table =
    '| Feature | Status | Notes |\n| --- | --- | --- |\n| File routing | ✅ | |\n| ORM | ✅ | |\n| Assets | ✅ | |\n| Emails | ✅ | |\n| Auth | 🚧 | no SSO yet |\n| I18n | ✅ | |\n';
  it.each([
    [
      'Planned v1 experience:',
      ['File routing', 'ORM', 'Assets', 'Emails', 'Auth', 'I18n', 'Stripe checkout', 'Analytics'],
    ],
    // Without a line that names a plan, rows mostly done list what the project has: one row left is too
    // few to stand beside the sections, and stays in the introduction.
    ['What we have today:', ['Stripe checkout', 'Analytics']],
  ])('"%s"', (label, expected) => {
    const page = `# Status & Roadmap\n\nThe project is not ready for production.\n\n${label}\n\n${table}\n## Extras\n\n| Feature | Status |\n| --- | --- |\n| Stripe checkout | ✅ |\n| Analytics | 🚧 |\n`;
    expect(titles(page)).toEqual(expected);
  });

  it('a timeline of ticks above the sections sums them up: their own lists are the work', () => {
    const page =
      '# Roadmap\n\nThe roadmap below outlines new features.\n\n| Sandboxer | Sandbox | 2023 H1 | 2023 H2 |\n| --- | --- | --- | --- |\n| **MicroVM** | QEMU | ✓ | |\n| **Wasm** | WasmEdge | ✓ | |\n| **runC** | runC | | ✓ |\n\n## 2023 H1\n\n+ Support QEMU\n+ Support WasmEdge\n\n## 2023 H2\n\n+ Support runC\n';
    expect(titles(page)).toEqual(['Support QEMU', 'Support WasmEdge', 'Support runC']);
  });
});

describe('when shared bold names lead most lines, every bold name is an area', () => {
  it.each([
    [
      '- **Docs:** Getting started guide\n- **Docs:** Comparison page\n- **CLI:** Repo generator\n- **Core:** Automated testing\n- **Core:** Schema validation\n',
      [
        'Docs: Getting started guide',
        'Docs: Comparison page',
        'CLI: Repo generator',
        'Core: Automated testing',
        'Core: Schema validation',
      ],
    ],
    // Shared names on half the lines or fewer: the others are names of work.
    [
      '- **Docs:** Getting started guide\n- **Docs:** Comparison page\n- **Plugin API:** load plugins at start\n- **Sync engine:** two-way sync\n- **Offline mode:** work without a network\n',
      ['Docs: Getting started guide', 'Docs: Comparison page', 'Plugin API', 'Sync engine', 'Offline mode'],
    ],
    // No name shared: each bold name is its line's work.
    [
      '- **Plugin API:** load plugins at start\n- **Sync engine:** two-way sync\n- **Offline mode:** work without a network\n',
      ['Plugin API', 'Sync engine', 'Offline mode'],
    ],
  ])('%#', (list, expected) => {
    expect(titles(`# Tool Roadmap\n\n## Backlog\n\n${list}`)).toEqual(expected);
  });
});

describe('a group titled as work in development, or prioritized, says how its work stands', () => {
  it.each([
    ['🟩 In Development', 'in-progress'],
    ['Under development', 'in-progress'],
    ['Under active development', 'in-progress'],
    ['Underway', 'in-progress'],
    ['🟧 Prioritized for Development', 'planned'],
    ['Prioritised', 'planned'],
    ['Features under development', 'in-progress'],
    ["What's under development", 'in-progress'],
    ['Work prioritized for v2', 'planned'],
    // Not opening the title, or negated (review 23).
    ['Hot reload in development', 'unknown'],
    ['Prioritized job queue', 'unknown'],
    ['De-prioritized', 'unknown'],
    ['No longer under development', 'unknown'],
    // A kind of work, not its state.
    ['Plugin development', 'unknown'],
    ['Developer experience', 'unknown'],
  ])('"%s" → %s', (title, status) => {
    expect(statusOfSectionTitle(title)).toBe(status);
  });

  it('one item under such a group is a piece of work, not the group', () => {
    const page =
      '# Protocol Roadmap\n\n## 🟩 In Development\n\n**Projects actively being developed:**\n\n* Governance forums\n\n## 🟨 Planned for Development\n\n* Bridge integration\n* Token listing\n\n## 🏁 Completed\n\n* Audits\n* Staking\n';
    expect(allInitiatives(edition(page)).map((i) => [i.title, i.status])).toEqual([
      ['Governance forums', 'in-progress'],
      ['Bridge integration', 'planned'],
      ['Token listing', 'planned'],
      ['Audits', 'done'],
      ['Staking', 'done'],
    ]);
  });
});

describe('names a list says the project works with, and words that number parts of a document, name no project', () => {
  const page = (blocks: [BlockKind, string][]): PageText => ({
    blocks: blocks.map(([kind, text]) => ({ kind, text })),
    urls: [],
  });
  it.each([
    [
      'frameworks listed between commas, each with its versions',
      page([
        ['prose', 'Microservice governance: Spring cloud 2021, Spring gateway 2021, Dubbo 2.6/2.7/3, SofaRpc'],
        ['prose', 'Chain traceability: Spring gateway 2021, Dubbo 2.6/2.7/3, SofaRpc, Grpc, Rocketmq 4/5, Kafka.'],
      ]),
      undefined,
    ],
    [
      'numbered examples of the documentation',
      page([
        ['prose', 'Example 3.1: Finding eigenmodes'],
        ['prose', 'Global function spaces (simpler version of Example 2.1)'],
        ['prose', 'Example 4.2: Heat equation'],
      ]),
      undefined,
    ],
    [
      'a word capitalized only in title-case list items',
      page([
        ['prose', 'Project Handling'],
        ['prose', 'Project Handling (Gradle: Single and Multi Module)'],
        ['prose', 'Project Handling (Maven)'],
        ['prose', 'Project Handling (Bazel)'],
        ['prose', 'Project Handling (Android: Single and Multi Module)'],
        ['prose', 'Project Handling (KMP)'],
        ['prose', 'Project Handling (Kotlin Multiplatform)'],
      ]),
      undefined,
    ],
    // The project's own release, at the end of a sentence or before one comma only, still counts.
    [
      'the project named by its releases',
      page([
        ['intro', 'Dubbo 3.2 brings a new router. After Dubbo 3.3, the old registry goes.'],
        ['prose', 'Dubbo is a high-performance RPC framework.'],
      ]),
      'Dubbo',
    ],
  ])('%s', (_what, text, name) => {
    expect(readProjectName(text).name).toBe(name);
  });
});

describe('among several H1s, one that names a release and how it stands, or a group of work, is a part of the page', () => {
  it.each([
    [
      'v0.2 planned\n============\n\n* Watch templates\n\nv0.1 released\n=============\n\n+ Sort chapters\n\nIdeas\n=====\n\n* Themes\n',
      'Page',
    ],
    ['# Version 0.3\n\n- Watch\n\n# Version 0.4 (done)\n\n- Sort\n', 'Page'],
    ['# Docta\n\n## v0.2 planned\n\n- Watch\n\n## v0.1 released\n\n- Sort\n', 'Docta'],
    // An H1 that names something else stays the title.
    ['# Docta roadmap\n\nv0.2 planned\n============\n\n- Watch\n', 'Docta roadmap'],
  ])('%j → %s', (markdown, title) => {
    expect(edition(markdown).title).toBe(title);
  });
});

describe("a line led by the kind of change keeps it in its title; a heading on the roadmap's own goal is no work", () => {
  it.each([
    [
      '- [ ] bug: clicking on a dark area crashes the game\n- [ ] add a save menu\n',
      ['bug: clicking on a dark area crashes the game', 'add a save menu'],
    ],
    [
      '- refactor(core): convert the loader to async\n- add a save menu\n',
      ['refactor(core): convert the loader to async', 'add a save menu'],
    ],
    // A name before the colon still titles the line (capitalised areas, "Docs:", in review-23's C01).
    ['- Save menu: a menu to save and load games\n- Sound: music and effects\n', ['Save menu', 'Sound']],
  ])('%j', (list, expected) => {
    expect(titles(`# Game Roadmap\n\n## v0.2\n\n${list}`)).toEqual(expected);
  });

  it.each([
    ['Overall Goal of the Roadmap', 'The goal of this roadmap is to stabilize the wallet.', 'about'],
    ['Scope of this document', 'It covers the next two releases.', 'about'],
    ['Goals of the wallet', '- Faster sync\n- Smaller binaries', undefined],
  ])('"%s" is %s', (title, text, kind) => {
    expect(metaOf(title, blocks(text), false)?.kind).toBe(kind);
  });
});

describe('small readings: a bold label outside the title column, a date line that says more, a heading that only says Roadmap', () => {
  it('a row whose one filled cell is a bold label, outside the title column, groups the rows below', () => {
    const page =
      '# Store Roadmap\n\n| Milestone | Feature | Description |\n| --- | --- | --- |\n| **Preview 1** | | |\n| ✔️ | Basic CRUD | Create, read, update, delete. |\n| 🔄 | Web API | A gRPC API. |\n| **Preview 2** | | |\n| ⬜ | Scaling | Scale out. |\n';
    expect(edition(page).sections.map((s) => [s.title, s.initiatives.map((i) => `${i.title} ${i.status}`)])).toEqual([
      ['Preview 1', ['Basic CRUD done', 'Web API in-progress']],
      // An open box (⬜) is work not started.
      ['Preview 2', ['Scaling planned']],
    ]);
  });

  it.each([
    ['Last updated 3 March 2026. Next update due June 2026.', '3 March 2026'],
    ['Last updated: Mar. 2026', 'Mar. 2026'],
    ['Last updated: Fri. Sept. 6, 2024', 'Fri. Sept. 6, 2024'],
  ])('%s → the label %s', (line, label) => {
    expect(edition(`# Roadmap\n\n${line}\n\n## Now\n\n- Faster sync\n- Smaller binaries\n`).label).toBe(label);
  });

  it.each([
    ['## Roadmap', ['Debates', 'Legislation']],
    ['## Hoja de ruta', ['Debates', 'Legislation']],
    // A heading that names more than the roadmap is a part of it.
    ['## Roadmap for storage', ['Roadmap for storage', 'Debates', 'Legislation']],
  ])('"%s" over prose, before its peers', (heading, expected) => {
    const page = `${heading}\n\nThe needs of the project are updated continuously as issues.\n\n## Debates\n\nImprovements:\n- Advanced search\n- Notifications\n\n## Legislation\n\nA module for collaborative legislation, with drafts and comments on each article.\n`;
    expect(titles(page)).toEqual(expected);
  });
});

describe('a list whose every item only names a release and when it comes is a schedule, not work', () => {
  it.each([
    [
      '- v5.2-RC1, estimate release date: 2024/02/02\n- v5.2 final release, estimate release date: 2024/02/08\n- v5.1.3, estimate release date: 2024/02/08 (Maintenance period since June 2024)\n',
      'about',
    ],
    ['- 1.4 — March 2025\n- 1.5 — June 2025\n- 2.0 — Q4 2025 (tentative)\n', 'about'],
    // A release with the work it brings, or one line only, is read as before.
    ['- v1.4: plugin API (March 2025)\n- v1.5: sync engine (June 2025)\n', undefined],
    ['- v1.4, expected March 2025\n', undefined],
    ['- Ship 1.4 in March 2025\n- Ship 1.5 in June 2025\n', undefined],
  ])('%j → %s', (list, kind) => {
    expect(metaOf('Minor releases', blocks(list), false)?.kind).toBe(kind);
  });
});

describe('the words that point to a trailing reference leave the title with it', () => {
  it.each([
    [
      '- Add job priority and queues in the scheduling policy of the common operator. Related issue: [#46](https://github.com/o/r/issues/46).\n',
      'Add job priority and queues in the scheduling policy of the common operator',
      'https://github.com/o/r/issues/46',
    ],
    [
      '- Faster sync — see [#14](https://github.com/o/r/issues/14)\n',
      'Faster sync',
      'https://github.com/o/r/issues/14',
    ],
    [
      '- Smaller binaries. Tracking issue: [#15](https://github.com/o/r/issues/15)\n',
      'Smaller binaries',
      'https://github.com/o/r/issues/15',
    ],
    // "see" inside the sentence is one of its words.
    [
      '- Make it easy to see [#12](https://github.com/o/r/issues/12)\n',
      'Make it easy to see',
      'https://github.com/o/r/issues/12',
    ],
  ])('%j', (list, title, tracking) => {
    const [initiative] = allInitiatives(edition(`# Roadmap\n\n## Features\n\n${list}- Another feature\n`));
    expect([initiative!.title, initiative!.tracking?.url]).toEqual([title, tracking]);
  });
});

describe("a status sign alone in a table cell is the slide's badge, not a line of its text", () => {
  const first = (table: string) => allInitiatives(edition(`# Store Roadmap\n\n## Plan\n\n${table}`))[0]!;
  it('a sign in a column of its own', () => {
    const row = first(
      '| Release Milestone | Feature | Description |\n| --- | --- | --- |\n| **Preview 1** | | |\n| ✔️ | Indexing | Fast retrieval. |\n| 🔄 | Web API | A gRPC API. |\n| ✔️ | Persistence | Disk storage. |\n',
    );
    expect([row.status, row.text]).toEqual(['done', 'Fast retrieval.']);
  });
  it('a tick under a period says when, and stays', () => {
    const row = first(
      '| Area | Feature | 2023.H2 | 2024.H1 |\n| --- | --- | --- | --- |\n| Core | Indexing | ✓ | |\n| Core | Web API | | ✓ |\n| Ops | Persistence | ✓ | |\n',
    );
    expect(row.text).toContain('2023.H2: ✓');
  });
});

describe('a named piece of work dated in a remark, told in prose only, is that work', () => {
  it.each([
    [
      '# Drift Roadmap\n\n## 2025\n\n### Offline sync (Q3 2025, planned)\n\nEdits made offline are merged on reconnect.\n\n### End-to-end encryption (Q2 2025, in progress)\n\nNotes are encrypted on the device.\n\n## 2026\n\n### Public API\n\nA REST API with tokens.\n\n### Plugin store\n\nA store for plugins.\n',
      ['Offline sync (Q3 2025, planned)', 'End-to-end encryption (Q2 2025, in progress)', 'Public API', 'Plugin store'],
    ],
    // Over its list, a dated stage still groups its items.
    [
      '# Roadmap\n\n## M1 (Q1 2025, done)\n\n- Storage engine\n- Query planner\n\n## M2 (Q2 2025, in progress)\n\n- Replication\n- Backups\n',
      ['Storage engine', 'Query planner', 'Replication', 'Backups'],
    ],
  ])('%#', (page, expected) => {
    expect(titles(page)).toEqual(expected);
  });

  it.each([
    ['Offline sync (Q3 2025, planned)', true],
    ['Storage (Q3 2025)', true],
    ['M2 (Q2 2025, in progress)', false],
    ['Priorities (Q1 2025)', false],
    ['Next release (Q3 2024)', false],
    ['Q3 (2025)', false],
  ])('"%s": %s', (title, named) => {
    expect(namedWithDate(title)).toBe(named);
  });
});

describe('a line led by the one kind of work, in any case, keeps it in its title beside lines led by names', () => {
  it.each([
    ['Feature: Additional cipher settings for the store', 'Feature: Additional cipher settings for the store'],
    ['FEATURE: Faster saves on slow disks', 'FEATURE: Faster saves on slow disks'],
    ['Enhancement: Smaller save files', 'Enhancement: Smaller save files'],
    // A name before the colon titles its line.
    ['Save menu: a menu to save and load games', 'Save menu'],
  ])('%s', (line, title) => {
    const list = `- [x] Engine 1.2 release\n- [x] ${line}\n- [x] New tool release: Plank, a forked and updated Board\n`;
    expect(titles(`# Game Roadmap\n\n## Q1 2024\n\n${list}`)[1]).toBe(title);
  });
});
