/**
 * The edition's label: the period (or version) the page says this edition is
 * for, in the page's own words, before anything else stands in for it.
 *
 *  1. a period in the page's title ("Console 2023 Roadmap", "Roadmap for v1.4 (July 2020)");
 *  2. a heading that names a period as the plan's ("2024 Fall Roadmap", "2023 Goals"):
 *     the latest of them, the others are kept for history;
 *  3. the periods the section headings name, when they read as one plan: a single
 *     period, or consecutive periods of one kind in order (Q1, Q2, Q3 → "Q1 – Q3").
 *     Newest first means the page keeps its history below the current period: the
 *     first is the edition's. Release headings ("v0.4 ~ Q4 2020") date releases,
 *     not the edition, and periods of different kinds are a schedule, not a label;
 *  4. a period the intro states ("the quarter from July through September 2022", "this
 *     roadmap covers v1.4 (July 2020)").
 * A version with its date stays whole ("v1.4 (July 2020)"). Headings that name one release
 * ("## Beyond 1.0", "## Acme 8.0 Release") are not taken for the edition: they are as often
 * what comes after it.
 * Then the page's "Last updated" date, then the file name (in edition-meta).
 */
import type { Paragraph, Root } from 'mdast';
import { plainText } from './markdown.js';
import type { OutlineHeading } from './outline.js';
import { findPeriod, type Period, type PeriodKind } from './period.js';

export interface LabelInput {
  /** Texts that title the whole page: front matter title, title headings. */
  titles: string[];
  sectionHeadings: OutlineHeading[];
  root: Root;
  /** Line of the first section heading: paragraphs above it are the intro. */
  introEndLine?: number;
}

export interface LabelReading extends Period {
  /** Which rule gave it, for `inspect`. */
  why: 'title' | 'plan heading' | 'section headings' | 'intro';
}

const DATE_KINDS: PeriodKind[] = ['season', 'month-range', 'quarter', 'half', 'month', 'year'];
const PLAN_WORD = /\b(roadmaps?|goals?|plans?|priorities|objectives|okrs?|edition)\b/i;
const VERSION = /(?<![\w.])v?\d+\.\d+(\.\d+)?\b|\bv\d+\b/i;

export function labelOf(input: LabelInput): LabelReading | undefined {
  for (const title of input.titles) {
    const period = versionWithDate(title) ?? findPeriod(title) ?? versionOfRoadmap(title);
    if (period) return { ...period, why: 'title' };
  }
  const plan = latest(
    input.sectionHeadings.filter((h) => PLAN_WORD.test(h.title)).map((h) => findPeriod(h.title, DATE_KINDS)),
  );
  if (plan) return { ...plan, why: 'plan heading' };
  const sections = fromSectionHeadings(input.sectionHeadings);
  if (sections) return { ...sections, why: 'section headings' };
  const intro = fromIntro(input.root, input.introEndLine);
  return intro && { ...intro, why: 'intro' };
}

function latest(periods: (Period | undefined)[]): Period | undefined {
  return periods.filter((p): p is Period => !!p?.date).sort((a, b) => b.date!.localeCompare(a.date!))[0];
}

function fromSectionHeadings(headings: OutlineHeading[]): Period | undefined {
  const periods = headings
    .filter((h) => !VERSION.test(h.title))
    .map((h) => findPeriod(h.title, DATE_KINDS))
    .filter((p): p is Period => !!p?.date);
  const distinct = [...new Map(periods.map((p) => [p.label, p])).values()];
  if (distinct.length <= 1) return distinct[0];
  if (new Set(distinct.map((p) => p.kind)).size > 1) return undefined;
  const dates = distinct.map((p) => p.date!);
  const ascending = dates.every((d, i) => i === 0 || d > dates[i - 1]!);
  const descending = dates.every((d, i) => i === 0 || d < dates[i - 1]!);
  if (ascending) {
    // A run among them ("Q4 - Q1 2026" before "Q2 2026", "2024 - 2025" before "2025 - 2026") gives the
    // label its start, or its end: "Q4 2025 – Q2 2026", "2024 – 2026".
    const first = distinct[0]!;
    const last = distinct[distinct.length - 1]!;
    const start = first.from ?? first.label;
    const end = last.to ?? last.label;
    // Quarters of one year share it: "Q1–Q2 2026", not "Q1 2026 – Q2 2026". The year is where the
    // first run starts and where the last one ends ("Q1 2026" … "Q4 2026 – Q1 2027" is two years).
    const yearOf = (quarter: string) => quarter.split(' ').at(-1);
    const oneYear = first.kind === 'quarter' && yearOf(start) === yearOf(end);
    const label = oneYear ? `${start.split(' ')[0]}–${end}` : `${start} – ${end}`;
    return wholeYear(distinct) ?? { kind: first.kind, label, date: first.date };
  }
  return descending ? distinct[0] : undefined;
}

/**
 * Every half (H1, H2) or every quarter (Q1–Q4) of one year, in order, is that year:
 * "2024 H1", "2024 H2" → "2024", not "2024 H1 – 2024 H2".
 */
function wholeYear(periods: Period[]): Period | undefined {
  const kind = periods[0]!.kind;
  const parts = kind === 'half' ? 2 : kind === 'quarter' ? 4 : 0;
  if (parts === 0 || periods.length !== parts) return undefined;
  const years = new Set(periods.map((p) => p.date!.slice(0, 4)));
  if (years.size !== 1) return undefined;
  const year = [...years][0]!;
  return { kind: 'year', label: year, date: `${year}-01-01` };
}

/** The first specific period stated in the intro's prose. */
function fromIntro(root: Root, introEndLine: number | undefined): Period | undefined {
  for (const node of root.children) {
    if (introEndLine !== undefined && (node.position?.start.line ?? 0) >= introEndLine) break;
    if (node.type !== 'paragraph') continue;
    const text = plainText(node as Paragraph);
    const period = versionWithDate(text) ?? findPeriod(text, ['month-range', 'season', 'quarter', 'half']);
    if (period) return period;
  }
  return undefined;
}

/** Up to four words of a product's name before its release number ("Entity Framework Core 5.0"). */
const NAME = String.raw`(?:[\p{L}][\p{L}\p{N}.+#-]*\s+){0,4}`;
const RELEASE = String.raw`v?(\d+(?:\.\d+){1,2})`;
const PLAN_FIRST = new RegExp(String.raw`^(?:road\s?map|plan)\s+(?:(?:for|to)\s+)?${NAME}${RELEASE}$`, 'iu');
const PLAN_LAST = new RegExp(String.raw`^${NAME}${RELEASE}\s+(?:road\s?map|plan)$`, 'iu');

/**
 * "1.0 Roadmap", "Roadmap 0.4", "Plan for Entity Framework Core 5.0", "Acme 2.1 plan": the release the
 * whole page plans, as written.
 */
function versionOfRoadmap(title: string): Period | undefined {
  const t = title.trim().replace(/[:：]$/, '');
  const match = PLAN_FIRST.exec(t) ?? PLAN_LAST.exec(t);
  return match ? { kind: 'version', label: match[1]! } : undefined;
}

/** "v1.4 (July 2020)", "version 2.0 (Q3 2025)": a release and its date, as one label. */
function versionWithDate(text: string): Period | undefined {
  const match =
    /(?<![\w.])(?:v|version\s+|release\s+)(\d+(?:\.\d+){1,2})\s*\(([^()]{3,40})\)/i.exec(text) ?? EXPECTED.exec(text);
  const when = match ? findPeriod(match[2]!, DATE_KINDS) : undefined;
  return when && { kind: 'version', label: `v${match![1]} (${when.label})`, ...(when.date ? { date: when.date } : {}) };
}

/**
 * A version, then its date right after a word that expects it, as a remark in brackets: "the next
 * release (v0.9, expected June 2023)". In running prose the version may be another project's ("Python
 * version 3.13, expected October 2024, removes …") or one already past.
 */
const EXPECTED =
  /\((?:v|version\s+|release\s+)(\d+(?:\.\d+){1,2})\s*[,–—-]\s*(?:expected|planned|due|scheduled|targeted|targeting|eta:?)\s+(?:for\s+|in\s+|on\s+|by\s+)?((?:[qh][1-4]|(?:19|20)\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter)[^(),;]{0,30})\)/i;
