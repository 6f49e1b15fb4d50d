/**
 * Items that are only labels over their own lists ("Source repositories", "Backlogs"): the
 * structure of one piece of work when the same labels recur under other headings, names of
 * pieces of work when they are a heading's own.
 */
import type { ListItem, RootContent } from 'mdast';
import { plainText } from '../markdown.js';
import type { OutlineNode } from '../outline.js';

/** An item that is only a short label ("Backlogs", "Source repositories") over a list of its own. */
function isLabelItem(item: ListItem): boolean {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph' || !rest.some((child) => child.type === 'list')) return false;
  const text = plainText(first).trim();
  return (
    text.split(/\s+/).length <= 3 && !/[.!?:,;]$/.test(text) && first.children.every((node) => node.type === 'text')
  );
}

const labelsOf = (blocks: RootContent[]) =>
  blocks
    .flatMap((block) => (block.type === 'list' ? block.children : []))
    .filter(isLabelItem)
    .map((item) => plainText(item.children[0]!).trim().toLowerCase());

/** Whether most of a heading's labels also label items under another heading of the page. */
export function labelsRecur(node: OutlineNode): boolean {
  let root = node;
  while (root.parent) root = root.parent;
  const elsewhere = new Set<string>();
  const walk = (n: OutlineNode) => {
    if (n !== node) for (const label of labelsOf(n.blocks)) elsewhere.add(label);
    n.children.forEach(walk);
  };
  walk(root);
  const own = labelsOf(node.blocks);
  return own.filter((label) => elsewhere.has(label)).length * 2 >= own.length;
}

/**
 * Blocks whose lists hold only label items: at least two of them, or one that the page repeats under
 * other headings ("New features" under each release), which has `recurring` say so.
 */
export function labelItemsOnly(blocks: RootContent[], recurring = false): boolean {
  const items = blocks.flatMap((block) => (block.type === 'list' ? block.children : []));
  return items.length >= (recurring ? 1 : 2) && items.every(isLabelItem);
}

/** Whether each of a heading's labels also labels items under two other headings of the page or more. */
export function recurringLabels(node: OutlineNode): boolean {
  let root = node;
  while (root.parent) root = root.parent;
  const count = new Map<string, number>();
  const walk = (n: OutlineNode) => {
    if (n !== node) for (const label of new Set(labelsOf(n.blocks))) count.set(label, (count.get(label) ?? 0) + 1);
    n.children.forEach(walk);
  };
  walk(root);
  const own = labelsOf(node.blocks);
  return own.length > 0 && own.every((label) => (count.get(label) ?? 0) >= 2);
}
