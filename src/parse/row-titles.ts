/**
 * A table row titled by another of its cells than the title column's: the cell moves to the title's
 * place and leaves its own empty, so the row's details do not say it twice.
 */
import type { TableRow } from 'mdast';
import { plainText } from './markdown.js';
import { type ColumnRole, isPlaceholder } from './table.js';

/** The row with the cell of column `col` in the title's place. */
export function titledBy(row: TableRow, titleCol: number, col: number): TableRow {
  return {
    ...row,
    children: row.children.map((cell, i) =>
      i === titleCol ? row.children[col]! : i === col ? { ...cell, children: [] } : cell,
    ),
  };
}

/**
 * A first row with nothing in its title cell, and so no row above to continue ("| FUTURE | Onwards |
 * None | 🟨 | |"): named by its first other cell that can name it (not a status, a date or a link).
 */
export function namedByAnother(row: TableRow, titleCol: number, roles: ColumnRole[]): TableRow {
  const col = row.children.findIndex(
    (cell, i) =>
      i !== titleCol &&
      roles[i] !== 'status' &&
      roles[i] !== 'when' &&
      roles[i] !== 'tracking' &&
      /\p{L}/u.test(plainText(cell)) &&
      !isPlaceholder(plainText(cell).trim()),
  );
  return col < 0 ? row : titledBy(row, titleCol, col);
}
