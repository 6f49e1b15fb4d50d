/**
 * Reading a heading in the light of the headings around it: a heading with
 * no words of its own that groups pieces of work, and a dated list among
 * dated headings described in prose.
 */
import type { OutlineNode } from '../outline.js';
import { descendants } from '../outline.js';
import { plainText } from '../markdown.js';
import { opensWithAction } from '../meta.js';
import { isTaskList } from '../item-lists.js';
import { bucketOf } from '../period.js';
import { isPeriodLabel } from '../leads.js';
import { namesOnlyAStatus } from '../status.js';
import { hasDetailLines } from './blocks.js';
import { isListDominated, shapeOf } from './shape.js';
import { proseCount } from './blocks.js';
import { namesItsParts } from './groups.js';

/**
 * A heading at the initiative level with no words of its own that only
 * groups sub-headings, two or more of which describe work in prose ("New
 * Services" over "Object storage", "Message queues"), is a section: its
 * sub-headings are the initiatives. Sub-headings that recur under other
 * headings ("Goals", "Status") are the parts of one piece of work instead.
 */
export function isGroupOfWork(node: OutlineNode): boolean {
  // "### Themes" over a paragraph that introduces its "#### Coverage", "#### Lifecycle": it groups them.
  if (namesItsParts(node) && node.children.filter((child) => shapeOf(child) === 'prose').length >= 2) return true;
  if (holdsChecklistsOfWork(node)) return true;
  if (
    node.children.length < 2 ||
    proseCount(node.blocks) > 0 ||
    node.blocks.some((b) => b.type === 'list' || b.type === 'table')
  )
    return false;
  if (node.children.filter((child) => shapeOf(child) === 'prose').length < 2) return false;
  // "Improve testing" over "More test cases on A", "… on B": the heading says what to do; its sub-headings are parts of it.
  if (opensWithAction(node.heading!.title)) return false;
  return uniqueTitles(node);
}

/**
 * A heading whose sub-headings hold checklists of their own, two or more with two boxes or more
 * ("## Client" over "### Spec tracking items" and "### Testing improvements", each ticking off its
 * work), among sibling headings that have none, groups work, whatever it says first.
 */
function holdsChecklistsOfWork(node: OutlineNode): boolean {
  // Alone among headings without sub-headings: beside others with parts of their own ("Design",
  // "Milestone 1"), sub-headings are the parts of each piece of work.
  const peers = (node.parent?.children ?? []).filter((peer) => peer !== node && peer.heading);
  if (peers.length < 2 || peers.some((peer) => peer.children.length)) return false;
  const boxed = node.children.filter(
    (child) =>
      !child.children.length && child.blocks.some((b) => b.type === 'list' && isTaskList(b) && b.children.length >= 2),
  );
  return boxed.length >= 2 && uniqueTitles(node);
}

/** Whether none of a heading's sub-headings' titles recurs on the page ("Goals", "Status" under each). */
function uniqueTitles(node: OutlineNode): boolean {
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
 * alike. A status group ("Completed"), or a period or horizon alone ("Future"), stays a group of items.
 */
export function amongPeriodsOfWork(node: OutlineNode, siblings: OutlineNode[]): boolean {
  const title = node.heading!.title;
  if (bucketOf(title)?.kind === 'status' || node.blocks.some((b) => b.type === 'table')) return false;
  // A heading that is its horizon or period alone ("Future", "Later", "Q1 2026") names no work: its list
  // holds it. ("Maintenance & Future Phases" names an area beside the phases.)
  if (namesOnlyAStatus(title) || isPeriodLabel(title.replace(/[^\p{L}\p{N}]+$/u, ''))) return false;
  // Described in prose, or with detail lines of their own ("**Goal**:", "**Deliverables**:"), as shapeOf reads them.
  const described = siblings.filter(
    (s) =>
      s !== node &&
      !s.children.length &&
      ((proseCount(s.blocks) > 0 && !isListDominated(s.blocks)) || hasDetailLines(s.blocks)),
  );
  return described.length >= 2 && described.length * 2 > siblings.length - 1;
}

const wordsOf = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3),
  );

/**
 * Whether an item names a heading: most of the heading's words are in it, and most of its words are the
 * heading's; `stripped` (the words most headings share left out of both): two words at least.
 */
function names(item: Set<string>, heading: Set<string>, stripped = false): boolean {
  if (!heading.size || !item.size) return false;
  const near = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
  const shared = [...heading].filter((word) => [...item].some((w) => near(w, word))).length;
  const own = [...item].filter((word) => [...heading].some((w) => near(w, word))).length;
  return shared / heading.size >= 0.6 && own / item.size >= 0.5 && (shared >= 2 || !stripped);
}

/**
 * A part whose list items or table rows name the headings after it ("Progress": a row per phase
 * with its percentage; "For the 0.4 releases": a bullet per goal heading that follows) sums them
 * up: it introduces the work, it is not one more piece of it.
 */
export function sumsUpSiblings(node: OutlineNode, siblings: OutlineNode[]): boolean {
  // It comes before what it sums up; words most headings share ("Phase", the project's name) name none.
  const after = siblings.slice(siblings.indexOf(node) + 1);
  if (after.length < 2 || node.children.length) return false;
  const titles = after.map((s) => wordsOf(s.heading!.title));
  const common = new Set(
    [...new Set(titles.flatMap((t) => [...t]))].filter(
      (w) => titles.filter((t) => t.has(w)).length * 2 > titles.length,
    ),
  );
  const others = titles.map((t) => new Set([...t].filter((w) => !common.has(w))));
  const items: Set<string>[] = [];
  for (const block of node.blocks) {
    if (block.type === 'list')
      items.push(...block.children.map((item) => wordsOf(plainText(item.children[0] ?? item))));
    if (block.type === 'table')
      items.push(...block.children.slice(1).map((row) => wordsOf(plainText(row.children[0] ?? row))));
  }
  if (items.length < 2) return false;
  // The words most headings share are left out of the items too ("Phase 1: Core Specification and
  // Validation (2024 – Q2 2025)" names "Phase 1: Core Specification and Validation" by its other words).
  // A name of one word left ("Windows" of "Windows support (x64)") tells only when every item names a
  // heading so: a list that also holds other work ("Plugin loader") is that work, not a summary.
  const own = items.map((item) => new Set([...item].filter((w) => !common.has(w))));
  const strict = others.filter((heading) =>
    items.some((item, i) => names(item, heading) || names(own[i]!, heading, true)),
  );
  const loose = others.filter((heading) => items.some((item, i) => names(item, heading) || names(own[i]!, heading)));
  // A group of work by how it stands ("Shipped in 0.9") lists that work, whatever headings follow it.
  const group = bucketOf(node.heading?.title ?? '')?.kind === 'status';
  const named = loose.length >= items.length && !group ? loose : strict;
  return named.length >= 2 && named.length * 2 >= items.length && named.length * 2 >= others.length;
}

/** A heading whose own list names the headings under it ("- [x] SSO login" over "### SSO login"): it sums them up. */
export function sumsUpItsParts(node: OutlineNode): boolean {
  const own = { ...node, children: [] };
  return sumsUpSiblings(own, [own, ...node.children]);
}
