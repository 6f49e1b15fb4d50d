/**
 * A page written, in part or whole, in HTML: documentation sites export their pages as HTML inside
 * Markdown ("<h2 id=…>v2.6 (in progress)<button…></h2><p>…</p><ul><li>…"). Such a block is read by a
 * real HTML parser and turned into the Markdown tree it stands for (headings, paragraphs, lists,
 * tables, emphasis, links), so the page is read as if written in Markdown. Nothing here is ever
 * rendered as HTML: what is kept is the tree, and links in it are checked as every other link is.
 */
import type { Element, Nodes as HastNodes } from 'hast';
import type { Nodes, RootContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';

/** An element that gives the page its structure: a heading, a list or a table, whole in the block. */
const STRUCTURE = /<(h[1-6]|ul|ol|li|table)\b[^>]*>[\s\S]*?<\/\1\s*>/i;

/**
 * The Markdown blocks an HTML block stands for, when it holds the page's structure (a heading, a list,
 * a table); undefined for any other block (a badge line, a lone `<div>`), which is read as its text.
 */
export function htmlBlockToMarkdown(html: string, firstLine = 1): RootContent[] | undefined {
  if (!STRUCTURE.test(html)) return undefined;
  const tree = fromHtml(html, { fragment: true });
  nestedTablesAsLists(tree);
  headingsInCells(tree);
  listsAroundStrayItems(tree);
  const root = toMdast(tree, {
    handlers: {
      // Controls and pictures drawn in code are not the page's words.
      button: () => undefined,
      svg: () => undefined,
    },
  });
  if (root.type !== 'root') return undefined;
  // Lines counted from the block's first line in the page, as every other node's are.
  const shift = (node: Nodes) => {
    if (node.position)
      node.position = {
        start: { line: node.position.start.line + firstLine - 1, column: node.position.start.column },
        end: { line: node.position.end.line + firstLine - 1, column: node.position.end.column },
      };
    if ('children' in node) {
      // A "<br>" set between list items ("</li><br /><li>") spaces them out; it is no line of either.
      // Its nesting is the tags', not the columns the items start at (./list-repair.ts reads those).
      if (node.type === 'list') node.data = { ...node.data, fromHtml: true } as typeof node.data;
      if (node.type === 'list' || node.type === 'listItem')
        node.children = (node.children as Nodes[]).filter((child) => child.type !== 'break') as typeof node.children;
      node.children.forEach(shift);
    }
  };
  root.children.forEach(shift);
  return root.children as RootContent[];
}

/**
 * A table inside a table's cell whose rows each hold one cell ("<td><table><tr><td>Composer 2.2
 * support</td></tr>…"): a list of that cell's items, written as a table for its looks. It is read as
 * the list it is (a Markdown table cannot hold a table), so each row stays an item of its own.
 */
function nestedTablesAsLists(node: HastNodes, inCell = false): void {
  if (!('children' in node)) return;
  node.children = node.children.map((child) => {
    if (child.type !== 'element') return child;
    // A row of header cells names the list ("Features"): it is no item of it.
    const rows =
      inCell && child.tagName === 'table'
        ? rowsOf(child).filter((cells) => !cells.every((cell) => cell.tagName === 'th'))
        : undefined;
    if (rows?.length && rows.every((cells) => cells.length === 1)) {
      const items = rows.map(
        (cells): Element => ({ type: 'element', tagName: 'li', properties: {}, children: cells[0]!.children }),
      );
      return { type: 'element', tagName: 'ul', properties: {}, children: items };
    }
    nestedTablesAsLists(child, inCell || child.tagName === 'td' || child.tagName === 'th');
    return child;
  });
}

/**
 * A heading inside a table's cell ("<td><h4>Physics update</h4><br>The engine had …</td>"): the name of
 * what the cell tells, on a line of its own. A Markdown cell holds no heading, so it is read as a bold
 * line over the rest, as a cell written "**Physics update**<br>…" is.
 */
function headingsInCells(node: HastNodes, inCell = false): void {
  if (!('children' in node)) return;
  const children: (typeof node.children)[number][] = [];
  for (const child of node.children) {
    if (child.type === 'element' && inCell && /^h[1-6]$/.test(child.tagName)) {
      children.push({ type: 'element', tagName: 'strong', properties: {}, children: child.children });
      children.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
      continue;
    }
    if (child.type === 'element') headingsInCells(child, inCell || child.tagName === 'td' || child.tagName === 'th');
    children.push(child);
  }
  node.children = children as typeof node.children;
}

/**
 * List items written without their list ("<div class=planned><li>Lockdown command</li><li>…"): a
 * browser shows them as a list, and so are they read; each run of them becomes one list.
 */
function listsAroundStrayItems(node: HastNodes, inList = false): void {
  if (!('children' in node)) return;
  const children: (typeof node.children)[number][] = [];
  let run: Element[] = [];
  const flush = () => {
    if (run.length) children.push({ type: 'element', tagName: 'ul', properties: {}, children: run });
    run = [];
  };
  for (const child of node.children) {
    if (child.type === 'element') listsAroundStrayItems(child, child.tagName === 'ul' || child.tagName === 'ol');
    if (!inList && child.type === 'element' && child.tagName === 'li') run.push(child);
    else if (run.length && child.type === 'text' && !child.value.trim()) continue;
    else {
      flush();
      children.push(child);
    }
  }
  flush();
  node.children = children as typeof node.children;
}

/** A table's rows (in its body or not), each as its cells. */
function rowsOf(table: Element): Element[][] {
  const elements = (parent: Element) => parent.children.filter((c): c is Element => c.type === 'element');
  const rows = elements(table).flatMap((part) =>
    part.tagName === 'tr'
      ? [part]
      : part.tagName.match(/^t(head|body|foot)$/)
        ? elements(part).filter((r) => r.tagName === 'tr')
        : [],
  );
  return rows.map((row) => elements(row).filter((cell) => cell.tagName === 'td' || cell.tagName === 'th'));
}
