/** Small pure rules found on the two-hundred-and-thirtieth and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { outlineNumbered, workIsNumbered } from '../../src/parse/structure/numbered-work.js';
import type { OutlineNode } from '../../src/parse/outline.js';
import { normalizeStatus } from '../../src/parse/status.js';

const edition = (markdown: string, file = 'page.md') =>
  parseRoadmap(sourceFromBytes(file, Buffer.from(markdown))).edition;
const initiatives = (markdown: string) => allInitiatives(edition(markdown));
const titles = (markdown: string) => initiatives(markdown).map((i) => i.title);

describe('an outline number opening a title', () => {
  it.each([
    ['1.1 Query planner', true],
    ['2.3 - Sync engine', true],
    ['3.4. Provider API', true],
    ['🔥 4.1 QUIC support', true],
    ['1.2', true],
    ['1. Overview', false],
    ['Phase 1.5', false],
    ['v1.2 Release', false],
    ['1.2x faster parsing', false],
    ['Query planner', false],
  ])('"%s" → %s', (title, numbered) => {
    expect(outlineNumbered(title)).toBe(numbered);
  });

  const nodes = (...titles: string[]) =>
    titles.map((title) => ({ heading: { title, depth: 3 }, blocks: [], children: [] }) as unknown as OutlineNode);
  it.each([
    [['1.1 A', '1.2 B', '2.1 C', 'Team'], true],
    [['1.1 A', '1.2 B', '2.1 C', 'Team', 'Budget', 'Risks'], false],
    [['1.1 A', '1.2 B', 'Team'], false],
    [['A', 'B', 'C'], false],
  ])('%j: the work is numbered → %s', (titles, numbered) => {
    expect(workIsNumbered(nodes(...titles))).toBe(numbered);
  });
});

describe('parts beside work numbered in outline', () => {
  const page = (...parts: string[]) => `# Widget Roadmap\n\n${parts.join('\n')}`;
  const phases =
    '## Phase 1: Core\n\n### 1.1 Parser rewrite\n\nA faster parser.\n\n### 1.2 Error messages\n\nClearer errors.\n\n' +
    '## Phase 2: Reach\n\n### 2.1 Plugin API\n\nThird-party plugins.\n\n### 2.2 Web playground\n\nTry it online.\n';
  it.each([
    [
      'where the funds go and the staff it needs',
      page(
        '## Where funds go\n\nHow the grant is spent.\n\n### Travel\n\nTwo meetups.\n',
        phases,
        '## Staffing\n\n### Engineers\n\nTwo engineers.\n\n### Build servers\n\nA build server.\n',
      ),
    ],
    [
      "a cheat sheet of the page's marks and the house rules",
      page(
        '## Cheat sheet\n\n### Priority\n\n- 🔴 high\n- 🟢 low\n\n### Effort\n\n- ⭐ small\n- ⭐⭐⭐ large\n',
        phases,
        '## House rules\n\n### Code style\n\nKeep the API stable.\n',
      ),
    ],
  ])('%s are context', (_, markdown) => {
    expect(titles(markdown)).toEqual([
      '1.1 Parser rewrite',
      '1.2 Error messages',
      '2.1 Plugin API',
      '2.2 Web playground',
    ]);
    const model = edition(markdown);
    expect(JSON.stringify(model.intro)).toMatch(/Two engineers|Keep the API stable/);
  });

  it.each([
    ['a period of unnumbered work', '## Backlog\n\n### Offline mode\n\nWorks without a network.\n'],
    ['a release of unnumbered work', '## v3.0\n\n### Offline mode\n\nWorks without a network.\n'],
  ])('%s stays work', (_, part) => {
    expect(titles(page(phases, part))).toContain('Offline mode');
  });

  it('applies only where most headings at the level are numbered', () => {
    const markdown = page(
      '## Core\n\n### 1.1 Parser rewrite\n\nA faster parser.\n\n### 1.2 Error messages\n\nClearer errors.\n\n',
      '## Reach\n\n### Plugin API\n\nThird-party plugins.\n\n### Web playground\n\nTry it online.\n\n### Themes\n\nDark and light.\n',
    );
    expect(titles(markdown)).toEqual([
      '1.1 Parser rewrite',
      '1.2 Error messages',
      'Plugin API',
      'Web playground',
      'Themes',
    ]);
  });
});

describe("a period's own list of short names before its parts", () => {
  const page = (...parts: string[]) => `# Widget Roadmap\n\nWhat we plan.\n\n${parts.join('\n')}`;
  const now =
    '## In Progress\n\n### Faster indexing\n\nIndex in half the time.\n\n### Saved searches\n\nKeep searches for later.\n';
  it('is work beside the parts under it', () => {
    const markdown = page(
      now,
      '## Exploring\n\n- Inline previews\n- Diff viewer\n\n### Remote sync\n\nSync settings between machines.\n',
    );
    expect(titles(markdown)).toEqual([
      'Faster indexing',
      'Saved searches',
      'Inline previews',
      'Diff viewer',
      'Remote sync',
    ]);
    expect(initiatives(markdown).find((i) => i.title === 'Inline previews')?.status).toBe('future');
  });

  it.each([
    [
      'a list introduced by a line',
      '## Exploring\n\nWe look at:\n\n- Inline previews\n- Diff viewer\n\n### Remote sync\n\nSync settings.\n',
    ],
    [
      'a list of sentences',
      '## Exploring\n\n- We will look at how previews could work for files of every kind the app opens.\n- And at code lens.\n\n### Remote sync\n\nSync settings.\n',
    ],
    [
      'a list that names the parts under it',
      '## Exploring\n\n- Remote sync\n- Shared state\n\n### Remote sync\n\nSync settings.\n\n### Shared state\n\nState on a server.\n',
    ],
    [
      'a part that is no period',
      '## Editor\n\n- Inline previews\n- Diff viewer\n\n### Remote sync\n\nSync settings.\n',
    ],
  ])('%s is not', (_, part) => {
    const found = titles(page(now, part));
    expect(found).not.toContain('Inline previews');
    expect(found).not.toContain('Diff viewer');
  });
});

describe('a word that opens as a month does is no period', () => {
  it.each(['Decompression', 'Novel', 'Mayhem', 'Octopus', 'Augmentation'])(
    '"%s" under a backlog is an item',
    (name) => {
      expect(titles(`# Widget Roadmap\n\n## Backlog\n\n- PWA\n- ${name}\n- Electron\n`)).toEqual([
        'PWA',
        name,
        'Electron',
      ]);
    },
  );
  it.each(['Dec', 'Nov 2027', 'Sept.', 'Q3'])('"%s" alone only names a time: it holds a place', (when) => {
    expect(titles(`# Widget Roadmap\n\n## Backlog\n\n- PWA\n- ${when}\n- Electron\n`)).toEqual(['PWA', 'Electron']);
  });
});

describe('a checklist between periods that hold theirs', () => {
  const page = (middle: string) =>
    `# Widget\n\n# Roadmap\n\n## Must have\n- [x] Offline cache\n- [ ] Emoji picker\n\n## ${middle}\n- [x] Read receipts\n- [ ] Typing indicator\n\n## Later\n- [ ] Voice notes\n- [ ] Stickers\n`;
  it('is a group like them, box by box', () => {
    const found = initiatives(page('In the mix'));
    expect(found.map((i) => i.title)).toEqual([
      'Offline cache',
      'Emoji picker',
      'Read receipts',
      'Typing indicator',
      'Voice notes',
      'Stickers',
    ]);
    expect(found.find((i) => i.title === 'Read receipts')?.status).toBe('done');
  });
  it('beside one period only, it is the steps of one piece of work', () => {
    const markdown =
      '# Widget\n\n## Later\n- [ ] Voice notes\n- [ ] Stickers\n\n## Delivery marks\n- [x] Read receipts\n- [ ] Typing indicator\n\n## Calls\n\nVoice calls between two people.\n';
    expect(titles(markdown)).toContain('Delivery marks');
    expect(titles(markdown)).not.toContain('Read receipts');
  });
});

describe('status words', () => {
  it.each([
    ['Resolved', 'done'],
    ['Résolu', 'done'],
    ['Ready to merge', 'in-progress'],
    ['Ready for review', 'in-progress'],
    ['Unresolved', 'unknown'],
  ])('"%s" → %s', (words, status) => {
    expect(normalizeStatus(words)).toBe(status);
  });
  it('a group of them holds its work', () => {
    const found = initiatives(
      '# Widget\n\n## Now\n\n- [ ] Faster startup\n\n## Ready to merge\n\n- [ ] `feature/themes` — colour themes\n- [ ] `feature/tabs` — tabbed windows\n\n## Resolved\n\n- [x] Crash on save\n- [x] Slow export\n',
    );
    expect(found.map((i) => [i.title, i.status])).toEqual([
      ['Faster startup', 'in-progress'],
      ['feature/themes — colour themes', 'planned'],
      ['feature/tabs — tabbed windows', 'planned'],
      ['Crash on save', 'done'],
      ['Slow export', 'done'],
    ]);
  });
});

describe('a part is read once', () => {
  it('a part set aside before the walk is not read again as work', () => {
    const model = edition(
      '# Widget\n\n## 🚀 Planned\n\n- Faster startup\n- Dark theme\n\n## ✅ Done\n\n- Search\n- Export\n\n## 📅 Past releases\n\n| Version | Date | Highlights |\n|---|---|---|\n| v1.1.0 | 2025-12 | Shared folders and audio player |\n| v1.0.0 | 2025-11 | Opening build |\n',
    );
    const asWork = allInitiatives(model).filter((i) => i.title === 'Opening build').length;
    const asContext = (JSON.stringify(model.intro).match(/Opening build/g) ?? []).length;
    expect(asWork + asContext).toBe(1);
  });
});
