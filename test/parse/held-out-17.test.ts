/** Small pure rules found on the thirty-third and later held-out sets. */
import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { fieldKeysOf } from '../../src/parse/structure/blocks.js';
import { readTable } from '../../src/parse/table.js';

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
      '# Todo\n\n## client\n\n- [ ] Mocking\n  - register mocks as an array\n- [ ] BigInt serialisation\n- [x] Retry-After header\n  - wait as the server asks\n\n### Feasibility\n\n- [ ] IndexedDB cache\n- [ ] Transport adapters\n  - Node: undici\n  - Deno: native fetch\n',
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
      'an Issue column of named links',
      '| Issue | Description |\n|---|---|\n| [Login](https://github.com/o/r/issues/1) | Sign in with a passkey from any device |\n| [Search](https://github.com/o/r/issues/2) | Find any note by its words or tags |\n',
      'Description',
    ],
  ])('%s → %s', (_, markdown, expected) => {
    expect(titleColumn(markdown)).toBe(expected);
  });
});

describe('a name listed twice in a long table', () => {
  const table = (names: string[]) =>
    parseMarkdown(
      `| Change | Description |\n|---|---|\n${names.map((n, i) => `| ${n} | Work described in words number ${i} of the table |`).join('\n')}\n`,
    ).children.find((b): b is Table => b.type === 'table')!;
  const titleColumn = (names: string[]) => {
    const reading = readTable(table(names));
    return reading.kind === 'items' ? reading.headers[reading.titleCol] : reading.kind;
  };
  const distinct = [
    'Module structure',
    'glTF2 support',
    'Texture cleanup',
    'Off-thread rendering',
    'Float textures',
    'WebGL1 transforms',
    'Timeline',
    'Key frames',
  ];
  it.each([
    ['eight distinct names', distinct, 'Change'],
    ['one of nine names again, after others (carried to a later release)', [...distinct, 'Module structure'], 'Change'],
    // Not: a short table with a value again, nor a long one whose values repeat often (a category).
    ['a value again in four rows', ['Security', 'Speed', 'Docs', 'Security'], 'Description'],
    ['three values again in nine rows', [...distinct.slice(0, 6), ...distinct.slice(0, 3)], 'Description'],
  ])('%s → %s', (_, names, expected) => {
    expect(titleColumn(names)).toBe(expected);
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

describe('words after a dash capitalized as a name', () => {
  it.each([
    [
      'PSA driver – Handle Opaque Persistent Key in Secure Element',
      'PSA driver – Handle Opaque Persistent Key in Secure Element',
    ],
    ['Frontend System - Ready for Adoption Everywhere', 'Frontend System - Ready for Adoption Everywhere'],
    // Not: a description in words of the sentence.
    ['Sharebox - a sharing service for the notebook server', 'Sharebox'],
  ])('%s → %s', (line, expected) => {
    expect(titles(`# Roadmap\n\n## Next\n\n- ${line}\n- Offline mode\n`)[0]).toBe(expected);
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
