/**
 * Reading a table: is it a list of work items, and if so which column names
 * each item? Pages put the name anywhere — after a status, an area or a date
 * column — and head their columns in their own words, so the title column is
 * chosen by what its cells hold: distinct, descriptive names, not dates,
 * versions, statuses, links or a category repeated across rows. Tables with
 * no such column are schedules (versions and dates only), legends (one row
 * per status, explained) or navigation, and hold no initiatives.
 */
import type { Table, TableRow } from 'mdast';
import { plainText } from './markdown.js';
import { findPeriod } from './period.js';
import { namesOnlyAStatus, statusOfSectionTitle } from './status.js';
import { cellText, type ColumnStats, columnStats, isPlaceholder, RELEASE_CELL } from './table-columns.js';

export { isPlaceholder };

/** `period`: marks (✓) under a period or a version ("2023.H1", "v2.0"): a row's mark says when its work lands. */
export type ColumnRole = 'title' | 'status' | 'when' | 'period' | 'tracking' | 'category' | 'description' | 'other';

export type TableReading =
  | {
      kind: 'items';
      headers: string[];
      /** The role of each column. */
      roles: ColumnRole[];
      titleCol: number;
      why: string;
    }
  | { kind: 'schedule' | 'legend' | 'matrix' | 'navigation' | 'empty'; headers: string[]; why: string };

/** A title header may be qualified by its period: "2024 goal", "Q3 features". */
const TITLE_HEADER =
  /^(?:(?:\d{4}|q[1-4]|h[12])\s+)?(theme|name|title|feature|item|initiative|topic|epic|goal|milestone|project|module|capability|deliverable|work\s*item|proposal\s+name|objective|focus)s?\b/i;
/** A title column that names what each row is: a piece of work ("Goal", "Feature", "Work item"). */
const WORK_HEADER =
  /^(?:(?:\d{4}|q[1-4]|h[12])\s+)?(feature|item|initiative|epic|goal|project|capability|deliverable|work\s*item|objective)s?$/i;

/** A table of two rows or more, each named in a column headed as work ("| Goal | Description | Rationale |"). */
export function namesWorkByColumn(reading: TableReading): boolean {
  return reading.kind === 'items' && WORK_HEADER.test(reading.headers[reading.titleCol] ?? '');
}

const CATEGORY_HEADER =
  /^(area|category|categories|type|kind|team|sig|group|owner|lead|assignee|priority|component|scope|label|track)s?\b/i;
const DESCRIPTION_HEADER =
  /^(desc(ription)?|details?|summary|outcome|notes?|what|comments?|explanation|rationale|why|meaning|definition)\b/i;
/** A column of identifiers: "ID", "Feature ID", "Key", "Ref", "No.", "#". */
const ID_HEADER = /(?:^|\s)(?:ids?|keys?|refs?|no\.?|#)$/i;
/** A column of proposals, each a document: "RFC", "Proposals", "KEP". */
const PROPOSAL_HEADER = /^(rfcs?|proposals?|keps?)$/i;
const TIME_HEADER =
  /\b(timeline|time|date|quarter|target|eta|when|due|period|released?|release\s+date|deadline|schedule)\b/i;
const TIME_LAST = /\b(date|deadline|due|eta|quarter|timeline|period|schedule)\s*$/i;
/** "Target" says when only over dates ("Q3 2025"); over names ("Install scripts") it says what is aimed at. */
const timeHeader = (header: string, stats: ColumnStats): boolean =>
  TIME_HEADER.test(header) && !(/^targets?$/i.test(header) && stats.dates < stats.filled / 2);
const STATUS_HEADER = /^(status|state|progress|stage)\b/i;
const LINK_HEADER =
  /\b(issues?|pr|prs|pull\s+requests?|tracking|tracker|links?|repository|repo|proposal|kep|rfc|url|docs?|blog(\s+post)?)\b/i;

/** The row after the releases that holds what none of them does yet: "Backlog", "Future", "Next", "TBD". */
const holdsNoRelease = (text: string) =>
  isPlaceholder(text) || (namesOnlyAStatus(text) && statusOfSectionTitle(text) !== 'done');

/** How well a column names the rows' work; undefined when it cannot. */
function titleScore(header: string, stats: ColumnStats, col: number): number | undefined {
  if (!stats.filled || stats.notNames >= stats.filled / 2) return undefined;
  if (STATUS_HEADER.test(header)) return undefined;
  // "Issue", "RFC", "Proposal" over references, numbers or addresses ("KEP-3521") say where each row is
  // tracked; "RFC" or "Proposal" over names of two words or more ("[**Dist Size Reduction**](rfc.md)")
  // name the rows, each its proposal.
  const names = stats.links === 0 && stats.words >= stats.filled * 2;
  if (LINK_HEADER.test(header) && !TITLE_HEADER.test(header) && !(PROPOSAL_HEADER.test(header) && names))
    return undefined;
  // "Milestone End Date" says when the milestone ends, not which it is: the last word decides.
  if (timeHeader(header, stats) && (!TITLE_HEADER.test(header) || TIME_LAST.test(header))) return undefined;
  let score = 0;
  if (TITLE_HEADER.test(header)) score += 2;
  if (CATEGORY_HEADER.test(header)) score -= 2;
  if (DESCRIPTION_HEADER.test(header)) score -= 0.5;
  const meanWords = stats.words / stats.filled;
  if (meanWords <= 10) score += 1;
  if (meanWords > 16 || stats.sentences > stats.filled / 2) score -= 1;
  if (stats.repeats > 0 || stats.lists > stats.filled / 5) score -= 2;
  // Most rows share a few values ("Proposal", "Feature"): a kind of work, whatever the header says.
  if (stats.filled >= 4 && stats.distinct <= stats.filled / 2) score -= 2;
  // A quarter of the rows or more repeat a value, in runs or not: slides would share their titles.
  else if (stats.filled >= 4 && stats.filled - stats.distinct >= stats.filled / 4) score -= 2;
  // Between equals, the leftmost column names the row.
  return score - col * 0.1;
}

function roleOf(header: string, stats: ColumnStats): ColumnRole {
  // What the page calls a column decides first; its cells decide when the header says nothing.
  if (STATUS_HEADER.test(header)) return 'status';
  if (timeHeader(header, stats)) return 'when';
  if (stats.filled && stats.statuses >= stats.filled * 0.6 && (findPeriod(header) || /\d/.test(header)))
    return 'period';
  if (LINK_HEADER.test(header) && stats.links >= stats.filled / 2) return 'tracking';
  if (CATEGORY_HEADER.test(header)) return 'category';
  if (DESCRIPTION_HEADER.test(header)) return 'description';
  if (stats.filled && stats.statuses >= stats.filled * 0.6) return 'status';
  if (stats.filled && stats.dates >= stats.filled * 0.6) return 'when';
  if (stats.repeats > 0 || (stats.filled && stats.lists > stats.filled / 5)) return 'category';
  if (stats.filled && stats.words / stats.filled > 8) return 'description';
  return 'other';
}

/** What a table is, and for a table of work items, the role of each column. */
export function readTable(
  table: Table,
  options: { titleColumn?: string; matrixIsWork?: boolean; parts?: ReadonlyMap<TableRow, number> } = {},
): TableReading {
  const [head, ...all] = table.children;
  const headers = (head?.children ?? []).map((cell) => plainText(cell).trim());
  const rows = all.filter((row) => row.children.some((cell) => plainText(cell).trim() !== ''));
  if (!rows.length) return { kind: 'empty', headers, why: 'no rows' };
  const columns = headers.length;
  const stats = headers.map((_, col) => columnStats(rows, col, options.parts));
  const anchors = rows
    .flatMap((row) => row.children.flatMap((cell) => cell.children.filter((n) => n.type === 'link')))
    .filter((l) => l.type === 'link' && l.url.startsWith('#'));
  if (anchors.length >= 2 && anchors.length >= rows.length)
    return { kind: 'navigation', headers, why: 'its links go to parts of this page' };

  const roles = headers.map((header, col) => roleOf(header, stats[col]!));
  // A column the page calls "Status" is the status; columns of marks under other headers
  // ("Staging ✓", "Production ✓") say where or when, and stay details.
  if (headers.some((header, col) => roles[col] === 'status' && STATUS_HEADER.test(header))) {
    headers.forEach((header, col) => {
      if (roles[col] === 'status' && !STATUS_HEADER.test(header)) roles[col] = 'other';
    });
  }
  // One row per status, each explained: the page's legend for its markers.
  const statusCol = roles.indexOf('status');
  if (
    statusCol >= 0 &&
    rows.length >= 2 &&
    stats[statusCol]!.distinct === stats[statusCol]!.filled &&
    stats[statusCol]!.filled === rows.length &&
    columns === 2 &&
    roles[1 - statusCol] === 'description'
  ) {
    return { kind: 'legend', headers, why: `one row per status in "${headers[statusCol]}", each explained` };
  }
  // Symbols in one column, each once, explained in words in the other ("| 💡 | Proposal |"), under
  // headers that say so ("Key", "Legend", "Meaning", or none over the words): the page's legend.
  // (In the page's language too: "記号 | 意味", "符号 | 含义", "Símbolo | Significado".)
  const legendHeaders =
    /^(keys?|legend|symbols?|icons?|emoji|marks?|markers?|signs?|マーカー|記号|凡例|标记|標記|符号|符號|图例|圖例|图标|símbolos?|marcador(es)?|leyenda|légende|symboles?|zeichen|symbole?|legende)$/iu.test(
      headers[0] ?? '',
    ) ||
    /^(meaning|explanation|description|意味|説明|含义|含義|说明|說明|significado|bedeutung|signification|)$/iu.test(
      headers[1] ?? '',
    );
  if (columns === 2 && rows.length >= 2 && legendHeaders) {
    const cells = (col: number) => rows.map((row) => plainText(row.children[col] ?? []).trim());
    for (const col of [0, 1]) {
      const marks = cells(col);
      const words = cells(1 - col);
      if (
        // A checkbox written out is a mark too ("[x]", "[~]", "[ ]").
        marks.every((m) => m && m.length <= 4 && (!/[\p{L}\p{N}]/u.test(m) || /^\[[xX]\]$/.test(m))) &&
        new Set(marks).size === marks.length &&
        words.every((w) => /\p{L}/u.test(w))
      )
        return { kind: 'legend', headers, why: `one row per marker in column ${col + 1}, each explained` };
    }
  }
  // The page's config may name the column.
  const chosen = options.titleColumn
    ? headers.findIndex((h) => h.toLowerCase() === options.titleColumn!.trim().toLowerCase())
    : -1;
  if (chosen >= 0) {
    roles[chosen] = 'title';
    return {
      kind: 'items',
      headers,
      roles,
      titleCol: chosen,
      why: `${rows.length} rows named by "${headers[chosen]}" (set in the config)`,
    };
  }
  // Two or more columns of marks (✅ ❌) under names of things, none called "Status": what is supported
  // where, a matrix of what the project has, not a list of work. (Marks under periods or versions,
  // "| 2023.H1 | 2023.H2 |", say when each row's work lands.)
  const marks = headers.filter(
    (_, col) =>
      roles[col] === 'status' ||
      (col > 0 && roles[col] !== 'when' && stats[col]!.filled > 0 && stats[col]!.marks >= stats[col]!.filled * 0.6),
  );
  if (
    !options.matrixIsWork &&
    marks.length >= 2 &&
    !roles.includes('period') &&
    !marks.some((h) => STATUS_HEADER.test(h))
  ) {
    return { kind: 'matrix', headers, why: 'columns of marks say what is supported where: a matrix, not work' };
  }
  let titleCol = -1;
  let best = -Infinity;
  headers.forEach((header, col) => {
    const score = titleScore(header, stats[col]!, col);
    if (score !== undefined && score > best) {
      best = score;
      titleCol = col;
    }
  });
  // "Item ID" over "R2.4", "core-01": codes that tell rows apart; a column of names of two words or
  // more beside it ("**Login page**: …") names the work. (Alone, "PROJ-12" beats an owner's name.)
  if (
    titleCol !== -1 &&
    ID_HEADER.test(headers[titleCol]!) &&
    stats[titleCol]!.codes >= stats[titleCol]!.filled * 0.8
  ) {
    const named = headers
      .map((header, col) => ({ col, score: titleScore(header, stats[col]!, col) }))
      .filter(({ col, score }) => col !== titleCol && score !== undefined && !CATEGORY_HEADER.test(headers[col]!))
      .filter(({ col }) => stats[col]!.words >= stats[col]!.filled * 2)
      .sort((a, b) => b.score! - a.score!)[0];
    if (named) titleCol = named.col;
  }
  // Rows described at length ("Party, guilds, chat channels, …") beside a column of distinct versions
  // are releases: the version names each, its description what it brings.
  const releases = headers.findIndex(
    (_, col) =>
      stats[col]!.filled === rows.length &&
      stats[col]!.distinct === rows.length &&
      // "Backlog" or "Future" after the releases is the row of what no release holds yet.
      rows.every(
        (row, i) =>
          RELEASE_CELL.test(cellText(row, col)) || (i === rows.length - 1 && holdsNoRelease(cellText(row, col))),
      ),
  );
  if (titleCol !== -1 && best < 0 && releases !== -1 && releases !== titleCol && rows.length >= 3) titleCol = releases;
  // The page's other tables under the same headers say which column names the rows (./tables-alike.ts).
  const alike = table.data?.alikeTitleColumn;
  if (alike !== undefined && titleScore(headers[alike] ?? '', stats[alike]!, alike) !== undefined) titleCol = alike;
  if (titleCol === -1) {
    return {
      kind: 'schedule',
      headers,
      why: 'no column names the rows: their cells are versions, dates, statuses or links',
    };
  }
  roles[titleCol] = 'title';
  const named = headers[titleCol] ? `"${headers[titleCol]}"` : `column ${titleCol + 1}`;
  return {
    kind: 'items',
    headers,
    roles,
    titleCol,
    why: `${rows.length} rows named by ${named} (distinct names, not dates, versions, statuses, links or a repeated category)`,
  };
}
