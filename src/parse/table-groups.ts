/**
 * A table's first column written once per group and left blank below ("| v13 | Keyboard dialog |"
 * then "|     | Menu re-design |"; "| gateway | … |" then blank cells until "| encryption | … |"): a
 * blank cell says "as above", so every row belongs to the group last written. Markdown tables have no
 * cells that span rows; pages write them this way. The group is the rows' section, as a label row is.
 */
import type { PhrasingContent, TableRow } from 'mdast';
import type { Position } from '../model/types.js';
import { outOfBold, trimTrailingColon } from './leads.js';
import { plainText, positionOf } from './markdown.js';
import type { ColumnRole } from './table.js';

export interface RowGroup {
  title: string;
  rich: PhrasingContent[];
  position: Position;
}

/** Columns whose blanks say "as above": not the title, not a status (a blank status is none), not a link. */
const GROUPING: ColumnRole[] = ['category', 'when', 'period', 'other'];

/** Each row's group, for a first column written once per group; empty when the table has none. */
export function carriedGroups(rows: TableRow[], titleCol: number, roles: ColumnRole[]): Map<TableRow, RowGroup> {
  const groups = new Map<TableRow, RowGroup>();
  if (titleCol === 0 || !GROUPING.includes(roles[0] ?? 'title') || rows.length < 3) return groups;
  const written = rows.map((row) => plainText(row.children[0] ?? []).trim());
  const values = written.filter(Boolean);
  // Written first, left blank somewhere below, and each group written once: a value that comes back
  // would be a label repeated, not carried.
  if (!written[0] || values.length === rows.length || new Set(values).size !== values.length) return groups;
  let group: RowGroup | undefined;
  rows.forEach((row, i) => {
    if (written[i]) {
      const cell = row.children[0]!;
      group = {
        title: written[i]!.replace(/:$/, ''),
        rich: trimTrailingColon(outOfBold(cell.children)),
        position: positionOf(row),
      };
    }
    if (group) groups.set(row, group);
  });
  return groups;
}
