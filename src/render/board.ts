/**
 * The board: every initiative as a card in a column, right after the title
 * slide. Which columns a page gets, and how the cards are spread over as
 * many board slides as they need, are decided here, before the browser sees
 * the deck; the fitting pass then checks each board slide in Chromium and,
 * when one still overflows at the smallest card text allowed, the deck is
 * rendered again with a tighter `density` (see `src/export/fit-deck.ts`).
 */
import { findPeriod } from '../parse/period.js';
import type { Bucket, Initiative, RoadmapEdition, Section, Status } from '../model/types.js';
import { STATUSES } from '../model/types.js';

/** Where the columns come from: the page's sections, its time buckets, its statuses, or one column. */
export type ColumnBasis = 'sections' | 'buckets' | 'statuses' | 'single';

export interface BoardCard {
  initiative: Initiative;
  section: Section;
}

export interface BoardColumn {
  /** Plain-text heading; with neither title nor status, the column of initiatives outside every group ("Other"). */
  title?: string;
  /** A column of one status: its heading is the status's word in the deck's language. */
  status?: Status;
  cards: BoardCard[];
}

/** More columns than this on one slide would make cards too narrow to read: the rest go on the next board slide. */
export const MAX_BOARD_COLUMNS = 8;

/** The time bucket that applies to an initiative: its own, else its section's. */
export function bucketFor(initiative: Initiative, section: Section): Bucket | undefined {
  return initiative.bucket ?? section.bucket;
}

const isTime = (bucket: Bucket | undefined) =>
  bucket !== undefined && bucket.kind !== 'status' && bucket.kind !== 'theme';

/**
 * Columns: two or more named sections are the columns, in the order of the
 * slides (initiatives outside any section get a column of their own where they
 * stand); otherwise two or more time
 * buckets; otherwise two or more statuses; otherwise a single column.
 */
export function boardColumns(edition: RoadmapEdition): { basis: ColumnBasis; columns: BoardColumn[] } {
  const cards: BoardCard[] = edition.sections.flatMap((section) =>
    section.initiatives.map((initiative) => ({ initiative, section })),
  );
  const named = edition.sections.filter((s) => !s.implicit && s.initiatives.length > 0);
  if (named.length >= 2) {
    // In the order of the slides: initiatives outside every section stand where the page has them.
    return {
      basis: 'sections',
      columns: edition.sections
        .filter((section) => section.initiatives.length > 0)
        .map((section) => ({
          ...(section.implicit ? {} : { title: section.title }),
          cards: section.initiatives.map((initiative) => ({ initiative, section })),
        })),
    };
  }
  const buckets = groupBy(cards, (c) => bucketFor(c.initiative, c.section)?.label);
  if (buckets.filter(([key]) => key !== undefined).length >= 2) {
    const dated = buckets.filter(([key]) => key !== undefined);
    const dates = dated.map(([key]) => findPeriod(key!)?.date);
    // Dated buckets read in time order; others (Now / Next / Later) as the page gives them.
    const order = dates.every(Boolean)
      ? dated.map((group, i) => ({ group, date: dates[i]! })).sort((a, b) => a.date.localeCompare(b.date))
      : dated.map((group) => ({ group, date: '' }));
    const rest = buckets.find(([key]) => key === undefined);
    return {
      basis: 'buckets',
      columns: [
        ...order.map(({ group: [title, list] }) => ({ title, cards: list })),
        ...(rest ? [{ cards: rest[1] }] : []),
      ],
    };
  }
  const statuses = groupBy(cards, (c) => (c.initiative.status === 'unknown' ? undefined : c.initiative.status));
  if (statuses.filter(([key]) => key !== undefined).length >= 2) {
    const rank = (key: string | undefined) => (key === undefined ? STATUSES.length : STATUSES.indexOf(key as Status));
    return {
      basis: 'statuses',
      columns: statuses
        .sort((a, b) => rank(a[0]) - rank(b[0]))
        .map(([key, list]) => (key === undefined ? { cards: list } : { status: key as Status, cards: list })),
    };
  }
  return { basis: 'single', columns: [{ title: named[0]?.title, cards }] };
}

function groupBy<T>(items: T[], key: (item: T) => string | undefined): [string | undefined, T[]][] {
  const groups = new Map<string | undefined, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return [...groups.entries()];
}

/** The "when" of a card: its time bucket, unless its column already says it. */
export function cardWhen(card: BoardCard, column: BoardColumn): string | undefined {
  const bucket = bucketFor(card.initiative, card.section);
  const label = bucket?.label.toLowerCase() ?? '';
  const said = [column.title, card.section.title].some((t) => t?.toLowerCase().includes(label));
  if (!isTime(bucket) || said) return undefined;
  return bucket!.label;
}

/** A piece of a column on one board slide. */
export interface BoardPart {
  column: BoardColumn;
  cards: BoardCard[];
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

/**
 * Board slides: columns in groups of at most MAX_BOARD_COLUMNS (fewer at a lower density); in each group,
 * every column is cut into runs of cards that fit its estimated height, and
 * the n-th board slide of the group shows the n-th run of each column. No
 * card is ever left out: a column that does not fit goes on.
 */
export function splitBoard(columns: BoardColumn[], options: SplitOptions): BoardPage[] {
  const density = options.density ?? 1;
  // A board measured too full also gets fewer, wider columns a slide: a card too tall for a narrow
  // column (a very long title) then fits a wider one.
  const perSlide = Math.max(1, Math.min(MAX_BOARD_COLUMNS, Math.round(MAX_BOARD_COLUMNS * density)));
  const pages: BoardPage[] = [];
  for (let start = 0; start < columns.length; start += perSlide) {
    const group = columns.slice(start, start + perSlide);
    const content = options.width - 144;
    const colWidth = (content - COLUMN_GAP * (group.length - 1)) / group.length;
    // One or two wide columns lay their cards out side by side (the theme's cols-1 and cols-2 grids).
    const across = subColumns(group.length);
    const inner = (colWidth - 8 * (across - 1)) / across - 25;
    const runs = group.map((column) => {
      const out: BoardCard[][] = [];
      let run: BoardCard[] = [];
      let used = 0;
      for (let i = 0; i < column.cards.length; i += across) {
        const row = column.cards.slice(i, i + across);
        const h = Math.max(...row.map((card) => cardHeight(card, inner, options.metaLength?.(card) ?? 12)));
        if (run.length && used + h > COLUMN_ROOM * density) {
          out.push(run);
          run = [];
          used = 0;
        }
        run.push(...row);
        used += h;
      }
      out.push(run);
      return out;
    });
    const count = Math.max(...runs.map((r) => r.length));
    for (let n = 0; n < count; n++) {
      pages.push(group.flatMap((column, i) => (runs[i]![n]?.length ? [{ column, cards: runs[i]![n]! }] : [])));
    }
  }
  return pages;
}
