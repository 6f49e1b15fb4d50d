/**
 * Matches the initiatives a parser produced with one reading of the truth.
 * Titles decide the match; sections only break ties (the same title under
 * two sections), so a right item in the wrong section counts as found and
 * shows up as a section error instead of a miss plus an extra.
 */
import { normalizeText, sameSection } from './normalize.js';
import type { Reading, TruthItem } from './truth.js';
import { titleKeys } from './truth.js';

/** An initiative as the scorer sees it, taken from the model. */
export interface ProducedItem {
  title: string;
  /** Section title, or null when the initiative is outside any section. */
  section: string | null;
  status: string | null;
  tracking: string | null;
}

export interface Pair {
  produced: ProducedItem;
  truth: TruthItem;
  optional: boolean;
}

export interface ReadingMatch {
  reading: string;
  /** Expected items the parser produced, with what it produced for them. */
  found: Pair[];
  /** Optional items the parser produced: neither credit nor penalty. */
  optionalFound: Pair[];
  /** Expected items the parser did not produce. */
  missed: TruthItem[];
  /** Produced items that are neither expected nor optional. */
  extra: ProducedItem[];
}

interface Slot {
  item: TruthItem;
  optional: boolean;
  keys: string[];
  taken: boolean;
}

/**
 * Two passes: first the truth's own titles, then its `alt` titles, so an
 * item written exactly as the truth spells it is never pushed aside by one
 * that only matches an alternative spelling. Within a pass, expected items
 * come before optional ones (a duplicate fills the expected slot first) and
 * a slot in the produced item's own section before one elsewhere.
 */
export function matchReading(produced: ProducedItem[], reading: Reading): ReadingMatch {
  const slots: Slot[] = [
    ...reading.expected.map((item) => ({ item, optional: false, keys: titleKeys(item), taken: false })),
    ...reading.optional.map((item) => ({ item, optional: true, keys: titleKeys(item), taken: false })),
  ];
  const pairedWith = new Map<number, Slot>();
  for (const pass of ['title', 'alt'] as const) {
    produced.forEach((item, index) => {
      if (pairedWith.has(index)) return;
      const key = normalizeText(item.title);
      const candidates = slots.filter(
        (slot) => !slot.taken && (pass === 'title' ? slot.keys[0] === key : slot.keys.slice(1).includes(key)),
      );
      const best = pickSlot(item, candidates);
      if (!best) return;
      best.taken = true;
      pairedWith.set(index, best);
    });
  }
  const found: Pair[] = [];
  const optionalFound: Pair[] = [];
  const extra: ProducedItem[] = [];
  produced.forEach((item, index) => {
    const slot = pairedWith.get(index);
    if (!slot) extra.push(item);
    else (slot.optional ? optionalFound : found).push({ produced: item, truth: slot.item, optional: slot.optional });
  });
  const missed = slots.filter((slot) => !slot.optional && !slot.taken).map((slot) => slot.item);
  return { reading: reading.name, found, optionalFound, missed, extra };
}

function pickSlot(item: ProducedItem, candidates: Slot[]): Slot | undefined {
  const rank = (slot: Slot) => (slot.optional ? 2 : 0) + (sectionRight(item.section, slot.item) ? 0 : 1);
  let best: Slot | undefined;
  for (const slot of candidates) if (!best || rank(slot) < rank(best)) best = slot;
  return best;
}

/** The produced section is the truth's `section` or one of its `sectionAlt` (null = no section). */
export function sectionRight(section: string | null, truth: TruthItem): boolean {
  return [truth.section, ...(truth.sectionAlt ?? [])].some((expected) => sameSection(section, expected));
}

/** The produced status is the truth's `status` or one of its `statusAlt` (null = none stated). */
export function statusRight(status: string | null, truth: TruthItem): boolean {
  return [truth.status, ...(truth.statusAlt ?? [])].includes(status as TruthItem['status']);
}
