/**
 * Markdown → mdast, and small helpers over mdast nodes. All structure is read
 * from this tree (CommonMark + GFM), never from the page text directly.
 */
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import type { Position } from '../model/types.js';

const INLINE_TYPES = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'break',
  'html',
  'footnoteReference',
]);

/**
 * Plain text of a node or a run of nodes, with soft line breaks and runs of
 * spaces collapsed. Inline nodes are joined as written; blocks with a space.
 */
export function plainText(node: Nodes | Nodes[]): string {
  return collapse(textOf(Array.isArray(node) ? node : [node]));
}

/** Inline tags that end a line or an item where they stand: "A<br>B", "A</li><li>B" read "A B". */
const SEPARATING_TAG = /^<\s*\/?\s*(br|li|ul|ol|p|div|tr|td|th|hr)\b/i;

function textOf(nodes: Nodes[]): string {
  const inline = nodes.every((n) => INLINE_TYPES.has(n.type));
  return nodes
    .map((n) => {
      if (n.type === 'break') return ' ';
      if (n.type === 'html') return SEPARATING_TAG.test(n.value.trim()) ? ' ' : '';
      if (isParent(n)) return textOf(n.children as Nodes[]);
      return mdastToString(n, { includeImageAlt: true, includeHtml: false });
    })
    .join(inline ? '' : ' ');
}

/**
 * A heading's text as sites make its anchor from it: inline HTML dropped with nothing in its place
 * ("Next<br>(2025)" is "#next2025" on GitHub), unlike plain text, which keeps the words apart.
 */
export function anchorText(node: Nodes): string {
  return collapse(mdastToString(node, { includeImageAlt: true, includeHtml: false }));
}

export function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

export function positionOf(node: { position?: { start: { line: number; column: number } } } | undefined): Position {
  return { line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 };
}

export function isParent(node: Nodes): node is Parents {
  return 'children' in node && Array.isArray((node as Parents).children);
}

/** Calls `visit` on every node below `node`, depth first, parents before children. */
export function walk(node: Nodes, visit: (node: Nodes, parent: Parents | undefined) => void, parent?: Parents): void {
  visit(node, parent);
  if (isParent(node)) for (const child of [...node.children]) walk(child as Nodes, visit, node);
}

/** Whether a node holds a link; with `references`, a link by reference ("[text][ref]") counts too. */
export function holdsLink(node: Nodes, references = false): boolean {
  let found = false;
  walk(node, (n) => {
    if (n.type === 'link' || (references && n.type === 'linkReference')) found = true;
  });
  return found;
}

/** Removes `position` and `data` fields in place: model rich text carries neither. */
export function stripPositions<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const item of value) stripPositions(item);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    delete record.position;
    delete record.data;
    for (const key of Object.keys(record)) {
      if (record[key] === undefined) delete record[key];
      else stripPositions(record[key]);
    }
  }
  return value;
}

/** Trims leading and trailing whitespace of an inline run, dropping empty text nodes. */
export function trimInlines(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes];
  while (out.length && isBlankInline(out[0]!)) out.shift();
  while (out.length && isBlankInline(out[out.length - 1]!)) out.pop();
  if (out[0]?.type === 'text') out[0] = { ...out[0], value: out[0].value.replace(/^\s+/, '') };
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') };
  return out;
}

function isBlankInline(node: PhrasingContent): boolean {
  return node.type === 'break' || (node.type === 'text' && node.value.trim() === '');
}

export type { Root, RootContent };

/** The lines of a paragraph's inline content, split at newlines in its text (hard breaks end lines too). */
export function inlineLines(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type === 'break') {
      lines.push([]);
      continue;
    }
    if (child.type !== 'text' || !child.value.includes('\n')) {
      lines[lines.length - 1]!.push(child);
      continue;
    }
    child.value.split('\n').forEach((part, i) => {
      if (i) lines.push([]);
      if (part) lines[lines.length - 1]!.push({ ...child, value: part });
    });
  }
  return lines;
}

/** The blocks a reader sees: HTML comments and tags, link definitions and rules left out. */
export const shownBlocks = <T extends RootContent>(blocks: T[]): T[] =>
  blocks.filter((b) => b.type !== 'html' && b.type !== 'definition' && b.type !== 'thematicBreak');
