/**
 * A table of work as initiative drafts: one a row (a blank title cell continues the row above),
 * the other columns as the slide's details, the status, when and tracking columns read.
 */
import type { PhrasingContent, RootContent, Table, TableRow } from 'mdast';
import { paragraph, type InitiativeDraft } from './items.js';
import { cellLeads } from './cell-lead.js';
import { splitTitleStatus } from './title-status.js';
import { plainText, positionOf, trimInlines } from './markdown.js';
import { bucketOf } from './period.js';
import { normalizeStatus } from './status.js';
import { type ColumnRole, isPlaceholder, readTable } from './table.js';
import { namedByAnother, titledBy } from './row-titles.js';
import { carriedGroups } from './table-groups.js';
import {
  labelRich,
  MATURITY,
  namesWhenDone,
  periodOfHeader,
  rowDetails,
  SHIPPED,
  trackingOf,
  withoutLeadingMarks,
} from './table-cells.js';

const words = (text: string) => (text.trim() ? text.trim().split(/\s+/).length : 0);

/**
 * A table's rows as initiatives. A blank title cell continues the row above
 * (same theme); other columns become "Column: value" details. In a table that
 * mixes statuses, rows marked done when most are done list features the
 * project already has: they are not roadmap work, unless the table is under
 * a heading that names a plan or a release, or they are dated (a release or a
 * date of their own): then they are the plan's delivered work.
 */
export function draftsFromTable(
  table: Table,
  reading = readTable(table),
  context: { plan?: boolean } = {},
): InitiativeDraft[] {
  if (reading.kind !== 'items') return [];
  const { headers, roles, titleCol } = reading;
  const col = (role: ColumnRole) => roles.indexOf(role);
  const statusCol = col('status');
  const timeCol = col('when');
  const trackingCol = col('tracking');
  const categoryCol = col('category');
  const descCol = col('description');
  const periodCols = roles.flatMap((role, i) => (role === 'period' ? [i] : []));
  // A row named only by a placeholder ("TBD", "↳ tbd") holds a place for work not yet named: no slide,
  // unless its description says what the work is ("- | All base gameplay"): then that names it.
  const describedOnly = (row: TableRow) => {
    const title = plainText(row.children[titleCol] ?? []).trim();
    const description = descCol >= 0 ? plainText(row.children[descCol] ?? []).trim() : '';
    return !!title && isPlaceholder(title) && !!description && !isPlaceholder(description);
  };
  const named = table.children
    .slice(1)
    .filter((row) => row.children.some((cell) => plainText(cell).trim() !== ''))
    .filter((row) => {
      const title = plainText(row.children[titleCol] ?? []).trim();
      return !title || !isPlaceholder(title) || describedOnly(row);
    })
    .map((row, i, rows) =>
      describedOnly(row) ? titledBy(row, titleCol, descCol) : labelElsewhere(row, titleCol, rows[i + 1]),
    );
  // A row that only labels the rows below it is their group ("v3.6 (Nebula)" over its components).
  // Release rows that close the table ("VERSION 0.3" after its rows, "VERSION TBD" last) label the rows
  // above them instead: nothing follows the last one.
  const groupOf = new Map<TableRow, TableRow>();
  const rows: TableRow[] = [];
  const labelOf = (row: TableRow) => plainText(row.children[titleCol]!).trim().replace(/:$/, '');
  const closers = named.filter((row) => closesRelease(row, titleCol));
  if (closers.length >= 2 && closers.includes(named[named.length - 1]!)) {
    let pending: TableRow[] = [];
    for (const row of named) {
      if (!closers.includes(row)) pending.push(row);
      else {
        for (const above of pending) groupOf.set(above, row);
        rows.push(...pending);
        pending = [];
      }
    }
    rows.push(...pending);
  } else {
    let label: TableRow | undefined;
    named.forEach((row, i) => {
      if (labelsRowsBelow(row, titleCol, named[i + 1])) label = row;
      else {
        rows.push(row);
        if (label) groupOf.set(row, label);
      }
    });
  }
  // A first column written once per group and blank below: the rows' groups, as label rows are.
  const carried = carriedGroups(named, titleCol, roles);
  const groups: { row: TableRow; rows: TableRow[] }[] = [];
  for (const row of rows) {
    const previous = groups[groups.length - 1];
    const untitled = !plainText(row.children[titleCol] ?? []).trim();
    if (untitled && previous) previous.rows.push(row);
    else groups.push({ row: untitled ? namedByAnother(row, titleCol, roles) : row, rows: [row] });
  }
  const statusOfRow = (row: TableRow) =>
    statusCol >= 0 ? normalizeStatus(plainText(row.children[statusCol] ?? [])) : 'unknown';
  const doneGroups = groups.filter((g) => statusOfRow(g.row) === 'done');
  const done = doneGroups.length;
  // Under a heading that names a plan or a release ("Roadmap for 2.0"), done rows are that plan's delivered work;
  // so are rows that say which release delivered them ("done in 0.4.0"): the table is the plan's history.
  // So are done rows dated in a column of their own ("When: Oct '17"): a plan's work as it was delivered.
  // A blank cell in the column of when continues the date above it ("| Q1 2024 | RAG responses |" then
  // "|  | Guardrails |"), as a blank cell of a grouping column does.
  const cellWhen = (row: TableRow) => (timeCol >= 0 ? plainText(row.children[timeCol] ?? []).trim() : '');
  // Only from a row that stands as it does: a planned row's ETA says nothing of the done rows below it.
  const carriedWhen = new Map<TableRow, string>();
  let lastWhen = '';
  let lastStatus = '';
  for (const g of groups) {
    const status = statusOfRow(g.row);
    lastWhen = cellWhen(g.row) || (status === lastStatus ? lastWhen : '');
    lastStatus = status;
    carriedWhen.set(g.row, lastWhen);
  }
  const whenOf = (row: TableRow) => carriedWhen.get(row) ?? cellWhen(row);
  const dated = doneGroups.filter(
    (g) => namesWhenDone(plainText(g.row.children[statusCol] ?? [])) || !isPlaceholder(whenOf(g.row)),
  ).length;
  // Rows numbered in order as steps of the plan ("| Step | Task | State |" over 1, 2, 3 …) are the plan's
  // history as it was done, not a list of what exists.
  const stepped = headers.some(
    (header, i) =>
      i !== titleCol &&
      /^(step|phase|stage|milestone)$/i.test(header.trim()) &&
      rows.every((row, n) => plainText(row.children[i] ?? []).trim() === String(n + 1)),
  );
  const inventory =
    !context.plan &&
    !stepped &&
    statusCol >= 0 &&
    groups.length >= 5 &&
    done < groups.length &&
    done >= (groups.length * 2) / 3 &&
    dated * 2 < done;
  const kept = groups.filter((g) => !inventory || statusOfRow(g.row) !== 'done');
  const titles = kept.map(({ row }) => {
    const split = splitTitleStatus(trimInlines(row.children[titleCol]?.children ?? []));
    // Marks that only set a row out or indent it ("🔻 Goal", "↳ Part of it") are not part of its name.
    return { ...split, titleRich: withoutLeadingMarks(split.titleRich) };
  });
  // "[Name](issue): what it is": the name titles the row, the words after it open the slide.
  const leads = cellLeads(titles.map((title) => title.titleRich));
  return kept.map(({ row, rows: group }, index) => {
    const details = group.map((r) => rowDetails(r, headers, titleCol, descCol, statusCol));
    const lead = leads[index];
    const body: RootContent[] = [
      ...(lead ? [paragraph(lead.description)] : []),
      ...(details.length === 1
        ? details[0]!.map((children) => paragraph(children))
        : ([
            {
              type: 'list',
              ordered: false,
              spread: false,
              children: details.map((lines) => ({
                type: 'listItem',
                spread: false,
                children: [
                  paragraph(
                    lines.flatMap((line, i) =>
                      i ? [{ type: 'text', value: ' · ' } as PhrasingContent, ...line] : line,
                    ),
                  ),
                ],
              })),
            },
          ] as RootContent[])),
    ];
    const cell = (r: TableRow, c: number) => (c >= 0 ? plainText(r.children[c] ?? []).trim() : '');
    const times = group.map((r) => cell(r, timeCol)).filter(Boolean);
    const statuses = group.map((r) => cell(r, statusCol)).filter(Boolean);
    const split = titles[index]!;
    if (lead) split.titleRich = lead.name;
    let status = split.status;
    let statusText = split.statusText;
    if (!status && statuses[0])
      ({ status, statusText } = { status: normalizeStatus(statuses[0]), statusText: statuses[0] });
    // A maturity in the status column ("Experimental", "Beta") beside a timeline cell that says the work
    // shipped ("Released"): it shipped, at that maturity.
    const shipped = times[0] !== undefined && SHIPPED.test(times[0]);
    if (status === 'in-progress' && MATURITY.test(statusText ?? '') && shipped) status = 'done';
    // A timeline cell that is itself a status word ("Future", "Done") states the status.
    if (!status && times.length && times.every((t) => t === times[0]) && words(times[0]!) <= 2) {
      const fromTime = normalizeStatus(times[0]);
      if (fromTime !== 'unknown') ({ status, statusText } = { status: fromTime, statusText: times[0] });
    }
    // Marks under periods ("2023.H1 ✓") date the rows by the period of their first mark.
    const marked = group
      .map((r) => periodCols.find((c) => cell(r, c) && !isPlaceholder(cell(r, c))))
      .map((c) => (c === undefined ? '' : headers[c]!));
    const periods = new Set(marked);
    const bucket =
      times.length && new Set(times).size === 1
        ? (bucketOf(times[0]!) ?? { kind: 'month' as const, label: times[0]! })
        : periods.size === 1 && marked[0]
          ? periodOfHeader(marked[0])
          : undefined;
    const draft: InitiativeDraft = {
      titleRich: split.titleRich,
      body,
      position: positionOf(row),
      status,
      statusText,
      bucket,
    };
    if (categoryCol >= 0 && cell(row, categoryCol)) draft.category = cell(row, categoryCol);
    const labelRow = groupOf.get(row);
    const rowGroup = labelRow
      ? {
          title: labelOf(labelRow),
          rich: labelRich(labelRow.children[titleCol]!.children),
          position: positionOf(labelRow),
        }
      : carried.get(row);
    if (rowGroup) {
      draft.rowGroup = rowGroup;
      if (!draft.category) draft.category = rowGroup.title;
    }
    if (trackingCol >= 0 && group.length === 1) draft.tracking = trackingOf(row.children[trackingCol]);
    // The row is the item's own words: a single issue link in it may track it. The rows of a group
    // ("Theme" named once over its features) are its parts: their links are theirs.
    else draft.ownBlocks = group.length === 1 ? body.length : 0;
    return draft;
  });
}

/**
 * A row whose one filled cell is a bold label outside the title column ("| **Preview 1** | | |" over
 * "| ✔️ | Indexing | … |"): the label in the title's place, so that it is read as the group it is.
 */
function labelElsewhere(row: TableRow, titleCol: number, next: TableRow | undefined): TableRow {
  const filled = row.children.flatMap((cell, i) => (plainText(cell).trim() ? [i] : []));
  const [col] = filled;
  if (filled.length !== 1 || col === titleCol || !next || !plainText(next.children[titleCol] ?? []).trim()) return row;
  const inl = trimInlines(row.children[col!]!.children);
  // A name ("Preview 1"), not a remark ("Help wanted!", "Blocked on the sync API.") or a total ("13").
  const label = plainText(row.children[col!]!).trim();
  const names = /\p{L}/u.test(label) && !/[.!?]$/.test(label) && label.split(/\s+/).length <= 4;
  return inl.length === 1 && inl[0]!.type === 'strong' && names ? titledBy(row, titleCol, col!) : row;
}

/** A row that names a release and little else ("VERSION 0.3", "v2.0 | only ideas so far"): a group's label. */
function closesRelease(row: TableRow, titleCol: number): boolean {
  const title = plainText(row.children[titleCol] ?? []).trim();
  const others = row.children.filter((c, i) => i !== titleCol && plainText(c).trim() !== '');
  const release =
    /^(version|release|milestone|v)\s*(\d[\w.]*|tbd|tba|next|future)$/i.test(title) ||
    bucketOf(title)?.kind === 'version';
  return release && others.length <= 1;
}

/**
 * A row that only names the rows below it ("**Deploy options:**" with its other cells empty, then
 * "• Framework-dependent | ✅ | …"; a release, "[v3.6 (Nebula)](…/milestone/72)", over its components):
 * a label over a group, not a piece of work.
 */
function labelsRowsBelow(row: TableRow, titleCol: number, next: TableRow | undefined): boolean {
  if (!next) return false;
  const cell = row.children[titleCol];
  const others = row.children.filter((c, i) => i !== titleCol && plainText(c).trim() !== '');
  if (!cell || others.length) return false;
  const inl = trimInlines(cell.children);
  const label = plainText(cell).trim();
  const bold = inl.length === 1 && inl[0]!.type === 'strong';
  // A bold label over a row named in plain words labels it, whatever that row's other cells hold.
  const nextCell = next.children[titleCol];
  const nextNamed =
    !!nextCell && plainText(nextCell).trim() !== '' && !(trimInlines(nextCell.children)[0]?.type === 'strong');
  if (bold && nextNamed) return true;
  const nextFilled = next.children.some((c, i) => i !== titleCol && plainText(c).trim() !== '');
  return next.children.length >= 2 && nextFilled && (label.endsWith(':') || bucketOf(label) !== undefined);
}
