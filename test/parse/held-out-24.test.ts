/** Small pure rules found on the hundred-and-sixty-sixth and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import type { BlockKind, PageText } from '../../src/parse/page-text.js';
import { readProjectName } from '../../src/parse/project-name.js';
import { stripShortcodes } from '../../src/parse/shortcodes.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const initiatives = (markdown: string) => allInitiatives(edition(markdown));

describe("a site's status tag given a status is that status, in the page's own word", () => {
  it.each([
    ['{{< roadmap-status stage="complete" version="v4.29.0" >}}', '(complete)'],
    ['{{< roadmap-status stage="in-progress" >}}', '(in-progress)'],
    ['{{% status value="planned" %}}', '(planned)'],
    ["{% include status.html is='wip' %}", '(wip)'],
    ["{% include status.html is='planned' %}", '(planned)'],
    ['{% include progress-badge.html state="done" %}', '(done)'],
    // A tag that lists work by status is the site's data, not one item's status (review 24).
    ['{{< features-by-status status="done" >}}', ''],
    ['{% include status-list.html status="planned" %}', ''],
    // No value the page writes: the site knows it, the page does not.
    ['{{< roadmap-status >}}', ''],
    ['{% include status.html status=p.status %}', ''],
    ['{% include status.html %}', ''],
    // A tag that is not about a status, or a value that is no status as a whole.
    ['{{< figure src="done.png" >}}', ''],
    ['{% include note.html text="Done" %}', ''],
    ['{{< roadmap-status version="v4.29.0" >}}', ''],
    ['{% include status.html is="beta" %}', ''],
    ['{% include status.html name="Powder Mark" %}', ''],
  ])('%s → "%s"', (tag, sign) => {
    expect(stripShortcodes(tag).trim()).toBe(sign);
  });
});

describe("a part's first line that is only a status says how the part stands", () => {
  const read = (first: string) =>
    initiatives(
      `# Roadmap\n\n## Work\n\n### Dark mode\n\n${first}\n\nThe app follows the system theme.\n\n### Offline sync\n\nChanges are kept while offline.\n`,
    )[0]!;
  it.each([
    ['✅', 'done'],
    ['🚧 In progress', 'in-progress'],
    ['Done.', 'done'],
    ['{{< roadmap-status stage="complete" version="v4.29.0" >}}', 'done'],
    ['**Status:** Planned', 'planned'],
    // Words about the part, not only its status.
    ['Done by the design team, reviewed later.', undefined],
    ['Planned work on the theme engine', undefined],
    // A line that introduces what follows ("Delivered in 0.22:" over a list) is the list's.
    ['Delivered in 0.22:', undefined],
  ])('"%s" → %s', (first, status) => {
    const item = read(first);
    expect(item.status === 'unknown' ? undefined : item.status).toBe(status);
    // Once read, the line is the slide's badge, not a line of its text.
    if (status) expect(JSON.stringify(item.body)).not.toMatch(/✅|🚧|Done\.|complete|Planned/);
  });

  it('only the first line of the part: a status further down is part of its text', () => {
    const item = initiatives(
      '# Roadmap\n\n## Work\n\n### Dark mode\n\nThe app follows the system theme.\n\n✅\n\n### Offline sync\n\nChanges are kept.\n',
    )[0]!;
    expect(item.status).toBe('unknown');
  });
});

describe("a table cell's name on a line of its own over what it is", () => {
  const titles = (rows: string[]) =>
    initiatives(
      `# Roadmap\n\n| Feature | Status |\n|---|---|\n${rows.map((r) => `| ${r} | Planned |`).join('\n')}\n`,
    ).map((i) => i.title);

  it('a bold name and a line break: the name titles the row, the rest describes it', () => {
    expect(
      titles([
        '**Box2D Update**<br>In July 2020, Box2D received its first update in six years.',
        '**Console Support**<br>Various users have explored it.',
        '**TiledMap Extension**<br>Move it to its own repository.',
      ]),
    ).toEqual(['Box2D Update', 'Console Support', 'TiledMap Extension']);
  });

  it('a heading inside an HTML table cell is read the same way', () => {
    const page = [
      '# Roadmap',
      '',
      '<table>',
      '  <tr>',
      '    <td><h4>Box2D Update</h4>',
      '    <br>In July 2020, the original <a href="https://box2d.org">Box2D</a> received its first update.</td>',
      "    <td>{% include status.html is='planned' %}</td>",
      '  </tr>',
      '  <tr>',
      '    <td><h4 id="web">Kotlin-Compatible Web Backend</h4>',
      '    <br>A web backend that other JVM languages can use has been talked about.</td>',
      "    <td>{% include status.html is='wip' %}</td>",
      '  </tr>',
      '  <tr>',
      '    <td><h4>Console Support</h4>',
      '    <br>Various users have explored the topic of console support.</td>',
      "    <td>{% include status.html is='planned' %}</td>",
      '  </tr>',
      '</table>',
      '',
    ].join('\n');
    const read = initiatives(page);
    // The badge shows the page's word, without the brackets the tag is read in.
    expect(read.map((i) => i.statusText)).toEqual(['planned', 'wip', 'planned']);
    expect(read.map((i) => [i.title, i.status])).toEqual([
      ['Box2D Update', 'planned'],
      ['Kotlin-Compatible Web Backend', 'in-progress'],
      ['Console Support', 'planned'],
    ]);
    expect(JSON.stringify(read[0]!.body)).toContain('received its first update');
  });

  it.each([
    // Two names on two lines, or a bold word inside a sentence, stay one title.
    [['Box2D<br>Bullet physics', 'Console support', 'Web backend'], 'Box2D Bullet physics'],
    [['Update of **Box2D**<br>and its joints', 'Console support', 'Web backend'], 'Update of Box2D and its joints'],
    // A placeholder in bold names nothing.
    [['**TBD**<br>Something about physics', 'Console support', 'Web backend'], 'TBD Something about physics'],
  ])('%j → "%s"', (rows, first) => {
    expect(titles(rows)[0]).toBe(first);
  });
});

describe('prose headings beside items that each say how they stand: the items are the work', () => {
  const design = (parts: { architecture?: string; coordination?: string; rows?: string[] } = {}) =>
    [
      '# Memory engine: roadmap',
      '',
      '## Architecture',
      '',
      parts.architecture ??
        'Observations pass a pipeline of filters before storage.\n\n```\nraw → normalize → store\n```',
      '',
      '## Phases',
      '',
      '### Phase A — Foundation',
      '',
      '| # | Feature | Issue | Status |',
      '|---|---|---|---|',
      ...(parts.rows ?? [
        '| 1 | **Date Normalization** | [#11](https://github.com/acme/mem/issues/11) | DONE |',
        '| 2 | **Quality Gating** | [#6](https://github.com/acme/mem/issues/6) | TODO |',
      ]),
      '',
      '### Phase B — Intelligence',
      '',
      '| # | Feature | Issue | Status |',
      '|---|---|---|---|',
      '| 3 | **Semantic Dedup** | [#7](https://github.com/acme/mem/issues/7) | TODO |',
      '| 4 | **Staleness Scoring** | [#9](https://github.com/acme/mem/issues/9) | TODO |',
      '| 5 | **Consolidation Job** | [#10](https://github.com/acme/mem/issues/10) | TODO |',
      '',
      '## Migration Numbering',
      '',
      parts.coordination ?? 'Migrations of this work start at 28, after those on the main branch.',
      '',
    ].join('\n');
  const titles = (markdown: string) => initiatives(markdown).map((i) => i.title);

  it('design notes in paragraphs beside tables of features with their status', () => {
    expect(titles(design())).toEqual([
      'Date Normalization',
      'Quality Gating',
      'Semantic Dedup',
      'Staleness Scoring',
      'Consolidation Job',
    ]);
  });

  it('themes told over points beside horizons of open boxes keep their reading', () => {
    const page = [
      '# Roadmap',
      'Where the project goes next.',
      '## Vision',
      'Cluster analysis for everyone, in plain words.',
      '## Current Focus Areas',
      '### 1. Provider backends',
      '- Expand support for providers beyond the first one\n- Support for local and offline models\n- Improved model selection and fallback\n- Support for custom REST backends',
      '### 2. Analyzers',
      '- Add analyzers for new cluster features\n- Improve the accuracy of existing analyzers\n- Custom analyzer framework improvements\n- Analyzers for third-party resources',
      '### 3. Security',
      '- Sign every release artifact\n- Audit the handling of secrets\n- Least-privilege service accounts\n- Scan images in the build',
      '## Planned Initiatives',
      '### Near Term (Next 3-6 months)',
      '- [ ] Plugin system',
      '- [ ] Web dashboard',
      '### Long Term (12+ months)',
      '- [ ] Multi-cluster support',
      '- [ ] Policy engine',
      '',
    ].join('\n\n');
    expect(titles(page).slice(0, 3)).toEqual(['1. Provider backends', '2. Analyzers', '3. Security']);
  });

  it.each([
    // A prose heading that says how it stands is a piece of work told in prose.
    ['a prose heading with a status', { architecture: '✅ Done\n\nObservations pass a pipeline of filters.' }],
    // Too few items with a status to say the work is written there.
    ['two items with a status', { rows: [] }],
  ])('%s: the prose headings stay pieces of work', (_, parts) => {
    expect(titles(design(parts))).toContain('Architecture');
  });
});

describe('a checklist written without list markers is the checklist it stands for', () => {
  const read = (body: string) => initiatives(`# Roadmap\n\n${body}\n`).map((i) => [i.title, i.status]);

  it.each([
    [
      'box lines as one paragraph',
      '[x]  Voice chat\n[x]  Markdown profiles\n[ ]  Volume sliders',
      [
        ['Voice chat', 'done'],
        ['Markdown profiles', 'done'],
        ['Volume sliders', 'planned'],
      ],
    ],
    [
      'box lines in a plain code block',
      '```\n[x] basic LED control\n[-] ambit command: led\n[ ] display control\n```',
      [
        ['basic LED control', 'done'],
        ['ambit command: led', 'unknown'],
        ['display control', 'planned'],
      ],
    ],
    [
      'in a text code block',
      '```text\n[X] Boot loader\n[ ] Display driver\n```',
      [
        ['Boot loader', 'done'],
        ['Display driver', 'planned'],
      ],
    ],
  ])('%s', (_, body, expected) => {
    expect(read(body)).toEqual(expected);
  });

  it.each([
    // A program's source, even one that prints boxes, is no list of work.
    ['code in a language', '```python\n[x] = parse(line)\n[ ] = empty()\n```\n\n- Keep the parser small'],
    // A box among other lines is a remark in prose.
    [
      'a box among prose lines',
      '[x] Voice chat is done.\nThe rest waits for the next release.\n\n- Keep the parser small',
    ],
    // One box alone, or marks that are no boxes ("[1]" footnotes).
    ['one box alone', '[x] Voice chat\n\n- Keep the parser small'],
    ['footnote marks', '[1] First source\n[2] Second source\n\n- Keep the parser small'],
  ])('%s stays as written', (_, body) => {
    expect(read(body).map(([title]) => title)).toEqual(['Keep the parser small']);
  });
});

describe('headings written without a space after their hashes', () => {
  const page = (lines: string[]) => edition(lines.join('\n\n'));
  it('two or more such lines are headings, at the depth of their hashes', () => {
    const read = page([
      '#Roadmap',
      'Some indication of where the library goes.',
      '##v2.6.0',
      '* Allow null values\n* Better void support',
      '##v3.0.0',
      'Version 3 builds against the first stable compiler.',
      '##v3.1.0',
      '* Java interoperability\n* Groundwork for JavaScript',
    ]);
    expect(read.title).toBe('Roadmap');
    expect(read.sections.map((s) => s.title)).toEqual(['v2.6.0', 'Roadmap', 'v3.1.0']);
    expect(allInitiatives(read).map((i) => i.title)).toEqual([
      'Allow null values',
      'Better void support',
      'v3.0.0',
      'Java interoperability',
      'Groundwork for JavaScript',
    ]);
  });

  it.each([
    // One such line alone may be a tag.
    [['#release', '* Allow null values\n* Better void support\n* Covariant API']],
    // An issue number, a hash in a sentence, or a line with more words after a paragraph's first.
    [['#123', '#456', '* Allow null values\n* Better void support\n* Covariant API']],
    [
      [
        '#release notes come later\nand more text here',
        '#other tag\nand more',
        '* Allow null values\n* Better void support\n* Covariant API',
      ],
    ],
  ])('%j stays as written', (lines) => {
    expect(allInitiatives(page(['# Roadmap', ...lines])).map((i) => i.title)).toEqual([
      'Allow null values',
      'Better void support',
      'Covariant API',
    ]);
  });
});

describe('a word that only qualifies a roadmap names no project, even after "the"', () => {
  const page = (text: string): PageText => ({ blocks: [{ kind: 'intro' as BlockKind, text }], urls: [] });
  it.each([
    ['These are the following roadmap that are planned or completed:', undefined],
    ['This is the latest roadmap, updated monthly.', undefined],
    ['See the previous roadmap for what shipped.', undefined],
    // As before: a name, or a word "the" names that qualifies nothing.
    ['This document contains the Zentra roadmap for 2021.', 'Zentra'],
    ['This is the zarrita roadmap.', 'zarrita'],
  ])('%s → %s', (text, name) => {
    expect(readProjectName(page(text)).name).toBe(name);
  });
});

describe('a list that names the headings after it, with words those headings share, sums them up', () => {
  const page = (items: string[]) =>
    [
      '# Spec Roadmap',
      '## Development Phases',
      items.map((item) => `- **${item}**`).join('\n'),
      '## Phase 1: Core Specification and Validation',
      '- ✅ Core schema\n- 🟡 Validation rules',
      '## Phase 2: Community Feedback and Refinement',
      '- 🔜 Pilot projects\n- 🔜 Feedback rounds',
      '## Phase 3: Certification and Industry Standards',
      '- 🔜 Certification program\n- 🔜 Compliance criteria',
      '',
    ].join('\n\n');
  const titles = (items: string[]) => initiatives(page(items)).map((i) => i.title);
  const work = [
    'Core schema',
    'Validation rules',
    'Pilot projects',
    'Feedback rounds',
    'Certification program',
    'Compliance criteria',
  ];

  it.each([
    // Each with when it runs: the shared words ("Phase", "and") say nothing on either side.
    [
      [
        'Phase 1: Core Specification and Validation (2024 – Q2 2025)',
        'Phase 2: Community Feedback and Refinement (Q3–Q4 2025)',
        'Phase 3: Certification and Industry Standards (2026 and beyond)',
      ],
    ],
    // As before: the names alone.
    [
      [
        'Phase 1: Core Specification and Validation',
        'Phase 2: Community Feedback and Refinement',
        'Phase 3: Certification and Industry Standards',
      ],
    ],
  ])('%j', (items) => {
    expect(titles(items)).toEqual(work);
  });

  it('a list of other work beside the phases stays work', () => {
    expect(titles(['Public test suite', 'Reference implementation', 'Conformance badge'])).toEqual([
      'Public test suite',
      'Reference implementation',
      'Conformance badge',
      ...work,
    ]);
  });
});

describe('wiki links read as the site shows them', () => {
  const titles = (items: string[], defs = '') =>
    initiatives(`# Roadmap\n\n## Backlog\n\n${items.map((i) => `- ${i}`).join('\n')}\n\n${defs}`).map((i) => i.title);

  it.each([
    ['[[git-integration]]', 'git-integration'],
    ['Improve [[git-integration]]', 'Improve git-integration'],
    ['[[Page name|Shown words]] first', 'Shown words first'],
    // Defined as a link reference too: the link stays, without the brackets around it.
    ['Fix [[wikilinks]] compatibility issues', 'Fix wikilinks compatibility issues'],
    // Brackets set around a link written in full, or an index, are the author's.
    ['Polish [[🛠️][help]]', 'Polish [🛠️]'],
    ['Read matrix[[0]] fast', 'Read matrix[[0]] fast'],
  ])('%s → %s', (item, title) => {
    const read = titles([item, 'Second item', 'Third item'], '[wikilinks]: ./wikilinks.md\n[help]: ./help.md\n');
    expect(read[0]).toBe(title);
  });
});

describe('a blank cell in the column of when continues the date above it', () => {
  const page = (quarters: string[]) =>
    [
      '# Roadmap',
      '',
      '| Quarter | Feature | Status | Description |',
      '| --- | --- | --- | --- |',
      ...[
        ['Refactor to one repository', '✅'],
        ['Embeddings-based search', '✅'],
        ['Generated answers', '✅'],
        ['Guardrails', '✅'],
        ['Message triage', '✅'],
        ['Voice notes', '✅'],
        ['Dashboard', '📝'],
      ].map(([name, sign], i) => `| ${quarters[i] ?? ''} | ${name} | ${sign} | What it does for users. |`),
      '',
    ].join('\n');
  const titles = (quarters: string[]) => initiatives(page(quarters)).map((i) => i.title);

  it('done rows dated so are the plan as it was delivered, and stay', () => {
    expect(titles(['Q4 2023', '', '', '', 'Q1 2024', '', 'Q3 2024'])).toHaveLength(7);
  });

  it('a table of what exists, undated, still shows only the work to come', () => {
    expect(titles([])).toEqual(['Dashboard']);
  });
});

describe('a list that opens with where its work is tracked is the details of the work above it', () => {
  const page = (first: string) =>
    [
      '# Roadmap',
      '## v0.1.5',
      '### Handle context overflow',
      `${first}\n- Implement strategies for long contexts\n- **Use Case**: long-running tasks`,
      '### Persistent memory',
      '- Issue: [#348](https://github.com/acme/agents/issues/348)\n- Memory survives restarts\n- **Use Case**: continuity',
      '### Backend refactoring',
      '- PR: [#362](https://github.com/acme/agents/pull/362)\n- Clearer modules\n- **Use Case**: easier changes',
      '',
    ].join('\n\n');
  const read = (first: string) => initiatives(page(first)).map((i) => [i.title, i.tracking?.url ?? null]);

  it('each heading is one piece of work, tracked by its line', () => {
    expect(read('- Issue: [#347](https://github.com/acme/agents/issues/347)')).toEqual([
      ['Handle context overflow', 'https://github.com/acme/agents/issues/347'],
      ['Persistent memory', 'https://github.com/acme/agents/issues/348'],
      ['Backend refactoring', 'https://github.com/acme/agents/pull/362'],
    ]);
  });

  it.each([
    // A tracker line without a link, or work that only names its issue, is not read so: the items stay the work.
    ['- Issue: to be filed', '- Issue: to be filed', '- PR: not yet'],
    [
      '- [#347](https://github.com/acme/agents/issues/347) Context overflow',
      '- Memory survives restarts',
      '- Clearer modules',
    ],
  ])('%s', (a, b, c) => {
    const markdown = page(a)
      .replace('- Issue: [#348](https://github.com/acme/agents/issues/348)', b)
      .replace('- PR: [#362](https://github.com/acme/agents/pull/362)', c);
    const titles = initiatives(markdown).map((i) => i.title);
    expect(titles).not.toContain('Handle context overflow');
    expect(titles).toContain('Implement strategies for long contexts');
  });
});
