/**
 * Tables of one page under the same header row ("Theme | Description | Timeline | Issue" over the
 * current work, and again over the completed work) are one table in parts: their rows are named by
 * the same column. The column is chosen from all their rows at once, so that a part too short to
 * show which column repeats ("Security" twice in ten rows) is read as the others are.
 */
import type { Root, Table } from 'mdast';
import { plainText, walk } from './markdown.js';
import { readTable } from './table.js';

declare module 'mdast' {
  interface TableData {
    /** The column that names the rows of this table and of the page's other tables under its headers. */
    alikeTitleColumn?: number;
  }
}

const headerKey = (table: Table) =>
  (table.children[0]?.children ?? []).map((cell) => plainText(cell).trim().toLowerCase()).join('|');

/** Marks each table that shares its header row with another table of the page with their common title column. */
export function markTablesAlike(root: Root): void {
  const groups = new Map<string, Table[]>();
  walk(root, (node) => {
    if (node.type !== 'table' || node.children.length < 2) return;
    const key = headerKey(node);
    if (key.replace(/\|/g, '')) groups.set(key, [...(groups.get(key) ?? []), node]);
  });
  for (const tables of groups.values()) {
    if (tables.length < 2) continue;
    const whole: Table = {
      type: 'table',
      children: [tables[0]!.children[0]!, ...tables.flatMap((table) => table.children.slice(1))],
    };
    // A name again in another of the tables is work carried from one to the next, not a category.
    const parts = new Map(tables.flatMap((table, part) => table.children.slice(1).map((row) => [row, part] as const)));
    const reading = readTable(whole, { parts });
    if (reading.kind !== 'items') continue;
    for (const table of tables) table.data = { ...table.data, alikeTitleColumn: reading.titleCol };
  }
}
