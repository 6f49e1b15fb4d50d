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
  /** The list it stands in, if any: a list's own words do not make it a key. */
  inList: List | undefined;
  /** A heading or bold label over a list: a group's name, which a key may run on into what it means. */
  overList: boolean;
}

/** Words the page uses as terms: tags in brackets, a table's column names, headings and bold labels. */
function pageTerms(root: Root): Term[] {
  const terms: Term[] = [];
  const visit = (node: Nodes, list: List | undefined, next: Nodes | undefined) => {
    if (node.type === 'list') list = node;
    const add = (text: string) => terms.push({ term: norm(text), inList: list, overList: next?.type === 'list' });
    if (node.type === 'heading') add(plainText(node));
    if (node.type === 'paragraph' && boldLabel(node)) add(boldLabel(node)!);
    if (node.type === 'table') {
      for (const cell of node.children[0]?.children ?? []) add(plainText(cell));
      return;
    }
    if (node.type === 'text') {
      for (const match of node.value.matchAll(/\[([^\][]{1,24})\]/g)) add(match[1]!);
      return;
    }
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (const [i, child] of children.entries()) visit(child, list, children[i + 1]);
    }
  };
  visit(root, undefined, undefined);
  return terms.filter((t) => t.term.length >= 2);
}

/** "**High Impact**" alone in its paragraph: a label over what follows. */
function boldLabel(paragraph: Paragraph): string | undefined {
  const parts = paragraph.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return parts.length === 1 && parts[0]!.type === 'strong' ? plainText(parts[0]!) : undefined;
}

/**
 * The term an item opens with and explains, if one of `terms`: set off by emphasis ("_Priority_ is"),
 * or followed by a dash, colon, equals sign or "is" ("HIGH - Core feature"); a term of two words or
 * more that names a group of items may run on into its explanation ("High impact issues that…"). A status ("Done: the parser") or
 * a key of details after a colon ("Status: in review") opens a line about work, not a key.
 */
function termOf(item: ListItem, terms: Set<string>, groups: Set<string>): string | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const lead = first.children[0];
  const text = plainText(first).trim();
  const explains = (term: string, rest: string) => {
    if (isBareStatus(term)) return false;
    if (/^\s*[:：]/.test(rest) && isFieldKeyTitle(term)) return false;
    if (/^\s*(?:[-–—:：=]|is\b|are\b|means\b)\s*\S/i.test(rest)) return true;
    return groups.has(term) && term.includes(' ') && /^\s+\p{L}/u.test(rest);
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

/** Marks the lists that explain the page's own terms (see above). Two items or more, each a different term. */
export function markTermKeys(root: Root): void {
  const all = pageTerms(root);
  walk(root, (node) => {
    if (node.type !== 'list' || node.children.length < 2) return;
    const others = all.filter((t) => t.inList !== node && !within(node, t.inList));
    const groups = new Set(others.filter((t) => t.overList).map((t) => t.term));
    const defined = node.children.map((item) => termOf(item, new Set(others.map((t) => t.term)), groups));
    if (defined.every(Boolean) && new Set(defined).size === defined.length)
      node.data = { ...node.data, [TERM_KEY]: true } as typeof node.data;
  });
}

/** Whether `inner` is `outer` or a list nested in it. */
function within(outer: List, inner: List | undefined): boolean {
  if (!inner) return false;
  let found = false;
  walk(outer, (node) => {
    if (node === inner) found = true;
  });
  return found;
}
