/**
 * The board and the timeline, on the render side: which columns a page gets,
 * how cards are spread over board slides (never one left out), the order of
 * periods, and which pages get a timeline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoInitiativesError } from '../../src/errors.js';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { boardColumns, MAX_BOARD_COLUMNS, type BoardColumn } from '../../src/render/board.js';
import { columnsPerSlide, splitBoard } from '../../src/render/board-split.js';
import { loadTemplates, renderDeck } from '../../src/render/index.js';
import { orderPeriods, timelinePeriods, todayOn, type TimelinePeriod } from '../../src/render/timeline.js';
import type { Initiative, Section } from '../../src/model/types.js';
import { CORPUS, corpusPageNames, SEED_2022, SEED_2024 } from '../helpers/paths.js';

const parse = (markdown: string) =>
  parseRoadmap(sourceFromBytes('page.md', new TextEncoder().encode(markdown))).edition;
const templates = loadTemplates();
const slidesOf = (markdown: string) => markdown.split(/\n---\n/);

describe('board columns', () => {
  it.each([
    ['two sections', '# R\n\n## Alpha\n\n- **A:** a\n\n## Beta\n\n- **B:** b\n', 'sections', ['Alpha', 'Beta']],
    [
      'one section, initiatives with statuses',
      '# R\n\n## Work\n\n| Item | Status |\n|---|---|\n| A | Done |\n| B | In progress |\n| C | Planned |\n',
      'statuses',
      ['status:done', 'status:in-progress', 'status:planned'],
    ],
    [
      'one section, initiatives in quarters (given out of order)',
      '# R\n\n## Plan\n\n| Item | When |\n|---|---|\n| A | Q3 2025 |\n| B | Q1 2025 |\n| C | Q3 2025 |\n',
      'buckets',
      ['Q1 2025', 'Q3 2025'],
    ],
    ['no sections, no statuses', '# R\n\n## A\n\nText.\n\n## B\n\nText.\n', 'single', [undefined]],
    [
      'open work above one section of work done',
      '# R\n\n- Faster builds. They take half the time.\n- Smaller images. A third smaller.\n\n## Completed\n\n- Plugins\n- Themes\n',
      'sections',
      [undefined, 'Completed'],
    ],
  ])('%s → %s', (_, page, basis, titles) => {
    const board = boardColumns(parse(page));
    expect(board.basis).toBe(basis);
    expect(board.columns.map((c) => (c.status ? `status:${c.status}` : c.title))).toEqual(titles);
  });

  it('gives initiatives outside every section a column of their own', () => {
    const board = boardColumns(parse('# R\n\n- **Loose:** one\n\n## Alpha\n\n- **A:** a\n\n## Beta\n\n- **B:** b\n'));
    if (board.columns[0]!.title === undefined) expect(board.columns[0]!.cards[0]!.initiative.title).toBe('Loose');
    expect(board.columns.flatMap((c) => c.cards).length).toBe(board.columns.reduce((n, c) => n + c.cards.length, 0));
  });

  it('orders its columns as the slides go: a column of loose initiatives where they stand', () => {
    const edition = parse(
      '# R\n\n## Alpha\n\n### A one\n\nText.\n\n### A two\n\nText.\n\n## Beta\n\n### B one\n\nText.\n\n### B two\n\nText.\n\n## Loose work\n\nPlain prose about one more piece of work.\n',
    );
    const board = boardColumns(edition);
    const slideOrder = edition.sections.flatMap((s) => s.initiatives.map((i) => i.title));
    expect(board.columns.flatMap((c) => c.cards.map((card) => card.initiative.title))).toEqual(slideOrder);
    expect(board.columns.map((c) => c.title)).toEqual(edition.sections.map((s) => (s.implicit ? undefined : s.title)));
  });
});

const fakeCard = (title: string) => ({
  initiative: { id: title, title } as Initiative,
  section: { title: 'S' } as Section,
});
const column = (name: string, n: number, long = false): BoardColumn => ({
  title: name,
  cards: Array.from({ length: n }, (_, i) =>
    fakeCard(`${name} ${i}${long ? ' a long title that wraps '.repeat(3) : ''}`),
  ),
});

describe('splitting the board', () => {
  it.each([
    ['1 card', [column('A', 1)], 1],
    ['3 short columns', [column('A', 3), column('B', 2), column('C', 4)], 1],
    ['one long column', [column('A', 30)], 2],
    ['8 columns of long titles', Array.from({ length: 8 }, (_, i) => column(`C${i}`, 8, true)), 4],
    ['12 columns wrap after 8', Array.from({ length: 12 }, (_, i) => column(`C${i}`, 2)), 2],
  ])('%s: every card on exactly one slide, at most 8 columns a slide', (_, columns, atLeast) => {
    const pages = splitBoard(columns, { width: 1280 });
    expect(pages.length).toBeGreaterThanOrEqual(atLeast);
    const shown = pages.flatMap((page) => page.flatMap((part) => part.cards.map((c) => c.initiative.id)));
    expect(shown.sort()).toEqual(columns.flatMap((c) => c.cards.map((card) => card.initiative.id)).sort());
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(MAX_BOARD_COLUMNS);
    // Cards keep their order within a column.
    for (const col of columns) {
      const order = pages.flatMap((p) => p.filter((part) => part.column === col).flatMap((part) => part.cards));
      expect(order).toEqual(col.cards);
    }
  });

  it('a lower density gives fewer columns a slide, down to one', () => {
    const columns = Array.from({ length: 8 }, (_, i) => column(`C${i}`, 1));
    expect(splitBoard(columns, { width: 1280 })).toHaveLength(1);
    expect(Math.max(...splitBoard(columns, { width: 1280, density: 0.49 }).map((p) => p.length))).toBe(4);
    expect(Math.max(...splitBoard(columns, { width: 1280, density: 0.1 }).map((p) => p.length))).toBe(1);
  });

  it('a long column goes on in even runs, marked as continued, not with a lone card at the end', () => {
    const pages = splitBoard([column('A', 2), column('B', 2), column('C', 40, true)], { width: 1280 });
    const counts = pages.flatMap((page) => page.filter((part) => part.column.title === 'C').map((p) => p.cards.length));
    expect(counts.length).toBeGreaterThan(1);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
    const parts = pages.flat().filter((part) => part.column.title === 'C');
    expect(parts.map((part) => part.continued ?? false)).toEqual(parts.map((_, i) => i > 0));
    for (const page of pages) expect(page.reduce((n, part) => n + part.cards.length, 0)).toBeGreaterThan(2);
  });

  it('no more columns than keep every word of a card whole', () => {
    const word = (name: string) => ({ title: name, cards: [fakeCard('Featurization Improvements')] });
    expect(
      columnsPerSlide(
        Array.from({ length: 8 }, (_, i) => column(`C${i}`, 1)),
        1280,
      ),
    ).toBe(8);
    const n = columnsPerSlide(
      Array.from({ length: 8 }, (_, i) => word(`C${i}`)),
      1280,
    );
    expect(n).toBeLessThan(8);
    expect(n).toBeGreaterThanOrEqual(4);
    // A name no column holds whole does not narrow the board.
    const long = [
      ...Array.from({ length: 7 }, (_, i) => column(`C${i}`, 1)),
      { title: 'L', cards: [fakeCard('io.example.PluginProposalDecoratorsLegacy')] },
    ];
    expect(columnsPerSlide(long, 1280)).toBe(8);
  });

  it('a lower density gives more slides', () => {
    const columns = [column('A', 30)];
    expect(splitBoard(columns, { width: 1280, density: 0.5 }).length).toBeGreaterThan(
      splitBoard(columns, { width: 1280 }).length,
    );
  });
});

const period = (label: string, start: string, end: string): TimelinePeriod => ({
  label,
  kind: 'quarter',
  start,
  end,
  initiatives: [],
});

describe('timeline periods', () => {
  it.each([
    [
      'quarters out of order',
      [period('Q3 2025', '2025-07-01', '2025-10-01'), period('Q1 2025', '2025-01-01', '2025-04-01')],
      ['Q1 2025', 'Q3 2025'],
    ],
    [
      'a year before its first quarter',
      [period('Q1 2025', '2025-01-01', '2025-04-01'), period('2025', '2025-01-01', '2026-01-01')],
      ['2025', 'Q1 2025'],
    ],
    [
      'halves and months across years',
      [
        period('2026 H1', '2026-01-01', '2026-07-01'),
        period('March 2025', '2025-03-01', '2025-04-01'),
        period('2025 H2', '2025-07-01', '2026-01-01'),
      ],
      ['March 2025', '2025 H2', '2026 H1'],
    ],
  ])('%s', (_, periods, labels) => {
    expect(orderPeriods(periods).map((p) => p.label)).toEqual(labels);
  });

  it('places today in the period that holds it, by tenths; not outside the axis', () => {
    const periods = [period('Q1 2025', '2025-01-01', '2025-04-01'), period('Q2 2025', '2025-04-01', '2025-07-01')];
    expect(todayOn(periods, '2025-05-16')).toEqual({ index: 1, tenth: 4 });
    expect(todayOn(periods, '2025-01-01')).toEqual({ index: 0, tenth: 0 });
    expect(todayOn(periods, '2024-12-31')).toBeUndefined();
    expect(todayOn(periods, undefined)).toBeUndefined();
  });

  it('a page with dated sections gets a timeline; one without dates gets none', () => {
    const dated = parse('# R\n\n## Q1 2025\n\n- **A:** a\n\n## Q2 2025\n\n- **B:** b\n\n## Later\n\n- **C:** c\n');
    expect(timelinePeriods(dated)?.map((p) => [p.label, p.initiatives.map((i) => i.title)])).toEqual([
      ['Q1 2025', ['A']],
      ['Q2 2025', ['B']],
    ]);
    const deck = renderDeck(dated, templates, { qr: false });
    expect(deck.slides.map((s) => s.kind).slice(0, 3)).toEqual(['title', 'board', 'timeline']);
    const undated = parse('# R\n\n## Now\n\n- **A:** a\n\n## Next\n\n- **B:** b\n');
    expect(timelinePeriods(undated)).toBeUndefined();
    expect(renderDeck(undated, templates, { qr: false }).slides.some((s) => s.kind === 'timeline')).toBe(false);
  });
});

describe('the board slide', () => {
  it('comes right after the title, links each card to its slide, says each status in words', () => {
    const page = '# R\n\n## Alpha\n\n- **A:** a (Done)\n- **B:** b\n\n## Beta\n\n- **C:** c\n';
    const deck = renderDeck(parse(page), templates, { qr: false });
    const slides = slidesOf(deck.markdown);
    expect(deck.slides[1]!.kind).toBe('board');
    const board = slides.find((s) => s.includes('_class: board'))!;
    for (const title of ['A', 'B', 'C']) {
      const number = deck.slides.find((s) => s.kind === 'initiative' && s.title === title)!.number;
      expect(board).toContain(`[${title}](#${number})`);
    }
    expect(board).toContain('<span class="column-heading">Alpha</span>');
    expect(board).toContain('<span class="column-heading">Beta</span>');
    expect(deck.slides.some((s) => s.kind === 'overview')).toBe(false);
  });

  it.each([
    ['board', ['board']],
    ['list', ['overview']],
    ['both', ['board', 'overview']],
  ] as const)('overview: %s', (overview, kinds) => {
    const deck = renderDeck(parse('# R\n\n## Alpha\n\n- **A:** a\n\n## Beta\n\n- **B:** b\n'), templates, {
      qr: false,
      overview,
    });
    expect(deck.slides.filter((s) => s.kind === 'board' || s.kind === 'overview').map((s) => s.kind)).toEqual(kinds);
  });

  it('lists every card per column in the notes', () => {
    const deck = renderDeck(parse('# R\n\n## Alpha\n\n- **A:** a\n- **B:** b\n\n## Beta\n\n- **C:** c\n'), templates, {
      qr: false,
    });
    const board = slidesOf(deck.markdown).find((s) => s.includes('_class: board'))!;
    expect(board).toContain('Alpha: A; B');
    expect(board).toContain('Beta: C');
  });

  it('keeps roadmap text as text on cards', () => {
    const deck = renderDeck(
      parse('# R\n\n## <b>x</b> {{a}}\n\n- **<script>y</script>:** a\n\n## Beta\n\n- **C:** c\n'),
      templates,
      { qr: false },
    );
    const board = slidesOf(deck.markdown).find((s) => s.includes('_class: board'))!;
    expect(board).not.toContain('<script>');
    expect(board).not.toContain('<b>');
  });

  it.each([
    ['seed 2024', SEED_2024],
    ['seed 2022', SEED_2022],
    ...corpusPageNames().map((name) => [name, join(CORPUS, name)]),
  ])('%s: a board with every initiative (or the page is refused for having none)', (_, file) => {
    const source = sourceFromBytes(file, readFileSync(file));
    let edition: ReturnType<typeof parse>;
    try {
      edition = parseRoadmap(source).edition;
    } catch (error) {
      expect(error).toBeInstanceOf(NoInitiativesError);
      return;
    }
    const deck = renderDeck(edition, templates, { qr: false });
    const boards = slidesOf(deck.markdown).filter((s) => s.includes('_class: board'));
    expect(boards.length).toBeGreaterThanOrEqual(1);
    const text = boards.join('\n');
    for (const initiative of edition.sections.flatMap((s) => s.initiatives)) {
      const number = deck.slides.find((s) => s.id === initiative.id)!.number;
      expect(text).toContain(`](#${number})`);
    }
  });
});
