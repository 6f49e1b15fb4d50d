/** Small pure rules found on the two-hundred-and-forty-sixth and later held-out sets. */
import type { Paragraph, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { cellLeadOf } from '../../src/parse/cell-lead.js';
import { readTable } from '../../src/parse/table.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { plainText } from '../../src/parse/markdown.js';
import { runInHeadOf } from '../../src/parse/run-in-heads.js';
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

describe('run-in heads: bold words followed by a dash head their paragraph', () => {
  it.each([
    ['**Media library** - An asset manager for courses.', 'Media library', 'An asset manager for courses.'],
    ['**Live notes (ln)** -- A backchannel for classes.', 'Live notes (ln)', 'A backchannel for classes.'],
    ['**Gradebook** — Grades in one place.', 'Gradebook', 'Grades in one place.'],
    // A hyphen joined to the word is part of it; a key of the details is no head.
    ['**Gradebook**-style views for teachers.', undefined, undefined],
    ['**Status** - In production', undefined, undefined],
    ['**Note** - this changes.', undefined, undefined],
  ])('%s', (markdown, title, rest) => {
    const head = runInHeadOf(parseMarkdown(markdown).children[0] as Paragraph);
    expect(head?.title).toBe(title);
    if (rest) expect(plainText(head!.rest)).toBe(rest);
  });

  const page = (parts: string[]) => `# Roadmap\n\nOur tools, roughly in order of maturity.\n\n${parts.join('\n\n')}\n`;
  it('two or more on a page with no heading over them are its pieces of work, status lines and all', () => {
    const found = initiatives(
      page([
        '**Media library** - An asset manager for courses.\n**Status**: Beta.',
        '**Gradebook** -- Grades in one place.\n**Status**: In progress.',
        '**Live notes** — A backchannel for classes.',
      ]),
    );
    expect(found.map((i) => [i.title, i.status])).toEqual([
      ['Media library', 'in-progress'],
      ['Gradebook', 'in-progress'],
      ['Live notes', 'unknown'],
    ]);
  });
  it('one alone is the page’s text', () => {
    expect(() => titles(page(['**Phase 6 complete** - The foundation is solid.']))).toThrow(/no initiatives/);
  });
  it('under a heading that names one piece of work, they describe it', () => {
    const markdown =
      '# Roadmap\n\n## Plugin API\n\n**Motivation** - Users want to extend the tool.\n\n**Approach** - A small stable API.\n\n## Themes\n\n**Why** - Dark mode is asked for.\n\n**How** - Variables for every colour.\n';
    expect(titles(markdown)).toEqual(['Plugin API', 'Themes']);
  });
});

describe('a column of identifiers never names the rows', () => {
  const table = (markdown: string) => parseMarkdown(markdown).children.find((n): n is Table => n.type === 'table')!;
  it.each([
    [
      '| Status | Feature ID | Description |\n|-|-|-|\n| ✅ | F1.1 | Project setup |\n| ✅ | F1.2 | Database |\n',
      'Description',
    ],
    ['| Status | ID | Feature |\n|-|-|-|\n| ⬜ | FR-001 | Dark theme |\n| ⬜ | FR-002 | Pinned leads |\n', 'Feature'],
    ['| # | Work | Owner |\n|-|-|-|\n| A1 | Screen edge window | ann |\n| A2 | Sidebar | bo |\n', 'Work'],
    ['| Key | Summary |\n|-|-|\n| CORE-12 | Faster start |\n| CORE-13 | Smaller builds |\n', 'Summary'],
    // Under "Key" or "ID", names of several words do name the rows.
    ['| Key feature | Notes |\n|-|-|\n| Dark theme | soon |\n| Offline cache | later |\n', 'Key feature'],
  ])('%j', (markdown, header) => {
    const reading = readTable(table(markdown));
    expect(reading.kind === 'items' ? reading.headers[reading.titleCol] : reading.kind).toBe(header);
  });
});

describe('a title cell led by a bold name before a colon', () => {
  it.each([
    [
      '**Project setup**: Initialized the app and its tooling.',
      'Project setup',
      'Initialized the app and its tooling.',
    ],
    ['**Project setup:** Initialized the app.', 'Project setup', 'Initialized the app.'],
    ['**Project setup** Initialized the app.', undefined, undefined],
  ])('%s', (cell, name, description) => {
    const lead = cellLeadOf((parseMarkdown(cell).children[0] as Paragraph).children);
    expect(lead && plainText(lead.name)).toBe(name);
    if (description) expect(plainText(lead!.description)).toBe(description);
  });
});
