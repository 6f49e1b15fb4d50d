/** Small pure rules found on the twenty-fifth and later held-out sets. */
import type { List } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { walk } from '../../src/parse/markdown.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { isTermKey, markTermKeys } from '../../src/parse/term-keys.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);

describe('a list that explains the terms the page uses', () => {
  /** Whether each list of the page (in page order) is marked as a key. */
  const keys = (markdown: string) => {
    const root = parseMarkdown(markdown);
    markTermKeys(root);
    const lists: boolean[] = [];
    walk(root, (node) => {
      if (node.type === 'list') lists.push(isTermKey(node as List));
    });
    return lists;
  };
  it.each([
    [
      'tags the items carry',
      '- HIGH - Core feature\n- MEDIUM - Important but not necessary\n- LOW - Just nice to have\n\n## Features\n\n- [ ] Tags [HIGH]\n  - [ ] Icons [LOW]\n  - [ ] Colors [MEDIUM]\n- [ ] Themes [LOW]\n- [ ] Search [MEDIUM]\n- [ ] Sync [HIGH]\n',
      [true, false, false],
    ],
    [
      'columns of a table, set off by emphasis',
      '- _Priority_ is a number between 1 and 3.\n- _Time scale_ is short-term or long-term.\n\n| Feature | Priority | Time scale |\n| --- | --- | --- |\n| ORM | 1 | MT |\n',
      [true],
    ],
    [
      'labels of the groups after it, run on into what they mean',
      '1. High impact issues that people need in production; and\n2. Medium impact issues that would be nice to have.\n\n**High Impact**\n\n- Media management\n- Global forms\n\n**Medium Impact**\n\n- Dark mode\n- Search\n',
      [true, false, false],
    ],
    [
      'not: statuses that lead lines about work',
      '- WIP: the plugin loader\n- Done: the parser\n\n## More\n\n- Sync [WIP]\n- Search [Done]\n',
      [false, false],
    ],
    [
      'not: detail lines keyed like a table’s columns',
      '## Search\n\n- Status: in review\n- Owner: Ana\n\n| Feature | Status | Owner |\n| --- | --- | --- |\n| Sync | Done | Bo |\n',
      [false],
    ],
    [
      'not: items that all open with one term',
      '- Feature flags for plugins\n- Feature parity with the CLI\n\n| Feature | Status |\n| --- | --- |\n| Sync | Done |\n',
      [false],
    ],
    [
      'not: a single word running on into a title',
      '- Search across every project\n- Sync between devices\n\n## Search\n\nText.\n\n## Sync\n\nText.\n',
      [false],
    ],
    [
      'not: hyphenated words that open items',
      '## In progress\n\n- Web-based editor for configs\n- CLI-driven project setup\n\n## Later\n\n### Web\n\nA new shell.\n\n### CLI\n\nPlugins.\n',
      [false],
    ],
    [
      'not: a list that names the groups before it',
      '## Plugin API\n\n- [ ] Loader\n- [ ] Hooks\n\n## Theme Engine\n\n- [ ] Tokens\n- [ ] Palette\n\n## Next release\n\n- Plugin API stabilization and docs\n- Theme Engine high-contrast mode\n',
      [false, false, false],
    ],
    [
      'not: a group’s name running on into work',
      '- Plugin API stabilization and docs\n- Theme Engine high-contrast mode\n\n## Plugin API\n\n- Loader\n- Hooks\n\n## Theme Engine\n\n- Tokens\n- Palette\n',
      [false, false, false],
    ],
    [
      'not: priorities that lead work, each tagged once elsewhere',
      '## Next\n\n- P1 - Rewrite the scheduler\n- P2 - New onboarding tutorial\n\n## Later\n\n- Faster cold start [P1]\n- Docs site [P2]\n',
      [false, false],
    ],
    [
      'not: a heading over prose, mentioned at the start of an item',
      '- Fast viewing of 2000 images needs work.\n- Interactive plugins load slowly.\n\n## Fast viewing\n\nText.\n\n## Interactive plugins\n\nText.\n',
      [false],
    ],
    ['not: terms the list alone uses', '- HIGH - Core feature [HIGH]\n- LOW - Nice to have [LOW]\n', [false]],
  ])('%s', (_, markdown, expected) => {
    expect(keys(markdown)).toEqual(expected);
  });

  it('leaves a key to the page’s terms out of its work', () => {
    const page =
      '# Roadmap\n\nTwo sets of issues:\n\n1. High impact issues that people need in production; and\n2. Medium impact issues that would be nice to have.\n\n' +
      '**High Impact**\n\n- Media management\n- Global forms\n\n**Medium Impact**\n\n- Dark mode\n- Search\n';
    expect(titles(page)).toEqual(['Media management', 'Global forms', 'Dark mode', 'Search']);
  });

  it('reads a "Terminology" part as context', () => {
    const page =
      '# Roadmap\n\n## Terminology\n\n- Priority: from 1 to 3.\n- Scale: short or long term.\n\n## Items\n\n| Feature | Details |\n| --- | --- |\n| ORM | An async ORM |\n| Serializers | Validation |\n';
    expect(titles(page)).toEqual(['ORM', 'Serializers']);
  });
});

describe('a bold line right before a heading', () => {
  const sections = (markdown: string) =>
    edition(markdown).sections.map(
      (s) => `${s.implicit ? '-' : s.title}: ${s.initiatives.map((i) => i.title).join(', ')}`,
    );
  it.each([
    [
      'a banner over the title heads nothing',
      '_**WIP**_\n\n# Roadmap\n\n* Documentation\n* Devtools\n',
      ['-: Documentation, Devtools'],
    ],
    [
      'a bold line over a list still heads it',
      '# Roadmap\n\n**Next**\n\n- Documentation\n- Devtools\n\n**Later**\n\n- Plugins\n- Themes\n',
      ['Next: Documentation, Devtools', 'Later: Plugins, Themes'],
    ],
  ])('%s', (_, markdown, expected) => {
    expect(sections(markdown)).toEqual(expected);
  });
});

describe('a heading whose sub-headings hold checklists of work', () => {
  const others = '## Cache\n\nThe new cache is available.\n\n## Compose\n\nA framework for Compose users.\n';
  it.each([
    [
      'groups them, whatever it says first',
      `# Roadmap\n\n## Client\n\nAll work now lands in 5.x.\n\n### Spec items\n\n- [x] Schema coordinates\n- [x] Fragment arguments\n\n### Testing\n\n- [x] Data builders\n- [ ] Strict mode\n\n${others}`,
      ['Spec items', 'Testing', 'Cache', 'Compose'],
    ],
    [
      'not: siblings with phases of their own',
      '# Roadmap\n\n## Dark mode\n\nA dark theme.\n\n### Design\n\n- [x] Mockups\n- [ ] Review\n\n### Implementation\n\n- [ ] Tokens\n- [ ] Styles\n\n## Offline sync\n\nWork offline.\n\n### Milestone 1\n\n- [ ] Cache\n- [ ] Queue\n\n### Milestone 2\n\n- [ ] Conflicts\n- [ ] Sync\n\n## Search\n\nFind anything.\n',
      ['Dark mode', 'Offline sync', 'Search'],
    ],
    [
      'not: one sub-heading with boxes',
      `# Roadmap\n\n## Client\n\nAll work now lands in 5.x.\n\n### Spec items\n\n- [x] Schema coordinates\n- [x] Fragment arguments\n\n### Notes\n\nMore text.\n\n${others}`,
      ['Client', 'Cache', 'Compose'],
    ],
    [
      'not: sub-headings that recur under each piece of work',
      '# Roadmap\n\n## Client\n\nText.\n\n### Tasks\n\n- [x] One\n- [ ] Two\n\n### Done when\n\n- [ ] Three\n- [ ] Four\n\n## Server\n\nText.\n\n### Tasks\n\n- [ ] Five\n- [ ] Six\n\n## Docs\n\nText.\n',
      ['Client', 'Server', 'Docs'],
    ],
  ])('%s', (_, markdown, expected) => {
    expect(titles(markdown)).toEqual(expected);
  });
});

describe('checklists whose boxes have parts of their own', () => {
  const area = (title: string, boxes: string) => `## ${title}\n\n${boxes}\n`;
  const withParts =
    '- [ ] Scene system\n  - worlds\n  - entities\n- [ ] Entity system\n  - components\n  - systems\n- [ ] UI system\n  - widgets\n  - layouts\n- [ ] Audio system\n';
  const steps = '- [ ] Write the parser\n- [ ] Add tests\n- [ ] Document it\n';
  it.each([
    [
      'every box of the areas is a piece of work',
      `# Roadmap\n\n${area('Main engine', '- [ ] Command line\n- [ ] Game compiler\n')}\n${area('Feature map', withParts)}`,
      ['Command line', 'Game compiler', 'Scene system', 'Entity system', 'UI system', 'Audio system'],
    ],
    [
      'not: one-line boxes are the steps of their area',
      `# Roadmap\n\n${area('Parser', steps)}\n${area('Docs', steps)}`,
      ['Parser', 'Docs'],
    ],
    [
      'not: notes under boxes',
      `# Roadmap\n\n${area('Parser', steps)}\n${area('Sync', '- [x] Local cache\n  - PR #12\n- [ ] Queue writes\n  - PR #15\n- [ ] Conflicts\n  - blocked on a library\n')}`,
      ['Parser', 'Sync'],
    ],
    [
      'not: two boxes with parts',
      `# Roadmap\n\n${area('Parser', steps)}\n${area('Engine', '- [ ] Scene system\n  - worlds\n- [ ] Entity system\n  - components\n- [ ] Audio system\n')}`,
      ['Parser', 'Engine'],
    ],
  ])('%s', (_, markdown, expected) => {
    expect(titles(markdown)).toEqual(expected);
  });
});

describe('a maturity in the status column beside a release column', () => {
  const status = (cells: string) =>
    allInitiatives(
      edition(
        `# Roadmap\n\n| Feature | Status | Planned release |\n| --- | --- | --- |\n| Hand tracking | ${cells} |\n| Zoom | Not started | |\n`,
      ),
    )[0]!.status;
  it.each([
    ['Experimental | Released', 'done'],
    ['[Beta](){: .btn } | Released', 'done'],
    ['Experimental | 2.0', 'in-progress'],
    ['In progress | Released', 'in-progress'],
    ['Stable | Released', 'done'],
    ['Alpha | Not released', 'in-progress'],
    ['Beta | To be released', 'in-progress'],
  ])('%s → %s', (cells, expected) => {
    expect(status(cells)).toBe(expected);
  });
});

describe('a board: columns headed by their groups, each cell a list', () => {
  const sections = (markdown: string) =>
    edition(markdown).sections.map(
      (s) =>
        `${s.implicit ? '-' : s.title}${s.status ? ` [${s.status}]` : ''}: ${s.initiatives.map((i) => i.title).join(', ')}`,
    );
  const nested = (items: string[]) => `<table>${items.map((i) => `<tr><td>${i}</td></tr>`).join('')}</table>`;
  it.each([
    [
      'HTML tables nested in the cells, one item per row',
      `# Roadmap\n\n<table>\n<tr><th>In progress</th><th>Planned</th></tr>\n<tr><td>${nested(['Composer support', 'Mobile layout'])}</td><td>${nested(['OpenSearch engine', 'Remove jQuery'])}</td></tr>\n</table>\n`,
      [
        'In progress [in-progress]: Composer support, Mobile layout',
        'Planned [planned]: OpenSearch engine, Remove jQuery',
      ],
    ],
    [
      'lists written in Markdown cells',
      '# Roadmap\n\n| Now | Next |\n| --- | --- |\n| <ul><li>Search</li><li>Sync</li></ul> | <ul><li>Plugins</li><li>Themes</li></ul> |\n',
      ['Now [in-progress]: Search, Sync', 'Next [planned]: Plugins, Themes'],
    ],
    [
      'not: a column of names beside the lists',
      '# Roadmap\n\n| Area | Work |\n| --- | --- |\n| Core | <ul><li>Search</li><li>Sync</li></ul> |\n| Docs | <ul><li>Guides</li><li>API</li></ul> |\n',
      ['Core: Search, Sync', 'Docs: Guides, API'],
    ],
  ])('%s', (_, markdown, expected) => {
    expect(sections(markdown)).toEqual(expected);
  });

  it('leaves a nested table’s header row out of its items', () => {
    const page = `# Roadmap\n\n<table>\n<tr><th>Now</th><th>Later</th></tr>\n<tr><td><table><tr><th>Features</th></tr><tr><td>Search</td></tr><tr><td>Sync</td></tr></table></td><td>${nested(['Plugins', 'Themes'])}</td></tr>\n</table>\n`;
    expect(titles(page)).toEqual(['Search', 'Sync', 'Plugins', 'Themes']);
  });

  it('reads "Goals | Non-goals" over lists as no board', () => {
    const page =
      '# Roadmap\n\n## Plugin API\n\nA stable plugin API.\n\n| Goals | Non-goals |\n| --- | --- |\n| <ul><li>Stable hooks</li><li>Sandboxing</li></ul> | <ul><li>A store</li><li>Paid plugins</li></ul> |\n\n## Mobile app\n\nA phone app.\n';
    expect(titles(page)).toEqual(['Plugin API', 'Mobile app']);
  });

  it('reads a nested table of several columns as a table, not a list', () => {
    const page = `# Roadmap\n\n<table>\n<tr><th>Area</th><th>Notes</th></tr>\n<tr><td><table><tr><td>A</td><td>B</td></tr></table></td><td>Text</td></tr>\n<tr><td>Core</td><td>More</td></tr>\n</table>\n`;
    expect(titles(page)).not.toContain('A');
  });
});

describe('an item that only says the list goes on', () => {
  it.each([
    ['...you name it...', ['Plugins', 'Themes']],
    ['…and more', ['Plugins', 'Themes']],
    ['And much more!', ['Plugins', 'Themes']],
    ['etc.', ['Plugins', 'Themes']],
    ['More to come', ['Plugins', 'Themes']],
    ['More to come?', ['Plugins', 'Themes']],
    ['More?', ['Plugins', 'Themes']],
    ['Faster builds?', ['Plugins', 'Themes', 'Faster builds?']],
    ['More tests', ['Plugins', 'Themes', 'More tests']],
    ['…faster builds…', ['Plugins', 'Themes', '…faster builds…']],
  ])('%s', (last, expected) => {
    expect(titles(`# Roadmap\n\n## Future\n\n- Plugins\n- Themes\n- ${last}\n`)).toEqual(expected);
  });
});
