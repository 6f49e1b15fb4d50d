/** Small pure rules found on the thirteenth and fourteenth held-out sets. */
import type { Heading, List, Paragraph, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { cleanInlineHtml } from '../../src/parse/clean-html.js';
import { htmlBlockToMarkdown } from '../../src/parse/html-blocks.js';
import { plainText } from '../../src/parse/markdown.js';
import { withoutRecurringTags } from '../../src/parse/list-drafts.js';
import { runInHeadOf } from '../../src/parse/run-in-heads.js';
import { findPeriod } from '../../src/parse/period.js';
import { fieldKeysOf } from '../../src/parse/structure/blocks.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { namesWhenDone } from '../../src/parse/table-cells.js';
import { draftsFromTable } from '../../src/parse/table-drafts.js';
import { allInitiatives } from '../../src/model/types.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);

describe('done rows that say which release delivered them are the plan’s history, not an inventory', () => {
  it.each([
    ['done in 0.4.0', true],
    ['✅ v2.1', true],
    ['shipped 2023-05', true],
    ['Done (1.10)', true],
    ['done', false],
    ['✅', false],
    ['Done (#1234)', false],
    ['supported', false],
  ])('%s names when: %s', (text, when) => {
    expect(namesWhenDone(text)).toBe(when);
  });

  const table = (cell: (i: number) => string) =>
    parseMarkdown(
      `| Feature | Status |\n| --- | --- |\n${['Pools', 'Subnets', 'Fixed IPs', 'Recycling', 'Dual stack']
        .map((name, i) => `| ${name} | ${cell(i)} |`)
        .join('\n')}\n| CLI | in plan |\n`,
    ).children[0] as Table;

  it('keeps every row when the done cells name releases', () => {
    expect(draftsFromTable(table((i) => `done in 0.${i + 2}.0`)).map((d) => plainText(d.titleRich))).toEqual([
      'Pools',
      'Subnets',
      'Fixed IPs',
      'Recycling',
      'Dual stack',
      'CLI',
    ]);
  });

  it('still reads bare ticks on mostly done rows as what the project has', () => {
    expect(draftsFromTable(table(() => '✅')).map((d) => plainText(d.titleRich))).toEqual(['CLI']);
  });

  it('reads a grouped first column, blank below its first row, as one initiative a group', () => {
    const page =
      '# roadmap\n\n| feature | description | status |\n| --- | --- | --- |\n' +
      '| ippool | ip settings | done in 0.2.0 |\n|  | namespace affinity | done in 0.4.0 |\n' +
      '| subnet | automatic pools | done in 0.4.0 |\n|  | flexible ip number | done in 0.5.0 |\n' +
      '| reservedIP | reservedIP | done in 0.4.0 |\n| recycle IP | recycle IP of deleted pods | done in 0.4.0 |\n' +
      '| dual-stack | dual-stack | done in 0.2.0 |\n| CLI | debug and operate | in plan |\n';
    expect(titles(page)).toEqual(['ippool', 'subnet', 'reservedIP', 'recycle IP', 'dual-stack', 'CLI']);
    expect(allInitiatives(edition(page)).map((i) => i.status)).toEqual([
      'done',
      'done',
      'done',
      'done',
      'done',
      'planned',
    ]);
  });
});

describe('a page built for a documentation theme', () => {
  const page =
    '# Roadmap\n\n## Ecosystem\n\n' +
    '### Native committer <span>High Priority</span>{: .label .label-blue }\n\nWe plan to add a committer.\n\n' +
    '[Track and discuss it on GitHub](https://github.com/o/r/issues/1){: target="_blank" class="btn" }\n\n' +
    '### Table formats\n\nMerges that know the format.\n\n' +
    '#### Iceberg <span class="label label-green">Beta</span>\n\nBranches for tables.\n\n' +
    '[Track and discuss it on GitHub](https://github.com/o/r/issues/2)\n\n' +
    '#### Delta Lake\n\nDiffs across branches.\n\n[Track and discuss it on GitHub](https://github.com/o/r/issues/3)\n\n' +
    '## Versioning Capabilities\n\n### Incremental collection\n\nCollect what changed.\n\n' +
    '[Track and discuss it on GitHub](https://github.com/o/r/issues/4)\n\n' +
    '### Long running hooks <span>slow</span>\n\nHooks that take minutes.\n';
  const initiatives = () => allInitiatives(edition(page));

  it('sets a label-styled span apart from the name and keeps its words in the text', () => {
    const first = initiatives()[0]!;
    expect(first.title).toBe('Native committer');
    expect(first.text).toContain('High Priority');
    expect(initiatives().map((i) => i.title)).toContain('Long running hooks slow');
  });

  it.each([
    ['Iceberg <span class="label label-green">Beta</span>', ['Iceberg', 'Beta*']],
    ["Iceberg <span class='badge'>New</span>", ['Iceberg', 'New*']],
    ['Iceberg <span>Beta</span>{: .label }', ['Iceberg', 'Beta*', '{: .label }']],
    ['Iceberg <span>Beta</span>{: .note }', ['Iceberg', 'Beta', '{: .note }']],
    ['Iceberg <span class="highlight">Beta</span>', ['Iceberg', 'Beta']],
    ['Iceberg <span class="tagline">Beta</span>', ['Iceberg', 'Beta']],
  ])('%s: a span styled as a label is a badge (*)', (markdown, parts) => {
    const heading = parseMarkdown(`# ${markdown}`).children[0] as Heading;
    expect(
      cleanInlineHtml(heading.children).map(
        (n) => plainText(n).trim() + ((n.data as { badge?: boolean } | undefined)?.badge ? '*' : ''),
      ),
    ).toEqual(parts);
  });

  it('takes a link that says it tracks the work as its tracker, not one of its sub-items’', () => {
    const byTitle = new Map(initiatives().map((i) => [i.title, i.tracking?.url]));
    expect(byTitle.get('Native committer')).toBe('https://github.com/o/r/issues/1');
    expect(byTitle.get('Incremental collection')).toBe('https://github.com/o/r/issues/4');
    expect(byTitle.get('Table formats') ?? null).toBeNull();
  });

  it('keeps a product area named "Versioning Capabilities" as a section of work', () => {
    expect(edition(page).sections.map((s) => s.title)).toContain('Versioning Capabilities');
  });
});

describe('run-in heads: a few bold words closed by a full stop head their paragraph', () => {
  it.each([
    ['**Security.** Responding to reported vulnerabilities.', 'Security', 'Responding to reported vulnerabilities.'],
    ['**HTTP/3**. QUIC support, alongside HTTP/2.', 'HTTP/3', 'QUIC support, alongside HTTP/2.'],
    [
      '**Serving AI** (resource-aware workers). Dirty arbiters first.',
      'Serving AI',
      '(resource-aware workers). Dirty arbiters first.',
    ],
    ['**Status:** In progress', undefined, undefined],
    ['**Goal.** Ship it.', undefined, undefined],
    ['**Security.**', undefined, undefined],
    ['**Note** that this changes.', undefined, undefined],
    ['**This is a whole sentence in bold that runs on for far too long.** More.', undefined, undefined],
    ['**e.g.** like this', undefined, undefined],
  ])('%s', (markdown, title, rest) => {
    const head = runInHeadOf(parseMarkdown(markdown).children[0] as Paragraph);
    expect(head?.title).toBe(title);
    if (rest) expect(plainText(head!.rest)).toBe(rest);
  });

  const page = (now: string) =>
    `# Roadmap\n\nWhere the project is going.\n\n## Now\n\n${now}\n\n## Next\n\n` +
    '**HTTP/3.** QUIC support.\n\nThe protocol is reserved in the configuration.\n\n**FastCGI.** A responder behind nginx.\n';

  it('reads two or more under a heading as its pieces of work, the paragraphs after one as its text', () => {
    const read = edition(page('**Security.** Keeping the parsers strict.\n\n**Python compatibility.** New releases.'));
    expect(read.sections.map((s) => [s.title, s.initiatives.map((i) => i.title)])).toEqual([
      ['Now', ['Security', 'Python compatibility']],
      ['Next', ['HTTP/3', 'FastCGI']],
    ]);
    expect(allInitiatives(read)[2]!.text).toContain('reserved in the configuration');
  });

  it('under a heading that names a piece of work, reads them as its description', () => {
    const page =
      '# Roadmap\n\n## Plugin API\n\n**Motivation.** Users want to extend the tool.\n\n**Approach.** A small stable API.\n\n' +
      '## Themes\n\n**Why.** Dark mode is the top request.\n\n**How.** Variables for every colour.\n';
    expect(titles(page)).toEqual(['Plugin API', 'Themes']);
  });

  it('leaves one alone under its heading as that part’s text', () => {
    const single =
      '# Roadmap\n\n## Faster parsing\n\n**Security.** Keeping the parsers strict.\n\n' +
      '## Smaller images\n\n**Size.** Half of today’s.\n';
    expect(titles(single)).toEqual(['Faster parsing', 'Smaller images']);
  });
});

describe('detail lines with plain keys', () => {
  it.each([
    ['Contributors: ann, bo\n\nPriority: High\n\nEffort: Medium', ['contributors', 'priority', 'effort']],
    ['**Goal**: ship it\n\nPriority: High', ['goal', 'priority']],
    ['Objective: faster tests\n\n- Define the models\n- Publish results\n\nProposal: https://x.org/doc', ['proposal']],
    ['Note: this plan may change as we learn.', []],
    ['Priority: this is the one thing we care about more than any other thing on the page this year.', []],
  ])('%s', (markdown, keys) => {
    expect([...fieldKeysOf(parseMarkdown(markdown).children)]).toEqual(keys);
  });

  it('make a part titled like a call to contributors one piece of work', () => {
    const page =
      '# Roadmap 2023\n\n## Goal: Create leadership and contributor playbooks\n\nContributors: ann, bo\n\nPriority: High\n\n' +
      'Effort: Medium\n\nWe should have guides for new contributors.\n\n## Goal: Fix core usability bugs\n\nContributors: bo\n\n' +
      'Priority: High\n\nEffort: High\n\nMany old bugs remain.\n';
    expect(titles(page)).toEqual([
      'Goal: Create leadership and contributor playbooks',
      'Goal: Fix core usability bugs',
    ]);
  });
});

describe('sibling checklists whose boxes are each a piece of work', () => {
  const page = (first: string, boxes: string) =>
    `### ${first}\n\n${boxes}\n\n### Storage\n\n- [x] S3\n- [x] File system\n\n### Analytics\n\n- [ ] Scores by SBOM\n- [ ] Blast radius\n`;

  it.each([
    ['Technical Improvements', '- [ ] SPDX support\n- [ ] Notifications', 6],
    ['Built-in components', '- [x] Alert blocks\n- [ ] Search box', 6],
    ['Vendor Management', '- [ ] Upload screen (under development)\n- [ ] Permissions (in progress)', 6],
    ['Vendor Management', '- [ ] Upload screen\n- [ ] Permissions', 3],
    ['SQL Layer', '- [x] Simple CRUD\n- [ ] Index support (in progress)\n- [ ] Joins\n- [ ] Views', 3],
  ])('%s', (first, boxes, count) => {
    expect(titles(page(first, boxes))).toHaveLength(count);
  });

  it('reads an area among prose parts as the steps of one piece of work', () => {
    const mixed = `${page('Technical Improvements', '- [ ] SPDX support\n- [ ] Notifications')}\n### Faster builds\n\nBuild caches shared across machines.\n`;
    expect(titles(mixed)).toContain('Technical Improvements');
  });
});

describe('a page whose parts are written in HTML', () => {
  it.each([
    ['<h2 id="a">Now<button><svg><path d="M0"/></svg></button></h2><p>Text</p>', ['heading:Now', 'paragraph:Text']],
    ['<ul><li><strong>Plugins</strong>: a stable API</li><li>Themes</li></ul>', ['list:Plugins: a stable API Themes']],
    ['<table><tr><th>Feature</th></tr><tr><td>Plugins</td></tr></table>', ['table:Feature Plugins']],
    ['<h3>Later</h3><script>alert(1)</script><p>Maybe</p>', ['heading:Later', 'paragraph:Maybe']],
  ])('%s', (html, blocks) => {
    expect(htmlBlockToMarkdown(html)?.map((b) => `${b.type}:${plainText(b)}`)).toEqual(blocks);
  });

  it.each(['<p align="center"><img src="logo.png"></p>', '<div align="center">', '<p>Only a paragraph</p>'])(
    'leaves a block without headings, lists or tables as text: %s',
    (html) => {
      expect(htmlBlockToMarkdown(html)).toBeUndefined();
    },
  );

  it('titles the deck by a heading written in HTML, and keeps a sponsors table out of the work', () => {
    const page =
      '<h1 align="center">Acme</h1>\n<p align="center"><img src="logo.png"></p>\n\n# Roadmap\n\n## Now\n\n' +
      '- **Plugins:** a stable API\n- **Themes:** dark mode\n\n## Sponsors\n\n' +
      '<table><tr><td><a href="https://a.org"><img src="https://a.org/l.png"><br>Alpha Corp</a></td></tr></table>\n';
    expect(edition(page).title).toBe('Acme');
    expect(titles(page)).toEqual(['Plugins', 'Themes']);
  });

  it('counts lines from the block’s place in the page', () => {
    const [heading] = htmlBlockToMarkdown('<p>a</p>\n<h2>Now</h2>', 10)!.slice(1);
    expect(heading?.position?.start.line).toBe(11);
  });

  it('reads releases and their work from a page exported as HTML', () => {
    const page =
      '---\ntitle: Roadmap\n---\n<h1>Acme Roadmap</h1><p>Where we are going.</p>\n' +
      '<h2>Acme v2.6 (in progress)</h2><h3>Tiered storage</h3><p>Hot and cold data apart.</p>' +
      '<h3>Faster search</h3><p>Half the time per query.</p>\n' +
      '<h2>Acme v3.0 (planned)</h2><h3>Data lake</h3><p>Tables on object storage.</p>' +
      '<h3>Schema changes</h3><p>Add columns online.</p>\n';
    const read = edition(page);
    expect(read.sections.map((s) => [s.title, s.initiatives.map((i) => `${i.title} ${i.status}`)])).toEqual([
      ['Acme v2.6', ['Tiered storage in-progress', 'Faster search in-progress']],
      ['Acme v3.0', ['Data lake planned', 'Schema changes planned']],
    ]);
  });
});

describe('lines filed under a tag in code, and a timeline not yet filled in', () => {
  const list = (markdown: string) => (parseMarkdown(markdown).children[0] as List).children;

  it.each([
    [
      '- `M (P0)` - Renders a million entries\n- `M (P0)` - Shows 100,000 peers\n- `M (P1)` - A web UI for clusters',
      ['Renders a million entries', 'Shows 100,000 peers', 'M (P1) - A web UI for clusters'],
    ],
    [
      '- `npm ci` - faster installs\n- `npm run build` - smaller bundles',
      ['npm ci - faster installs', 'npm run build - smaller bundles'],
    ],
    ['- `M1` - one\n- `M1`: two', ['one', 'two']],
  ])('%s', (markdown, texts) => {
    expect(withoutRecurringTags(list(markdown)).map((item) => plainText(item.children[0]!))).toEqual(texts);
  });

  it('keeps the tag with the line’s text', () => {
    const page =
      '# Roadmap\n\n## Large files\n\n- `M (P0)` - Renders a million entries\n- `M (P0)` - Shows 100,000 peers\n';
    const [first] = allInitiatives(edition(page));
    expect(first?.title).toBe('Renders a million entries');
    expect(first?.text).toContain('M (P0)');
  });

  it.each([
    ['- Q1\n- Q2\n- Q3\n- Q4', []],
    ['- 2025\n- 2026:', []],
    ['- Q1: Plugins\n- Q2: Themes', ['Plugins', 'Themes']],
    ['- Q1\n  - Plugins\n- Q2\n  - Themes', ['Plugins', 'Themes']],
  ])('a timeline: %s', (markdown, expected) => {
    const page = `# Roadmap 2019\n\n## Milestones\n\n### Builds\n\n- Faster builds\n- Smaller images\n\n## Timeline\n\n${markdown}\n`;
    expect(titles(page).slice(2)).toEqual(expected);
  });
});

describe('a title cell of several sentences', () => {
  it.each([
    [
      'One documentation portal at https://docs.example.org. Hosts the tutorials in one place. Removes the old pages.',
      'One documentation portal at https://docs.example.org',
    ],
    ['Plugin API', 'Plugin API'],
    ['Plugins for the editor. A stable API.', 'Plugins for the editor. A stable API.'],
  ])('%s', (cell, title) => {
    const table = parseMarkdown(`| Goal | Release |\n| --- | --- |\n| ${cell} | v2 |\n| Faster builds | v3 |\n`)
      .children[0] as Table;
    expect(plainText(draftsFromTable(table)[0]!.titleRich)).toBe(title);
  });
});

describe('bold lines over lists, dated in brackets', () => {
  it('head their lists however long the dates in brackets make them', () => {
    const page =
      '# Development Roadmap\n\n**Stage 1: Currency Application Development (2017 – By the end of 2019) - All Complete**\n\n' +
      '* Daemon development\n* Web wallet\n\n**Stage 2: Currency + Application Development (2020 – By the end of 2022)**\n\n' +
      '* Consensus update\n* Smart contracts\n';
    expect(edition(page).sections.map((s) => s.initiatives.length)).toEqual([2, 2]);
    expect(titles(page)).toEqual(['Daemon development', 'Web wallet', 'Consensus update', 'Smart contracts']);
  });

  it('still reads a bold sentence of many words as a line of text', () => {
    const page =
      '# Roadmap\n\n**We will keep the project going with a small team of volunteers for the next years to come**\n\n' +
      '* Daemon development\n* Web wallet\n';
    expect(edition(page).sections).toHaveLength(1);
    expect(titles(page)).toEqual(['Daemon development', 'Web wallet']);
  });
});

describe('an item that opens with "Updated"', () => {
  it.each([
    [
      '- Updated to Sass 3.3 (maps for settings).\n- Switch to Gulp.',
      ['Updated to Sass 3.3 (maps for settings)', 'Switch to Gulp'],
    ],
    ['- Last updated: 2024-05-01\n- Switch to Gulp.', ['Switch to Gulp']],
    ['- Updated 12/05/2023\n- Switch to Gulp.', ['Switch to Gulp']],
  ])('%s', (list, expected) => {
    expect(titles(`# Widget Roadmap\n\n## v2.0\n\n${list}\n`)).toEqual(expected);
  });
});

describe('a row named by a placeholder', () => {
  const table = (name: string, description: string) =>
    parseMarkdown(
      `| Cycle | Name | Description | ETA |\n| --- | --- | --- | --- |\n| 0 | ${name} | ${description} | 2025 |\n| 1 | Between Shadows | Evros, the castle | 2027 |\n| 2 | Xaine's Dreams | Ansur fields | 2028 |\n`,
    ).children[0] as Table;

  it.each([
    ['-', 'All base gameplay', 'All base gameplay'],
    ['TBD', '', undefined],
    ['-', 'n/a', undefined],
    ['Base game', 'All base gameplay', 'Base game'],
  ])('%s | %s', (name, description, title) => {
    const drafts = draftsFromTable(table(name, description)).map((d) => plainText(d.titleRich));
    if (title) expect(drafts[0]).toBe(title);
    else expect(drafts).toEqual(['Between Shadows', "Xaine's Dreams"]);
  });
});

describe('a month written in figures', () => {
  it.each([
    ['HoloViz Roadmap, as of 11/2024', 'November 2024'],
    ['Plan 03/2025', 'March 2025'],
    ['Released 12/05/2023', undefined],
    ['Ratio 1/2024', 'January 2024'],
    ['Version 13/2024', undefined],
    ['Build 2.11/2024', undefined],
  ])('%s → %s', (text, label) => {
    const period = findPeriod(text, ['month']);
    expect(period?.label).toBe(label);
  });
});

describe('a group of table rows', () => {
  it('has no tracker of its own when one of its rows links an issue', () => {
    const page =
      '# Roadmap\n\n| Theme | Feature | Status |\n| --- | --- | --- |\n' +
      '| Application platform | Platform services package | Planned |\n' +
      '| | Kubeapps for packages [(issue)](https://github.com/o/r/issues/2418) | Planned |\n' +
      '| Robust platform | Airgapped support [(issue)](https://github.com/o/r/issues/7) | Planned |\n' +
      '| Package library | Community packages | Ongoing |\n';
    const tracking = Object.fromEntries(allInitiatives(edition(page)).map((i) => [i.title, i.tracking?.url ?? null]));
    expect(tracking['Application platform']).toBeNull();
    expect(tracking['Robust platform']).toBe('https://github.com/o/r/issues/7');
  });
});

describe('"Current state" over parts that each say how far an area is', () => {
  it.each(['Current state', 'Estado actual', 'Aktueller Stand'])(
    '%s is where the project stands, not the plan',
    (title) => {
      const page =
        `# Roadmap\n\n## ${title}\n\n### Dashboard\n\n| Item | State |\n| --- | --- |\n| Read-only mode | 🟡 |\n| Roles | 🔴 |\n\n` +
        '### Scripts\n\n| Item | State |\n| --- | --- |\n| Dry run | 🔴 |\n| Rollback | 🔴 |\n\n## Plan\n\n### v1.3\n\n- [ ] Read-only mode\n- [ ] Roles\n';
      expect(titles(page)).toEqual(['Read-only mode', 'Roles']);
    },
  );
});

describe('release rows that close their groups', () => {
  const table = (rows: string) =>
    parseMarkdown(`| Name | Description | Status |\n| --- | --- | --- |\n${rows}`).children[0] as Table;
  const read = (rows: string) =>
    draftsFromTable(table(rows)).map((d) => `${plainText(d.titleRich)}${d.category ? ` @${d.category}` : ''}`);

  it('label the rows above them when the table ends with one', () => {
    expect(
      read(
        '| **Cache** | Cache objects | Done |\n| **Commands** | Run commands | WIP |\n| VERSION 0.3 |\n|  |\n' +
          '| **Logging** | Channel logs | |\n| VERSION 1.0 |\n|  |\n| **Automod** | Simple moderator | |\n' +
          '| VERSION TBD | Only ideas so far | |\n',
      ),
    ).toEqual(['Cache @VERSION 0.3', 'Commands @VERSION 0.3', 'Logging @VERSION 1.0', 'Automod @VERSION TBD']);
  });

  it('label the rows below them when rows follow the last one', () => {
    expect(
      read(
        '| **v1.0:** |  |  |\n| **Cache** | Cache objects | Done |\n| **Commands** | Run commands | Done |\n' +
          '| **Logging** | Channel logs | WIP |\n| **v2.0:** |  |  |\n| **Automod** | A moderator | |\n| **Levels** | Ranks | |\n',
      ),
    ).toEqual(['Cache @v1.0', 'Commands @v1.0', 'Logging @v1.0', 'Automod @v2.0', 'Levels @v2.0']);
  });
});
