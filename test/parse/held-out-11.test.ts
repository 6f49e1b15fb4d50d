/** Small pure rules found on the eleventh held-out set: status leads, names with code, open work above "Completed". */
import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { colonLeadOf } from '../../src/parse/leads.js';
import { plainText } from '../../src/parse/markdown.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { statusLeadOf } from '../../src/parse/title-status.js';
import { allInitiatives } from '../../src/model/types.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const inlines = (markdown: string) => (parseMarkdown(markdown).children[0] as Paragraph).children;
const items = (markdown: string) =>
  allInitiatives(edition(markdown)).map((i) => ({ title: i.title, status: i.status, tracking: i.tracking?.url }));

describe('a bold lead that only says how the work stands is its status, not its name', () => {
  it.each([
    [
      '**Done [#3106](https://github.com/o/r/pull/3106)** Make plugins first-class.',
      'done',
      'Make plugins first-class.',
    ],
    ['**In progress:** Faster builds for every target', 'in-progress', 'Faster builds for every target'],
    ['**WIP** - Smaller images', 'in-progress', 'Smaller images'],
    ['**Planned** Themes', undefined, undefined],
    ['**Done** soon', undefined, undefined],
    ['**Plugin API** Make plugins first-class', undefined, undefined],
    ['**Faster builds (done)** everywhere', undefined, undefined],
  ])('%s', (markdown, status, rest) => {
    const lead = statusLeadOf(inlines(markdown));
    expect(lead?.status).toBe(status);
    if (rest) expect(plainText(lead!.rest)).toBe(rest);
  });

  it('keeps the change the lead names as the item’s tracker', () => {
    expect(
      items(
        '# Roadmap\n\n## Completed\n\n' +
          '- **Done [#31](https://github.com/o/r/pull/31)** Make plugins first-class. Plugins were second-class for years.\n' +
          '- **Done [#35](https://github.com/o/r/pull/35)** Add support for themes: dark and light, chosen by the reader.\n',
      ),
    ).toEqual([
      { title: 'Make plugins first-class', status: 'done', tracking: 'https://github.com/o/r/pull/31' },
      { title: 'Add support for themes', status: 'done', tracking: 'https://github.com/o/r/pull/35' },
    ]);
  });
});

describe('a name before a colon may hold code, and its description may start on the next line', () => {
  it.each([
    [
      'Add support for types other than `Float64`: since the beginning, only one type was possible',
      'Add support for types other than Float64',
    ],
    [
      'Constraint programming:\n[#2227](https://github.com/o/r/issues/2227)\nWe want better support for it.',
      'Constraint programming',
    ],
    // A colon and a link on the same line: the link is the thing named, not a description.
    ['ORC: [Support delete files stored as ORC](https://github.com/o/r/projects/13) [small]', undefined],
    ['Read from `config.toml`: a file', 'Read from config.toml'],
    ['Status: `done`', undefined],
  ])('%s → %s', (markdown, name) => {
    const lead = colonLeadOf(inlines(markdown));
    expect(lead && plainText(lead[0])).toBe(name);
  });
});

describe('open work listed above a section of completed work', () => {
  it('is read from the page’s own list, beside the completed items', () => {
    const page =
      '# Development roadmap\n\nOur plans, in no particular order.\n\n' +
      '- Support vector inputs and outputs. There are a few related parts to it.\n' +
      '- Add support for units. A package shows what this would look like.\n\n' +
      '## Completed\n\n- **Done** Make plugins first-class. They were second-class.\n- **Done** Add themes for dark rooms.\n';
    expect(items(page).map((i) => [i.title, i.status])).toEqual([
      ['Support vector inputs and outputs', 'unknown'],
      ['Add support for units', 'unknown'],
      ['Make plugins first-class', 'done'],
      ['Add themes for dark rooms', 'done'],
    ]);
  });

  it('is not read when the headings hold work that is not done, or the list has one line', () => {
    const notes = '# Roadmap\n\n- See the board for details.\n- Ask on the forum.\n\n';
    expect(items(`${notes}## Next\n\n- Faster builds\n- Smaller images\n`).map((i) => i.title)).toEqual([
      'Faster builds',
      'Smaller images',
    ]);
    expect(
      items('# Roadmap\n\n- One line of context.\n\n## Done\n\n- Faster builds\n- Smaller images\n').map(
        (i) => i.title,
      ),
    ).toEqual(['Faster builds', 'Smaller images']);
  });
});

describe('a release area’s own boxes before its sub-headings are work', () => {
  it('reads "### Features" boxes beside the boxes of the headings under it', () => {
    const page =
      '# Roadmap\n\n## v8.1\n\n### Features\n\n- [x] Unit testing\n- [ ] Benchmarking\n\n' +
      '#### New features\n\n- [x] Merge examples\n- [ ] Try-out button\n\n### Docs\n\n- [ ] List all examples\n- [x] Link the sources\n';
    expect(items(page).map((i) => [i.title, i.status])).toEqual([
      ['Unit testing', 'done'],
      ['Benchmarking', 'planned'],
      ['Merge examples', 'done'],
      ['Try-out button', 'planned'],
      ['List all examples', 'planned'],
      ['Link the sources', 'done'],
    ]);
  });

  it('leaves an area’s boxes as the steps of one piece of work when no release heads them', () => {
    const page =
      '# Roadmap\n\n## Storage\n\nWe rework storage.\n\n### Plan\n\n- [x] Design\n- [ ] Build\n\n' +
      '### Sharding\n\nSplit data over nodes, so that no node holds all of it.\n\n### Replication\n\nKeep copies on other nodes, so that none is lost.\n';
    expect(items(page).map((i) => i.title)).not.toContain('Design');
  });
});

describe('a table row that only labels the rows below it is no work', () => {
  const table = (label: string) =>
    `# Roadmap\n\n| Feature | 1.0 | Future |\n| --- | --- | --- |\n| Windowing | ✅ Supported | ✅ Supported |\n${label}\n| • Framework-dependent | ✅ Supported | ✅ Supported |\n| • Self-contained | ❌ Not Supported | ✅ Supported |\n`;
  it.each([
    ['| **Deploy options:** | | |', false],
    ['| Deploy options: | | |', false],
    ['| **Deploy options** | | |', false],
    ['| Deploy options | ✅ Supported | ✅ Supported |', true],
  ])('%s → a slide: %s', (row, slide) => {
    expect(items(table(row)).some((i) => i.title.startsWith('Deploy options'))).toBe(slide);
    expect(items(table(row)).map((i) => i.title)).toContain('• Framework-dependent'.replace('• ', ''));
  });
});

describe('a part with the details of a piece of work', () => {
  const part = (title: string) =>
    `# Plan for Acme 5.0\n\n## Faster queries\n\nTracked by [#12](https://github.com/o/r/issues/12)\n\nStatus: Done\n\nQueries run faster.\n\n` +
    `## ${title}\n\nLead documenter: @someone\n\nTracked by [#1920](https://github.com/o/r/issues/1920)\n\nStatus: In progress\n\nThe internals, explained.\n\n` +
    `## Fixing bugs\n\nTracked by [issues labeled type-bug in 5.0](https://github.com/o/r/issues?q=label%3Atype-bug+milestone%3A5.0)\n\nStatus: In-progress\n\nAbout 150 bugs.\n`;

  it('is work whatever its title says ("Contributor documentation")', () => {
    expect(items(part('Architectural/contributor documentation')).map((i) => i.title)).toContain(
      'Architectural/contributor documentation',
    );
  });

  it('is tracked by its "Tracked by" line, an issue search included', () => {
    expect(items(part('Contributor documentation')).map((i) => i.tracking)).toEqual([
      'https://github.com/o/r/issues/12',
      'https://github.com/o/r/issues/1920',
      'https://github.com/o/r/issues?q=label%3Atype-bug+milestone%3A5.0',
    ]);
  });

  it('is labelled by the release its plan is for', () => {
    expect(edition(part('Docs')).label).toBe('5.0');
  });

  it('without details, a "Contributing" part is still the closing', () => {
    const read = edition(`${part('Docs')}\n## Contributing\n\nOpen an issue to propose work.\n`);
    expect(allInitiatives(read).map((i) => i.title)).not.toContain('Contributing');
  });
});

describe('the release a plan is for labels it', () => {
  it.each([
    ['# Plan for Entity Framework Core 5.0', '5.0'],
    ['# Acme 2.1 plan', '2.1'],
    ['# Roadmap for Acme v3.0', 'v3.0'],
    ['# Plan for the next five releases of Acme and its plugins 2.0', undefined],
    ['# Plan for Python 3.12 support', undefined],
  ])('%s → %s', (h1, label) => {
    const read = edition(`${h1}\n\n## Next\n\n- Faster builds\n- Smaller images\n`);
    if (label) expect(read.label).toBe(label);
    else expect(read.labelSource).not.toBe('period');
  });
});

describe('headings that introduce or hold a place, not work', () => {
  const page = (extra: string) =>
    `# Roadmap\n\n${extra}## Plugin API\n\nPlugins get a stable API, so that they keep working across releases.\n\n` +
    '## Themes in the editor\n\nThe editor gets light and dark themes, chosen by the reader.\n\n## Faster builds\n\nBuilds take half the time.\n';

  it.each([
    [
      '## General information\n\n### Version number and release date\n\nIt ships in May.\n\n### Supported platforms\n\nAll of them.\n\n',
    ],
    ['## Themes\n\nWe have extracted a few major themes for this release.\n\n'],
    ['## Key features\n\nThe features below are planned.\n\n'],
    ['## 基本原则\n\n新功能必须向后兼容。\n\n'],
  ])('%s', (extra) => {
    expect(items(page(extra)).map((i) => i.title)).toEqual(['Plugin API', 'Themes in the editor', 'Faster builds']);
  });

  it('drops a heading that only holds a place ("…  // more welcome")', () => {
    const read = items(`${page('')}\n## ...  //欢迎补充\n\n## …\n`);
    expect(read.map((i) => i.title)).toEqual(['Plugin API', 'Themes in the editor', 'Faster builds']);
  });

  it('keeps a "Themes" heading with a list of its own, and one that is the last heading', () => {
    expect(items(`# Roadmap\n\n## Themes\n\n- Admission controllers\n- Build hygiene\n`).map((i) => i.title)).toEqual([
      'Admission controllers',
      'Build hygiene',
    ]);
  });
});

describe('a heading that says what to do is one piece of work, its sub-headings its parts', () => {
  const page = (group: string) =>
    '# Roadmap\n\n## Stability\n\n### Faster startup\n\nStart in half the time, measured on every release.\n\n' +
    '### Smaller memory use\n\nUse a third less memory on large projects.\n\n' +
    `### Crash reports\n\nSend reports when the user agrees to it.\n\n### ${group}\n\n` +
    '#### Bugs counted on the dashboard\n\nFix the ones users hit most, first.\n\n#### Other bugs found\n\nFix them as they are reported.\n';
  it.each([
    ['Reduce bugs', ['Reduce bugs']],
    ['减少 Bug', ['减少 Bug']],
    ['New services', ['Bugs counted on the dashboard', 'Other bugs found']],
  ])('%s', (group, titles) => {
    expect(items(page(group)).map((i) => i.title)).toEqual([
      'Faster startup',
      'Smaller memory use',
      'Crash reports',
      ...titles,
    ]);
  });
});

describe('a link into an issue’s comments tracks by that issue', () => {
  it('reads "See [#1701](…/issues/1701#issuecomment-…)" as the tracker', () => {
    const url = 'https://github.com/o/r/issues/1701#issuecomment-699479408';
    expect(items(`# Roadmap\n\n## Ideas\n\n- Text node. See [#1701](${url})\n- Gradients\n`)[0]?.tracking).toBe(url);
  });

  it('does not read a link called "discussion" into a comment as the tracker', () => {
    const url = 'https://github.com/o/r/issues/2298#issuecomment-724755790';
    const page = `# Roadmap\n\n## Ideas\n\n- Define the scope of the project ([discussion](${url}), notes in [a doc](https://docs.example.com/d))\n- Gradients\n`;
    expect(items(page)[0]?.tracking).toBeUndefined();
  });
});

describe('a part named after a dash belongs to the name', () => {
  it.each([
    [
      'Cluster Problem Detector - Part one: Cluster condition-based remedy system',
      'Cluster Problem Detector - Part one: Cluster condition-based remedy system',
    ],
    // The part's own description, long enough, follows its colon: the name and the part title the slide.
    ['Plugin API - Phase 2: stable interfaces for every extension point', 'Plugin API - Phase 2'],
    ['Sharebox - a sharing service for the notebook server and its users', 'Sharebox'],
  ])('%s → %s', (line, title) => {
    expect(items(`# Roadmap\n\n## Next\n\n- ${line}\n- Faster builds\n`)[0]?.title).toBe(title);
  });
});

describe('bold keys the page repeats under each release are the releases’ details', () => {
  const release = (name: string, extra = '') =>
    `### ${name}\n\n- **Released:** January 2024\n- **Target Release:** Q1 2024\n- **Notes:** [Release notes](https://example.com/${name})\n${extra}- **Milestone Issues:** [Issues](https://github.com/o/r/milestone/${name.replace(/\D/g, '')})\n\n`;

  it('reads one piece of work per release, tracked by its milestone', () => {
    const page = `# Roadmap\n\n## Released\n\n${release('v3.5')}${release('v3.4', '- **LTS Support until:** January 2025\n')}${release('v3.3')}`;
    expect(items(page).map((i) => [i.title, i.tracking])).toEqual([
      ['v3.5', 'https://github.com/o/r/milestone/35'],
      ['v3.4', 'https://github.com/o/r/milestone/34'],
      ['v3.3', 'https://github.com/o/r/milestone/33'],
    ]);
  });

  it('keeps bold names that recur without any details word as work', () => {
    const area = (v: string) =>
      `### ${v}\n\n- **Security:** signed builds for every target\n- **Performance:** half the start time\n\n`;
    const titles = items(`# Roadmap\n\n${area('v1.0')}${area('v2.0')}`).map((i) => i.title);
    expect(titles).toEqual(['Security', 'Performance', 'Security', 'Performance']);
  });
});

describe('attribute lists of site generators are not text', () => {
  it.each([
    ['### Vuetify Labs { id="labs" }', 'Vuetify Labs'],
    ['### Labs {#labs}', 'Labs'],
    ['### Labs { .text-caption }', 'Labs'],
    ['### Labs {: .note}', 'Labs'],
    ['### Set {a, b}', 'Set {a, b}'],
  ])('%s → %s', (heading, title) => {
    const page = `# Roadmap\n\n## Next\n\n${heading}\n\nWork on the labs package, and on its parts.\n\n### Themes in the editor\n\nLight and dark.\n`;
    expect(items(page)[0]?.title).toBe(title);
  });
});

describe('a table row naming a release over its rows groups them', () => {
  it('makes no slide of "[v3.6 (Nebula)](…)" and files its rows under it', () => {
    const page =
      '# Roadmap\n\n| Component | Entering Labs | Production Release |\n| - | - | - |\n' +
      '| [v3.6 (Nebula)](https://github.com/o/r/milestone/72) | | { .bg-surface-light } |\n| v-fab | February 2024 | April 2024 |\n| v-sparkline | February 2024 | April 2024 |\n' +
      '| [v3.7 (Odyssey)](https://github.com/o/r/milestone/73) | | { .bg-surface-light } |\n| v-treeview | February 2024 | July 2024 |\n';
    const read = allInitiatives(edition(page));
    expect(read.map((i) => [i.title, i.category])).toEqual([
      ['v-fab', 'v3.6 (Nebula)'],
      ['v-sparkline', 'v3.6 (Nebula)'],
      ['v-treeview', 'v3.7 (Odyssey)'],
    ]);
  });
});

describe('an item’s number before its name in bold is no part of it', () => {
  it('reads "15: **dedicated server** (!), …" by its bold name', () => {
    expect(
      items(
        '# Roadmap\n\n- [ ] 15: **dedicated server** (!), map user actions to frames\n- [ ] 16: basic multiplayer\n',
      ).map((i) => i.title),
    ).toEqual(['dedicated server', 'basic multiplayer']);
  });
});
