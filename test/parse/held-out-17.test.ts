/** Small pure rules found on the thirty-third and later held-out sets. */
import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { fieldKeysOf } from '../../src/parse/structure/blocks.js';
import { cleanTree } from '../../src/parse/clean.js';
import { plainText } from '../../src/parse/markdown.js';
import { metaOf } from '../../src/parse/meta.js';
import { readTable } from '../../src/parse/table.js';
import { markTablesAlike } from '../../src/parse/tables-alike.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);

describe('checklists whose boxes are tracked one by one', () => {
  const area = (title: string, boxes: string[]) => `## ${title}\n\n${boxes.map((b) => `* [ ] ${b}`).join('\n')}\n`;
  const page = (...areas: string[]) => `# Roadmap\n\n${areas.join('\n')}`;
  const issue = (n: number) => `[#${n}](https://github.com/o/r/issues/${n})`;

  it.each([
    [
      'boxes linked to their issues in two areas of three: one slide per box',
      page(
        area('Engineering', [`Migrate the CI ${issue(1)}`, 'Eliminate circular dependencies']),
        area('Production', ['Support a fallback lock file', 'Transpile dependencies']),
        area('Modern Mode', [`Use preset-modules for the modern build ${issue(2)}`, 'Bundle polyfills apart']),
      ),
      [
        'Migrate the CI',
        'Eliminate circular dependencies',
        'Support a fallback lock file',
        'Transpile dependencies',
        'Use preset-modules for the modern build',
        'Bundle polyfills apart',
      ],
    ],
    [
      'a box over boxes of its own, in two areas: one slide per box',
      page(
        area('Engineering', ['Migrate the CI\n\t* [ ] Test several Node.js versions', 'Add end-to-end tests']),
        area('Ecosystem', ['Drop deprecated packages\n\t* [ ] Remove core-js v2', 'Support Yarn 2']),
      ),
      ['Migrate the CI', 'Add end-to-end tests', 'Drop deprecated packages', 'Support Yarn 2'],
    ],
    [
      'a heading whose own boxes hold details, over a sub-heading of boxes: one slide per box',
      '# Todo\n\n## client\n\n- [ ] Mocking\n  - register mocks as an array\n  - reply from the array\n- [ ] BigInt serialisation\n- [x] Retry-After header\n  - wait as the server asks\n  - retry once\n\n### Feasibility\n\n- [ ] IndexedDB cache\n- [ ] Transport adapters\n  - Node: undici\n  - Deno: native fetch\n',
      ['Mocking', 'BigInt serialisation', 'Retry-After header', 'IndexedDB cache', 'Transport adapters'],
    ],
    // Not: one area alone shows a tracked box (the others are steps of their areas' work).
    [
      'one area of four with a box over boxes: one slide per area',
      page(
        area('Core', ['Release the core', 'Support portals']),
        area('SSR', ['Hydration', 'Suspense']),
        area('Desktop', ['Window management', 'Native renderer']),
        area('Mobile', ['Android\n\t* [ ] Build on device', 'iOS']),
      ),
      ['Core', 'SSR', 'Desktop', 'Mobile'],
    ],
    // Not: boxes linked to the pull requests that did a step, nor boxes over a one-line note.
    [
      'steps linked to their pull requests: one slide per area',
      page(
        area('Dark mode', ['Design tokens [#12](https://github.com/o/r/pull/12)', 'Settings toggle']),
        area('Offline sync', ['Service worker cache [#20](https://github.com/o/r/pull/20)', 'Conflict resolution']),
        area('Plugin API', ['Manifest format', 'Sandboxed runtime']),
      ),
      ['Dark mode', 'Offline sync', 'Plugin API'],
    ],
    [
      'boxes over a one-line note: one slide per area',
      page(
        area('Offline sync', ['Conflict resolution\n  - last write wins for now', 'Service worker cache']),
        area('Plugin API', ['Manifest format\n  - JSON first', 'Sandboxed runtime']),
      ),
      ['Offline sync', 'Plugin API'],
    ],
    // Not: boxes linked to documents rather than to issues.
    [
      'boxes linked to documents: one slide per area',
      page(
        area('Configuration', ['Additional components [settings](https://example.org/docs/settings)', 'Presets']),
        area('Theming', ['Follow [SemVer](https://semver.org)', 'Publish a policy']),
      ),
      ['Configuration', 'Theming'],
    ],
  ])('%s', (_, markdown, expected) => {
    expect(titles(markdown)).toEqual(expected);
  });
});

describe('a column of proposals named by their titles', () => {
  const table = (markdown: string) => parseMarkdown(markdown).children.find((b): b is Table => b.type === 'table')!;
  const titleColumn = (markdown: string) => {
    const reading = readTable(table(markdown));
    return reading.kind === 'items' ? reading.headers[reading.titleCol] : reading.kind;
  };
  it.each([
    [
      'RFC names as links to their documents',
      '| RFC | Author | Status | Description |\n|---|---|---|---|\n| [**Dist Size Reduction**](a.md) | @a | Draft | Reduce the impact on app bundle size |\n| [**glTF2 support**](b.md) | @b | Draft | Proposes a multi-step approach to full support. |\n',
      'RFC',
    ],
    [
      'Proposal names in plain words',
      '| Proposal | Status | Notes |\n|---|---|---|\n| Shared memory transport | Draft | Zero-copy between processes on one host |\n| Async runtime hooks | Review | Let the runtime call back into user code |\n',
      'Proposal',
    ],
    // Not: an RFC column of references or addresses says where each row is tracked.
    [
      'RFC references',
      '| RFC | Feature | Status |\n|---|---|---|\n| [#12](https://github.com/o/r/pull/12) | Shared memory transport | Draft |\n| [#14](https://github.com/o/r/pull/14) | Async runtime hooks | Review |\n',
      'Feature',
    ],
    [
      'KEP numbers',
      '| KEP | Description | Stage |\n|---|---|---|\n| KEP-3521 | Pod scheduling readiness | Beta |\n| KEP-2400 | Swap memory on Linux nodes | Alpha |\n',
      'Description',
    ],
    [
      'an Issue column of named links',
      '| Issue | Description |\n|---|---|\n| [Login](https://github.com/o/r/issues/1) | Sign in with a passkey from any device |\n| [Search](https://github.com/o/r/issues/2) | Find any note by its words or tags |\n',
      'Description',
    ],
  ])('%s → %s', (_, markdown, expected) => {
    expect(titleColumn(markdown)).toBe(expected);
  });
});

describe('a name again in another table under the same headers', () => {
  const tables = (...parts: string[][]) => {
    const root = parseMarkdown(
      parts
        .map(
          (names, part) =>
            `## Part ${part}\n\n| Change | Description |\n|---|---|\n${names.map((n, i) => `| ${n} | Work described in words, part ${part} row ${i} |`).join('\n')}\n`,
        )
        .join('\n'),
    );
    markTablesAlike(root);
    return root.children.filter((b): b is Table => b.type === 'table');
  };
  const titleColumn = (...parts: string[][]) => {
    const reading = readTable(tables(...parts)[0]!);
    return reading.kind === 'items' ? reading.headers[reading.titleCol] : reading.kind;
  };
  it.each([
    [
      'distinct names',
      [
        ['Module structure', 'glTF2 support'],
        ['Float textures', 'Timeline'],
      ],
      'Change',
    ],
    [
      'a name carried to the next table',
      [
        ['Module structure', 'glTF2 support', 'Key frames'],
        ['Module structure', 'Float textures'],
      ],
      'Change',
    ],
    // Not: a value again after others within one table: a category shared by its rows.
    [
      'a value again in one table',
      [
        ['Security', 'Speed', 'Security'],
        ['Docs', 'Search'],
      ],
      'Description',
    ],
  ])('%s → %s', (_, parts, expected) => {
    expect(titleColumn(...parts)).toBe(expected);
  });
});

describe('detail lines set apart by hard breaks', () => {
  const keys = (markdown: string) => [...fieldKeysOf(parseMarkdown(markdown).children)].sort();
  it.each([
    ['Estimated timeline: 4 months  \nCost: $93,600\n', ['cost', 'estimated timeline']],
    ['Status: Complete  \nCost: $48,000\n', ['cost', 'status']],
    ['Budget: $10,000\n\nDuration: 2 weeks\n', ['budget', 'duration']],
    ['Priority: High\n', ['priority']],
    // Not: words of the page's prose before a colon, a remark, a line over the list it introduces.
    ['Why: this matters  \nNote: see below\n', []],
    ['Estimated timeline: 4 months\n\n- a step\n', []],
  ])('%j → %j', (markdown, expected) => {
    expect(keys(markdown)).toEqual(expected);
  });

  it.each([
    [
      'a quarter with a budget and a duration keeps its items',
      '# Roadmap\n\n## Q1 2025\n\n- CSV importer\n- REST API\n\nBudget: $40,000\n\nDuration: 3 months\n\n## Q2 2025\n\n- Sharing links\n- Comments\n\nBudget: $20,000\n\nDuration: 2 months\n',
      ['CSV importer', 'REST API', 'Sharing links', 'Comments'],
    ],
    [
      'a heading titled "Cost" is an area, not a detail of the one above',
      '# Roadmap\n\n## Compute\n\n### Cost\n\n- Spot instances\n- Right-sizing\n\n### Speed\n\n- Faster boots\n- Warm pools\n\n## Storage\n\n### Cost\n\n- Cold tiers\n- Compression\n\n### Speed\n\n- Parallel reads\n- Caching\n',
      [
        'Spot instances',
        'Right-sizing',
        'Faster boots',
        'Warm pools',
        'Cold tiers',
        'Compression',
        'Parallel reads',
        'Caching',
      ],
    ],
  ])('%s', (_, markdown, expected) => {
    expect(titles(markdown)).toEqual(expected);
  });

  it('reads each milestone with its timeline and cost as one piece of work', () => {
    const milestone = (n: number, name: string, end: string) =>
      `**Milestone ${n}: ${name}**\n\nWhat it brings.\n\n* First step\n* Second step\n* Third step\n\n${end}\n`;
    const page = `<h2>Work Plan</h2>\n\n${[
      milestone(1, 'Client', 'Status: Complete  \nCost: $138,000'),
      milestone(2, 'Server', 'Status: Complete  \nCost: $48,000'),
      milestone(3, 'Security', 'Estimated timeline: 4 months  \nCost: $93,600'),
      milestone(4, 'Adoption', 'Estimated timeline: 3 months  \nCost: $50,000'),
    ].join('\n')}`;
    expect(titles(page)).toEqual([
      'Milestone 1: Client',
      'Milestone 2: Server',
      'Milestone 3: Security',
      'Milestone 4: Adoption',
    ]);
  });
});

describe('a note set aside above a checklist', () => {
  const note = '> [!NOTE]\n> The milestone was split; word suggestions move to the next version.\n';
  it.each([
    [
      'under releases: one slide per box, as without the note',
      `# Roadmap\n\n## 0.5\n\n${note}\n- [x] Theme rework\n- [x] Android 14 support\n\n## 0.6\n\n- [ ] Spell checking\n- [ ] Language packs\n`,
      ['Theme rework', 'Android 14 support', 'Spell checking', 'Language packs'],
    ],
    [
      'a note that is no aside (prose in a quote) keeps the release one piece of work',
      '# Roadmap\n\n## 0.5\n\n> The theme engine is rebuilt from the ground up for this release.\n\n- [x] Theme rework\n- [x] Android 14 support\n\n## 0.6\n\n> Spell checking arrives, with packs for each language.\n\n- [ ] Spell checking\n- [ ] Language packs\n',
      ['0.5', '0.6'],
    ],
  ])('%s', (_, markdown, expected) => {
    expect(titles(markdown)).toEqual(expected);
  });
});

describe('an item struck through as a whole', () => {
  const page = (line: string) => `# Roadmap\n\n## Near-term\n\n- ${line}\n- **Archive Scenes:** restore them later.\n`;
  const first = (line: string) => edition(page(line)).sections[0]!.initiatives[0]!;
  it.each([
    ['~~**Outlines:** write a short outline for each scene. See your story by its outlines.~~', 'Outlines', 'done'],
    ['~~**Hemingway Mode:** Provide a distraction free writing experience.~~', 'Hemingway Mode', 'done'],
    ['~~Release for **MacOS**~~', 'Release for MacOS', 'done'],
    // Not: a line struck in part, nor one under an unchecked box (work dropped, left as written).
    ['**Outlines:** write ~~a short~~ an outline for each scene.', 'Outlines', 'planned'],
    [
      '[ ] ~~**Outlines:** write a short outline for each scene.~~',
      'Outlines: write a short outline for each scene.',
      'planned',
    ],
  ])('%s → %s', (line, title, status) => {
    const initiative = first(line);
    expect(initiative.title).toBe(title);
    expect(initiative.status === 'unknown' ? undefined : initiative.status).toBe(status);
  });
});

describe('when work counts as done, what the project commits to: its rules', () => {
  it.each([
    ['Definition of Done', 'process'],
    ['Our definition of done', 'process'],
    ['What "done" means', 'process'],
    ['Ce que « fini » veut dire', 'process'],
    ['Definición de hecho', 'process'],
    ['11. 現在のスライスに対する明示的な非目標', 'non-goals'],
    ['Stability Commitments', 'process'],
    ['API guarantees', 'process'],
    // Not: work on the word.
    ['Improve stability guarantees of the scheduler', undefined],
    ['Done screen for the wizard', undefined],
    ['Define the release checklist', undefined],
  ])('%s → %s', (title, kind) => {
    const blocks = parseMarkdown('- it is tested both ways\n- the docs are up to date\n').children;
    expect(metaOf(title, blocks, false)?.kind).toBe(kind);
  });
});

describe('a heading’s own named boxes after a sentence, before its sub-headings', () => {
  it.each([
    [
      'two named boxes under a release, then a sub-heading of its own',
      '# Roadmap\n\n## In progress — 3.x\n\n- [ ] **Typed forms** — forms checked at compile time.\n- [ ] **Rate limits** — per route.\n- [ ] **Sessions** — stored in the database.\n\n## 4.0.0\n\nThe breaking changes, in one major version.\n\n- [ ] **Typed admin builder** — replaces the macro.\n- [ ] **Typed uploads** — files kept apart from text fields.\n\n### After the rework: admin parity\n\n- [ ] **Filters** — by any column.\n- [ ] **Bulk actions** — on selected rows.\n',
      ['Typed forms', 'Rate limits', 'Sessions', 'Typed admin builder', 'Typed uploads', 'Filters', 'Bulk actions'],
    ],
  ])('%s', (_, markdown, expected) => {
    expect(titles(markdown)).toEqual(expected);
  });
});

describe('a GitHub alert titled as GitHub shows it', () => {
  const quote = (markdown: string) => {
    const root = parseMarkdown(markdown);
    cleanTree(root);
    const block = root.children[0];
    if (block?.type !== 'blockquote') throw new Error('not a quote');
    return block.children.map((child) => [
      child.type === 'paragraph' ? child.children[0]?.type : child.type,
      plainText(child),
    ]);
  };
  it.each([
    [
      '> [!NOTE]\n> The milestone was split.\n',
      [
        ['strong', 'Note'],
        ['text', 'The milestone was split.'],
      ],
    ],
    [
      '> [!warning]\n> Dates may slip.\n',
      [
        ['strong', 'Warning'],
        ['text', 'Dates may slip.'],
      ],
    ],
    ['> [!TIP]\n', [['strong', 'Tip']]],
    // Not: a marker GitHub does not know, nor one inside the text.
    ['> [!TODO]\n> Fill in.\n', [['text', '[!TODO] Fill in.']]],
    ['> See [!NOTE] below.\n', [['text', 'See [!NOTE] below.']]],
  ])('%j', (markdown, expected) => {
    expect(quote(markdown)).toEqual(expected);
  });
});
