/**
 * Lists written with indentation that CommonMark reads otherwise than the
 * author meant: items nested by too few spaces, and sub-items indented so far
 * that they join the item's first line as text.
 */
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { inlineLines } from './markdown.js';

/**
 * Items indented under a sibling by fewer spaces than CommonMark needs for
 * nesting ("*  Parent:" then "  * child") are read as siblings; the author
 * meant children. An item indented two or more columns deeper than the
 * list's first items becomes a child of the item above it.
 */
export function nestByIndent(list: List): void {
  if ((list.data as { fromHtml?: boolean } | undefined)?.fromHtml) return;
  const columns = list.children.map((item) => item.position?.start.column ?? 1);
  const base = Math.min(...columns);
  const out: ListItem[] = [];
  list.children.forEach((item, i) => {
    const parent = out[out.length - 1];
    if (parent && columns[i]! >= base + 2) {
      const last = parent.children[parent.children.length - 1];
      if (last?.type === 'list') last.children.push(item);
      else parent.children.push({ type: 'list', ordered: false, spread: false, children: [item] });
      return;
    }
    out.push(item);
  });
  list.children = out;
}

/**
 * "1. **Maintenance**" then "  - Bugs as time permits" on the next line: the bullets are indented
 * under the numbered item, but by fewer spaces than its text starts at, so CommonMark ends the
 * numbered list there and starts a list of bullets beside it. Such a list, right after the item's
 * line and indented past its number, is the item's sub-list, as the author wrote it.
 */
export function nestShortIndented(children: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  // Numbered lists that took in such a sub-list: the numbered items after it go on with the same list.
  const mended = new Set<List>();
  for (const node of children) {
    const before = out[out.length - 1];
    if (node.type === 'list' && before?.type === 'list' && before.ordered && !node.ordered) {
      const item = before.children[before.children.length - 1];
      const column = (n: ListItem | undefined) => n?.position?.start.column ?? 0;
      const adjacent = node.position?.start.line === (item?.position?.end.line ?? -1) + 1;
      if (item && adjacent && node.children.every((sub) => column(sub) > column(item))) {
        item.children.push(node);
        mended.add(before);
        continue;
      }
    }
    if (node.type === 'list' && node.ordered && before?.type === 'list' && mended.has(before)) {
      before.children.push(...node.children);
      if (node.position && before.position) before.position = { ...before.position, end: node.position.end };
      continue;
    }
    out.push(node);
  }
  return out;
}

const MARKER = /^\s*[-*+]\s+(?=\S)/;

/**
 * "1. Code Review" then "    - System Perspective" on the next lines: indented past where a nested
 * list may start, the sub-items become text of the item's first line ("Code Review - System
 * Perspective - …"). When the line after the first starts with a bullet, the lines from there are the
 * sub-list the author wrote (a line without a bullet goes on with the sub-item above it).
 */
export function unfoldLazyList(item: ListItem): void {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return;
  const lines = inlineLines(first.children);
  if (lines.length < 2) return;
  const later = lines.slice(1);
  const starts = (line: PhrasingContent[]) => line[0]?.type === 'text' && MARKER.test(line[0].value);
  if (!later.length || !starts(later[0]!)) return;
  // Each bullet starts a sub-item; a line without one goes on with the sub-item above it.
  const subs: PhrasingContent[][] = [];
  for (const line of later) {
    if (starts(line)) {
      const [lead, ...tail] = line as [PhrasingContent & { type: 'text' }, ...PhrasingContent[]];
      subs.push([{ ...lead, value: lead.value.replace(MARKER, '') }, ...tail]);
    } else {
      subs[subs.length - 1]!.push({ type: 'text', value: ' ' }, ...line);
    }
  }
  const head: Paragraph = { ...first, children: lines[0]! };
  const sub: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: subs.map((children) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children }],
    })),
  };
  item.children = [head, sub, ...rest];
}
