/**
 * A table whose cells list the work: a row per area, a list of work in its cells
 * ("| Category | End of 2023 | Future releases |", "| Category | Features |" over
 * "<ul><li>Jira server</li>…</ul>"). Each item of those lists is one piece of
 * work, in the group the row names (or the label over its list inside the cell,
 * "Data Collection:"); a column that says when gives the item its time.
 *
 * Lists reach a cell in two ways: an HTML table read by the HTML parser keeps
 * them as list nodes; a Markdown table keeps the inline tags ("<ul>", "<li>"),
 * rebuilt here into lists by their nesting. Nothing is rendered as HTML.
 */
import type { List, ListItem, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { InitiativeDraft } from './items.js';
import { draftsFromListItems } from './list-drafts.js';
import { plainText, positionOf, trimInlines } from './markdown.js';
import { outOfBold, trimTrailingColon } from './leads.js';
import { statusOfSectionTitle } from './status.js';
import { bucketOf } from './period.js';
import { namesAnItem } from './cell-names.js';

interface CellList {
  /** The words over the list in its cell ("Data Collection:"), when there are any. */
  label?: PhrasingContent[];
  list: List;
}

const TAG = /^<\s*(\/)?\s*(ul|ol|li|br)\b[^>]*>$/i;

/**
 * A Markdown cell's inline list tags ("<ul><li>Jira server</li>…</ul>") rebuilt into the lists they
 * stand for, in place; the cell's other words stay as they are. Cells without "<li>" are returned as given.
 */
export function withCellLists(children: PhrasingContent[]): (PhrasingContent | List)[] {
  if (!children.some((n) => n.type === 'html' && /^<\s*li\b/i.test(n.value.trim()))) return children;
  const out: (PhrasingContent | List)[] = [];
  const stack: List[] = [];
  const openItem = (): ListItem | undefined => {
    const item = stack.at(-1)?.children.at(-1);
    return item && (item.data as { open?: boolean } | undefined)?.open ? item : undefined;
  };
  // Inside a list but between its items ("</li><ul>…", "</li> words <li>"): what comes belongs to the
  // item before it, as a browser shows it under that item.
  const holder = (): ListItem | undefined => openItem() ?? stack.at(-1)?.children.at(-1);
  const add = (node: PhrasingContent) => {
    const item = holder();
    if (!item) {
      if (!stack.length) out.push(node);
      return;
    }
    const last = item.children.at(-1);
    if (last?.type === 'paragraph') last.children.push(node);
    else item.children.push({ type: 'paragraph', children: [node] });
  };
  for (const node of children) {
    const tag = node.type === 'html' ? TAG.exec(node.value.trim()) : null;
    if (!tag) {
      add(node);
      continue;
    }
    const [, closing, name] = tag;
    const element = name!.toLowerCase();
    if (element === 'br') {
      if (openItem() || !stack.length) add({ type: 'break' });
    } else if (element === 'li') {
      if (closing) {
        const item = openItem();
        if (item) item.data = {};
      } else
        stack.at(-1)?.children.push({ type: 'listItem', spread: false, children: [], data: { open: true } as never });
    } else if (closing) {
      stack.pop();
    } else {
      const list: List = { type: 'list', ordered: element === 'ol', spread: false, children: [] };
      const item = holder();
      if (item) item.children.push(list);
      else if (!stack.length) out.push(list);
      stack.push(list);
    }
  }
  for (const node of out) if (node.type === 'list') settle(node);
  return out.filter((node) => node.type !== 'list' || node.children.length > 0);
}

function settle(list: List): void {
  list.children = list.children.filter((item) => plainText(item).trim() !== '');
  for (const item of list.children) {
    delete item.data;
    for (const child of item.children) {
      if (child.type === 'list') settle(child);
      if (child.type === 'paragraph') child.children = trimInlines(child.children);
    }
  }
}

/** The lists in a cell, each with the line of words just over it. */
export function listsOfCell(cell: TableCell): CellList[] {
  const found: CellList[] = [];
  let label: PhrasingContent[] = [];
  for (const node of cell.children as (PhrasingContent | RootContent)[]) {
    if (node.type === 'list') {
      if (node.children.length) found.push({ label: lineOf(label), list: node });
      label = [];
    } else label.push(node as PhrasingContent);
  }
  return found;
}

/** The last line of words before a list: "Features in bold…<br/>Issue/Task Management:" gives the second. */
function lineOf(nodes: PhrasingContent[]): PhrasingContent[] | undefined {
  const lastBreak = nodes.map((n) => n.type).lastIndexOf('break');
  const line = trimTrailingColon(trimInlines(nodes.slice(lastBreak + 1)));
  return plainText(line).trim() ? line : undefined;
}

/**
 * The table lists its work in its cells: half its rows or more hold a list of two items or more in a
 * cell, and a column names the rows without lists of its own, or the columns are a board's (below).
 */
export function listsWorkInCells(table: Table): boolean {
  const rows = table.children.slice(1).filter((row) => plainText(row).trim() !== '');
  if (rows.length < 1) return false;
  const listing = rows.filter((row) =>
    row.children.some((cell) => listsOfCell(cell).some(({ list }) => list.children.length >= 2)),
  );
  if (isColumnBoard(table, rows)) return rows.some((row) => row.children.some((cell) => plainText(cell).trim()));
  return listing.length * 2 >= rows.length && nameColumn(rows) >= 0 && listing.length + rows.length >= 3;
}

/**
 * Columns headed by the periods or statuses they hold ("In progress", "Planned", "Q3 2025"), two or
 * more, each cell below a list, one item or empty: a board, its columns the groups of its items. ("Goals |
 * Non-goals" over lists is no board: its columns say what kind of point each is.)
 */
function isColumnBoard(table: Table, rows: TableRow[]): boolean {
  const headers = (table.children[0]?.children ?? []).map((cell) => plainText(cell).trim().toLowerCase());
  return (
    headers.length >= 2 &&
    headers.every((header) => header && (bucketOf(header) || statusOfSectionTitle(header) !== 'unknown')) &&
    new Set(headers).size === headers.length &&
    // Each cell below a list, one item told in words ("🚀 As a mapper, I can…") or named ("[Map sprint](…)",
    // "Offline sync"), or empty. A cell that names a release, a time or a state ("1.4", "beta", "Q3") makes
    // a schedule, not a board.
    rows.every((row) =>
      row.children.every((cell) => !plainText(cell).trim() || listsOfCell(cell).length > 0 || namesAnItem(cell)),
    )
  );
}

/** A cell's lists; on a board, a cell of words without a list is one item. */
function itemsOfCell(cell: TableCell, board: boolean): CellList[] {
  const lists = listsOfCell(cell);
  if (lists.length || !board || !plainText(cell).trim()) return lists;
  const words = trimInlines(cell.children);
  // (At the cell's place in the page, as a list written there would be.)
  const { position } = cell;
  return [
    {
      list: {
        type: 'list',
        position,
        children: [{ type: 'listItem', position, children: [{ type: 'paragraph', position, children: words }] }],
      },
    },
  ];
}

/** The column that names the rows: the first whose cells are filled and hold no list. */
function nameColumn(rows: TableRow[]): number {
  const columns = Math.max(...rows.map((row) => row.children.length));
  for (let col = 0; col < columns; col++) {
    const cells = rows.map((row) => row.children[col]);
    if (cells.every((cell) => cell && plainText(cell).trim() !== '' && !listsOfCell(cell).length)) return col;
  }
  return -1;
}

/** One initiative per item of the lists in the table's cells, grouped by the row or the label over its list. */
export function draftsFromCellLists(table: Table): InitiativeDraft[] {
  const [head, ...all] = table.children;
  const rows = all.filter((row) => plainText(row).trim() !== '');
  const board = isColumnBoard(table, rows);
  const nameCol = board ? -1 : nameColumn(rows);
  const headers = (head?.children ?? []).map((cell) => plainText(cell).trim());
  const listColumns = new Set(
    rows.flatMap((row) => row.children.flatMap((cell, col) => (listsOfCell(cell).length ? [col] : []))),
  );
  const drafts: InitiativeDraft[] = [];
  const byColumn: InitiativeDraft[][] = [];
  const columnGroups: { title: string; rich: PhrasingContent[]; position: ReturnType<typeof positionOf> }[] = [];
  for (const row of rows) {
    const rowName = board ? undefined : firstLine(row.children[nameCol]!.children);
    const position = positionOf(row);
    row.children.forEach((cell, col) => {
      if (col === nameCol) return;
      // Columns of lists headed by times ("End of 2023", "Future releases") say when their items land.
      const when = listColumns.size >= 2 && namesATime(headers[col] ?? '') ? headers[col] : undefined;
      for (const { label, list } of itemsOfCell(cell, board)) {
        // On a board, the column's header names the group.
        const rich = label ?? rowName ?? trimInlines((head?.children[col]?.children ?? []) as PhrasingContent[]);
        // One group per column on a board, however many rows its items take.
        const own = { title: plainText(rich).trim(), rich, position: label ? positionOf(cell) : position };
        if (board && !label && !columnGroups[col]) columnGroups[col] = own;
        const group = board && !label ? columnGroups[col]! : own;
        for (const draft of draftsFromListItems(list.children.map(leadOnItsLine))) {
          draft.position = { ...position, line: draft.position?.line || position.line };
          draft.rowGroup = group;
          if (when) {
            // On a board the column is the item's group already: its section says when.
            if (!board)
              draft.body = [
                { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: when }] }] },
                ...draft.body,
              ];
            draft.bucket ??= bucketOf(when);
          }
          if (!board) drafts.push(draft);
          else if (byColumn[col]) byColumn[col].push(draft);
          else byColumn[col] = [draft];
        }
      }
    });
  }
  // Row by row for a table of areas; column by column on a board, where a column is a group.
  return board ? byColumn.flat() : drafts;
}

const BLOCK = new Set(['paragraph', 'list', 'code', 'blockquote', 'table', 'heading', 'thematicBreak', 'html']);

/**
 * An item as a list item of Markdown: words set straight in it are its paragraph, and a bold name on a
 * line of its own ("<b>Federated query</b><br/><i>What it is</i>") is the item's name over its description.
 */
function leadOnItsLine(item: ListItem): ListItem {
  const children: RootContent[] = [];
  for (const child of item.children as RootContent[]) {
    const last = children.at(-1);
    if (BLOCK.has(child.type)) children.push(child);
    else if (last?.type === 'paragraph') last.children.push(child as PhrasingContent);
    else children.push({ type: 'paragraph', children: [child as PhrasingContent] });
  }
  // Line breaks left between the tags of a list ("</li><br /><li>") open or close no line of the item.
  for (const child of children)
    if (child.type === 'paragraph') child.children = withoutEdgeBreaks(trimInlines(child.children));
  const [first, ...rest] = children.filter((child) => child.type !== 'paragraph' || child.children.length);
  if (first?.type === 'paragraph') {
    const inl = first.children;
    const cut = inl.findIndex((n) => n.type === 'break');
    if (cut === 1 && inl[0]!.type === 'strong' && trimInlines(inl.slice(cut + 1)).length)
      return {
        ...item,
        children: [
          { type: 'paragraph', children: [inl[0]!] },
          { type: 'paragraph', children: trimInlines(inl.slice(cut + 1)) },
          ...(rest as ListItem['children']),
        ],
      };
  }
  return { ...item, children: [first, ...rest].filter(Boolean) as ListItem['children'] };
}

function withoutEdgeBreaks(nodes: PhrasingContent[]): PhrasingContent[] {
  let start = 0;
  let end = nodes.length;
  while (start < end && nodes[start]!.type === 'break') start++;
  while (end > start && nodes[end - 1]!.type === 'break') end--;
  return start === 0 && end === nodes.length ? nodes : trimInlines(nodes.slice(start, end));
}

/** A column header that says when: a period, a release or a horizon ("End of CY23 LTS release", "Future"). */
function namesATime(header: string): boolean {
  return bucketOf(header) !== undefined || /\b(releases?|versions?|v?\d+(\.\d+)+)\b/i.test(header);
}

/** A row's name: its cell up to the first line break ("**Scalability**<br/>*Enhance horsepower*"). */
function firstLine(children: PhrasingContent[]): PhrasingContent[] {
  const cut = children.findIndex((n) => n.type === 'break');
  return outOfBold(cut >= 0 ? children.slice(0, cut) : children);
}
