/**
 * Scores one page's model against its truth, and a corpus of pages overall.
 * Pure: the model arrives as a `PageModel` (see model.ts), already parsed.
 */
import { matchReading, sectionRight, statusRight, type Pair, type ProducedItem, type ReadingMatch } from './match.js';
import { normalizeText, normalizeUrl } from './normalize.js';
import { readingsOf, type Truth } from './truth.js';

/** What the scorer needs from a parsed page. */
export interface PageModel {
  /** The deck title as slides show it (project name included). */
  title: string;
  /** The edition label, or null when the page gave none (the file name stands in). */
  label: string | null;
  initiatives: ProducedItem[];
}

export interface AttributeMiss {
  title: string;
  got: string | null;
  expected: (string | null)[];
}

export interface AttributeCheck {
  right: number;
  total: number;
  wrong: AttributeMiss[];
}

export interface TextCheck {
  ok: boolean;
  got: string | null;
  expected: (string | null)[];
}

export interface PageScore {
  page: string;
  /** Which reading of the truth scored best ("truth" or an alternative's description). */
  reading: string;
  found: number;
  optionalFound: number;
  missed: string[];
  extra: string[];
  /** No expected item missed and no unexpected item produced. */
  exact: boolean;
  title: TextCheck;
  /** Only where the truth says something about the label (a label, or label alternatives). */
  label?: TextCheck;
  section: AttributeCheck;
  status: AttributeCheck;
  tracking: AttributeCheck;
  /** Why the page has no model (the parser refused it). */
  error?: string;
}

export interface Ratio {
  right: number;
  total: number;
}

export interface Overall {
  pages: number;
  exact: number;
  found: number;
  missed: number;
  extra: number;
  precision: number;
  recall: number;
  f1: number;
  titles: Ratio;
  labels: Ratio;
  section: Ratio;
  status: Ratio;
  tracking: Ratio;
}

/** A page the parser refused is scored as a page with no initiatives and no title. */
export function scorePage(page: string, truth: Truth, model: PageModel | { error: string }): PageScore {
  const produced = 'error' in model ? [] : model.initiatives;
  const candidates = readingsOf(truth).map((reading) => {
    const match = matchReading(produced, reading);
    return { match, attributes: attributesOf([...match.found, ...match.optionalFound]) };
  });
  // Fewest misses plus extras wins; then fewest attribute errors; then the main reading (first).
  const errors = (c: (typeof candidates)[number]) => c.match.missed.length + c.match.extra.length;
  const wrong = (c: (typeof candidates)[number]) =>
    c.attributes.section.wrong.length + c.attributes.status.wrong.length + c.attributes.tracking.wrong.length;
  const best = candidates.reduce((a, b) =>
    errors(b) < errors(a) || (errors(b) === errors(a) && wrong(b) < wrong(a)) ? b : a,
  );
  const title = 'error' in model ? null : model.title;
  const label = 'error' in model ? null : model.label;
  return {
    page,
    reading: best.match.reading,
    ...counts(best.match),
    title: textCheck(title, [truth.title, ...(truth.titleAlternatives ?? [])], 'error' in model),
    ...(labelChecked(truth)
      ? { label: textCheck(label, [truth.label ?? null, ...(truth.labelAlternatives ?? [])], 'error' in model) }
      : {}),
    ...best.attributes,
    ...('error' in model ? { error: model.error } : {}),
  };
}

function counts(match: ReadingMatch) {
  return {
    found: match.found.length,
    optionalFound: match.optionalFound.length,
    missed: match.missed.map((item) => item.title),
    extra: match.extra.map((item) => item.title),
    exact: match.missed.length === 0 && match.extra.length === 0,
  };
}

/** Section, status and tracking of every matched initiative, optional ones included. */
function attributesOf(pairs: Pair[]): { section: AttributeCheck; status: AttributeCheck; tracking: AttributeCheck } {
  const check = (
    right: (pair: Pair) => boolean,
    got: (pair: Pair) => string | null,
    expected: (pair: Pair) => (string | null)[],
  ): AttributeCheck => {
    const wrong = pairs
      .filter((pair) => !right(pair))
      .map((pair) => ({ title: pair.truth.title, got: got(pair), expected: expected(pair) }));
    return { right: pairs.length - wrong.length, total: pairs.length, wrong };
  };
  return {
    section: check(
      (p) => sectionRight(p.produced.section, p.truth),
      (p) => p.produced.section,
      (p) => [p.truth.section, ...(p.truth.sectionAlt ?? [])],
    ),
    status: check(
      (p) => statusRight(p.produced.status, p.truth),
      (p) => p.produced.status,
      (p) => [p.truth.status, ...(p.truth.statusAlt ?? [])],
    ),
    tracking: check(
      (p) =>
        [p.truth.tracking, ...(p.truth.trackingAlt ?? [])].some(
          (url) => normalizeUrl(p.produced.tracking) === normalizeUrl(url),
        ),
      (p) => p.produced.tracking,
      (p) => [p.truth.tracking, ...(p.truth.trackingAlt ?? [])],
    ),
  };
}

/** A label is scored only where the truth gives one, or lists acceptable ones. */
function labelChecked(truth: Truth): boolean {
  return (truth.label ?? null) !== null || (truth.labelAlternatives?.length ?? 0) > 0;
}

function textCheck(got: string | null, expected: (string | null)[], refused: boolean): TextCheck {
  const ok =
    !refused &&
    expected.some((e) => (e === null ? got === null : got !== null && normalizeText(e) === normalizeText(got)));
  return { ok, got, expected };
}

/** Micro-averaged over all initiatives of all pages; 0/0 counts as perfect (nothing to find, nothing wrongly found). */
export function summarize(scores: PageScore[]): Overall {
  const sum = (f: (s: PageScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const found = sum((s) => s.found);
  const missed = sum((s) => s.missed.length);
  const extra = sum((s) => s.extra.length);
  const precision = ratio(found, found + extra);
  const recall = ratio(found, found + missed);
  const ratioOf = (f: (s: PageScore) => AttributeCheck): Ratio => ({
    right: sum((s) => f(s).right),
    total: sum((s) => f(s).total),
  });
  const labelled = scores.filter((s) => s.label);
  return {
    pages: scores.length,
    exact: scores.filter((s) => s.exact).length,
    found,
    missed,
    extra,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    titles: { right: scores.filter((s) => s.title.ok).length, total: scores.length },
    labels: { right: labelled.filter((s) => s.label!.ok).length, total: labelled.length },
    section: ratioOf((s) => s.section),
    status: ratioOf((s) => s.status),
    tracking: ratioOf((s) => s.tracking),
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
