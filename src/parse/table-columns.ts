/**
 * What a table column's cells hold, counted cell by cell: names, or statuses, dates, versions,
 * placeholders, references, marks of support, lists, repeated values (./table.ts weighs them).
 */
import type { TableRow } from 'mdast';
import { plainText } from './markdown.js';
import { findPeriod } from './period.js';
import { isBareStatus } from './status.js';

const PLACEHOLDER =
  /^(tba|tbd|n\/?a|none|-+|–|—|\?+|todo|unknown|x|to\s+be\s+(defined?|determined|decided|announced|confirmed))$/i;

/** A text that only holds a place: "TBD", "n/a", "-", "?", "…". */
export function isPlaceholder(text: string): boolean {
  // Marks before a word ("↳ tbd") only set the row out; a mark alone ("✓", "-") is the cell's value.
  // "…  // more welcome": a remark set off as a code comment says what the place is for.
  const value = text
    .trim()
    .replace(/(?:^|\s)\/\/.*$/s, '')
    .trim()
    .replace(/^[^\p{L}\p{N}]+(?=[\p{L}\p{N}])/u, '')
    .replace(/[.…]+$/, '')
    .trim();
  return value === '' || PLACEHOLDER.test(value);
}
const VERSION =
  /^(?:[\w.-]+\s+)?v?\d+(?:\.(?:\d+|x))+(?:[\s-]*\(?(?:alpha|beta|rc\s*\d*|lts|release[ds]?|stable|final|preview|ga|planned|tbd)\)?)?$|^v\d+$/i;
/** A release's number alone: "0.4.1", "v2.0", "1.1+", "2.x". */
export const RELEASE_CELL = /^v?\d+(\.(\d+|x))+\+?$/i;
const REF_ONLY = /^(?:[\w.-]+\/[\w.-]+)?#\d+(?:\s*[,&]\s*(?:[\w.-]+\/[\w.-]+)?#\d+)*$/;

export interface ColumnStats {
  /** Non-empty cells. */
  filled: number;
  /** Cells that cannot name an item: status, date/period, version, placeholder, reference or link only. */
  notNames: number;
  statuses: number;
  /** Cells that say whether a thing is supported: a status, a mark, or "Yes", "No", "Partial". */
  marks: number;
  dates: number;
  links: number;
  /** Cells naming several things ("API, UX"). */
  lists: number;
  /** Values that occur again further down (a category, not a name). */
  repeats: number;
  distinct: number;
  words: number;
  sentences: number;
  /** Codes of letters and figures with no space ("R2.4", "CORE-12", "A1"). */
  codes: number;
}

export function cellText(row: TableRow, col: number): string {
  return plainText(row.children[col] ?? []).trim();
}

/** A cell that is only a link or links (its text may be anything). */
function linkOnly(row: TableRow, col: number): boolean {
  const cell = row.children[col];
  if (!cell) return false;
  const parts = cell.children.filter((node) => !(node.type === 'text' && /^[\s,;()&]*$/.test(node.value)));
  return (
    parts.length > 0 &&
    parts.every((node) => node.type === 'link' || node.type === 'linkReference' || node.type === 'inlineCode')
  );
}

const DATE_WORD =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|spring|summer|autumn|fall|winter|early|mid|late|end|start|beginning|of|by|in|to|until|before|after|est(imated)?\.?|target(ed)?|approx\.?|fy|cy|q[1-4]|h[12]|quarter|half|[~≈]|tbd|tba)$/i;

function isDateLike(text: string): boolean {
  // "2022-12", "2022-12-12", "12-12-2022", "12/12/2022", "2024.06": a date written in figures.
  if (/^\d{4}[-/.]\d{1,2}([-/.]\d{1,2})?$|^\d{1,2}[-/.]\d{1,2}[-/.](\d{2}|\d{4})$/.test(text)) return true;
  const period = findPeriod(text);
  if (!period || period.kind === 'version') return false;
  // "2022 H2", "Q4 2025 (estimated)", "June/July 2020", "end of 2024": the period is most of the
  // cell; "Stabilize Rust 2024 edition" names work that mentions a year.
  const rest = text
    .replace(/\(.*?\)/g, '')
    .split(/[\s/,–-]+/)
    .filter((w) => w && !/\d/.test(w) && !DATE_WORD.test(w));
  return text.replace(/\(.*?\)/g, '').split(/\s+/).length <= 4 && rest.length <= 1;
}

/** A cell of a support matrix: "Yes", "No", "Partial", "Not supported", "No spoiler". */
const SUPPORT_MARK = /^(yes|no|partial(ly)?|supported|unsupported|not\s+supported|limited)\b(\s+\S+){0,2}$/i;

/**
 * What a column's cells are. `parts`: the table in parts (tables of the page under the same headers,
 * ./tables-alike.ts), by row: a value again in another part is work carried over, not a category.
 */
export function columnStats(rows: TableRow[], col: number, parts?: ReadonlyMap<TableRow, number>): ColumnStats {
  const values = rows.map((row) => cellText(row, col));
  const stats: ColumnStats = {
    filled: 0,
    notNames: 0,
    statuses: 0,
    marks: 0,
    dates: 0,
    links: 0,
    lists: 0,
    repeats: 0,
    distinct: 0,
    words: 0,
    sentences: 0,
    codes: 0,
  };
  const seen = new Map<string, number>();
  values.forEach((value, i) => {
    if (!value) return;
    stats.filled++;
    const key = value.toLowerCase();
    const last = seen.get(key);
    // A value again after other values: a category shared by rows (not a continued merged cell).
    const samePart = last !== undefined && parts?.get(rows[last]!) === parts?.get(rows[i]!);
    if (last !== undefined && last !== i - 1 && samePart) stats.repeats++;
    seen.set(key, i);
    const status = isBareStatus(value) || /^[^\p{L}\p{N}]{1,3}$/u.test(value);
    const date = isDateLike(value);
    // A link whose text is a name ("[Scripts](…)") names; one whose text is a reference or a URL does not.
    const link =
      REF_ONLY.test(value) ||
      /^https?:\/\/\S+$/.test(value) ||
      // Addresses written out for most of the cell ("<a href=https://…>resc-3.0.0", its tag broken): a link.
      (value.match(/https?:\/\/\S+/g) ?? []).join('').length >= value.length * 0.6 ||
      (linkOnly(rows[i]!, col) &&
        /^(link|docs?|spreadsheet|here|blog|issue|pr|proposal|rfc|kep|design|discussion)s?$/i.test(value));
    if (status) stats.statuses++;
    if (status || SUPPORT_MARK.test(value)) stats.marks++;
    if (date) stats.dates++;
    if (link) stats.links++;
    // A row number ("1", "2.", "#3") counts the rows; it names none of them.
    const ordinal = /^#?\d{1,3}\.?$/.test(value);
    if (status || date || link || ordinal || PLACEHOLDER.test(value) || VERSION.test(value)) stats.notNames++;
    // Names of things, a word or two each ("API, UX", "Amazon S3, Azure Blob"); not phrases ("Working in public, code in repos").
    if (
      /^[^,]{1,30}(,\s*[^,]{1,30})+$/.test(value) &&
      value.split(/\s+/).length <= 6 &&
      value.split(',').every((part) => part.trim().split(/\s+/).length <= 2)
    )
      stats.lists++;
    stats.words += value.split(/\s+/).length;
    if (/\d/.test(value) && /\p{L}/u.test(value) && !/\s/.test(value)) stats.codes++;
    if (/[.!]$/.test(value) && value.split(/\s+/).length > 6) stats.sentences++;
  });
  stats.distinct = seen.size;
  return stats;
}
