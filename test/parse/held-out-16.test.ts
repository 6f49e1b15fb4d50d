/** Small pure rules found on the twenty-ninth and later held-out sets. */
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { plainText } from '../../src/parse/markdown.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { joinHtmlRuns, openElements } from '../../src/parse/html-runs.js';
import { stripLeadingSymbols } from '../../src/parse/leads.js';
import { metaOf } from '../../src/parse/meta.js';
import { isWholeStatus } from '../../src/parse/status.js';
import { namesTheGoals } from '../../src/parse/structure/goals.js';
import { nameAfterRelease } from '../../src/parse/period-names.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);
const sections = (markdown: string) =>
  edition(markdown).sections.map((s) => [s.title ?? null, s.initiatives.map((i) => i.title)]);

describe('a tag in capitals before a bold name', () => {
  const lead = (line: string) => {
    const paragraph = parseMarkdown(line).children[0];
    if (paragraph?.type !== 'paragraph') throw new Error('not a paragraph');
    return plainText({ type: 'paragraph', children: stripLeadingSymbols(paragraph.children) });
  };
  it.each([
    ['[ADD] **JShell Support** to the console', 'JShell Support to the console'],
    ['[P1] **Tags**', 'Tags'],
    ['[FIX-2] **Search**: faster', 'Search: faster'],
    // A status tag is left for the status to be read from.
    ['[DONE] **Search**', '[DONE] Search'],
    // Not: a tag in small letters, a tag before plain words, words before the bold name.
    ['[add] **JShell Support**', '[add] JShell Support'],
    ['[ADD] JShell Support', '[ADD] JShell Support'],
    ['Add the **JShell** console', 'Add the JShell console'],
  ])('%s → %s', (line, expected) => {
    expect(lead(line)).toBe(expected);
  });

  it('leaves the bold name to title the item, the version headings group them', () => {
    const page =
      '# The Future of Kite\n\n## 1.2.0\n * [ADD] **JShell Support**\n   JShell gives parity with the other consoles.\n\n## 1.3.0\n * [ADD] **Groovy Bindings**\n   Groovy is an easy target.\n\n## Unallocated to a release\n * [ADD] **Complete Example Set**\n   A full suite of example scripts.\n * [ADD] **Tab-completion Support**\n';
    expect(sections(page)).toEqual([
      ['1.2.0', ['JShell Support']],
      ['1.3.0', ['Groovy Bindings']],
      ['Unallocated to a release', ['Complete Example Set', 'Tab-completion Support']],
    ]);
  });
});

describe('a bold lead read as the item’s status', () => {
  it.each([
    ['Done', true],
    ['In progress', true],
    ['WIP', true],
    ['Not started', true],
    ['Complete Example Set', false],
    ['Done right', false],
    ['Released builds', false],
  ])('%s: a status as a whole → %s', (text, expected) => {
    expect(isWholeStatus(text)).toBe(expected);
  });

  it('names the item when it only opens with a status word', () => {
    const page =
      '# Plan\n\n- **Complete Example Set** A full suite of example scripts is needed for users.\n- **Done** Faster builds for every platform we ship.\n- **Search** Find anything in the project.\n';
    const items = allInitiatives(edition(page));
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ['Complete Example Set', 'unknown'],
      ['Faster builds for every platform we ship', 'done'],
      ['Search', 'unknown'],
    ]);
  });
});

describe('a note about the page or the project', () => {
  it.each([
    ['A Note about Github issues and projects', 'about'],
    ['Note on 1.0.0 release', 'about'],
    ['Notes regarding versioning', 'about'],
    // Not: work named with the word "notes".
    ['Release notes generator', undefined],
    ['Notes app sync', undefined],
  ])('%s → %s', (title, kind) => {
    expect(metaOf(title, [], false)?.kind).toBe(kind);
  });
});

describe('a heading that reads like a call to take part, over work told part by part', () => {
  const area =
    '## Events & Participation\n\n- Event & Raid Scheduling\n  - Time zone aware scheduling\n  - Automatic reminders\n\n- Attendance Tracking\n  - Signups against attendance\n  - Late and no-show tracking\n\n';
  it('is an area of work', () => {
    expect(sections(`# Bot\n\n## Moderation\n\n- Warnings\n- Logs\n\n${area}`)).toEqual([
      ['Moderation', ['Warnings', 'Logs']],
      ['Events & Participation', ['Event & Raid Scheduling', 'Attendance Tracking']],
    ]);
  });
  it('not: a call to take part with a list of plain ways to help', () => {
    const call = '## Participation\n\n- Join the community call\n- Open an issue\n';
    const read = edition(`# Bot\n\n## Moderation\n\n- Warnings\n- Logs\n\n${call}`);
    expect(allInitiatives(read).map((i) => i.title)).toEqual(['Warnings', 'Logs']);
    expect(plainText(read.closing?.body ?? [])).toContain('Join the community call');
  });
});

describe('the project’s goals beside its work', () => {
  it.each([
    ['🎯 PROJECT GOALS', true],
    ['Project Goals for 2026', true],
    ['Strategic Goals', true],
    ['🚀 Major 2019 Goals', true],
    ['Distribution Goals', true],
    ['Goals', true],
    // Not: a period's goals, goals that name their work, other titles.
    ['Short-term goals', false],
    ['Goal: Onboard new contributors', false],
    ['Goals and non-goals of the CLI rewrite', false],
    ['Completed goals', false],
  ])('%s names the goals → %s', (title, expected) => {
    expect(namesTheGoals(title)).toBe(expected);
  });

  const goals = '## Project Goals\n\n- Provide reliable tooling\n- Stay game-agnostic\n- Reduce manual moderation\n\n';
  const work = '## Near term\n\n- Rank management\n- Member profiles\n\n## Later\n\n- Plugin system\n';
  it.each([
    ['before the work', `# Bot Roadmap\n\n${goals}${work}`],
    ['after the work', `# Bot Roadmap\n\n${work}\n${goals}`],
  ])('%s: they are context, the work is the slides', (_, page) => {
    const read = edition(page);
    expect(allInitiatives(read).map((i) => i.title)).toEqual(['Rank management', 'Member profiles', 'Plugin system']);
    expect(plainText(read.intro)).toContain('Provide reliable tooling');
  });
  it.each([
    ['beside prose only', `# Bot Roadmap\n\n## Background\n\nWhy we started.\n\n${goals}`],
    [
      'beside other goals',
      `# Bot Roadmap\n\n${goals}## 2024 - 2025 Goals\n\n- Find a second maintainer\n- Restart the calls\n`,
    ],
  ])('not %s: the goals are the work', (_, page) => {
    expect(titles(page)).toContain('Provide reliable tooling');
  });
});

describe('a page in HTML indented as code, spaced with blank lines', () => {
  it.each([
    ['<div class="row">\n  <div class="col">', 2],
    ['<h3>Title</h3>\n<ul><li>One</li></ul>', 0],
    ['</div>\n</div>', -2],
    ['<img src="a.png"><br><hr/>', 0],
    ['<!-- <div> -->\n<p>Text</p>', 0],
  ])('%s leaves %i elements open', (html, open) => {
    expect(openElements(html)).toBe(open);
  });

  const page = [
    '# Plans',
    '',
    '<div class="row">',
    '    <div class="card">',
    '        <h2>Planned Features</h2>',
    '',
    '        <h3>Backups</h3>',
    '        <ul>',
    '            <li><strong>Backup Manager</strong> – Create and restore backups.</li>',
    '            <li><strong>Crash Reporter</strong> – Send crash reports with details.</li>',
    '        </ul>',
    '',
    '        <h3>Players</h3>',
    '        <ul>',
    '            <li><strong>Player History</strong> – Track joins and quits.</li>',
    '            <li><strong>AFK Manager</strong> – Mark idle players.</li>',
    '        </ul>',
    '    </div>',
    '</div>',
    '',
  ].join('\n');
  it('is read to the end of its elements, each line where the page has it', () => {
    const items = allInitiatives(edition(page));
    expect(items.map((i) => [i.title, i.position.line])).toEqual([
      ['Backup Manager', 9],
      ['Crash Reporter', 10],
      ['Player History', 15],
      ['AFK Manager', 16],
    ]);
  });
  it('not: code after HTML that closes its elements, nor HTML whose elements never close', () => {
    const html = (value: string, line: number): RootContent => ({
      type: 'html',
      value,
      position: { start: { line, column: 1 }, end: { line, column: 1 } },
    });
    const code = (value: string, line: number): RootContent => ({
      type: 'code',
      value,
      position: { start: { line, column: 1 }, end: { line, column: 1 } },
    });
    const closed = [html('<div>\n<p>Hi</p>\n</div>', 1), code('<b>example</b>', 5)];
    expect(joinHtmlRuns(closed)).toEqual(closed);
    const neverClosed = [html('<div>', 1), code('<p>text</p>', 3)];
    expect(joinHtmlRuns(neverClosed)).toEqual(neverClosed);
    const prose = [html('<div>', 1), code('npm install kite', 3), html('</div>', 5)];
    expect(joinHtmlRuns(prose)).toEqual(prose);
  });
});

describe('list items written in HTML without their list', () => {
  it('are a list, under the label set above them', () => {
    const page =
      '---\ntitle: Roadmap\n---\n\n<div className="roadmap-completed">\n  <div className="title">\n  Completed\n  </div>\n  <li>Giveaway System</li>\n  <li>Multiple choice polls</li>\n</div>\n<br/>\n<div className="roadmap-planned">\n  <div className="title">\n  Planned\n  </div>\n  <li><code>/userinfo</code> slash command</li>\n  <li>Lockdown command and configs</li>\n</div>\n';
    expect(allInitiatives(edition(page)).map((i) => [i.title, i.status])).toEqual([
      ['Giveaway System', 'done'],
      ['Multiple choice polls', 'done'],
      ['/userinfo slash command', 'planned'],
      ['Lockdown command and configs', 'planned'],
    ]);
  });
  it('not: items inside their list stay as they are', () => {
    const page = '# Plan\n\n<ul>\n  <li>Search</li>\n  <li>Sync</li>\n</ul>\n';
    expect(titles(page)).toEqual(['Search', 'Sync']);
  });
});

describe('a bold name joined to more of the name', () => {
  it.each([
    [
      '- **/custom name** & **/custom avatar** for custom branded bots\n- **Search**: find anything\n',
      ['/custom name & /custom avatar for custom branded bots', 'Search'],
    ],
    [
      '- **Import** and **export** of whole projects\n- **Search**: find anything\n',
      ['Import and export of whole projects', 'Search'],
    ],
    // Not: a bold name followed by what it is.
    ['- **Import** - bring projects in from other tools\n- **Search**: find anything\n', ['Import', 'Search']],
  ])('%s', (list, expected) => {
    expect(titles(`# Plan\n\n${list}`)).toEqual(expected);
  });
});

describe('a part in prose that recurs under each group, beside the group’s table of work', () => {
  const epic = (name: string, rows: string[]) =>
    `## ${name}\n\n### Epic Summary\n\nWhy ${name} matters, in a paragraph.\n\n### Milestones + Progress\n\n| Status | Milestone |\n| --- | --- |\n${rows.map((r) => `| ✔️ | ${r} |`).join('\n')}\n\n`;
  it('is each group’s description: the rows are the work, each group names its section alone', () => {
    const page = `# Kite Roadmap\n\n${epic('Open Source', ['Rename the project', 'Write the readme'])}${epic('Road to 1.0', ['Error handling', 'Logging'])}${epic('After 1.0', ['Plugins', 'Themes'])}`;
    expect(sections(page)).toEqual([
      ['Open Source', ['Rename the project', 'Write the readme']],
      ['Road to 1.0', ['Error handling', 'Logging']],
      ['After 1.0', ['Plugins', 'Themes']],
    ]);
  });
  it('not: areas told in prose under periods are each period’s work', () => {
    const area = (q: string) =>
      `## ${q}\n\n### Storage\n\nMake the store faster in ${q}.\n\n### Testing\n\nRun the suite in ${q}.\n\n### Milestones\n\n- Ship ${q}\n- Review ${q}\n\n`;
    expect(titles(`# Roadmap 2023\n\n${area('Q1')}${area('Q2')}`)).toContain('Storage');
  });
  it('not: a name shared by sections of which some sit beside others keeps its heading before it', () => {
    const page =
      "# Tool\n\n## Performance\n\n### What's next\n\n- Faster startup\n- Smaller bundles\n\n### Completed\n\n- Parallel checkout\n\n## Security\n\n### What's next\n\n- Signed artifacts\n- Secret scanning\n";
    expect(edition(page).sections.map((s) => s.title)).toEqual([
      "Performance — What's next",
      'Completed',
      "Security — What's next",
    ]);
  });
});

describe('a table column whose cells are mostly addresses written out', () => {
  it('does not name the rows, whatever its header', () => {
    const row = (status: string, area: string, what: string, tag: string) =>
      `| ${status} | ${area} | ${what} | ${tag ? `<a href=https://github.com/o/p](https://github.com/o/p/releases/tag/${tag})>${tag}</a>` : ''} |`;
    const page = [
      '# Kite Roadmap',
      '',
      '| Status | Category | Description | Item |',
      '| :---: | :--- | :---: | :---: |',
      row('🚀', 'Front-end', 'Front-end migration to Vue3', 'kite-3.0.0'),
      row('🚀', 'Cache', 'Caching through Redis', 'kite-2.0.0'),
      row('🚀', 'Analytics', 'Personalized audit metrics', 'kite-1.4.0'),
      row('🚀', 'CI', 'Scan images in the pipeline', 'kite-1.4.0'),
      row('', 'Scans', 'On-demand scanning', ''),
      '',
    ].join('\n');
    expect(titles(page)).toEqual([
      'Front-end migration to Vue3',
      'Caching through Redis',
      'Personalized audit metrics',
      'Scan images in the pipeline',
      'On-demand scanning',
    ]);
  });
  it('not: names linked to their pages', () => {
    const page =
      '# Kite Roadmap\n\n| Item | Notes |\n| --- | --- |\n| [Scripts](https://example.org/scripts) | Run tasks |\n| [Themes](https://example.org/themes) | Dark mode |\n| [Sync](https://example.org/sync) | Two devices |\n';
    expect(titles(page)).toEqual(['Scripts', 'Themes', 'Sync']);
  });
});

describe('one label over each release’s list, the same label under two other releases or more', () => {
  const release = (v: string, label: string, items: string[]) =>
    `## ${v}\n\n-   ${label}\n\n${items.map((i) => `    -   ${i}\n`).join('\n')}\n`;
  it('is the release’s own structure: each release is one piece of work', () => {
    const page = `# Roadmap\n\n${release('v2.0.0', 'New plug-ins', ['❏ QoS plug-in', '❏ Audit plug-in'])}${release('v1.0.0', 'New plug-ins', ['❏ TLS plug-in'])}${release('v0.9.0', 'New features', ['✓ CLI'])}${release('v0.8.0', 'New plug-ins', ['✓ Redis plug-in'])}${release('v0.7.0', 'New features', ['✓ Config files'])}${release('v0.6.0', 'New features', ['✓ Logging'])}`;
    expect(titles(page)).toEqual(['v2.0.0', 'v1.0.0', 'v0.9.0', 'v0.8.0', 'v0.7.0', 'v0.6.0']);
  });
  it('not: a label of its own over one release’s list is unwrapped as before', () => {
    const page = `# Roadmap\n\n${release('v2.0.0', 'Plug-ins', ['QoS plug-in', 'Audit plug-in'])}${release('v1.0.0', 'Security', ['TLS support', 'Audit log'])}`;
    expect(titles(page)).not.toEqual(['v2.0.0', 'v1.0.0']);
  });
});

describe('tables of one page under the same header row', () => {
  const head = '| Theme | Description | Timeline |\n| -- | -- | -- |\n';
  const current = `## Current\n\n${head}| Observability | Access logs | 2021 H2 |\n| Security | OIDC support | Unknown |\n| Operational | Managed Envoys | 2021 H2 |\n| Security | IP block list | Unknown |\n| Operational | Circuit breaking | Unknown |\n\n`;
  const completed = `## Completed\n\n${head}| Security | FIPS compliance | May 2021 |\n| General | Wildcard hostnames | March 2021 |\n| Performance | Rate limiting | February 2021 |\n| Security | Auth for services | October 2020 |\n| Deployment | Helm chart | December 2020 |\n`;
  it('are named by the same column, chosen from all their rows', () => {
    expect(sections(`# Roadmap\n\n${current}${completed}`)).toEqual([
      ['Current', ['Access logs', 'OIDC support', 'Managed Envoys', 'IP block list', 'Circuit breaking']],
      ['Completed', ['FIPS compliance', 'Wildcard hostnames', 'Rate limiting', 'Auth for services', 'Helm chart']],
    ]);
  });
  it('not: a table alone is read by its own rows', () => {
    const alone = `# Roadmap\n\n## Completed\n\n| Theme | Description | Timeline |\n| -- | -- | -- |\n| Security | FIPS compliance | May 2021 |\n| General | Wildcard hostnames | March 2021 |\n| Performance | Rate limiting | February 2021 |\n| Deployment | Helm chart | December 2020 |\n`;
    expect(titles(alone)).toEqual(['Security', 'General', 'Performance', 'Deployment']);
  });
});

describe('a table of releases closed by a row of what no release holds yet', () => {
  it('is named by its releases; "Backlog" is the last row', () => {
    const page =
      '## Roadmap\n\n|Release|Version|Description|\n|---|---|---|\n|[15.0.x](https://github.com/o/p/milestone/4)|Studio 2017|This release is considered done and will only be patched for security issues.|\n|[15.9](https://github.com/o/p/milestone/21)|Studio 2017|This release is considered done, and only impactful bugs that block major scenarios will be taken.|\n|[16.x](https://github.com/o/p/milestone/25)|Studio 2019|This release will be focused on feature parity with the legacy project system and newer runtimes.|\n|[17.0](https://github.com/o/p/milestone/36)|Studio 2022|This release is focused on support for 64-bit builds and a new project properties page.|\n|[Backlog](https://github.com/o/p/milestone/5)| |Uncommitted features and bugs.|\n';
    expect(titles(page)).toEqual(['15.0.x', '15.9', '16.x', '17.0', 'Backlog']);
  });
  it('not: a word other than a backlog among the releases', () => {
    const page =
      '## Roadmap\n\n|Release|Version|Description|\n|---|---|---|\n|15.0|Studio 2017|This release is considered done and will only be patched for security issues.|\n|Bananas|Studio 2017|This release is considered done, and only impactful bugs that block major scenarios will be taken.|\n|16.x|Studio 2019|This release will be focused on feature parity with the legacy project system and newer runtimes.|\n|17.0|Studio 2022|This release is focused on support for 64-bit builds and a new project properties page.|\n';
    expect(titles(page)).not.toEqual(['15.0', 'Bananas', '16.x', '17.0']);
  });
});

describe('a platform the project supports, written with a leading dot', () => {
  it('is a dependency, not the project’s name', () => {
    const page =
      '## Roadmap\n\n16.x releases focused on parity with the legacy system and support for .NET Core 3.0 and .NET 5.0.\n\n17.x releases will focus on support for .NET 6.0 and the .NET community.\n\n- Faster builds\n- New property pages\n';
    expect(edition(page).project).toBeUndefined();
  });
});

describe('a column of phrases that hold a comma', () => {
  const table = (focus: [string, string, string]) =>
    `# Roadmap\n\n| Milestone | Codename | Ends | Status | Focus |\n| --- | --- | --- | --- | --- |\n| [FUTURE](./m/tbd.md) | Onwards | None | 🟨 | |\n| [003](./m/3.md) | \`TBD\` | Q1 2023 | 🟨 | ${focus[0]} |\n| [002](./m/2.md) | Call Me Maybe | Q3 2022 | 🚧 | ${focus[1]} |\n| [001](./m/1.md) | Bienvenidos | 05 April 2022 | ✅ | ${focus[2]} |\n`;
  it('names the rows; a first row with that cell empty is named by its milestone', () => {
    expect(
      titles(
        table([
          'MVP of Web5, components feature-complete',
          'MVP of HTTP APIs for components',
          'Working in public, code in repos',
        ]),
      ),
    ).toEqual([
      'FUTURE',
      'MVP of Web5, components feature-complete',
      'MVP of HTTP APIs for components',
      'Working in public, code in repos',
    ]);
  });
  it('not: cells that list names of things, a word or two each, are a category', () => {
    expect(titles(table(['API, UX', 'Linux, macOS', 'Amazon S3, Azure Blob']))).not.toContain('API, UX');
  });
});

describe('after a review of these rules', () => {
  it('a bold status with when it holds is still the item’s status', () => {
    const page =
      '# Plan\n\n- **Done in v1.2:** Faster builds for every platform\n- **Planned for Q3:** Plugin system for custom exporters\n- **Currently in progress:** New onboarding flow for teams\n- **Not started yet:** Mobile companion app for reviewers\n';
    expect(allInitiatives(edition(page)).map((i) => [i.title, i.status])).toEqual([
      ['Faster builds for every platform', 'done'],
      ['Plugin system for custom exporters', 'planned'],
      ['New onboarding flow for teams', 'in-progress'],
      ['Mobile companion app for reviewers', 'planned'],
    ]);
  });
  it('goals for a year beside work done are the plan, not context', () => {
    const page =
      '# Roadmap\n\n## 2024 Goals\n\n- Ship the plugin API\n- Rewrite the sync engine\n- Launch the mobile app\n\n## Completed in 2023\n\n- Dark mode\n- Offline support\n';
    expect(titles(page)).toContain('Ship the plugin API');
  });
  it('a fenced code block after open HTML stays code, and the lines after it keep their numbers', () => {
    const page =
      '# Plan\n\n<div class="card">\n\n```\n<h3>Offline mode</h3>\n```\n\n<ul>\n<li>Search</li>\n<li>Sync</li>\n</ul>\n</div>\n';
    const items = allInitiatives(edition(page));
    expect(items.map((i) => i.title)).not.toContain('Offline mode');
  });
  it('elements that never close are scanned once, not from each block', () => {
    const blocks: RootContent[] = Array.from({ length: 4000 }, (_, i) => ({
      type: 'html',
      value: '<p>',
      position: { start: { line: i * 2 + 1, column: 1 }, end: { line: i * 2 + 1, column: 1 } },
    }));
    const started = performance.now();
    expect(joinHtmlRuns(blocks)).toHaveLength(4000);
    // Generous: the quadratic scan took seconds; a linear one takes milliseconds.
    expect(performance.now() - started).toBeLessThan(1000);
  });
  it('a part in prose under each product, not titled as a description, is each product’s work', () => {
    const product = (name: string) =>
      `## ${name}\n\n### Offline mode\n\nWork without a network on ${name}.\n\n### Themes\n\n- Dark theme\n- High contrast\n\n`;
    expect(titles(`# Roadmap\n\n${product('Desktop app')}${product('Mobile app')}`)).toContain('Offline mode');
  });
  it('sections under headings that hold sections of their own keep the heading before their name', () => {
    const page =
      '# Roadmap\n\n## Desktop\n\n- Themes\n- Sync\n\n### Later\n\n- Plugins\n- Scripting\n\n## Mobile\n\n- Widgets\n- Sharing\n\n### Later\n\n- Tablets\n- Watch app\n';
    const names = edition(page).sections.map((s) => s.title);
    expect(new Set(names).size).toBe(names.length);
  });
  it('bold words joined by "and" before a colon are the title, the words after it the body', () => {
    expect(
      titles('# Plan\n\n- **Search** and **Filter**: find anything quickly in the project\n- **Sync**: two devices\n'),
    ).toEqual(['Search and Filter', 'Sync']);
  });
  it('a call to take part grouped by kinds of help stays the closing', () => {
    const page =
      '# Roadmap\n\n## Next\n\n- Faster sync\n- Plugin API\n\n## How to contribute\n\n- Code\n  - Pick an issue\n  - Open a pull request\n- Documentation\n  - Fix typos\n  - Write guides\n';
    const read = edition(page);
    expect(allInitiatives(read).map((i) => i.title)).toEqual(['Faster sync', 'Plugin API']);
    expect(read.closing).toBeDefined();
  });
  it('"Notes on …" over a list of work is work; "A note about …" is a remark', () => {
    expect(
      titles(
        '# Roadmap\n\n## Next\n\n- Faster sync\n- Plugin API\n\n## Notes on performance\n\n- Cache the index\n- Stream large files\n',
      ),
    ).toContain('Cache the index');
  });
});

describe('a release named for what it brings', () => {
  it.each([
    ['v0.1.0 — Foundation', 'Foundation'],
    ['v0.8.0 — DirectX 12 Backend (Current)', 'DirectX 12 Backend'],
    ['v1.2.2-beta — Lo barato', 'Lo barato'],
    // Not: a date, a horizon or a status after the number, or no name at all.
    ['0.1.0 — December 2019', undefined],
    ['2.0 - Released', undefined],
    ['v2.0: Next', undefined],
    ['1.2.0', undefined],
  ])('%s → %s', (title, name) => {
    expect(nameAfterRelease(title)).toBe(name);
  });
  it('over its checklist is one piece of work, its boxes the steps', () => {
    const release = (v: string, boxes: string[]) => `### ${v}\n${boxes.map((b) => `- [x] ${b}`).join('\n')}\n\n`;
    const page = `# Roadmap\n\n## Completed Milestones\n\n${release('v0.1.0 — Foundation', ['Types', 'IDs'])}${release('v0.2.0 — Validation', ['Errors', 'Hub'])}${release('v0.3.0 — HAL', ['Noop backend', 'Interfaces'])}`;
    expect(titles(page)).toEqual(['v0.1.0 — Foundation', 'v0.2.0 — Validation', 'v0.3.0 — HAL']);
  });
  it('not: bare release numbers over checklists hold one piece of work per box', () => {
    const page = '# Roadmap\n\n## 1.0\n\n- [x] Types\n- [x] IDs\n\n## 1.1\n\n- [ ] Errors\n- [ ] Hub\n';
    expect(titles(page)).toEqual(['Types', 'IDs', 'Errors', 'Hub']);
  });
});
