/**
 * The patterns that find a period in a text, most specific first: seasons, runs of months, quarters and
 * halves, months, years and versions, each with how its label and start date are written. Read by
 * ./period.ts, which picks the first that matches.
 */
import type { Period, PeriodKind } from './period.js';

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
export const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** Month names in French, Spanish, Portuguese, Italian, German and Dutch (those English does not share), accented or not, and their usual abbreviations. */
export const MONTH_OTHER =
  '(?:janv\\.?|févr\\.?|fevr\\.?|avr\\.?|juil\\.?|déc\\.?|ene\\.?|abr\\.?|dic\\.?|okt\\.?|dez\\.?|mrt\\.?|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|marco|maerz|marz|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|jänner|februar|märz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus)';
const SEASON = '(spring|summer|fall|autumn|winter)';
export const YEAR = '((?:19|20)\\d{2})';

export interface Matcher {
  kind: PeriodKind;
  pattern: RegExp;
  make: (m: RegExpExecArray) => Period;
  /** A run of periods: taken only where no single one of its kind comes first in the text. */
  range?: boolean;
}

export const pad = (n: number) => String(n).padStart(2, '0');
export const monthIndex = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));
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

export const MATCHERS: Matcher[] = [
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
