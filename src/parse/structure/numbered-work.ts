/**
 * Work numbered in outline ("### 1.1 Query planner", "### 2.3 - Sync engine" under "## Phase 2"):
 * where most headings at the initiative level carry such a number, the numbers say which parts are
 * the plan's steps. A part above that level whose own headings carry none and are not told as that
 * work is (most hold lists, a table or a key), and that is no release, stage, period or status group
 * ("## Staffing" over "### Engineers" and "### Build servers" and their lists, a cheat sheet over the
 * legend's headings), is about the plan, not a step of it: context, sub-headings and all. ("##
 * Maintenance" over unnumbered parts told in prose is work added later.)
 */
import { descendants, type OutlineNode } from '../outline.js';
import { namesAStep } from './deck-budget.js';
import { shapeOf } from './shape.js';

/** An outline number of two parts or more opening a title: "1.2 ", "2.1. ", "3.4 - " (not "2025.1 - …"). */
const OUTLINE_NUMBER = /^[^\p{L}\p{N}]*\d{1,2}(?:\.\d{1,2})+\.?(?=[\s\-–—:)]|$)/u;

export const outlineNumbered = (title: string): boolean => OUTLINE_NUMBER.test(title);

/** The headings at `depth` among `nodes` and the parts above that level. */
export const headingsAt = (nodes: OutlineNode[], depth: number): OutlineNode[] =>
  nodes.flatMap((n) =>
    n.heading!.depth === depth ? [n] : n.heading!.depth < depth ? headingsAt(n.children, depth) : [],
  );

/** Whether the headings at the initiative level are numbered: three or more are, and most are. */
export function workIsNumbered(atLevel: OutlineNode[]): boolean {
  const numbered = atLevel.filter((node) => outlineNumbered(node.heading!.title)).length;
  return numbered >= 3 && numbered * 2 > atLevel.length;
}

/**
 * Whether a part above the initiative level (`depth`), on a page whose work is numbered, holds
 * headings at that level and no numbered heading at all, and its title is no step of the work.
 */
export function besideNumberedWork(node: OutlineNode, depth: number): boolean {
  const heading = node.heading!;
  if (heading.depth >= depth || namesAStep(heading.title)) return false;
  const below = descendants(node).filter((d) => d !== node && d.heading && !d.heading.pseudo);
  const atLevel = below.filter((d) => d.heading!.depth === depth);
  // Its headings at that level are not told as the numbered work is: most hold lists, a table, a key.
  const told = atLevel.filter((d) => shapeOf(d) === 'prose').length;
  return (
    atLevel.length > 0 &&
    told * 2 <= atLevel.length &&
    !below.some((d) => outlineNumbered(d.heading!.title)) &&
    !outlineNumbered(heading.title)
  );
}
