/**
 * Periods named in a page: seasons, month ranges, quarters, halves, years and
 * versions. They give the edition its label and date, and sections their
 * time bucket.
 */
import { HORIZON_OTHER, STATUS_GROUP_OTHER } from './period-other.js';
import type { Bucket } from '../model/types.js';
import {
  BEYOND_A_TIME,
  GROUP_OF,
  POST_A_RELEASE,
  IN_DEVELOPMENT_WORDS,
  PRIORITIZED_WORDS,
  withoutQuoted,
} from './status.js';

import { opensSetAside } from './status-set-aside.js';
import { signedStatusOf, trailingStatusOf } from './status-tags.js';
import { MATCHERS, MONTH, YEAR, monthIndex, pad } from './period-matchers.js';

export type PeriodKind = 'season' | 'month-range' | 'quarter' | 'half' | 'month' | 'year' | 'version';

export interface Period {
  kind: PeriodKind;
  /** Normalized label, e.g. "July–September 2022", "2024 Fall", "Q1 2025", "v0.2". */
  label: string;
  /** Start date (YYYY-MM-DD) where the period has one. */
  date?: string;
  /** The first and the last period of a run ("Q4 2025", "Q1 2026" of "Q4 2025 – Q1 2026"), labelled alone. */
  from?: string;
  to?: string;
}

/** The most specific period named in a text, if any. */
export function findPeriod(text: string, kinds?: PeriodKind[]): Period | undefined {
  return matchPeriod(text, kinds)?.period;
}

/** The first period in `text`, with the words that name it ("2027-2028" in "Potential 2027-2028 goals"). */
export function matchPeriod(text: string, kinds?: PeriodKind[]): { period: Period; words: string } | undefined {
  for (const matcher of MATCHERS) {
    if (kinds && !kinds.includes(matcher.kind)) continue;
    const match = matcher.pattern.exec(text);
    if (!match) continue;
    // "Q2 2026 (slipped from Q3 – Q4 2025)": the quarter it opens with is its period.
    const single = matcher.range
      ? MATCHERS.find((other) => other.kind === matcher.kind && !other.range)?.pattern.exec(text)
      : undefined;
    if (single && single.index < match.index) continue;
    return { period: matcher.make(match), words: match[0] };
  }
  return undefined;
}

/** Whether `text` is a real calendar date written YYYY-MM-DD or YYYY-MM (not 2024-13-45, not 2023-02-29). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Date (YYYY-MM-DD) of a free-form date such as "June 2022", "Jan 16, 2024", "April 20, 2015". */
export function parseLooseDate(text: string): string | undefined {
  const iso = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return isCalendarDate(iso[0]) ? iso[0] : undefined;
  const dayFirst = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'i').exec(text);
  if (dayFirst) return `${dayFirst[3]}-${pad(monthIndex(dayFirst[1]!) + 1)}-${pad(Number(dayFirst[2]))}`;
  const period = findPeriod(text, ['month-range', 'season', 'quarter', 'half', 'month', 'year']);
  return period?.date;
}

/** Horizons: "Now", "Long term", "Backlogs", "TODO", "Ideas"; "Beyond" only as a time ("Beyond 1.0", "2025 and beyond"), not "Beyond the CLI". */
const HORIZON = new RegExp(
  String.raw`\b(now|current\s+(?:focus|work|priorit\w*|efforts?)|next|soon|later|afterwards?|thereafter|short[\s-]*term|near[\s-]*term|(?:medium|mid)[\s-]*term|long(?:er)?[\s-]*term|down[\s-]+the[\s-]+road|further[\s-]+out(?![\w-])|immediate|future|backlogs?|to[\s-]?do|ideas?|wish[\s-]?list)\b|\b${BEYOND_A_TIME}|\b${POST_A_RELEASE}`,
  'i',
);
const WITHIN_TIME =
  /^(?:(?:coming|landing|expected|planned|arriving)\s+)?(?:within|in|over)\s+(?:the\s+)?(?:next|a\s+few|coming|few)\s+(?:few\s+)?(?:\d+(?:\s*[-–]\s*\d+)?\s+)?(?:days?|weeks?|months?|quarters?|years?)(?:\s*[/,–-]\s*(?:(?:a\s+few\s+)?(?:days?|weeks?|months?|quarters?|years?)))*(?:\s*\([^)]*\))?$/i;
export const PHASE = /\b(phase|stage|milestone|step|wave|iteration|sprint)\s*(\d+|[ivx]+\b|[a-d]\b)/i;
// The ranks of a MoSCoW list too ("Must have", "Should", "Nice to have"); "Won't have" is a non-goal.
const PRIORITY =
  /^(?:p[0-4]|priority\s*[0-4]|(?:high|medium|low|top)[\s-]+priority(?:\s+(?:tasks|items|work|features|issues))?|(?:must|should|could)(?:[\s-]+haves?)?|nice[\s-]+to[\s-]+haves?)$/i;
const STATUS_GROUP =
  /\b(completed?|done|ongoing|in[\s-]+progress|(?<!\b(?:not|nothing)\s+)in\s+the\s+works|finished|shipped|released|planned|upcoming)\b|^\W*(resolved|ready\s+(?:to|for)\s+(?:merge|review))(\s+(issues|items|bugs|tasks|prs|pull\s+requests|\(.*\)))?\W*$/i;

/** A group opened by its state ("In development", "Features under development (next release)", "Work prioritized for v2"). */
const STATUS_OPENING = new RegExp(
  String.raw`^[^\p{L}]*${GROUP_OF}(?:${IN_DEVELOPMENT_WORDS}|${PRIORITIZED_WORDS})[^\p{L}]*(?:\(.*\))?[^\p{L}]*$`,
  'iu',
);

/** Whether a title groups work by when or how it stands ("Now", "Q1 2025", "Phase 2", "Completed"), not by release or theme. */
export function groupsByTime(title: string): boolean {
  const kind = bucketOf(title)?.kind;
  return !!kind && kind !== 'version' && kind !== 'theme';
}

/** A release's number alone, as a title or label: "0.3", "v2.1", "1.1+", "2.1.x". */
export const isReleaseNumber = (text: string): boolean => /^v?\d+(\.\d+)+(\.x|\+)?$/i.test(text.trim());

/** A series of releases by its major number: "2.x", "v5.x". It groups releases; over boxes alone, it is one. */
export const isReleaseSeries = (text: string): boolean => /^v?\d+\.x$/i.test(text.trim());

/** The time bucket a section title names, if it names one. */
export function bucketOf(title: string): Bucket | undefined {
  const period = findPeriod(title);
  if (period) {
    const kind = period.kind === 'month-range' || period.kind === 'month' ? 'month' : period.kind;
    return { kind, label: period.label };
  }
  const phase = PHASE.exec(title);
  if (phase) return { kind: 'phase', label: phase[0] };
  // A priority group ranks when the work comes, as a horizon does: "P0", "Priority 1", "High priority".
  if (PRIORITY.test(title.trim())) return { kind: 'horizon', label: title.trim() };
  // A horizon told in words of time: "Coming within a few weeks / months", "In the next 6 months".
  if (WITHIN_TIME.test(title.trim())) return { kind: 'horizon', label: title.trim() };
  // Status groups and horizons are short titles ("Completed", "What's next", "Medium / Long Term (4-18 months)").
  if (
    title
      .replace(/\([^)]*\)/g, '')
      .trim()
      .split(/\s+/).length > 5
  )
    return undefined;
  const label = title
    .replace(/\s*[^\p{L}\p{N}\s)]+\s*$/u, '')
    .replace(/^[^\p{L}\p{N}(]+/u, '')
    .trim();
  if (namesWorkThenStatus(title)) return undefined;
  if (STATUS_GROUP.test(withoutQuoted(title)) || opensSetAside(title)) return { kind: 'status', label };
  if (STATUS_OPENING.test(title)) return { kind: 'status', label };
  if (HORIZON.test(title)) return { kind: 'horizon', label };
  // Work still being looked into, as a whole title: "Researching", "Research topics", "Exploring",
  // "Under consideration", "Feature requests" (over a list of them: over a sentence, a call to send them).
  if (
    /^(researching|under\s+research|research\s+topics|exploring|explorations?|(under|in)\s+exploration|under\s+consideration|being\s+considered|feature\s+requests|requested\s+features)$/i.test(
      label,
    )
  )
    return { kind: 'horizon', label };
  // The same groups in other languages, in titles of a few words or (without spaces) a few signs.
  const bare = title.replace(/[(（][^)）]*[)）]/g, '').trim();
  if (bare.split(/\s+/).length <= 4 && bare.length <= 40) {
    if (STATUS_GROUP_OTHER.test(bare)) return { kind: 'status', label };
    if (HORIZON_OTHER.test(bare)) return { kind: 'horizon', label };
  }
  return undefined;
}

/**
 * A name, then how it stands after a status sign or a dash ("Wait-time Profiling ✅ Done", "4b. Trace
 * Format — Planned"): a piece of work and its status, not a group of work. Not a group's name ("Backlog
 * — planned", "Features - Done", "Phase 1 — Done", "Beta - In progress").
 */
function namesWorkThenStatus(title: string): boolean {
  const rest =
    signedStatusOf(title)?.rest ??
    (/\s[-–—]\s+[^-–—()[\]]+$/.test(title) && !/[)\]]\s*$/.test(title) ? trailingStatusOf(title)?.rest : undefined);
  if (!rest || !/\p{L}/u.test(rest)) return false;
  const name = rest.replace(/^[^\p{L}]*\d+[a-z]?[.)]\s*/iu, '').trim();
  return !bucketOf(name) && !PHASE.test(name) && !GROUP_WORDS.test(name) && !STAGE_NAME.test(name);
}

/** A release or its stage by name ("Beta", "GA", "Pre-Launch", "v2", "1.4"): it groups that release's work. */
const STAGE_NAME =
  /^(?:(?:pre|post)[\s-]?)?(?:alpha|beta|rc|ga|mvp|preview|stable|lts|launch|version|release(?:\s+candidate)?|general\s+availability)(?:\s*\d+)?$|^v?\d+(?:\.[\dx]+)*$/i;

/** Words for work in general or a kind of it: "Features", "Tasks", "Everything else", "Our goals". */
const GROUP_WORDS =
  /^(?:(?:all|the|our|other|remaining|everything|misc\w*|key|main|major|new)\s*)*(?:work|tasks?|items?|features?|changes|stuff|things|else|goals?|milestones?|phases?|releases?|projects?|issues?|epics?|themes?|initiatives?)?$/i;
