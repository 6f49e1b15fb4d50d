/** Small pure rules found on the hundred-and-ninety-fourth and later held-out sets, and on earlier ones left over. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { nameBeforeVersion } from '../../src/parse/period-names.js';
import type { Paragraph } from 'mdast';
import { plainText } from '../../src/parse/markdown.js';
import { bucketOf } from '../../src/parse/period.js';
import { metaOf } from '../../src/parse/meta.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { signedStatusOf } from '../../src/parse/status-tags.js';
import { splitTitleStatus } from '../../src/parse/title-status.js';

const edition = (markdown: string, file = 'page.md') =>
  parseRoadmap(sourceFromBytes(file, Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);

describe('a piece of work written with the version it came in is named by its words, not a release', () => {
  it.each([
    ['Cell Frames (v0.2.2+)', 'Cell Frames'],
    ['Tag Editor (1.4+)', 'Tag Editor'],
    ['Mini Charts (since v0.2.3)', 'Mini Charts'],
    // A version alone names the release: a codename, a theme (review 27).
    ['Hydrogen (v1.0.0)', undefined],
    ['Vector Tiles (v0.2.0)', undefined],
    ['Cycle 4 (v0.4+)', undefined],
    ['Summer Update (v2.2+)', undefined],
    ['Joined Cells (v0.3.7+, macOS)', 'Joined Cells'],
    ['Auto Fill (v0.2.3+, enhanced v0.3.5)', 'Auto Fill'],
    // A release, a stage or a period by name is not a piece of work.
    ['Current Release (v1.0.0)', undefined],
    ['Completed (v0.2.x)', undefined],
    ['MVP (v0.2)', undefined],
    ['Phase 2 (v0.5)', undefined],
    ['Short term — next release (v0.8.4)', undefined],
    ['Long-Term Vision (v0.2.0+)', undefined],
    ['Milestone: Prototype (v0.1.0)', undefined],
    ['Q3 2025 (v2.1)', undefined],
    // The version leads, or nothing but a version: a release.
    ['v0.2.2 (Borders)', undefined],
    ['(v0.2.2)', undefined],
  ])('%j → %j', (title, name) => {
    expect(nameBeforeVersion(title)).toBe(name);
  });

  const area = (title: string, points: string[]) => `### ${title}\n${points.map((p) => `- ${p}`).join('\n')}\n`;
  const shipped = (areas: string) =>
    `# Grid Roadmap\n\n## Shipped\n\n${areas}\n## Planned\n\n- **Charts** — plot ranges\n- **Macros** — record steps\n`;

  it('reads each such area of a done group as one piece of work, as the areas without a version are', () => {
    const page = shipped(
      area('Core Editing', ['Cell editing with a formula bar', 'Undo and redo']) +
        area('Cell Frames (v0.2.2+)', ['Outline and clear presets', 'Frames kept on export', 'No doubled lines']) +
        area('Mini Charts (v0.2.3+)', ['Bar charts in a cell', 'Scales to the data']) +
        area('Keyboard (v0.2.3+, macOS)', ['Cmd or Ctrl as the modifier', 'Delete clears cells']),
    );
    expect(titles(page)).toEqual([
      'Core Editing',
      'Cell Frames (v0.2.2+)',
      'Mini Charts (v0.2.3+)',
      'Keyboard (v0.2.3+, macOS)',
      'Charts',
      'Macros',
    ]);
  });

  it('leaves a release under a done group as the group of its points', () => {
    const page = shipped(
      area('v0.2.2', ['Outline and clear presets', 'Frames kept on export']) +
        area('Release 0.2.3 (v0.2.3)', ['Bar charts in a cell', 'Scales to the data']) +
        area('Hydrogen (v0.2.4)', ['Faster recalculation', 'Smaller files']),
    );
    expect(titles(page)).toEqual([
      'Outline and clear presets',
      'Frames kept on export',
      'Bar charts in a cell',
      'Scales to the data',
      'Faster recalculation',
      'Smaller files',
      'Charts',
      'Macros',
    ]);
  });
});

describe('lines of a sign and a bold name, each over its list, head their parts on a page with headings too', () => {
  const part = (sign: string, name: string, points: string[]) =>
    `${sign} **${name}**\n${points.map((p) => `- ${p}`).join('\n')}\n`;
  const page = (first: string, second: string) =>
    `# Bot Roadmap\n\n### Q2 2025 - Core\n\n${first}\n### Q3 2025 - Editor\n\n${second}`;
  const core =
    part('✅', 'Job Engine', ['Retries for failed jobs', 'Support for more triggers']) +
    '\n' +
    part('✅', 'SDKs', ['Clients for Node and Python']) +
    '\n' +
    part('✅', 'Integrations (Phase 1)', ['Mail and text notifications', 'Hooks for chat tools']);
  const editor =
    part('🚀', 'Web Editor', ['A drag-and-drop workflow builder', 'A live run panel']) +
    '\n' +
    part('🚀', 'Agents', ['Agents that decide the next step']);
  it('reads each part as one piece of work, its sign saying how it stands', () => {
    const read = allInitiatives(edition(page(core, editor)));
    expect(read.map((i) => [i.title.replace(/^\P{L}+/u, ''), i.status])).toEqual([
      ['Job Engine', 'done'],
      ['SDKs', 'done'],
      ['Integrations (Phase 1)', 'done'],
      // (Its quarter to come says how the parts without a known sign stand.)
      ['Web Editor', 'planned'],
      ['Agents', 'planned'],
    ]);
  });
  it.each([
    [
      'two such lines only: the page does not head its parts so',
      part('🔹', 'Job Engine', ['Retries for failed jobs']) +
        '\n' +
        part('🔹', 'SDKs', ['Clients for Node and Python']),
      ['Q2 2025 - Core', 'Q3 2025 - Editor'],
    ],
    [
      'a sign over a sentence, not a name: a line of the text',
      '⚠️ **This plan may change.**\n- Retries for failed jobs\n\n⚠️ **Dates are estimates.**\n- Clients for Node and Python\n\n⚠️ **Ask before you start.**\n- A live run panel\n',
      ['Q2 2025 - Core', 'Q3 2025 - Editor'],
    ],
    [
      'boxes under the lines: the steps of each part, as checklists under headings are',
      part('✅', 'Job Engine', ['[x] Retries for failed jobs', '[ ] Support for more triggers']) +
        '\n' +
        part('✅', 'SDKs', ['[x] Clients for Node and Python', '[ ] A client for Go']) +
        '\n' +
        part('🚧', 'Web Editor', ['[ ] A drag-and-drop workflow builder', '[ ] A live run panel']),
      ['Job Engine', 'SDKs', 'Web Editor', 'Q3 2025 - Editor'],
    ],
  ])('%s', (_, first, expected) => {
    expect(titles(page(first, 'We will plan this quarter later.\n'))).toEqual(expected);
  });
});

describe('at the level of the work, a name with its stage, date or state in a remark is a piece of work', () => {
  const page = (title: string) =>
    `# Tool Roadmap\n\n## Plans\n\n### ${title}\nRun in the background instead of on a timer.\nCaveats:\n - It needs an installer per platform\n - It needs a job queue\n\n### Mirrors (considered)\n - The config should list mirror hosts\n - Downloads should try each mirror\n\n### Plugin API\nA stable API for plugins.\nCaveats:\n - It needs versioning\n\n### Core rewrite\nWe could rewrite the core for speed.\n`;
  const rest = ['Mirrors (considered)', 'Plugin API', 'Core rewrite'];
  it.each([
    ['Service mode (planned)', ['Service mode', ...rest]],
    ['Service mode (Phase 1)', ['Service mode (Phase 1)', ...rest]],
    ['Service mode (Q3 2025)', ['Service mode (Q3 2025)', ...rest]],
    // A period alone still groups its points.
    ['Q3 2025', ['It needs an installer per platform', 'It needs a job queue', ...rest]],
  ])('%j', (title, expected) => {
    expect(titles(page(title))).toEqual(expected);
  });
});

describe("a status after the name, by its sign and words or after a dash, is the work's, not a group's", () => {
  it.each([
    ['Wait-time Profiling ✅ Done (basic)', 'done', 'Wait-time Profiling'],
    ['Basic Loader ✅ Complete', 'done', 'Basic Loader'],
    ['Language Port 🚧 In progress', 'in-progress', 'Language Port'],
    // The words speak where the sign says otherwise.
    ['Runtime Migration 🚧 Planned', 'planned', 'Runtime Migration'],
    // A sign without status words, or words that are no status: not one.
    ['Data Loaders 🧪 Experiments', undefined, undefined],
    ['Rocket ✅ Launch pad', undefined, undefined],
  ])('%j → %s', (title, status, rest) => {
    const read = signedStatusOf(title);
    expect(read?.status).toBe(status);
    expect(read?.rest).toBe(rest);
  });

  it.each([
    ['1. Wait-time Profiling ✅ Done', undefined],
    ['4b. Trace Format — Planned', undefined],
    ['Storage layer - Done', undefined],
    // A group's own name before the status still names a group.
    ['✅ Done', 'status'],
    ['Completed', 'status'],
    ['Features — Done', 'status'],
    ['Backlog — planned', 'status'],
    ['Phase 1 — Done', 'phase'],
    ['Beta - In progress', 'status'],
    ['Pre-Launch - In Progress', 'status'],
    ['v2 — Planned', 'status'],
    ['Version 2 - Done', 'status'],
    ['Everything else ✅ Done', 'status'],
  ])('%j groups by %s', (title, kind) => {
    expect(bucketOf(title)?.kind).toBe(kind);
  });

  it('reads such headings among numbered pieces of work as work, each with its status', () => {
    const page = `# Next Steps\n\n## ~~1. Wait-time Profiling~~ ✅ Done (basic)\n\nProfiling of blocked time, with its filters.\n\n## 2. Remote Upload — Planned\n\nUpload profiles to a bucket.\n\n## 3. Publish the crate\n\nRelease it on the registry.\n\n## 4. Pprof Output ✅ Done\n\nWrites pprof files.\n\n## 5. Trace Format — Planned\n\nThe parts it needs:\n\n- Varint encoding\n- Chunk header\n- Event writer\n`;
    const read = allInitiatives(edition(page));
    expect(read.map((i) => [i.title, i.status])).toEqual([
      ['1. Wait-time Profiling', 'done'],
      ['2. Remote Upload', 'planned'],
      ['3. Publish the crate', 'unknown'],
      ['4. Pprof Output', 'done'],
      ['5. Trace Format', 'planned'],
    ]);
  });
});

describe("a status after a dash written as links is the work's status, the links its detail", () => {
  const title = (markdown: string) => {
    const paragraph = parseMarkdown(markdown).children[0] as Paragraph;
    const split = splitTitleStatus(paragraph.children);
    return [plainText({ type: 'paragraph', children: split.titleRich }), split.status, split.detail?.length ?? 0];
  };
  it.each([
    ['Parser tests / Harness per engine - [DONE](report.md)', ['Parser tests / Harness per engine', 'done', 1]],
    ['APIs / Bindings - [DONE](lib.rs) / [DONE](guide.md)', ['APIs / Bindings', 'done', 2]],
    ['Docs site — [In progress](docs/STATUS.md)', ['Docs site', 'in-progress', 1]],
    // A link elsewhere stays with the work as its detail, and may track it (review 27).
    ['Docs site — [In progress](https://example.org/pr/4)', ['Docs site', 'in-progress', 1]],
    ['v1.2 — [Released](https://github.com/acme/kit/releases/tag/v1.2.0)', ['v1.2', 'done', 1]],
    // Links that are not a status, or statuses that disagree, stay in the title.
    ['Docs site - [guide](guide.md)', ['Docs site - guide', undefined, 0]],
    ['Docs - [DONE](a.md) / [WIP](b.md)', ['Docs - DONE / WIP', undefined, 0]],
    ['[DONE](a.md)', ['DONE', undefined, 0]],
  ])('%j', (markdown, expected) => {
    expect(title(markdown)).toEqual(expected);
  });
});

describe('a checklist titled by a kind of separate work lists that work, its decoration aside', () => {
  const page = (title: string) =>
    `# Roadmap\n\n## Areas of Focus\n\n### Production Readiness\n\n#### Quality\n\n- [x] Fix the cache bug\n- [x] Clearer crash reports\n\n#### Testing\n\n- [x] Full test coverage\n\n### ${title}\n\n- [x] Request logging\n- [ ] Client generation\n- [ ] Retry policy\n`;
  const boxes = ['Request logging', 'Client generation', 'Retry policy'];
  it.each([
    ['Features ✨', ['Quality', 'Testing', ...boxes]],
    ['Integrations 🔌', ['Quality', 'Testing', ...boxes]],
    ['Features', ['Quality', 'Testing', ...boxes]],
    // An area's checklist is the steps of its work.
    ['Setup', ['Quality', 'Testing', 'Setup']],
    ['Setup ✨', ['Quality', 'Testing', 'Setup ✨']],
  ])('%j', (title, expected) => {
    expect(titles(page(title))).toEqual(expected);
  });
});

describe('a stage named for its work over its checklist is that work, its boxes the steps, as a release so named is', () => {
  const stage = (title: string, boxes: string[]) =>
    `## ${title}\n\nAfter this stage, people can try it.\n\n${boxes.map((b) => `- [ ] ${b}`).join('\n')}\n`;
  const page = (titles: string[], boxes = ['open a file', 'show it', 'save it']) =>
    `# Editor Roadmap\n\n${titles.map((t) => stage(t, boxes)).join('\n')}`;
  it.each([
    [
      ['Stage 0: First Build', 'Stage 1: Viewer'],
      ['Stage 0: First Build', 'Stage 1: Viewer'],
    ],
    [
      ['Phase 1 — Foundations', 'Phase 2 — Sharing'],
      ['Phase 1 — Foundations', 'Phase 2 — Sharing'],
    ],
    // A stage by its number alone groups its boxes, each a piece of work.
    [
      ['Stage 0', 'Stage 1'],
      ['open a file', 'show it', 'save it', 'open a file', 'show it', 'save it'],
    ],
  ])('%j', (titles, expected) => {
    expect(allInitiatives(edition(page(titles))).map((i) => i.title)).toEqual(expected);
  });

  it('keeps boxes that each name their work in bold as work of their own', () => {
    const named = ['**Open** — open a file', '**Show** — show it'];
    expect(allInitiatives(edition(page(['Stage 0: First Build'], named))).map((i) => i.title)).toEqual([
      'Open',
      'Show',
    ]);
  });
});

describe('"as suggested in" before the references a title ends with points to them, as "per" does', () => {
  const titleOf = (item: string) => allInitiatives(edition(`# Roadmap\n\n## Next\n\n1. ${item}\n2. Other work\n`))[0]!;
  it.each([
    ['Add a pollen index as suggested in [issue #12](https://github.com/acme/kit/issues/12)', 'Add a pollen index'],
    ['Tide tables, as requested in [#40](https://github.com/acme/kit/issues/40)', 'Tide tables'],
    ['Offline mode as discussed in [#7](https://github.com/acme/kit/issues/7)', 'Offline mode'],
    // Words of the title that only look alike stay.
    ['Show data as suggested values [#5](https://github.com/acme/kit/issues/5)', 'Show data as suggested values'],
  ])('%j → %j', (item, title) => {
    const read = titleOf(item);
    expect(read.title).toBe(title);
    expect(read.tracking?.url).toMatch(/^https:\/\/github\.com\/acme\/kit\/issues\/\d+$/);
  });
});

describe('criteria for when the work counts as done are a rule of the project, not work', () => {
  it.each([
    ['Success Criteria', 'process'],
    ['Acceptance criteria', 'process'],
    ['Exit criteria', 'process'],
    // Work on criteria names what it does.
    ['Define the success criteria', undefined],
    ['Criteria editor', undefined],
  ])('%s → %s', (title, kind) => {
    const blocks = parseMarkdown('- calls work on every platform\n- builds for three systems\n').children;
    expect(metaOf(title, blocks, false)?.kind).toBe(kind);
  });

  it('leaves a release its work when each release states its criteria under a sub-heading', () => {
    const release = (v: string) =>
      `## v${v} - Memory\n\n### Features\n- **Store** — keep notes\n- **Recall** — find them\n\n### Success Criteria\n- Notes survive a restart\n- Recall takes under a second\n`;
    const titles_ = allInitiatives(edition(`# Bot Roadmap\n\n${release('0.1.5')}\n${release('0.1.6')}`)).map(
      (i) => i.title,
    );
    expect(titles_).not.toContain('Success Criteria');
  });
});

describe('review 27: where a stage over boxes, signed parts and status links stay as they were', () => {
  const ids = (markdown: string) =>
    allInitiatives(edition(markdown)).map((i) => [i.title, i.status, i.tracking?.url ?? null]);
  it.each([
    [
      'boxes each tracked by their issue are work of their own',
      '## Phase 1: Foundations\n\n- [x] [Storage API](https://github.com/acme/kit/issues/1)\n- [ ] [Sync](https://github.com/acme/kit/issues/2)\n\n## Phase 2: Sharing\n\n- [ ] [Links](https://github.com/acme/kit/issues/3)\n- [ ] [Roles](https://github.com/acme/kit/issues/4)\n',
      4,
    ],
    [
      'a sprint is a time-box, its boxes its work',
      '## Sprint 14: Stability\n\n- [x] Fix the crash on start\n- [ ] Fix the leak\n',
      2,
    ],
    [
      'a milestone named by its stage groups its boxes',
      '## Milestone 2: Beta\n\n- [x] Sign-ups\n- [ ] Status page\n',
      2,
    ],
  ])('%s', (_, body, count) => {
    expect(ids(`# Kit Roadmap\n\n${body}`)).toHaveLength(count);
  });

  it('heads parts signed by red, orange and crossed signs too, and under "Current status"', () => {
    const page =
      '# Platform roadmap\n\n## Current status\n\n🟢 **Ingestion API**\n\n- Batch endpoint\n- Rate limits\n\n🟠 **Alerting**\n\n- Threshold alerts\n- Paging\n\n🔴 **Anomaly detection**\n\n- Seasonal baselines\n';
    expect(ids(page).map(([title]) => String(title).replace(/^\P{L}+/u, ''))).toEqual([
      'Ingestion API',
      'Alerting',
      'Anomaly detection',
    ]);
  });

  it("keeps a heading's status link as its tracker", () => {
    const page =
      '# Ferry Roadmap\n\n## Releases\n\n### v1.2 — [Released](https://github.com/ferry/ferry/releases/tag/v1.2.0)\n\nFaster transfers.\n\n### v1.3 — In progress\n\nParallel chunks.\n';
    expect(ids(page)[0]).toEqual(['v1.2', 'done', 'https://github.com/ferry/ferry/releases/tag/v1.2.0']);
  });

  it.each([
    [
      'items that sign their status are work beside headings of work',
      '- Parser ✅ Done\n- Linter 🚧 In progress\n- Formatter 📋 Planned\n',
      5,
    ],
    // Said in words only, a release overview or a support list is no list of work there.
    ['an overview of releases in words', '- 0.9 — released\n- 1.0 — in progress\n- 1.1 — planned\n', 2],
  ])('%s', (_, list, count) => {
    const page = `# Bolt Roadmap\n\n## Core\n\n${list}\n## Tooling\n\n### Test runner\nRuns tests in parallel.\n\n### Debugger\nBreakpoints in the editor.\n`;
    expect(ids(page)).toHaveLength(count);
  });
});
