/**
 * Ground-truth files (test/fixtures/corpus/truth/FORMAT.md) and the readings
 * they accept. A truth file describes one expected reading plus
 * `alternatives` a presenter could defensibly choose instead; each becomes a
 * complete `Reading` here, so the matcher never has to know about them.
 */
import { normalizeText, sameSection } from './normalize.js';

export type TruthStatus = 'done' | 'in-progress' | 'planned' | 'future';

export interface TruthItem {
  title: string;
  section: string | null;
  status: TruthStatus | null;
  tracking: string | null;
  /** Other acceptable titles (with numbering or a prefix, shortened, with trailing punctuation). */
  alt?: string[];
  sectionAlt?: (string | null)[];
  statusAlt?: (TruthStatus | null)[];
  /** Other acceptable trackers (null included), where a reading of the page defensibly differs. */
  trackingAlt?: (string | null)[];
  /** Informational extras (`when`, `why`, `area`…) are kept but never scored. */
  [extra: string]: unknown;
}

export interface TruthAlternative {
  description?: string;
  /** Initiatives to take out, as `title` or `title@section`. */
  replace?: string[];
  with?: TruthItem[];
  /** A whole alternative list of initiatives. */
  initiatives?: TruthItem[];
}

export interface Truth {
  file: string;
  source?: string;
  title: string;
  titleAlternatives?: string[];
  label?: string | null;
  labelAlternatives?: (string | null)[];
  initiatives: TruthItem[];
  optional?: TruthItem[];
  alternatives?: TruthAlternative[];
  notAnInitiative?: string[];
  notes?: string;
}

/** One complete acceptable reading of a page. */
export interface Reading {
  /** "truth" for the main reading, else the alternative's description. */
  name: string;
  expected: TruthItem[];
  /** Items a tool may show or leave out without penalty (shared by every reading). */
  optional: TruthItem[];
}

export class TruthError extends Error {
  override name = 'TruthError';
}

/** The main reading first, then one per alternative, in file order. */
export function readingsOf(truth: Truth): Reading[] {
  const optional = truth.optional ?? [];
  const readings: Reading[] = [{ name: 'truth', expected: truth.initiatives, optional }];
  truth.alternatives?.forEach((alternative, index) => {
    const name = alternative.description ?? `alternative ${index + 1}`;
    if (alternative.initiatives) {
      readings.push({ name, expected: alternative.initiatives, optional });
      return;
    }
    if (!alternative.replace?.length)
      throw new TruthError(`${truth.file}: alternative "${name}" has neither "initiatives" nor "replace"`);
    readings.push({
      name,
      ...applyReplace(truth.file, name, truth.initiatives, optional, alternative.replace, alternative.with ?? []),
    });
  });
  return readings;
}

/**
 * Takes the named items out of the expected (and optional) list and puts the
 * replacements where the first of them stood, so reports keep page order.
 * A name that matches nothing is an error in the truth file, not a silent no-op.
 */
function applyReplace(
  file: string,
  name: string,
  expected: TruthItem[],
  optional: TruthItem[],
  keys: string[],
  replacements: TruthItem[],
): { expected: TruthItem[]; optional: TruthItem[] } {
  const removed = new Set<TruthItem>();
  for (const key of keys) {
    const hits = [...expected, ...optional].filter((item) => replaceKeyMatches(key, item));
    if (hits.length === 0)
      throw new TruthError(`${file}: alternative "${name}" replaces "${key}", which names no initiative`);
    for (const hit of hits) removed.add(hit);
  }
  const first = expected.findIndex((item) => removed.has(item));
  const kept = expected.filter((item) => !removed.has(item));
  const at = first === -1 ? kept.length : expected.slice(0, first).filter((item) => !removed.has(item)).length;
  return {
    expected: [...kept.slice(0, at), ...replacements, ...kept.slice(at)],
    optional: optional.filter((item) => !removed.has(item)),
  };
}

/**
 * `title@section` when the text after the last "@" names the item's section,
 * otherwise the whole key is a title (so a title containing "@" still works).
 */
export function replaceKeyMatches(key: string, item: TruthItem): boolean {
  const at = key.lastIndexOf('@');
  if (at > 0) {
    const title = key.slice(0, at);
    const section = key.slice(at + 1);
    const sections = [item.section, ...(item.sectionAlt ?? [])];
    if (titleKeys(item).includes(normalizeText(title)) && sections.some((s) => sameSection(s, section))) return true;
  }
  return titleKeys(item).includes(normalizeText(key));
}

/** Every normalized title an item answers to: its title first, then its `alt` list. */
export function titleKeys(item: TruthItem): string[] {
  return [item.title, ...(item.alt ?? [])].map(normalizeText);
}
