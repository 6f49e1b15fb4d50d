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

/** For each label, how many parts of the page label items with it: counted once per page. */
const pageCounts = new WeakMap<OutlineNode, Map<string, number>>();

/** For each label, how many other parts of the page label items with it. */
function labelsElsewhere(node: OutlineNode): (label: string) => number {
  let root = node;
  while (root.parent) root = root.parent;
  let count = pageCounts.get(root);
  if (!count) {
    const counted = new Map<string, number>();
    const walk = (n: OutlineNode) => {
      for (const label of new Set(labelsOf(n.blocks))) counted.set(label, (counted.get(label) ?? 0) + 1);
      n.children.forEach(walk);
    };
    walk(root);
    pageCounts.set(root, counted);
    count = counted;
  }
  const own = new Set(labelsOf(node.blocks));
  const total = count;
  return (label) => (total.get(label) ?? 0) - (own.has(label) ? 1 : 0);
}

/** Whether most of a heading's labels also label items under another heading of the page. */
export function labelsRecur(node: OutlineNode): boolean {
  const elsewhere = labelsElsewhere(node);
  const own = labelsOf(node.blocks);
  return own.filter((label) => elsewhere(label) > 0).length * 2 >= own.length;
}

/** Whether each of a heading's labels also labels items under two other headings of the page or more. */
export function recurringLabels(node: OutlineNode): boolean {
  const elsewhere = labelsElsewhere(node);
  const own = labelsOf(node.blocks);
  return own.length > 0 && own.every((label) => elsewhere(label) >= 2);
}

/**
 * Blocks whose lists hold only label items: at least two of them, or one that the page repeats under
 * other headings ("New features" under each release), which has `recurring` say so.
 */
export function labelItemsOnly(blocks: RootContent[], recurring = false): boolean {
  const items = blocks.flatMap((block) => (block.type === 'list' ? block.children : []));
  return items.length >= (recurring ? 1 : 2) && items.every(isLabelItem);
}
