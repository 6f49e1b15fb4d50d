/**
 * Lists and tables that only navigate the page (a table of contents: links to
 * its own `#anchors`): never work, never shown as the intro's text.
 */
import type { List, PhrasingContent, Table } from 'mdast';
import { trimInlines } from './markdown.js';

/** True for a list that is a table of contents: mostly links to `#anchors`. */
export function isNavigationList(list: List): boolean {
  let items = 0;
  let singleLinks = 0;
  let anchors = 0;
  const visit = (l: List) => {
    for (const item of l.children) {
      items++;
      const first = item.children[0];
      if (first?.type === 'paragraph') {
        const inl = trimInlines(first.children);
        if (inl.length === 1 && inl[0]!.type === 'link') {
          singleLinks++;
          if (inl[0].url.startsWith('#')) anchors++;
        }
      }
      for (const child of item.children) if (child.type === 'list') visit(child);
    }
  };
  visit(list);
  return anchors >= 2 && singleLinks >= items / 2;
}

/** True for a table that only navigates the page (its links are `#anchors`). */
export function isNavigationTable(table: Table): boolean {
  let anchors = 0;
  let external = 0;
  const visit = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'link') node.url.startsWith('#') ? anchors++ : external++;
      if ('children' in node) visit(node.children as PhrasingContent[]);
    }
  };
  for (const row of table.children) for (const cell of row.children) visit(cell.children);
  return anchors >= 2 && anchors >= external;
}
