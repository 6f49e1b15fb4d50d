/**
 * Reading a heading in the light of the headings around it: a heading with
 * no words of its own that groups pieces of work, and a dated list among
 * dated headings described in prose.
 */
import type { OutlineNode } from '../outline.js';
import { descendants } from '../outline.js';
import { bucketOf } from '../period.js';
import { isListDominated, proseCount, shapeOf } from './shape.js';

/**
 * A heading at the initiative level with no words of its own that only
 * groups sub-headings, two or more of which describe work in prose ("New
 * Services" over "Object storage", "Message queues"), is a section: its
 * sub-headings are the initiatives. Sub-headings that recur under other
 * headings ("Goals", "Status") are the parts of one piece of work instead.
 */
export function isGroupOfWork(node: OutlineNode): boolean {
  if (
    node.children.length < 2 ||
    proseCount(node.blocks) > 0 ||
    node.blocks.some((b) => b.type === 'list' || b.type === 'table')
  )
    return false;
  if (node.children.filter((child) => shapeOf(child) === 'prose').length < 2) return false;
  let root = node;
  while (root.parent) root = root.parent;
  const key = (n: OutlineNode) => n.heading!.title.trim().toLowerCase();
  const counts = new Map<string, number>();
  for (const n of descendants(root)) counts.set(key(n), (counts.get(key(n)) ?? 0) + 1);
  return node.children.every((child) => counts.get(key(child)) === 1);
}

/**
 * A dated heading holding a list ("Potential goals beyond 2028: ship …"),
 * beside two or more headings that each describe one piece of work in prose
 * ("Potential 2026 goals: ship …"), is read as they are: siblings are read
 * alike. A status group ("Completed") stays a group of items.
 */
export function amongPeriodsOfWork(node: OutlineNode, siblings: OutlineNode[]): boolean {
  if (bucketOf(node.heading!.title)?.kind === 'status' || node.blocks.some((b) => b.type === 'table')) return false;
  const described = siblings.filter(
    (s) => s !== node && !s.children.length && proseCount(s.blocks) > 0 && !isListDominated(s.blocks),
  );
  return described.length >= 2 && described.length * 2 > siblings.length - 1;
}
