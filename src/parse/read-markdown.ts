/**
 * The Markdown parser itself (CommonMark + GFM), kept apart from the tree
 * helpers in ./markdown.ts: it is the heavy part of the parser, loaded only
 * where pages are parsed (the parser's worker thread, lint, tests), not by
 * the stages that only walk or print trees.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Root } from 'mdast';

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}
