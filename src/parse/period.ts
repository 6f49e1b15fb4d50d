/**
 * Periods named in a page: seasons, month ranges, quarters, halves, years and
 * versions. They give the edition its label and date, and sections their
 * time bucket.
 */
import { HORIZON_OTHER, STATUS_GROUP_OTHER } from './period-other.js';
import type { Bucket } from '../model/types.js';
import { BEYOND_A_TIME, GROUP_OF, IN_DEVELOPMENT_WORDS, PRIORITIZED_WORDS, withoutQuoted } from './status.js';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const SEASON = '(spring|summer|fall|autumn|winter)';
const YEAR = '((?:19|20)\\d{2})';

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

interface Matcher {
  kind: PeriodKind;
  pattern: RegExp;
  make: (m: RegExpExecArray) => Period;
  /** A run of periods: taken only where no single one of its kind comes first in the text. */
  range?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthIndex = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));
const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
const fullMonth = (name: string) => title(MONTHS[monthIndex(name)] ?? name);
const SEASON_MONTH: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

/**
 * A run of quarters ("Q3 2026 – Q2 2027", "Q1-Q2 2026", "2024-Q3/2025-Q1") or of halves
 * ("H2 2025 to H1 2026", "2024-H2/2025-H1"), labelled as single ones are ("Q1 2026", "2026 H1")
 * and dated from its start.
 */
function partRange(kind: 'quarter' | 'half', yearFirst = false): Matcher {
  const letter = kind === 'quarter' ? 'Q' : 'H';
  const part = kind === 'quarter' ? '[1-4]' : '[12]';
  const to = '(?:through|thru|to|until|-|–|—)';
  return {
    kind,
    range: true,
    // Year first, the year of each end is written: "2024 H2 - 2025 H1", "2024-H2/2025-H1".
    pattern: yearFirst
      ? new RegExp(
          `\\b${YEAR}(?:\\s*|[-/])${letter}(${part})\\s*(?:${to}|/)\\s*${YEAR}(?:\\s*|[-/])${letter}(${part})\\b`,
          'i',
        )
      : new RegExp(`\\b${letter}(${part})(?:\\s*${YEAR})?\\s*${to}\\s*${letter}(${part})\\s*${YEAR}\\b`, 'i'),
    make: (m) => {
      const [from, to, lastYear] = yearFirst ? [m[2]!, m[4]!, m[3]!] : [m[1]!, m[3]!, m[4]!];
      // "Q4 - Q1 2026" runs from the year before.
      const firstYear =
        (yearFirst ? m[1] : m[2]) ?? (Number(from) > Number(to) ? String(Number(lastYear) - 1) : lastYear);
      const one = (n: string, year: string) => (kind === 'quarter' ? `Q${n} ${year}` : `${year} H${n}`);
      const label =
        firstYear !== lastYear
          ? `${one(from, firstYear)} – ${one(to, lastYear)}`
          : kind === 'quarter'
            ? `Q${from}–Q${to} ${lastYear}`
            : `${lastYear} H${from}–H${to}`;
      const month = kind === 'quarter' ? (Number(from) - 1) * 3 + 1 : from === '1' ? 1 : 7;
      return { kind, label, date: `${firstYear}-${pad(month)}-01`, from: one(from, firstYear), to: one(to, lastYear) };
    },
  };
}

const MATCHERS: Matcher[] = [
  {
    kind: 'month-range',
    pattern: new RegExp(
      `\\b${MONTH}\\.?(?:\\s+${YEAR})?\\s*(?:through|thru|to|until|till|-|–|—)\\s*${MONTH}\\.?,?\\s+${YEAR}\\b`,
      'i',
    ),
    make: (m) => ({
      kind: 'month-range',
      label: `${fullMonth(m[1]!)}${m[2] && m[2] !== m[4] ? ` ${m[2]}` : ''}–${fullMonth(m[3]!)} ${m[4]}`,
      date: `${m[2] ?? m[4]}-${pad(monthIndex(m[1]!) + 1)}-01`,
    }),
  },
  // A run of quarters or of halves: "Q3 2026 – Q2 2027", "Q1-Q2 2026", "H2 2025 to H1 2026", "2024-H2/2025-H1".
  partRange('quarter'),
  partRange('half'),
  partRange('quarter', true),
  partRange('half', true),
  {
    kind: 'season',
    pattern: new RegExp(`\\b(?:${YEAR}\\s+${SEASON}|${SEASON}\\s+(?:of\\s+)?${YEAR})\\b`, 'i'),
    make: (m) => {
      const year = m[1] ?? m[4]!;
      const season = (m[2] ?? m[3])!;
      return {
        kind: 'season',
        label: m[1] ? `${year} ${title(season)}` : `${title(season)} ${year}`,
        date: `${year}-${pad(SEASON_MONTH[season.toLowerCase()]!)}-01`,
      };
    },
  },
  {
    kind: 'quarter',
    pattern: new RegExp(`\\b(?:Q([1-4])\\s*[-/']?\\s*${YEAR}|${YEAR}\\s*[-/]?\\s*Q([1-4]))\\b`, 'i'),
    make: (m) => {
      const q = Number(m[1] ?? m[4]);
      const year = m[2] ?? m[3]!;
      return { kind: 'quarter', label: `Q${q} ${year}`, date: `${year}-${pad((q - 1) * 3 + 1)}-01` };
    },
  },
  {
    kind: 'half',
    // "2024-H2", "2025 - H1"; a half with a year of its own after it is its own ("Late 2024 - H1 2025").
    pattern: new RegExp(
      `\\b(?:H([12])\\s*[-/']?\\s*${YEAR}|${YEAR}\\s*[-/]?\\s*H([12])(?!\\s*[-/']?\\s*(?:19|20)\\d\\d))\\b`,
      'i',
    ),
    make: (m) => {
      const h = Number(m[1] ?? m[4]);
      const year = m[2] ?? m[3]!;
      return { kind: 'half', label: `${year} H${h}`, date: `${year}-${h === 1 ? '01' : '07'}-01` };
    },
  },
  {
    kind: 'month',
    pattern: new RegExp(`\\b${MONTH}\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?${YEAR}\\b`, 'i'),
    make: (m) => ({
      kind: 'month',
      label: `${fullMonth(m[1]!)} ${m[2]}`,
      date: `${m[2]}-${pad(monthIndex(m[1]!) + 1)}-01`,
    }),
  },
  {
    // A month written in figures with its year, "as of 11/2024" (not a day's date, "12/05/2023").
    kind: 'month',
    // Not the number of a half or a quarter ("2024-H2/2025" is no February).
    pattern: new RegExp(`(?<![\\w/.-])(0?[1-9]|1[0-2])/${YEAR}(?![\\d/])`),
    make: (m) => ({
      kind: 'month',
      label: `${title(MONTHS[Number(m[1]) - 1]!)} ${m[2]}`,
      date: `${m[2]}-${pad(Number(m[1]))}-01`,
    }),
  },
  {
    // A fiscal year: "FY27", "FY 2027", "FY'27". Organizations start theirs in different months;
    // the calendar year it is named after orders it among the others.
    kind: 'year',
    pattern: /\bFY\s*'?((?:19|20)?\d{2})\b/i,
    make: (m) => {
      const year = m[1]!.length === 2 ? `20${m[1]}` : m[1]!;
      return { kind: 'year', label: `FY${m[1]!.length === 2 ? m[1] : year}`, date: `${year}-01-01` };
    },
  },
  {
    // A calendar year named as such: "CY2024", "CY 2025".
    kind: 'year',
    pattern: new RegExp(`\\bCY\\s*'?${YEAR}\\b`, 'i'),
    make: (m) => ({ kind: 'year', label: m[1]!, date: `${m[1]}-01-01` }),
  },
  {
    // Years that run together, as written: "2023/2024", "2022-2023", "2019 – 2021" (not a date, "2023/09").
    kind: 'year',
    pattern: new RegExp(`(?<![\\d/.A-Za-z_-])${YEAR}\\s*[-/–—]\\s*${YEAR}(?![\\d/.-])`),
    make: (m) => ({ kind: 'year', label: m[0].replace(/\s+/g, ' '), date: `${m[1]}-01-01`, from: m[1]!, to: m[2]! }),
  },
  {
    kind: 'year',
    // A year stands alone: the digits of a name ("J1939", "MP2000") are not one.
    pattern: new RegExp(`(?<![\\d.v/A-Za-z_-])${YEAR}(?![\\d.%/-])`),
    make: (m) => ({ kind: 'year', label: m[1]!, date: `${m[1]}-01-01` }),
  },
  {
    kind: 'version',
    // A pre-release suffix belongs to the number ("v1.0.0b1", "v2.0rc1", "v0.4a2"); more digits do not.
    pattern:
      /(?<![\w.])(?:v|version\s+|release\s+)(\d+(?:\.\d+){1,2}(?:-?(?:a|b|rc|alpha|beta|pre|dev)\d*\b)?)(?![\w.]*\d)/i,
    make: (m) => ({ kind: 'version', label: `v${m[1]}` }),
  },
];

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
  String.raw`\b(now|current\s+(?:focus|work|priorit\w*|efforts?)|next|soon|later|afterwards?|thereafter|short[\s-]*term|near[\s-]*term|(?:medium|mid)[\s-]*term|long(?:er)?[\s-]*term|immediate|future|backlogs?|to[\s-]?do|ideas?|wish[\s-]?list)\b|\b${BEYOND_A_TIME}`,
  'i',
);
const WITHIN_TIME =
  /^(?:(?:coming|landing|expected|planned|arriving)\s+)?(?:within|in|over)\s+(?:the\s+)?(?:next|a\s+few|coming|few)\s+(?:few\s+)?(?:\d+(?:\s*[-–]\s*\d+)?\s+)?(?:days?|weeks?|months?|quarters?|years?)(?:\s*[/,–-]\s*(?:(?:a\s+few\s+)?(?:days?|weeks?|months?|quarters?|years?)))*(?:\s*\([^)]*\))?$/i;
export const PHASE = /\b(phase|stage|milestone|step|wave|iteration|sprint)\s*(\d+|[ivx]+\b|[a-d]\b)/i;
// The ranks of a MoSCoW list too ("Must have", "Should", "Nice to have"); "Won't have" is a non-goal.
const PRIORITY =
  /^(?:p[0-4]|priority\s*[0-4]|(?:high|medium|low|top)[\s-]+priority|(?:must|should|could)(?:[\s-]+haves?)?|nice[\s-]+to[\s-]+haves?)$/i;
const STATUS_GROUP =
  /\b(completed?|done|ongoing|in[\s-]+progress|(?<!\b(?:not|nothing)\s+)in\s+the\s+works|finished|shipped|released|planned|upcoming)\b/i;

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
  if (STATUS_GROUP.test(withoutQuoted(title))) return { kind: 'status', label };
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
