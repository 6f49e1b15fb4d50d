/**
 * The words a page says about itself, laid out for naming: its prose as
 * plain-text blocks (code left out), each marked by where it stands, and the
 * addresses it links to. Read by the project-name scorer, which never sees
 * the tree.
 */
import type { Nodes, Root } from 'mdast';
import { collapse, isParent, walk } from './markdown.js';

/**
 * Where a block stands: `meta` is the front matter's title and description,
 * `intro` prose before the first section, `prose` any other paragraph,
 * `heading` and `cell` text written in title case by habit.
 */
export type BlockKind = 'meta' | 'intro' | 'prose' | 'heading' | 'cell';

export interface TextBlock {
  kind: BlockKind;
  text: string;
}

export interface PageText {
  blocks: TextBlock[];
  /** Every link target on the page, as written (relative ones included). */
  urls: string[];
}

/** Stands where inline code was: names inside code are identifiers, and no phrase runs across one. */
export const CODE_GAP = ' \u2063 ';

export interface PageTextInput {
  root: Root;
  /** Line of the first section heading: paragraphs above it are the intro. */
  introEndLine?: number;
  /** Front matter strings that describe the page (title, description). */
  meta?: string[];
}

export function pageTextOf({ root, introEndLine, meta = [] }: PageTextInput): PageText {
  const blocks: TextBlock[] = meta
    .filter((text) => text.trim())
    .map((text) => ({ kind: 'meta', text: collapse(text) }));
  const urls: string[] = [];
  walk(root, (node) => {
    if (node.type === 'link' || node.type === 'definition') urls.push(node.url);
    const kind = blockKind(node, introEndLine);
    if (!kind) return;
    const text = collapse(inlineText(node));
    if (text) blocks.push({ kind, text });
  });
  return { blocks, urls };
}

function blockKind(node: Nodes, introEndLine: number | undefined): BlockKind | undefined {
  if (node.type === 'heading') return 'heading';
  if (node.type === 'tableCell') return 'cell';
  if (node.type !== 'paragraph') return undefined;
  const line = node.position?.start.line;
  return introEndLine !== undefined && line !== undefined && line < introEndLine ? 'intro' : 'prose';
}

/** Text of inline content, with code and HTML left out. */
function inlineText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'inlineCode' || node.type === 'code') return CODE_GAP;
  // A bare address written as its own text ("https://github.com/o/r") is an identifier, not prose.
  if (
    node.type === 'link' &&
    /^(https?:\/\/|www\.)\S+$/.test(collapse(node.children.map((c) => inlineText(c as Nodes)).join('')))
  )
    return CODE_GAP;
  if (node.type === 'break') return ' ';
  if (!isParent(node)) return '';
  return node.children.map((child) => inlineText(child as Nodes)).join('');
}
