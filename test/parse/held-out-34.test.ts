/** Small pure rules found on the two-hundred-and-ninety-fourth and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { shortTitle } from '../../src/parse/short-title.js';

const edition = (markdown: string, file = 'page.md') =>
  parseRoadmap(sourceFromBytes(file, Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);

describe('a paragraph that speaks of its own part introduces the list under it', () => {
  const page = (intro: (area: string) => string) =>
    `# Quillmark Roadmap\n\n## Core\n\n${intro('section')}\n\n- [Rule presets](./presets.md): Let teams share one set of rules.\n- [Quick fixes](./fixes.md): Repair what a rule finds where it can.\n\n## Editors\n\n${intro('area')}\n\n- [Live hints](./hints.md): Show findings while typing.\n- [Batch mode](./batch.md): Check a whole folder at once.\n- [Watch mode](./watch.md): Check again on every save.\n\n## Hooks\n\n${intro('part')}\n\n- [Commit hook](./hook.md): Check before each commit.\n- [Review bot](./bot.md): Comment on pull requests.\n`;
  const work = ['Rule presets', 'Quick fixes', 'Live hints', 'Batch mode', 'Watch mode', 'Commit hook', 'Review bot'];
  it.each([
    ['"This section covers …"', (area: string) => `This ${area} covers what we plan next.`],
    ['"This area focuses on …"', (area: string) => `This ${area} focuses on the tools around the core.`],
  ])('%s', (_, intro) => {
    expect(titles(page(intro))).toEqual(work);
  });
  it('a paragraph that tells the work in its own words still makes the heading one piece of work', () => {
    const told = (title: string) =>
      `## ${title}\n\nWe will rebuild the ${title.toLowerCase()} so that it starts faster and reads the old files.\n\n- Keep the old flags\n- Write a migration guide\n\n`;
    expect(titles(`# Quillmark Roadmap\n\n${told('Loader')}${told('Cache')}${told('Printer')}`)).toEqual([
      'Loader',
      'Cache',
      'Printer',
    ]);
  });
});

describe('a part that only asks readers to vote for work is a call, not work', () => {
  it.each([
    ['## Community Requests\n\nVote for features on [our board](https://example.org/d).\n'],
    ['## Ideas board\n\nUpvote the issues you care about on [our board](https://example.org/b).\n'],
  ])('%j', (part) => {
    const page = `# Quillmark Roadmap\n\n## Next\n\n- Rule presets\n- Quick fixes\n\n${part}`;
    expect(titles(page)).toEqual(['Rule presets', 'Quick fixes']);
  });
  it('a part whose list names work stays work, whatever its title', () => {
    const page =
      '# Quillmark Roadmap\n\n## Next\n\n- Rule presets\n- Quick fixes\n\n## Community Requests\n\n- Dark theme for reports\n- Export to HTML\n';
    expect(titles(page)).toEqual(['Rule presets', 'Quick fixes', 'Dark theme for reports', 'Export to HTML']);
  });
});

describe('in a list led by area names, an area named once leads its line too', () => {
  it('plain "Area: name" lines keep their whole text', () => {
    const page =
      '# Brindle Roadmap\n\n## To do\n\n- Sound: Mixer\n- Sound: Streaming playback\n- Script: Embedded interpreter\n- Render: Shadow maps\n- Render: Sprite batching\n- Render: Cache the glyphs of every font at load\n- Input: Gamepad rumble\n- Input: Key remapping\n';
    expect(titles(page)).toEqual([
      'Sound: Mixer',
      'Sound: Streaming playback',
      'Script: Embedded interpreter',
      'Render: Shadow maps',
      'Render: Sprite batching',
      'Render: Cache the glyphs of every font at load',
      'Input: Gamepad rumble',
      'Input: Key remapping',
    ]);
  });
  it('where few lines share a lead, a line of a name and its description is still split', () => {
    const page =
      '# Brindle Roadmap\n\n## To do\n\n- Mixer: blend any number of sound sources in real time with effects\n- Shadows: soft shadows from every light in the scene, cached per frame\n- Fonts: an atlas of glyphs built once at load and shared by all text\n';
    expect(titles(page)).toEqual(['Mixer', 'Shadows', 'Fonts']);
  });
});

describe('a part named as how the project works, whose items each say how they stand, is work', () => {
  it('signs before each item', () => {
    const page =
      '# Orbweave Roadmap\n\n## Tools\n\n- 🟢 Faster image stacking\n- 🟡 Units for tables\n\n## Governance\n\n- 🟢 Set up a security team\n- 🟡 Write a funding plan\n- 🟢 Recruit a release manager\n';
    expect(titles(page)).toEqual([
      'Faster image stacking',
      'Units for tables',
      'Set up a security team',
      'Write a funding plan',
      'Recruit a release manager',
    ]);
  });
  it('without them, such a part is how the project works', () => {
    const page =
      '# Orbweave Roadmap\n\n## Tools\n\n- Faster image stacking\n- Units for tables\n\n## Governance\n\nThe steering council decides by consensus and meets monthly.\n';
    expect(titles(page)).toEqual(['Faster image stacking', 'Units for tables']);
  });
});

describe('a long title is never cut inside brackets', () => {
  it.each([
    [
      'Measure start-up time on every supported platform through nightly benchmarks (e.g., the cold start, the warm start and the first paint of the main window)',
      'Measure start-up time on every supported platform through nightly benchmarks…',
    ],
    // A comma outside brackets is still a place to cut.
    [
      'Rewrite the scheduler so that jobs start in order, keep their place across restarts and report what they did to the dashboard every minute',
      'Rewrite the scheduler so that jobs start in order…',
    ],
  ])('%j', (text, expected) => {
    expect(shortTitle(text)).toBe(expected);
  });
});

describe('a history heading over releases is the record of past releases, not work', () => {
  const releases =
    '### v0.2.0 (Current)\n\n- Batch mode\n- Watch mode\n\n### v0.1.0\n\n- First release\n- Config file\n';
  it.each([['## Changelog'], ['## Version History'], ['## Past Releases']])('%s', (heading) => {
    const page = `# Quillmark Roadmap\n\n## Next\n\n- Rule presets\n- Quick fixes\n\n${heading}\n\n${releases}`;
    expect(titles(page)).toEqual(['Rule presets', 'Quick fixes']);
  });
  it('a heading over releases that is no history holds their work', () => {
    const page = `# Quillmark Roadmap\n\n## Next\n\n- Rule presets\n- Quick fixes\n\n## Releases\n\n${releases}`;
    expect(titles(page)).toEqual([
      'Rule presets',
      'Quick fixes',
      'Batch mode',
      'Watch mode',
      'First release',
      'Config file',
    ]);
  });
});

describe('labels over items that each link their own issue hold tracked work, item by item', () => {
  const issue = (n: number) => `https://github.com/acme/quillmark/issues/${n}`;
  it('on a page of labels, one item under a label too', () => {
    const page = `This list is open to all.\n\nEditor:\n- Cursor jumps after undo: ${issue(11)}\n- Paste loses indent: ${issue(12)}\n\nSearch:\n- Results flicker: ${issue(13)}\n\nExport:\n- PDF margins wrong: ${issue(14)}\n- Fonts missing in HTML\n\nSync:\n- Conflicts shown twice: ${issue(15)}\n`;
    expect(titles(page)).toEqual([
      'Cursor jumps after undo',
      'Paste loses indent',
      'Results flicker',
      'PDF margins wrong',
      'Fonts missing in HTML',
      'Conflicts shown twice',
    ]);
  });
  it('headings told in their own words keep their points, issue links and all', () => {
    const told = (title: string, n: number) =>
      `## ${title}\n\nWe will make the ${title.toLowerCase()} faster and simpler to extend for plugin authors.\n\n- Split the module ([#${n}](${issue(n)}))\n- Document the hooks\n\n`;
    expect(titles(`# Quillmark Roadmap\n\n${told('Loader', 1)}${told('Cache', 2)}${told('Printer', 3)}`)).toEqual([
      'Loader',
      'Cache',
      'Printer',
    ]);
  });
});

describe('a sign at the end of a title, then a short remark on how far the work got', () => {
  it.each([
    ['Theme sync (colours, fonts) ✅ (light only)', 'Theme sync (colours, fonts)', 'done'],
    ['Theme editor 🚧 (half done)', 'Theme editor', 'in-progress'],
  ])('%j', (line, title, status) => {
    const page = `# Quillmark Roadmap\n\n## Features\n\n1) Dark theme ✅\n2) ${line}\n3) Shared folders\n`;
    const found = allInitiatives(edition(page)).find((i) => i.title === title);
    expect([found?.title, found?.status]).toEqual([title, status]);
  });
  it('a remark of more words stays in the title', () => {
    const page =
      '# Quillmark Roadmap\n\n## Features\n\n- Dark theme ✅\n- Shared folders ✅ (rooms, invites, bans and roles for each member)\n';
    expect(titles(page)).toEqual(['Dark theme', 'Shared folders ✅ (rooms, invites, bans and roles for each member)']);
  });
});

describe('a current status named for a release holds what that release delivered', () => {
  it('"## Current Status (v1.0.0)" over its completed features', () => {
    const page =
      '# Quillmark Roadmap\n\n## Current Status (v1.0.0)\n\n### Completed Features\n\n- **Query editor**: highlight and run\n- **Connection**: talk to the database\n\n## Next\n\n### Queries\n\n- **Time macros**\n  - more macros\n';
    expect(titles(page)).toEqual(['Query editor', 'Connection', 'Time macros']);
  });
});

describe('parts about the roadmap and where the project stands', () => {
  it.each([
    ['## Roadmap update rule\n\nAfter a release:\n\n- move shipped work to the changelog\n- update this file\n'],
    [
      '## Current Status (2024-11)\n\n### Core\n\n- [x] Parser\n- [x] Loader\n\n### Sound\n\n- [x] Mixer\n- [ ] Channels\n',
    ],
  ])('%j', (part) => {
    const page = `# Quillmark Roadmap\n\n${part}\n## Next\n\n- Rule presets\n- Quick fixes\n`;
    expect(titles(page)).toEqual(['Rule presets', 'Quick fixes']);
  });
});

describe('a table of steps numbered in order is the plan as it was done, not a list of what exists', () => {
  const row = (n: number | string, goal: string, status: string) => `| ${n} | ${goal} | ${status} | Notes. |`;
  const goals = ['Set up the core', 'Read the files', 'Search them', 'Score results', 'Serve a page', 'Ship a binary'];
  const table = (first: string, number: (i: number) => number | string) =>
    `| ${first} | Task | Status | Notes |\n| --- | --- | --- | --- |\n${goals
      .map((goal, i) => row(number(i), goal, i < 5 ? 'Complete' : 'Planned'))
      .join('\n')}\n`;
  it('"| Step |" over 1, 2, 3 …: every step is work', () => {
    expect(titles(`# Quillmark Roadmap\n\n${table('Step', (i) => i + 1)}`)).toEqual(goals);
  });
  it('without numbered steps, a table mostly done is what exists: the rest is the work', () => {
    expect(titles(`# Quillmark Roadmap\n\n${table('Area', () => 'Core')}`)).toEqual(['Ship a binary']);
  });
});

describe('a list of bold keys that opens with "Description" is the details of the heading above', () => {
  const part = (title: string, fields: string) => `### ${title}\n\n${fields}\n---\n\n`;
  const page = `# Quillmark Roadmap\n\n## Planned\n\n${part(
    '1. Nightly export',
    '- **Description**: Write every note to a folder each night.\n- **Key Points**:\n  - Pick the folder in settings\n  - Keep seven copies\n- **Build Notes**:\n  - Reuse the sync queue\n',
  )}${part('2. Config file', '- **Description**: Keep the settings in one file.\n- **Options**:\n  - Folder\n  - Schedule\n')}${part(
    '3. Print view',
    '- **Description**: Print any note.\n',
  )}`;
  it('each heading is one piece of work', () => {
    expect(titles(page)).toEqual(['1. Nightly export', '2. Config file', '3. Print view']);
  });
  it('a list of work by area, led by a key such as "Design", stays the work', () => {
    const list =
      '- **Design**: refresh the whole interface\n- **Performance**: start faster\n- **Search**: full text\n';
    expect(titles(`# Quillmark Roadmap\n\n## Planned\n\n${list}`)).toEqual(['Design', 'Performance', 'Search']);
  });
  it('the same areas in bold under each period, one of them "Docs", are work, not details', () => {
    const period = (q: string, docs: string) =>
      `## ${q}\n\n- **Docs**: ${docs}\n- **Core**: a faster start\n- **Search**: full text\n\n`;
    expect(
      titles(
        `# Quillmark Roadmap\n\n${period('Q1 2026', 'rewrite the guide')}${period('Q2 2026', 'an API reference')}`,
      ),
    ).toEqual(['Docs', 'Core', 'Search', 'Docs', 'Core', 'Search']);
  });
  it('bold names of work with their descriptions stay the work', () => {
    expect(
      titles(
        '# Quillmark Roadmap\n\n## Planned\n\n- **Search**: find any note by its words.\n- **Tags**: group notes by topic.\n- **Sync**: keep two devices alike.\n',
      ),
    ).toEqual(['Search', 'Tags', 'Sync']);
  });
});

describe('a release schedule over periods whose work states its status is the plan itself', () => {
  const feature = (name: string) =>
    `#### ${name}\n- **Status**: Planned\n- **Priority**: High\n- **Description**: Build ${name.toLowerCase()}.\n\n`;
  it('"## Release Schedule" over quarters and their features', () => {
    const page = `# Quillmark Roadmap\n\n## Release Schedule\n\n### Q1 2026\n\n${feature('Mobile client')}${feature('Offline cache')}### Q2 2026\n\n${feature('Team spaces')}`;
    expect(titles(page)).toEqual(['Mobile client', 'Offline cache', 'Team spaces']);
  });
  it('a release schedule that only dates releases is how the project works', () => {
    const page =
      '# Quillmark Roadmap\n\n## Features\n\n- Mobile client\n- Offline cache\n\n## Release Schedule\n\nWe release every six weeks, on a Tuesday.\n';
    expect(titles(page)).toEqual(['Mobile client', 'Offline cache']);
  });
});

describe('checklists under a series of releases, and lists of small work by their nature', () => {
  it('"### v1.x" over "#### Additions" and "#### Removals": each box is work', () => {
    const page =
      '# Quillmark Roadmap\n\n## Roadmap\n\n### v1.x\n\n#### Additions\n\n- [ ] a flag to pick the colour scheme\n- [x] a command to list plugins\n- [ ] better json logging\n\n#### Removals\n\n- [ ] the old theme loader\n- [ ] the legacy exporter\n\n### v2.x\n\nTo be defined.\n';
    expect(titles(page)).toEqual([
      'a flag to pick the colour scheme',
      'a command to list plugins',
      'better json logging',
      'the old theme loader',
      'the legacy exporter',
    ]);
  });
  it.each([['## Quick Wins'], ['## Technical Debt'], ['## 🧹 Chores (this month)']])('%s over its boxes', (heading) => {
    const page = `# Quillmark Roadmap\n\n## Planned\n\n- Tag search\n- Dark theme\n\n${heading}\n\n- [x] Trim the install size\n- [ ] Drop the old config reader\n- [ ] Better error messages\n`;
    expect(titles(page)).toEqual([
      'Tag search',
      'Dark theme',
      'Trim the install size',
      'Drop the old config reader',
      'Better error messages',
    ]);
  });
});
