/** Which column names a table's rows, and which tables hold no work: the shapes real pages use. */
import { draftsFromTable } from '../../src/parse/table-drafts.js';
import { describe, expect, it } from 'vitest';
import type { Table } from 'mdast';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { isPlaceholder, readTable } from '../../src/parse/table.js';
import { plainText } from '../../src/parse/markdown.js';

const table = (markdown: string) => parseMarkdown(markdown).children.find((n): n is Table => n.type === 'table')!;

describe('readTable', () => {
  const cases: [string, string, string, string?][] = [
    [
      'title column first, by its header',
      '|Theme|Description|Timeline|\n|--|--|--|\n|Edge|Optimize transfer to edge nodes|2022 H2|\n||Create a lightweight build|2022 H2|\n|Regex|Add full Regex support to all modules|Future|\n',
      'items',
      'Theme',
    ],
    [
      'a repeated category first, the name second',
      '|Area|Description|Issue|\n|--|--|--|\n|Testing|E2E Test plan|TBA|\n|Testing|Enable webhooks in tests|[#2788](https://x.org/2788)|\n|Control Plane|Adoption|[#2214](https://x.org/2214)|\n|API, UX|Support conditions|[#1658](https://x.org/1658)|\n',
      'items',
      'Description',
    ],
    [
      'a status first, the feature second',
      '| Status | Feature | Issue |\n| - | - | - |\n| _Alpha_ | **Component Testing** | [#5922](https://x.org/5922) |\n| _Work in progress_ | **Session API** | [#8301](https://x.org/8301) |\n',
      'items',
      'Feature',
    ],
    [
      'linked names under a title header',
      'Module | Status | Description\n--- | --- | ---\n[Scripts](https://x.org) | Public Beta | Script management.\nAuth Utils | Planned | Sessions and auth.\n[Hints](https://y.org) | Public Alpha | Guidance.\n',
      'items',
      'Module',
    ],
    [
      'a title header over a kind most rows share: the description names the row',
      '| Theme | Description | Timeline |\n| - | - | - |\n| Proposal | Function references | Q2 / 2023 |\n| Proposal | Exception handling | Q2 / 2023 |\n| Feature | Unified tool | Q2 / 2023 |\n| Proposal | GC proposal | Q3 / 2023 |\n| Feature | Coredumps | Q3 / 2023 |\n',
      'items',
      'Description',
    ],
    [
      'versions and dates only',
      '| Version | Estimated Release Date |\n|:--|:--|\n| v2.13 | January 11th, 2024 |\n| v2.14 | April 12th, 2024 |\n',
      'schedule',
    ],
    [
      'releases with their blog posts',
      '| Quarter | Date | Release Version | Preview Release Blog Post |\n| - | - | - | - |\n| CY23 Q1 | 2023-01-24 | [Terminal 1.17] | [Windows Terminal Preview 1.17 Release] |\n| CY23 Q2 | 2023-05-23 | [Terminal 1.18] | [Windows Terminal Preview 1.18 Release] |\n',
      'schedule',
    ],
    [
      'one row per status, explained',
      'Status | Description\n--- | ---\nUnsupported | This version is not maintained any more and will not receive patches\nStable | This version is being developed for and will receive patches\nScheduled | This version does not exist yet but is planned\n',
      'legend',
    ],
    [
      'columns of marks under names of things: a support matrix',
      '| Device | Vendor | Memory isolation | Core isolation |\n| - | - | - | - |\n| GPU | NVIDIA | ✅ | ✅ |\n| NPU | Ascend | ✅ | ❌ |\n| DPU | Teco | In progress | ❌ |\n',
      'matrix',
    ],
    [
      'columns of marks under periods say when: the rows are work',
      '| Domain | Feature | 2023.H1 | 2023.H2 |\n| - | - | :-: | :-: |\n| Traffic | Routing | ✓ |  |\n|  | Retry |  | ✓ |\n| Security | L7 authorization |  | ✓ |\n',
      'items',
      'Feature',
    ],
    [
      'a row number first, the description second',
      '|#|Description|Issue|\n|---|---|---|\n|1|Technology refresh|[#12](https://x.org/12)|\n|2|Service plans|[#13](https://x.org/13)|\n|3|Metrics|[#14](https://x.org/14)|\n',
      'items',
      'Description',
    ],
    [
      'two columns the page calls a status ("State", "Progress"): a table of work, not a matrix',
      '| Deliverable | State | Progress |\n| - | - | - |\n| Async traits | 🦀 | ▰▰▱▱ |\n| Scoped tasks | 💤 | ▰▱▱▱ |\n| Iteration | 🦀 | ▰▰▱▱ |\n',
      'items',
      'Deliverable',
    ],
    [
      'two columns of marks under names of places: a matrix',
      '| Feature | Linux | macOS |\n| - | - | - |\n| Plugins | ✅ | ✅ |\n| Themes | ✅ | ❌ |\n| Sync | ❌ | ❌ |\n',
      'matrix',
    ],
    [
      'markers each explained under a "Key" header: the legend',
      '| Key | |\n| - | - |\n| 💡 | Proposal |\n| ✏ | In planning/prototyping phase |\n| 🛳 | Will ship with the first release |\n',
      'legend',
    ],
    ['no rows', '| Topic | Lead | Status |\n| - | - | - |\n', 'empty'],
    ['a table of contents', '| Part | Link |\n| - | - |\n| One | [go](#one) |\n| Two | [go](#two) |\n', 'navigation'],
  ];
  for (const [name, markdown, kind, titleHeader] of cases) {
    it(name, () => {
      const reading = readTable(table(markdown));
      expect(reading.kind).toBe(kind);
      if (titleHeader)
        expect(reading.kind === 'items' ? reading.headers[reading.titleCol] : undefined).toBe(titleHeader);
    });
  }
});

describe('the status column', () => {
  it.each([
    [
      'the column the page calls "Status", not columns of marks before it',
      '|  | **TestNet** | **MainNet** | **Status** |\n| - | - | - | - |\n| Network set up | ✓ | ✓ | done |\n| Monitoring | ✓ |  | in progress |\n',
      ['title', 'other', 'other', 'status'],
    ],
    [
      'marks alone make a status column when no column is called so',
      '| Feature | Web |\n| - | - |\n| Plugins | ✅ |\n| Themes | 🚧 |\n',
      ['title', 'status'],
    ],
    [
      'marks under periods say when, not a status',
      '| Domain | Feature | 2022 | 2023.H1 |\n| - | - | :-: | :-: |\n| Traffic | Routing | ✓ |  |\n|  | Retry |  | ✓ |\n| Security | L7 authorization |  | ✓ |\n',
      ['other', 'title', 'period', 'period'],
    ],
  ])('%s', (_name, markdown, roles) => {
    const reading = readTable(table(markdown));
    expect(reading.kind === 'items' ? reading.roles : reading.kind).toEqual(roles);
  });
});

describe('rows that only hold a place', () => {
  it('make no slide: "↳ tbd" under a goal names no work yet; a mark alone is a value, not a placeholder', () => {
    const markdown =
      '| Deliverable | State |\n| - | - |\n| 🔻 Testing | 💤 |\n| &nbsp;&nbsp;↳ tbd | 💤 |\n| 🔻 Tooling | 🦀 |\n| &nbsp;&nbsp;↳ Console | 🦀 |\n| - | 💤 |\n';
    expect(draftsFromTable(table(markdown)).map((d) => plainText(d.titleRich))).toEqual([
      'Testing',
      'Tooling',
      'Console',
    ]);
    expect(isPlaceholder('↳ tbd')).toBe(true);
    expect(isPlaceholder('✓')).toBe(false);
  });
});

describe('marks under periods', () => {
  const markdown =
    '| Feature | 2022 | 2023.H1 | 2023.H2 |\n| - | :-: | :-: | :-: |\n| Routing | ✓ |  |  |\n| Retry |  | ✓ |  |\n| Fault injection |  |  |  |\n';
  const drafts = draftsFromTable(table(markdown));

  it("keep every period's mark on the slide, the first column's too", () => {
    expect(drafts.map((d) => plainText(d.body))).toEqual(['2022: ✓', '2023.H1: ✓', '']);
  });

  it("date a row by its mark's period", () => {
    expect(drafts.map((d) => d.bucket?.label)).toEqual(['2022', '2023.H1', undefined]);
    expect(drafts.map((d) => d.status)).toEqual([undefined, undefined, undefined]);
  });
});
