/** Small pure rules found on the two-hundred-and-forty-sixth and later held-out sets. */
import type { Paragraph, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { cellLeadOf } from '../../src/parse/cell-lead.js';
import { readTable } from '../../src/parse/table.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { plainText } from '../../src/parse/markdown.js';
import { buildOutline } from '../../src/parse/outline.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { hasOwnDetailLines } from '../../src/parse/structure/parts-alike.js';

const edition = (markdown: string, file = 'page.md') =>
  parseRoadmap(sourceFromBytes(file, Buffer.from(markdown))).edition;
const initiatives = (markdown: string) => allInitiatives(edition(markdown));
const titles = (markdown: string) => initiatives(markdown).map((i) => i.title);

/** A release heading with its own bold key lines, then a lead and its points. */
const release = (name: string, keys: string[]) =>
  `### ${name}\n${keys.map((k) => `**${k}**: something`).join('  \n')}\n\n**Planned features**:\n- Raw mode\n- Key events\n`;
/** Whether each release of a page has detail lines of its own, as the walk reads them. */
const detailed = (keys: string[][], title = (n: number) => `Version 0.${n} — Part ${n}`) => {
  const root = parseMarkdown(`# Kite\n\n## Milestones\n\n${keys.map((k, n) => release(title(n), k)).join('\n')}`);
  return buildOutline(root).children[0]!.children[0]!.children.map(hasOwnDetailLines);
};

describe('bold keys sibling parts share are detail lines', () => {
  it.each([
    // "Theme" under each release is a field of the page's own, beside "Target" of the vocabulary.
    [
      'Target and Theme under each',
      [
        ['Target', 'Theme'],
        ['Target', 'Theme'],
        ['Target', 'Theme'],
      ],
      [true, true, true],
    ],
    // A key under three parts is shared; under one only, it is not.
    [
      'Theme under three of four',
      [
        ['Theme', 'Target'],
        ['Theme', 'Target'],
        ['Theme', 'Target'],
        ['Target', 'Mood'],
      ],
      [true, true, true, false],
    ],
    // Under two parts only it is not enough.
    ['Theme under two', [['Theme', 'Target'], ['Theme', 'Target'], ['Target']], [false, false, false]],
    // Two keys of the page's own, each shared: two detail lines.
    [
      'Theme and Focus under each',
      [
        ['Theme', 'Focus'],
        ['Theme', 'Focus'],
        ['Theme', 'Focus'],
      ],
      [true, true, true],
    ],
    // Long keys are sentences in bold, not fields.
    [
      'a long bold lead',
      [
        ['Theme', 'This is what we will do'],
        ['Theme', 'This is what we will do'],
        ['Theme', 'This is what we will do'],
      ],
      [false, false, false],
    ],
  ])('%s', (_, keys, expected) => {
    expect(detailed(keys)).toEqual(expected);
  });
});

describe('a column of identifiers names the rows only when no column beside it names them', () => {
  const table = (markdown: string) => parseMarkdown(markdown).children.find((n): n is Table => n.type === 'table')!;
  it.each([
    [
      '| Status | Item ID | Description |\n|-|-|-|\n| ✅ | R2.4 | Login page |\n| ✅ | R2.5 | Search index rebuild |\n',
      'Description',
    ],
    ['| Status | ID | Feature |\n|-|-|-|\n| ⬜ | FR-001 | Dark theme |\n| ⬜ | FR-002 | Pinned leads |\n', 'Feature'],
    ['| # | Work | Owner |\n|-|-|-|\n| A1 | Screen edge window | ann |\n| A2 | Sidebar | bo |\n', 'Work'],
    ['| Key | Summary |\n|-|-|\n| CORE-12 | Faster start |\n| CORE-13 | Smaller builds |\n', 'Summary'],
    // Under "Key" or "ID", names of several words do name the rows.
    ['| Key feature | Notes |\n|-|-|\n| Dark theme | soon |\n| Offline cache | later |\n', 'Key feature'],
    // Codes with no names beside them still tell the rows apart: an owner's name is no better title.
    ['| Jira key | Status | Owner |\n|-|-|-|\n| PROJ-12 | Done | Dana |\n| PROJ-13 | Open | Ravi |\n', 'Jira key'],
    // Names, not codes, under an identifier's header name the rows.
    [
      '| Name / ID | Description | Status |\n|-|-|-|\n| Webhooks | Send events to other services | Planned |\n| Zapier | Connect many apps at once | Planned |\n',
      'Name / ID',
    ],
    [
      '| Epic ID | Goal |\n|-|-|\n| Payments | Take payments in every region we sell in |\n| Identity | One login for every product |\n',
      'Epic ID',
    ],
  ])('%j', (markdown, header) => {
    const reading = readTable(table(markdown));
    expect(reading.kind === 'items' ? reading.headers[reading.titleCol] : reading.kind).toBe(header);
  });
});

describe('a title cell led by a bold name before a colon', () => {
  it.each([
    ['**Login page**: Built with the new forms and checks.', 'Login page', 'Built with the new forms and checks.'],
    ['**Login page:** Built with forms.', 'Login page', 'Built with forms.'],
    ['**Login page** Built with forms.', undefined, undefined],
  ])('%s', (cell, name, description) => {
    const lead = cellLeadOf((parseMarkdown(cell).children[0] as Paragraph).children);
    expect(lead && plainText(lead.name)).toBe(name);
    if (description) expect(plainText(lead!.description)).toBe(description);
  });
});

describe('a group that names its parts as goals or features, with a sign after its title', () => {
  const page = (group: string) =>
    `# Tool Roadmap\n\n## ${group}\n\n### 1. Offline sync\n- Queue edits\n- Merge on reconnect\n\n### 2. Shared albums\n- Invite links\n- Owner controls\n\n## Later\n\n- Plugin store\n`;
  it.each(['Spring goals', 'Spring goals ✨', 'Planned features 🚀', '✨ Spring goals'])(
    '"%s": each heading under it is one piece of work, its points its details',
    (group) => {
      expect(titles(page(group))).toEqual(['1. Offline sync', '2. Shared albums', 'Plugin store']);
    },
  );
  it('a group that names no kind of work keeps its points as work', () => {
    expect(titles(page('Spring ✨'))).toEqual(
      expect.arrayContaining(['Queue edits', 'Merge on reconnect', 'Invite links', 'Owner controls']),
    );
  });
});

describe('items that stay past the deck budget', () => {
  const areas = (item: (area: number, i: number) => string) =>
    `# Kite Roadmap\n\n${[0, 1, 2, 3, 4, 5]
      .map((a) => `## Area ${'ABCDEF'[a]}\n\n${Array.from({ length: 15 }, (_, i) => `- ${item(a, i)}`).join('\n')}\n`)
      .join('\n')}`;
  it.each([
    [
      'named and linked',
      (a: number, i: number) => `[Task ${a}-${i}](https://github.com/o/r/issues/${a * 100 + i})`,
      90,
      /name their work and link its issue/,
    ],
    ['under quarters', (a: number, i: number) => `Task ${a}-${i}`, 90, /group them by when, state or priority/],
  ])('%s: the items stay, and lint says why with the config for the headings', (name, item, count, why) => {
    const markdown =
      name === 'under quarters'
        ? areas(item).replace(
            /## Area (\w)/g,
            (_, l) => `## Q${('ABCDEF'.indexOf(l) % 4) + 1} ${2026 + Math.floor('ABCDEF'.indexOf(l) / 4)}`,
          )
        : areas(item);
    const parsed = parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown)));
    expect(allInitiatives(parsed.edition)).toHaveLength(count);
    const ambiguity = parsed.diagnostics.find((d) => d.rule === 'ambiguous-structure');
    expect(ambiguity?.message).toMatch(why);
    expect(ambiguity?.message).toMatch(/"at": "h2"/);
  });
  it('sentences that end with their issue are read by their headings instead', () => {
    const parsed = parseRoadmap(
      sourceFromBytes(
        'page.md',
        Buffer.from(
          areas((a, i) => `Support task ${a}-${i}. [#${a * 100 + i}](https://github.com/o/r/issues/${a * 100 + i})`),
        ),
      ),
    );
    expect(allInitiatives(parsed.edition).map((i) => i.title)).toEqual([
      'Area A',
      'Area B',
      'Area C',
      'Area D',
      'Area E',
      'Area F',
    ]);
  });
});
