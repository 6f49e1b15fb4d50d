/** Small pure rules found on the two-hundred-and-second and later held-out sets, and on earlier ones left over. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { namesAnAspect, namesWhyOrWhat } from '../../src/parse/aspect-headings.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { signedStatusOf } from '../../src/parse/status-tags.js';

const edition = (markdown: string, file = 'page.md') =>
  parseRoadmap(sourceFromBytes(file, Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);

describe('a sub-heading that tells an aspect of the work above it', () => {
  it.each([
    ['Goals', true, true],
    ['🎯 Objectives:', true, true],
    ['Key Features', true, true],
    ['Planned Features', true, true],
    ['Major Features Implemented', true, true],
    ['Deliverables', true, true],
    ['Benefits', true, true],
    ['Technical Details', true, false],
    ['Use Cases', true, false],
    ['Design Principles', true, false],
    ['Migration Path', true, false],
    ['Backwards Compatibility', true, false],
    ['Success Criteria', true, false],
    ['Architecture', true, false],
    // Names of work, not aspects of it.
    ['Plugin Architecture', false, false],
    ['Feature flags', false, false],
    ['Storage backends', false, false],
    ['Goal tracking', false, false],
    ['Windows support', false, false],
  ])('%j: aspect %s, why or what %s', (title, aspect, core) => {
    expect(namesAnAspect(title)).toBe(aspect);
    expect(namesWhyOrWhat(title)).toBe(core);
  });
});

describe('a release or stage named for its work over the aspects of it is that work', () => {
  const part = (title: string, subs: [string, string][]) =>
    `## ${title}\n\n${subs.map(([h, body]) => `### ${h}\n\n${body}\n`).join('\n')}`;
  const features = '- Index builder\n- Saved searches\n- Alert rules\n';
  const page = (...parts: string[]) => `# Widget Roadmap\n\n${parts.join('\n')}`;

  it.each([
    [
      'releases by number and name',
      page(
        part('🚀 v2.4.0 - Search & Alerts (Q3 2027)', [
          ['Goals', 'Find any file.'],
          ['Features', features],
          ['Use Cases', '- Audits\n- Reports\n'],
        ]),
        part('v2.5.0 - Sharing (Q4 2027)', [
          ['Goals', 'Share with a team.'],
          ['Features', '- Links\n- Teams\n'],
          ['Integration with Chat', '- Chat A\n- Chat B\n'],
        ]),
      ),
      ['🚀 v2.4.0 - Search & Alerts (Q3 2027)', 'v2.5.0 - Sharing (Q4 2027)'],
    ],
    [
      'stages that state their status, and one beside them that does not',
      page(
        part('Phase 1: Importer ✅ Complete', [
          ['Completed Features', features],
          ['Key Achievements', '- Small\n- Fast\n'],
        ]),
        part('Phase 2: Sync 🚧 Planned', [
          ['Goals', '- Two-way sync\n- Conflict view\n'],
          ['Benefits', 'Fewer lost edits.'],
          ['Migration Path', '1. Local queue\n2. Server API\n'],
        ]),
        part('Phase 3: Extensions', [['Potential Features', '- Plugins\n- Themes\n']]),
      ),
      ['Phase 1: Importer', 'Phase 2: Sync', 'Phase 3: Extensions'],
    ],
  ])('%s', (_, markdown, expected) => {
    expect(titles(markdown)).toEqual(expected);
  });

  it.each([
    [
      // A stage that states no status groups its deliverables (review 26b), as a named period does.
      'stages that state no status',
      page(
        part('Phase 1 - Foundations', [
          ['Objectives', 'Build the base.'],
          ['Deliverables', '- Parser\n- Loader\n'],
        ]),
        part('Phase 2 - Plugins', [
          ['Objectives', 'Open it up.'],
          ['Deliverables', '- Plugin API\n- Registry\n'],
        ]),
      ),
      ['Parser', 'Loader', 'Plugin API', 'Registry'],
    ],
    [
      'named periods with a status of their own',
      page(
        part('Q1 2025: Performance', [
          ['Goals', 'Faster.'],
          ['Deliverables', '- Lazy loading\n- Type cache\n'],
          ['Status', 'On track.'],
        ]),
        part('Q2 2025: Collaboration', [
          ['Goals', 'Together.'],
          ['Deliverables', '- Presence\n- Comments\n'],
          ['Status', 'In review.'],
        ]),
      ),
      ['Lazy loading', 'Type cache', 'Presence', 'Comments'],
    ],
    [
      // Features each tracked by an issue of their own are separate pieces of work.
      'features tracked one by one',
      page(
        part('v0.3.0 - Editing', [
          [
            'Features',
            '**1. Bulk rename**\n- Issue: [#347](https://github.com/acme/widget/issues/347)\n\n**2. Undo history**\n- Issue: [#348](https://github.com/acme/widget/issues/348)\n',
          ],
          ['Success Criteria', '- Edits are safe'],
        ]),
        part('v0.4.0 - Integrations', [
          [
            'Features',
            '**1. Webhooks**\n- Issue: [#374](https://github.com/acme/widget/issues/374)\n\n**2. Rate limits**\n- Issue: [#316](https://github.com/acme/widget/issues/316)\n',
          ],
          ['Success Criteria', '- Hooks are reliable'],
        ]),
      ),
      ['1. Bulk rename', '2. Undo history', '1. Webhooks', '2. Rate limits'],
    ],
  ])('not for %s', (_, markdown, expected) => {
    expect(titles(markdown)).toEqual(expected);
  });
});

describe('a deck a presenter can give: items past the budget are read one slide per heading that holds them', () => {
  const item = (phase: number, part: number, n: number) => `- ✅ **Part ${phase}.${part}.${n}** - what it does`;
  const subPhase = (phase: number, part: number, items: number) =>
    `### ${phase}.${part} - Area ${phase}.${part}\n${Array.from({ length: items }, (_, n) => item(phase, part, n + 1)).join('\n')}\n`;
  const page = (phases: number, parts: number, items: number) =>
    `# Engine Roadmap\n\n${Array.from(
      { length: phases },
      (_, p) =>
        `## Phase ${p + 1} - Stage ${p + 1}\n\n${Array.from({ length: parts }, (_, s) => subPhase(p + 1, s + 1, items)).join('\n')}`,
    ).join('\n')}`;

  it.each([
    // 8 × 3 × 5 = 120 items: one slide per sub-phase, 24.
    [8, 3, 5, 24, 'Area 1.1'],
    // 80 items are a deck: read item by item, as before.
    [4, 4, 5, 80, 'Part 1.1.1'],
    // 5 × 2 × 10 = 100 items: 10 sub-phases.
    [5, 2, 10, 10, 'Area 1.1'],
  ])('%i phases × %i parts × %i items → %i initiatives', (phases, parts, items, count, first) => {
    const found = allInitiatives(edition(page(phases, parts, items)));
    expect(found).toHaveLength(count);
    expect(found[0]!.title).toContain(first);
  });

  it('says so, and names the config that reads the items instead', () => {
    const parsed = parseRoadmap(sourceFromBytes('page.md', Buffer.from(page(8, 3, 5))));
    expect(parsed.explanation.levelWhy).toMatch(/120 items would be 120 slides/);
    const ambiguity = parsed.diagnostics.find((d) => d.rule === 'ambiguous-structure');
    expect(ambiguity?.message).toMatch(/"at": "list"/);
    const items = parseRoadmap(sourceFromBytes('page.md', Buffer.from(page(8, 3, 5))), {
      initiatives: { at: 'list' },
    });
    expect(allInitiatives(items.edition)).toHaveLength(120);
  });
});

describe('a status set in emphasis at the end of a title, after its sign', () => {
  const titleOf = (heading: string) =>
    allInitiatives(edition(`# Roadmap\n\n## ${heading}\n\nIt does a thing.\n\n## Other work\n\nAnother thing.\n`))[0]!;
  it.each([
    ['Render queue ✅ **DONE**', 'Render queue', 'done'],
    ['Tile cache 🔄 *In progress*', 'Tile cache', 'in-progress'],
    // A change of state is left as written.
    ['Tile cache 📝 **DRAFTED** → 🔄 **IN PROGRESS**', 'Tile cache 📝 DRAFTED → 🔄 IN PROGRESS', undefined],
    // Emphasis that is not a status stays in the title.
    ['Render queue **rewrite**', 'Render queue rewrite', undefined],
  ])('%j → %j', (heading, title, status) => {
    const found = titleOf(heading);
    expect(found.title).toBe(title);
    if (status) expect(found.status).toBe(status);
  });
});

describe('a bold name alone on the first line of its paragraph heads it, as a run-in head does', () => {
  const part = (name: string, text: string) =>
    `${name}\n${text}\n[Issue](https://github.com/acme/widget/issues/${name.length})\n`;
  it.each([
    [
      'paragraphs alone on the page',
      `---\ntitle: Roadmap\n---\n\n${part('**Batch export**', 'Export many files at once.')}\n${part('**Shared folders**:', 'Share a folder with a team.')}\n${part('**Mobile viewer**', 'Open files on a phone.')}`,
      ['Batch export', 'Shared folders', 'Mobile viewer'],
    ],
    [
      'under a period',
      `# Roadmap\n\n## Next\n\n${part('**Batch export**', 'Export many files at once.')}\n${part('**Shared folders**', 'Share a folder with a team.')}`,
      ['Batch export', 'Shared folders'],
    ],
  ])('%s', (_, page, expected) => {
    expect(titles(page)).toEqual(expected);
  });

  it('not under a heading that names one piece of work, nor for a key of its details', () => {
    const work =
      '# Roadmap\n\n## Plugin API\n\n**Motivation**\nPlugins need a stable surface.\n\n**Approach**\nVersion the hooks.\n\n## Offline sync\n\n**Motivation**\nTrains have no network.\n\n**Approach**\nQueue the writes.\n';
    expect(titles(work)).toEqual(['Plugin API', 'Offline sync']);
  });
});

describe('principles and beliefs beside the work are not work', () => {
  const page = (title: string) =>
    `# Roadmap\n\n## ${title}\n\n1. **Local first**: files stay on the device.\n2. **Plain formats**: open with any tool.\n3. **Small**: one binary.\n\n## Next\n\n- Bulk tags\n- Folder stats\n`;
  it.each([
    ['What We Believe'],
    ['Design Principles for New Work'],
    ['Our beliefs'],
    ['Principles behind the roadmap'],
  ])('%j', (title) => {
    expect(titles(page(title))).toEqual(['Bulk tags', 'Folder stats']);
  });
  it.each([['Principled defaults'], ['Belief propagation']])('%j names work', (title) => {
    expect(titles(page(title))).toContain('Local first');
  });
});

describe('a term over its definition is not a run-in head', () => {
  it('"**Fewer lost edits**⏎: safer than before" stays the text of its part', () => {
    const phase = (n: number, status: string) =>
      `## Phase ${n}: Part ${'AB'[n - 1]} ${status}\n\n### Goals\n\n- Two-way sync\n- Conflict view\n\n### Benefits\n\n**Fewer lost edits**\n: Safer than before.\n\n**Quicker saves**\n: Much quicker.\n`;
    expect(titles(`# Roadmap\n\n${phase(1, '✅ Complete')}\n${phase(2, '🚧 Planned')}`)).toEqual([
      'Phase 1: Part A',
      'Phase 2: Part B',
    ]);
  });
});

describe('MkDocs content tabs read as the titled parts a reader sees', () => {
  const lazy =
    '# Release notes and plans\n\n=== "Latest changes"\n    | Date | Feature | Description |\n    |---|---|---|\n    | 2025-09-17 | **Batch export** | Many files at once. |\n    | 2025-09-12 | **Share links** | Links to a file. |\n\n=== "Later"\n    - **Offline viewer**: read without a network.\n    - **Team spaces**: shared folders.\n';
  const spaced = '# Roadmap\n\n=== "Next"\n\n    - Plugin API\n    - Offline sync\n\n=== "Later"\n\n    - Themes\n';
  it.each([
    [
      'a body right under the title',
      lazy,
      [
        ['Batch export', 'done', 6],
        ['Share links', 'done', 7],
        ['Offline viewer', 'future', 10],
        ['Team spaces', 'future', 11],
      ],
    ],
    [
      'a body after a blank line',
      spaced,
      [
        ['Plugin API', 'planned', 5],
        ['Offline sync', 'planned', 6],
        ['Themes', 'future', 10],
      ],
    ],
  ])('%s', (_, page, expected) => {
    expect(allInitiatives(edition(page)).map((i) => [i.title, i.status, i.position.line])).toEqual(expected);
  });

  it('leaves a tab line in a code block, and one over lines that are not indented, as they are', () => {
    const fenced = '# Roadmap\n\n## Next\n\n- Plugin API\n- Offline sync\n\n```\n=== "Tab"\n    body\n```\n';
    expect(titles(fenced)).toEqual(['Plugin API', 'Offline sync']);
    const plain = '# Roadmap\n\n=== "Next"\nnot indented\n\n## Next\n\n- Plugin API\n- Offline sync\n';
    expect(titles(plain)).toEqual(['Plugin API', 'Offline sync']);
  });
});

describe('a question about what is under way groups that work, as "What\'s next?" does', () => {
  const page = (question: string) =>
    `Widget Roadmap\n==============\n\nA draft of thoughts.\n\n### ${question}\n\n- Fix the upload route\n- Add visitor counts\n- Trim old logs\n`;
  it.each([
    ["What's brewing?"],
    ["What's cooking?"],
    ["What's coming?"],
    ['What is in progress?'],
    ['What are we building?'],
  ])('%j', (question) => {
    expect(titles(page(question))).toEqual(['Fix the upload route', 'Add visitor counts', 'Trim old logs']);
  });
  it.each([['How can I help?']])('%j is a question to answer', (question) => {
    expect(() => titles(page(question))).toThrow(/no initiatives/);
  });
});

describe('a status after any sign at the end of a title is the words’ status; the sign decorates them', () => {
  it.each([
    ['Plugin system 🌟 Future', 'Plugin system', 'future'],
    ['Search index 🎯 Planned', 'Search index', 'planned'],
    ['Loader ✅ Complete', 'Loader', 'done'],
    // Words that are not a status stay in the title.
    ['Plugin system 🌟 Galaxy', undefined, undefined],
  ])('%j', (text, rest, status) => {
    const found = signedStatusOf(text);
    expect(found?.rest).toBe(rest);
    expect(found?.status).toBe(status);
  });
});
