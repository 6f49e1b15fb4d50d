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
 * stand, and make one named section a column of its own); otherwise two or more time
 * buckets; otherwise two or more statuses; otherwise a single column.
 */
export function boardColumns(edition: RoadmapEdition): { basis: ColumnBasis; columns: BoardColumn[] } {
  const cards: BoardCard[] = edition.sections.flatMap((section) =>
    section.initiatives.map((initiative) => ({ initiative, section })),
  );
  const named = edition.sections.filter((s) => !s.implicit && s.initiatives.length > 0);
  const outside = edition.sections.some((s) => s.implicit && s.initiatives.length > 0);
  // One named section beside initiatives outside it ("Completed" under the open work) is two columns too:
  // one column under its name would file the others under it.
  if (named.length >= 2 || (named.length === 1 && outside)) {
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
