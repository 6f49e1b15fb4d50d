/**
 * A key to the page's own terms: a list whose every item opens with a term the page uses
 * elsewhere (as a tag after its items, "Tags [HIGH]"; as a table's column, "| Priority |"; or as a
 * heading or bold label over a group, "**High Impact**") and then says what it means:
 *
 *   - HIGH - Core feature                              (items tagged "[HIGH]")
 *   - _Priority_ is a number between 1 and 3           (a table with a "Priority" column)
 *   1. High impact issues that will likely be needed   (a group labelled "**High Impact**")
 *
 * Such a list explains how the page is read; it is not work. It is marked here, once for the page,
 * and read as a legend wherever lists are weighed (legend.ts).
 */
import type { List, ListItem, Nodes, Paragraph, Root } from 'mdast';
import { isFieldKeyTitle } from './field-lists.js';
import { plainText, walk } from './markdown.js';
import { isBareStatus } from './status.js';

const TERM_KEY = 'termKey';

/** Whether a list was found to explain the page's own terms. */
export function isTermKey(list: List): boolean {
  return (list.data as Record<string, unknown> | undefined)?.[TERM_KEY] === true;
}

const norm = (text: string) =>
  text
    .replace(/[:：]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

interface Term {
  term: string;
  kind: 'tag' | 'column' | 'label';
  /** The lists it stands in, innermost last: a list's own words do not make it a key. */
  lists: List[];
  /** A heading or bold label over a list: a group's name, which a key may run on into what it means. */
  overList: boolean;
  /** Its place in the page, in reading order. */
  order: number;
}

/** Words the page uses as terms: tags in brackets, a table's column names, headings and bold labels. */
function pageTerms(root: Root): { terms: Term[]; listOrder: Map<List, number> } {
  const terms: Term[] = [];
  const listOrder = new Map<List, number>();
  let order = 0;
  const visit = (node: Nodes, lists: List[], next: Nodes | undefined) => {
    order++;
    if (node.type === 'list') {
      lists = [...lists, node];
      listOrder.set(node, order);
    }
    const add = (text: string, kind: Term['kind']) =>
      terms.push({ term: norm(text), kind, lists, overList: next?.type === 'list', order });
    if (node.type === 'heading') add(plainText(node), 'label');
    const label = node.type === 'paragraph' ? boldLabel(node) : undefined;
    if (label) add(label, 'label');
    if (node.type === 'table') {
      for (const cell of node.children[0]?.children ?? []) add(plainText(cell), 'column');
      return;
    }
    if (node.type === 'text') {
      for (const match of node.value.matchAll(/\[([^\][]{1,24})\]/g)) add(match[1]!, 'tag');
      return;
    }
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (const [i, child] of children.entries()) visit(child, lists, children[i + 1]);
    }
  };
  visit(root, [], undefined);
  return { terms: terms.filter((t) => t.term.length >= 2), listOrder };
}

/** "**High Impact**" alone in its paragraph: a label over what follows. */
function boldLabel(paragraph: Paragraph): string | undefined {
  const parts = paragraph.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return parts.length === 1 && parts[0]!.type === 'strong' ? plainText(parts[0]!) : undefined;
}

/** What may follow a term to explain it: a dash or equals sign set off by spaces, a colon, "is", "means". */
const EXPLAINS = /^(?:\s+[-–—=]\s+|\s*[:：]\s*|\s+(?:is|are|means)\s+)\S/i;
/** A group's name run on into what it holds: "High impact issues that will likely…". */
const RUNS_ON = /^\s+(?:\p{L}+\s+){0,2}(?:that|which|where|who)\b/iu;

/**
 * The term an item opens with and explains, if one of `terms`: set off by emphasis ("_Priority_ is"),
 * or followed by a spaced dash, a colon, an equals sign or "is" ("HIGH - Core feature"); a group's name
 * may run on into a clause that says what it holds ("High impact issues that…"). A status ("Done: the
 * parser") or a key of details after a colon ("Status: in review") opens a line about work, not a key.
 */
function termOf(item: ListItem, terms: Set<string>, groups: Set<string>): string | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const lead = first.children[0];
  const text = plainText(first).trim();
  const explains = (term: string, rest: string) => {
    if (isBareStatus(term)) return false;
    if (/^\s*[:：]/.test(rest) && isFieldKeyTitle(term)) return false;
    return EXPLAINS.test(rest) || (groups.has(term) && RUNS_ON.test(rest));
  };
  if (lead?.type === 'emphasis' || lead?.type === 'strong') {
    const term = norm(plainText(lead));
    return terms.has(term) && explains(term, text.slice(plainText(lead).trim().length)) ? term : undefined;
  }
  for (const term of terms) {
    if (text.toLowerCase().startsWith(term) && explains(term, text.slice(term.length))) return term;
  }
  return undefined;
}

/**
 * Marks the lists that explain the page's own terms (see above): two items or more, each a different
 * term used after the list, outside it (a tag on two items at least: one tag is a note on one item).
 */
export function markTermKeys(root: Root): void {
  const { terms: all, listOrder } = pageTerms(root);
  // Every term of the page first, to leave out at once the lists (nearly all) no item of which opens with one.
  const anyTerm = new Set(all.map((t) => t.term));
  const anyGroup = new Set(all.filter((t) => t.overList).map((t) => t.term));
  walk(root, (node) => {
    if (node.type !== 'list' || node.children.length < 2) return;
    if (!node.children.every((item) => termOf(item, anyTerm, anyGroup))) return;
    const at = listOrder.get(node) ?? 0;
    const after = all.filter((t) => t.order > at && !t.lists.includes(node));
    const uses = new Map<string, number>();
    for (const t of after) uses.set(t.term, (uses.get(t.term) ?? 0) + 1);
    const terms = new Set(after.filter((t) => t.kind !== 'tag' || (uses.get(t.term) ?? 0) >= 2).map((t) => t.term));
    const groups = new Set(after.filter((t) => t.overList).map((t) => t.term));
    const defined = node.children.map((item) => termOf(item, terms, groups));
    if (defined.every(Boolean) && new Set(defined).size === defined.length)
      node.data = { ...node.data, [TERM_KEY]: true } as typeof node.data;
  });
}
