/**
 * How a board's cards are spread over slides: an estimate of each card's
 * height from its text, then columns cut into runs that fit the room a
 * board slide has. The browser has the last word (see `src/export/fit-deck.ts`).
 */
import { MAX_BOARD_COLUMNS, type BoardCard, type BoardColumn } from './board.js';

/** A piece of a column on one board slide. */
export interface BoardPart {
  column: BoardColumn;
  cards: BoardCard[];
  /** Not the column's first piece: its heading says it goes on. */
  continued?: boolean;
}

export type BoardPage = BoardPart[];

export interface SplitOptions {
  /** Slide width in px (1280 for 16:9, 960 for 4:3). */
  width: number;
  /** Share of the estimated room to fill, 1 at first; lowered when a board slide measured too full. */
  density?: number;
  /** Label length of each card's status and when, for the estimate. */
  metaLength?: (card: BoardCard) => number;
}

/*
 * The estimate, in px at the 85% text scale (card text 18.7 px), on a 1280×720
 * slide with 52/60 px padding: about 470 px of column under the heading, the
 * count and the column heading. The browser has the last word.
 */
const CARD_FONT = 22 * 0.85;
const CHAR_WIDTH = 0.6;
const LINE = 1.3;
const COLUMN_ROOM = 470;
const COLUMN_GAP = 14;
const CARD_CHROME = 0.8 * CARD_FONT + 8 + 2;

/** Cards side by side in each column: 3 when the board has one column, 2 when it has two. */
export function subColumns(columns: number): number {
  return columns === 1 ? 3 : columns === 2 ? 2 : 1;
}

/** Estimated height of a card in px, in a column `inner` px wide. */
export function cardHeight(card: BoardCard, inner: number, metaLength: number): number {
  const perLine = Math.max(4, Math.floor(inner / (CHAR_WIDTH * CARD_FONT)));
  const titleLines = wrapLines(card.initiative.title, perLine);
  const metaLines = metaLength ? Math.ceil((metaLength * CHAR_WIDTH * 0.8 * CARD_FONT + 40) / inner) : 0;
  return titleLines * LINE * CARD_FONT + metaLines * LINE * 0.8 * CARD_FONT + CARD_CHROME;
}

/** Lines a text takes when wrapped at word boundaries, `perLine` characters a line (long words broken). */
function wrapLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const need = used ? used + 1 + word.length : word.length;
    if (need <= perLine) used = need;
    else if (word.length <= perLine) {
      lines++;
      used = word.length;
    } else {
      lines += used ? 1 : 0;
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    }
  }
  return lines;
}

const cardCount = (parts: BoardPart[]) => parts.reduce((n, part) => n + part.cards.length, 0);

/** Longest word kept whole by narrowing the board: what four columns of 16:9 hold on a line. */
const LONGEST_WHOLE_WORD = 20;

/** Width in px of the text in one card, with `count` columns on the slide. */
function innerWidth(width: number, count: number): number {
  const colWidth = (width - 144 - COLUMN_GAP * (count - 1)) / count;
  const across = subColumns(count);
  return (colWidth - 8 * (across - 1)) / across - 25;
}

/**
 * The most columns a board slide takes: at most MAX_BOARD_COLUMNS (fewer at a lower density), and
 * no more than leave the longest word of any card whole ("Improvements" broken as "Improvemen/ts"
 * reads badly).
 */
export function columnsPerSlide(columns: BoardColumn[], width: number, density = 1): number {
  const cap = Math.max(1, Math.min(MAX_BOARD_COLUMNS, Math.round(MAX_BOARD_COLUMNS * density)));
  // A name longer than a narrow column holds at best ("@scope/plugin-proposal-decorators") is
  // broken at any width: it does not narrow the board.
  const longest = Math.max(
    1,
    ...columns.flatMap((c) =>
      c.cards.flatMap((card) =>
        card.initiative.title
          .split(/[\s-]+/)
          .map((w) => w.length)
          .filter((n) => n <= LONGEST_WHOLE_WORD),
      ),
    ),
  );
  let n = Math.min(cap, Math.max(1, columns.length));
  while (n > 1 && Math.floor(innerWidth(width, n) / (CHAR_WIDTH * CARD_FONT)) < longest) n--;
  return n;
}

/**
 * A column's cards in runs that each fit the room, as even as the fewest runs allow: 9 cards that
 * need two runs go 5 and 4, not 8 and 1.
 */
function runsOf(cards: BoardCard[], heights: (row: BoardCard[]) => number, across: number, room: number) {
  const fill = (capacity: number) => {
    const out: BoardCard[][] = [];
    let run: BoardCard[] = [];
    let used = 0;
    for (let i = 0; i < cards.length; i += across) {
      const row = cards.slice(i, i + across);
      const h = heights(row);
      if (run.length && used + h > capacity) {
        out.push(run);
        run = [];
        used = 0;
      }
      run.push(...row);
      used += h;
    }
    out.push(run);
    return out;
  };
  const fewest = fill(room);
  if (fewest.length < 2) return fewest;
  let total = 0;
  for (let i = 0; i < cards.length; i += across) total += heights(cards.slice(i, i + across));
  for (let capacity = Math.ceil(total / fewest.length); capacity < room; capacity += 8) {
    const even = fill(capacity);
    if (even.length <= fewest.length) return even;
  }
  return fewest;
}

/**
 * Board slides. On a board of one or two columns, each column is cut into even runs of cards that
 * fit its estimated height, and the n-th slide shows the n-th run of each. On a wider board the
 * runs follow one another across the slides in the page's order, as many on a slide as it takes
 * (a long column goes on in the next column, marked as continued): no slide holds a lone card
 * while the first is crammed. No card is ever left out, and cards keep their order.
 */
export function splitBoard(columns: BoardColumn[], options: SplitOptions): BoardPage[] {
  const density = options.density ?? 1;
  const room = COLUMN_ROOM * density;
  const runsAt = (count: number) => {
    const across = subColumns(count);
    const inner = innerWidth(options.width, count);
    const height = (row: BoardCard[]) =>
      Math.max(...row.map((card) => cardHeight(card, inner, options.metaLength?.(card) ?? 12)));
    return columns.map((column) => runsOf(column.cards, height, across, room));
  };
  const perSlide = columnsPerSlide(columns, options.width, density);
  if (columns.length <= 2 && perSlide >= columns.length) {
    const runs = runsAt(columns.length);
    const count = Math.max(...runs.map((r) => r.length));
    return Array.from({ length: count }, (_, n) =>
      columns.flatMap((column, i) => {
        const cards = runs[i]![n];
        return cards?.length ? [{ column, cards, ...(n > 0 ? { continued: true } : {}) }] : [];
      }),
    );
  }
  // As many columns a slide as make the fewest slides; between equals, fewer and wider columns.
  let best: { count: number; parts: BoardPart[]; slides: number; emptiest: number } | undefined;
  for (let count = 1; count <= perSlide; count++) {
    const runs = runsAt(count);
    const parts: BoardPart[] = columns.flatMap((column, i) =>
      runs[i]!.filter((cards) => cards.length).map((cards, n) => ({
        column,
        cards,
        ...(n > 0 ? { continued: true } : {}),
      })),
    );
    const slides = Math.ceil(parts.length / count);
    const perPage = Math.ceil(parts.length / slides);
    // The emptiest slide's cards: a slide holding one card while others are full reads as a leftover.
    let emptiest = Number.POSITIVE_INFINITY;
    for (let start = 0; start < parts.length; start += perPage)
      emptiest = Math.min(emptiest, cardCount(parts.slice(start, start + perPage)));
    if (!best || slides < best.slides || (slides === best.slides && emptiest > best.emptiest))
      best = { count, parts, slides, emptiest };
  }
  const { count, parts } = best!;
  // Spread over the slides evenly: five pieces on a board of four columns go 3 and 2, not 4 and 1.
  const perPage = Math.ceil(parts.length / Math.ceil(parts.length / count));
  const pages: BoardPage[] = [];
  for (let start = 0; start < parts.length; start += perPage) pages.push(parts.slice(start, start + perPage));
  return pages;
}
