/** Small pure rules found on the eighty-first and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { metaOf } from '../../src/parse/meta.js';
import { findPeriod } from '../../src/parse/period.js';
import { nameAfterPeriod, nameAfterRelease } from '../../src/parse/period-names.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { statusOfSectionTitle } from '../../src/parse/status.js';
import { namesTheGoals } from '../../src/parse/structure/goals.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);
const blocksOf = (markdown: string) => parseMarkdown(markdown).children;

describe('themes, priorities, goals and focus areas name their parts as pieces of work', () => {
  const theme = (title: string, points: string[]) => `### ${title}\n\n${points.map((p) => `- ${p}`).join('\n')}\n`;
  const page = (group: string, link = (_: number) => '') =>
    `# Tool Roadmap\n\n## ${group}\n\n${theme('1) Developer productivity', [`Keep contributor docs in sync.${link(1)}`, `Reduce setup friction.${link(2)}`, `Improve troubleshooting guidance.${link(3)}`])}\n${theme('2) Test reliability', [`Prioritize deterministic suites.${link(4)}`, `Separate unit and end-to-end tests.${link(5)}`])}`;

  it.each([
    ['Future Feature Themes'],
    ['2026 H1 priorities (Current)'],
    ['2020 Priorities'],
    ['Goals'],
    ['Focus Areas'],
  ])('under "%s", each heading over plain points is one slide', (group) => {
    expect(titles(page(group))).toEqual(['1) Developer productivity', '2) Test reliability']);
  });

  it.each([
    ['Achieved', 'Carried over'],
    ['Must have', 'Should have'],
    ['High', 'Medium'],
    ['Tier 1', 'Stretch'],
  ])('but tiers ("%s", "%s") sort the work: their points are the slides', (first, second) => {
    const tiers = `# Acme Roadmap\n\n## 2025 goals\n\n### ${first}\n\n- Plugin API\n- Sync engine\n\n### ${second}\n\n- Offline mode\n`;
    expect(titles(tiers)).toEqual(['Plugin API', 'Sync engine', 'Offline mode']);
  });

  it.each([
    ['a group named otherwise lists the points', 'Components', (_: number) => ''],
    [
      'points linked to their issues are pieces of work',
      'Focus Areas',
      (n: number) => ` [#${n}](https://github.com/o/r/issues/${n})`,
    ],
  ])('but %s', (_, group, link) => {
    const read = titles(page(group, link));
    expect(read).toHaveLength(5);
    expect(read).not.toContain('1) Developer productivity');
  });
});

describe('the roadmap’s goals beside its work', () => {
  it.each([
    ['Roadmap goals', true],
    ['Project Goals', true],
    ['Short-term goals', false],
    ['Roadmap', false],
  ])('%s → %s', (title, goals) => {
    expect(namesTheGoals(title)).toBe(goals);
  });

  it('on a page with no periods or releases, "Roadmap goals" are the roadmap', () => {
    const page =
      '# Acme\n\n## Roadmap goals\n\n- Plugin API\n- Incremental builds\n\n## Supported platforms\n\n- Linux\n- macOS\n';
    expect(titles(page).slice(0, 2)).toEqual(['Plugin API', 'Incremental builds']);
  });

  it('are context, not slides, before periods that hold the work', () => {
    const page =
      '# Tool Roadmap\n\n## Roadmap goals\n\n- Improve onboarding.\n- Make CI deterministic.\n\n## 2026 H1\n\n- Plugin API\n- Faster builds\n';
    expect(titles(page)).toEqual(['Plugin API', 'Faster builds']);
  });
});

describe('what is made for contributors, under a period or status group', () => {
  const page = (title: string) =>
    `# Tool Roadmap\n\n## 2026 H1\n\n### Plugin API\n\n- Stable hooks.\n\n## Ongoing\n\n### Documentation quality\n\n- Refresh stale docs.\n\n### ${title}\n\n- Keep contribution paths clear.\n- Favor small changes.\n`;

  it.each([
    ['Contributor experience', ['Plugin API', 'Documentation quality', 'Contributor experience']],
    ['Contributors onboarding', ['Plugin API', 'Documentation quality', 'Contributors onboarding']],
    ['How to contribute', ['Plugin API', 'Documentation quality']],
    ['Contributors wanted', ['Plugin API', 'Documentation quality']],
    ['Contributor guidelines', ['Plugin API', 'Documentation quality']],
    ['Contributing', ['Plugin API', 'Documentation quality']],
  ])('%s', (title, expected) => {
    expect(titles(page(title))).toEqual(expected);
  });

  it('outside such a group, "Contributor experience" still closes the page', () => {
    const page =
      '# Tool Roadmap\n\n## Plugin API\n\nStable hooks.\n\n## Faster builds\n\nCache.\n\n## Contributor experience\n\nWe welcome help.\n';
    expect(titles(page)).toEqual(['Plugin API', 'Faster builds']);
  });
});

describe('measures of success and the rules of the document', () => {
  const list = (items: string[]) => blocksOf(items.map((i) => `- ${i}`).join('\n'));

  it.each([
    ['Success indicators', ['Fewer flaky CI failures.', 'Reduced time to a first local test run.'], 'about'],
    ['Success indicators', ['Test coverage > 80%', 'Zero memory leaks'], 'about'],
    ['Success indicators', ['Ship the plugin API.', 'Write the migration guide.'], undefined],
    ['Key performance indicators (KPI)', ['Coverage > 80%'], 'about'],
    ['关键绩效指标（KPI）', ['测试覆盖率 > 80%'], 'about'],
    ['Roadmap Policy', ['Next releases: no new features.'], 'about'],
    ['Change policy for this file', [], 'about'],
    ['Network policy support', ['Enforce egress rules.'], undefined],
    ['Sharing policies for the document library', ['Let admins decide.'], undefined],
    ['Guidelines for the page builder', ['Snap while dragging.'], undefined],
    ['Performance targets', ['Faster cold start.', 'More efficient image caching.'], undefined],
  ])('%s %j → %s', (title, items, kind) => {
    expect(metaOf(title, list(items), false)?.kind).toBe(kind);
  });
});

describe('a table whose done rows are dated in a column of their own', () => {
  const table = (when: (i: number) => string) =>
    [
      '| When | Status | What |',
      '| --- | --- | --- |',
      ...['CUDA API', 'Auto-tuning', 'Android build', 'Strided batch GEMM'].map((w, i) => `| ${when(i)} | ✔ | ${w} |`),
      `| ?? |  | OpenCL image buffers |`,
      `| ?? | WIP | Direct im2col kernel |`,
    ].join('\n');

  it('keeps them: the plan’s work as it was delivered', () => {
    const page = `CLBlast feature road-map\n================\n\nThe main features planned.\n\n${table((i) => `Oct '1${i}`)}\n`;
    expect(titles(page)).toHaveLength(6);
  });

  it('undated, most rows done list what the tool has, under any title', () => {
    const page = `# Acme Roadmap\n\nWhat it does.\n\n${table(() => '')}\n`;
    expect(titles(page)).toEqual(['OpenCL image buffers', 'Direct im2col kernel']);
  });
});

describe('a time in bold before the colon', () => {
  const page = (lines: string[]) => `# Roadmap\n\nMilestones:\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`;

  it.each([
    [
      ['__2019 Q3__: bridge node software.', '__2019 Q4__: mainnet release.'],
      ['bridge node software', 'mainnet release'],
    ],
    [
      ['**September 2019:** a desktop wallet.', '*Q1 2020*: a mobile wallet.'],
      ['a desktop wallet', 'a mobile wallet'],
    ],
    // A name in bold is not a time: it titles the item.
    [
      ['**Plugin API**: stable hooks.', '**Wallet**: a desktop app.'],
      ['Plugin API', 'Wallet'],
    ],
  ])('%j → %j', (lines, expected) => {
    expect(titles(page(lines))).toEqual(expected);
  });
});

describe('a struck line followed by a word on how it ended', () => {
  const first = (line: string) => allInitiatives(edition(`# Roadmap\n\n## Next\n\n- ${line}\n- Mainnet release\n`))[0]!;

  it.each([
    ['~~Make a demo.~~ __Done!__ [out now](https://example.org/post)!', 'Make a demo', 'done'],
    ['~~Add multithreading to tuning~~ Done.', 'Add multithreading to tuning', 'done'],
    // Words after a struck name that are no status replace it: the line stays as written.
    ['~~v1.2~~ v1.3 release', 'v1.2 v1.3 release', 'planned'],
    // A remark that puts the work off is no word for done.
    ['~~Mobile app~~ Later, after 2.0', 'Mobile app Later, after 2.0', 'planned'],
    // An unchecked box over it is work dropped: left as written.
    ['[ ] ~~Make a demo~~ Done', 'Make a demo Done', 'planned'],
  ])('%s → %s', (line, title, status) => {
    const item = first(line);
    expect(item.title).toBe(title);
    expect(item.status).toBe(status);
  });
});

describe('a year is a word of its own', () => {
  it.each([
    ['J1939 Stack', undefined],
    ['MP2000 driver', undefined],
    ['Plans for 2019', '2019'],
    ['2019年计划', '2019'],
    ['Windows 2000 support', '2000'],
    ['CY2024 plan', '2024'],
  ])('%s → %s', (title, year) => {
    expect(findPeriod(title)?.label).toBe(year);
  });
});

describe('a heading that names a piece of work and how it stands', () => {
  const page = (title: string, peers = ['Cloud Integration', 'Simulation Layer']) =>
    `# Roadmap\n\n## Phase 3\n\n${peers.map((p) => `### ${p}\n\n- [ ] Step one\n- [ ] Step two\n`).join('\n')}\n### ${title}\n\n- [ ] Windows support\n- [ ] Linux support\n`;

  it('among areas, it is one slide', () => {
    expect(titles(page('C SDK Complete'))).toEqual(['Cloud Integration', 'Simulation Layer', 'C SDK Complete']);
  });

  it.each([
    ['beside status groups, it groups its list', 'C SDK Complete', ['Planned', 'In progress']],
    ['a status alone groups its list', 'Completed', ['Cloud Integration', 'Simulation Layer']],
    ['work in general, done, groups its list', 'Completed tasks', ['Cloud Integration', 'Simulation Layer']],
    ['a status before other words groups its list', 'Released so far', ['Cloud Integration', 'Simulation Layer']],
  ])('but %s', (_, title, peers) => {
    expect(titles(page(title, peers))).toContain('Windows support');
  });
});

describe('years that run together', () => {
  it.each([
    ['2023/2024', '2023/2024'],
    ['Kustomize roadmap 2023-2024', '2023-2024'],
    ['2019 – 2021', '2019 – 2021'],
    // A date is not a run of years.
    ['v0.3.0 (2023/06/26)', 'v0.3.0'],
    ['Released on 2020-12-12', undefined],
  ])('%s → %s', (title, label) => {
    expect(findPeriod(title)?.label).toBe(label);
  });
});

describe('the edition label of runs of years', () => {
  it('joins them end to end', () => {
    const page = '# Acme Roadmap\n\n## 2024 - 2025\n\n- Plugin API\n\n## 2025 - 2026\n\n- Offline mode\n';
    expect(edition(page).label).toBe('2024 – 2026');
  });
});

describe('a heading that names its work after its period', () => {
  it.each([
    ['Q1 2026: Chat Desktop UI', 'Chat Desktop UI'],
    ['2026: Chat Desktop UI', 'Chat Desktop UI'],
    ['Potential 2027-2028 goals: finish the 0.2 language', 'finish the 0.2 language'],
    ['Potential 2026 goals: ship a working 0.1 language', 'ship a working 0.1 language'],
    ['Work in 2026: Chat Desktop UI', undefined],
    ['Q1 2026: Planned', undefined],
  ])('%s → %s', (title, name) => {
    expect(nameAfterPeriod(title)).toBe(name);
  });
});

describe('a place left for more', () => {
  it.each([['YOUR IDEA HERE'], ['*add more here*'], ['Insert your feature here.']])('%s is no slide', (line) => {
    expect(titles(`# Roadmap\n\n## Future\n\n- **Boolean queries**: AND/OR/NOT\n- ${line}\n`)).toEqual([
      'Boolean queries',
    ]);
  });

  it('a line that names work ending in "here" stays', () => {
    expect(titles('# Roadmap\n\n## Future\n\n- Boolean queries\n- Show the docs here\n')).toEqual([
      'Boolean queries',
      'Show the docs here',
    ]);
  });
});

describe('a status word in quotes names a milestone', () => {
  it.each([
    ['"Feature complete"', 'unknown'],
    ['“Done Done” criteria', 'unknown'],
    ['Feature complete', 'done'],
    ['"Done"', 'done'],
    ['“In progress”', 'in-progress'],
    ['Completed', 'done'],
  ])('%s → %s', (title, status) => {
    expect(statusOfSectionTitle(title)).toBe(status);
  });
});

describe('releases named by their stage, over their checklists', () => {
  it.each([
    ['0.1.0 - CTP (Community Technology Preview)', undefined],
    ['0.x.0 - Beta', undefined],
    ['2.0 - Release Candidate 2', undefined],
    ['v1.0 - Developer Preview', undefined],
    ['1.3 - Voice Interaction', 'Voice Interaction'],
    ['v0.1.0 — Foundation', 'Foundation'],
  ])('%s → %s', (title, name) => {
    expect(nameAfterRelease(title)).toBe(name);
  });

  it('each box is a slide, its dash no part of its title', () => {
    const page =
      '# Studio Roadmap\n\n## 0.1.0 - CTP (Community Technology Preview)\n\n- [x] - Use a cross-platform installer.\n- [ ] - Clean up UI (in progress).\n\n## 0.x.0 - Beta\n\n- [ ] - Add documentation.\n\n## Next Versions\n\n- [ ] - Support page models.\n';
    expect(titles(page)).toEqual([
      'Use a cross-platform installer',
      'Clean up UI',
      'Add documentation',
      'Support page models',
    ]);
  });

  it('a release named for what it brings stays one slide', () => {
    const page =
      '# Studio Roadmap\n\n## 1.3 - Voice Interaction\n\n- [ ] Speech input\n- [ ] Speech output\n\n## 1.4 - Modulation\n\n- [ ] LFOs\n- [ ] Envelopes\n';
    expect(titles(page)).toEqual(['1.3 - Voice Interaction', '1.4 - Modulation']);
  });
});

describe('the number of a numbered part', () => {
  it.each([
    ['1. Current features', 'about'],
    ['2) FAQ', 'about'],
    ['3. Contributing', 'closing'],
    // A release's number is no part number.
    ['2.0 Roadmap', undefined],
    ['1. Plugin API', undefined],
  ])('%s → %s', (title, kind) => {
    expect(metaOf(title, blocksOf('- Accept pushed metadata.\n- Index teams.'), false)?.kind).toBe(kind);
  });
});
