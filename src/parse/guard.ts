/**
 * Limits on what one page may ask of the parser. Pages are untrusted: a page
 * nested thousands of levels deep, or built to drive the Markdown parser into
 * quadratic work, is refused at once with the line where it happens instead
 * of holding the build for minutes.
 */
import type { Nodes, Root } from 'mdast';
import { LimitExceededError } from '../errors.js';
import { isParent, positionOf } from './markdown.js';

export const MAX_INITIATIVES = 500;
export const MAX_NESTING = 20;

/**
 * A quick look at line starts before the Markdown parser runs: thousands of
 * nested quotes or list levels make parsing take minutes, so pages nested far
 * beyond MAX_NESTING are refused up front, at the first offending line.
 */
export function precheckNesting(text: string, file: string): void {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let quotes = 0;
    let col = 0;
    let j = 0;
    for (; j < line.length; j++) {
      const c = line[j];
      if (c === '>') quotes++;
      else if (c === ' ') col++;
      else if (c === '\t') col += 4;
      else break;
    }
    const listStart = /^([-*+]|\d{1,9}[.)])(\s|$)/.test(line.slice(j));
    if (quotes > MAX_NESTING || (listStart && col > 2 * MAX_NESTING + 2)) {
      throw new LimitExceededError(`lists or quotes nested more than ${MAX_NESTING} levels deep`, {
        file,
        line: i + 1,
        column: j + 1,
      });
    }
  }
}

/** Lists and quotes nested more than MAX_NESTING levels deep are refused (they would not fit any slide). */
export function checkNesting(root: Root, file: string): void {
  const visit = (node: Nodes, depth: number): void => {
    const level = node.type === 'list' || node.type === 'blockquote' ? depth + 1 : depth;
    if (level > MAX_NESTING)
      throw new LimitExceededError(`lists or quotes nested more than ${MAX_NESTING} levels deep`, {
        file,
        ...positionOf(node),
      });
    if (isParent(node)) for (const child of node.children) visit(child as Nodes, level);
  };
  visit(root, 0);
}

/**
 * Most inline markup characters (`*`, `_`, `~`, `` ` ``, `[`, `]`, `<`, `!`) in
 * one paragraph, table or list without a blank line. The Markdown parser's
 * inline pass does work that grows with the square of their number: 100,000
 * of them took minutes; real paragraphs have a few dozen.
 */
export const MAX_INLINE_MARKUP = 5000;
const MARKUP = new Set(['*', '_', '~', '`', '[', ']', '<', '!']);

/** Refuses a page with a block dense enough in inline markup to stall the parser, at the block's first line. */
export function precheckInlineMarkup(text: string, file: string): void {
  let count = 0;
  let blockLine = 1;
  let line = 1;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      // A line of only spaces ends the block: the parser starts afresh after it.
      let j = i + 1;
      while (text[j] === ' ' || text[j] === '\t') j++;
      if (text[j] === '\n' || j >= text.length) {
        blank = true;
        count = 0;
      }
      continue;
    }
    if (blank && c !== ' ' && c !== '\t') {
      blank = false;
      blockLine = line;
    }
    if (MARKUP.has(c) && ++count > MAX_INLINE_MARKUP) {
      throw new LimitExceededError(
        `more than ${MAX_INLINE_MARKUP} markup characters (* _ ~ \` [ ] < !) in one paragraph; split it with blank lines`,
        { file, line: blockLine },
      );
    }
  }
}
