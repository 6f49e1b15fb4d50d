/**
 * HTML comments as the author's notes: a comment inside an initiative's part
 * of the page (under its heading until the next heading of its level or
 * above; inside its list item or table row) is a note for the presenter. It
 * never reaches a slide. Comments that steer a tool (markdownlint, Prettier,
 * Vale, a table of contents, a "truncate"/"more" marker) are not notes.
 *
 * Read from the tree before it is cleaned (cleaning drops comments); the
 * comment's text is kept as text, never read as HTML or Markdown.
 */
import type { Root } from 'mdast';
import { walk } from './markdown.js';

export interface PageComment {
  line: number;
  text: string;
}

/** Where the comments are, and what bounds an initiative's part of the page. */
export interface PageComments {
  comments: PageComment[];
  headings: { line: number; depth: number }[];
  /** First line → last line of each list item and table row (the outermost one starting on a line). */
  items: Map<number, number>;
}

const TOOL_MARKER =
  /^(markdownlint|prettier|vale\b|textlint|cspell|spell-?checker|eslint|doctoc|start doctoc|end doctoc|toc\b|\/toc\b|omit in toc|no-?toc|all-contributors|truncate$|more$|#?(end)?region\b|lint-|@format)/i;

export function readComments(root: Root): PageComments {
  const found: PageComments = { comments: [], headings: [], items: new Map() };
  walk(root, (node) => {
    const start = node.position?.start.line;
    const end = node.position?.end.line;
    if (start === undefined || end === undefined) return;
    if (node.type === 'heading') found.headings.push({ line: start, depth: node.depth });
    if ((node.type === 'listItem' || node.type === 'tableRow') && !found.items.has(start)) found.items.set(start, end);
    if (node.type !== 'html') return;
    // A comment left open runs to the end of its block, as CommonMark reads it.
    for (const match of node.value.matchAll(/<!--([\s\S]*?)(?:-->|$)/g)) {
      const text = dedent(match[1]!);
      if (!text || TOOL_MARKER.test(text)) continue;
      const line = start + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0);
      found.comments.push({ line, text });
    }
  });
  found.headings.sort((a, b) => a.line - b.line);
  return found;
}

/**
 * The notes of each initiative, by its first line: the comments in its part
 * of the page, in page order, separated by blank lines. `starts` are the
 * first lines of every initiative; `stops` of the other parts (sections, the closing part).
 */
export function commentNotes(page: PageComments, starts: number[], stops: number[] = []): Map<number, string> {
  const notes = new Map<number, string>();
  if (!page.comments.length) return notes;
  const bounds = [...starts, ...stops].sort((a, b) => a - b);
  for (const start of new Set(starts)) {
    const own = page.headings.find((h) => h.line === start);
    const next = [
      // The next heading of the initiative's level or above (any heading, for an item).
      page.headings.find((h) => h.line > start && (!own || h.depth <= own.depth))?.line,
      bounds.find((line) => line > start),
    ].filter((line): line is number => line !== undefined);
    let end = next.length ? Math.min(...next) - 1 : Infinity;
    const item = page.items.get(start);
    if (item !== undefined && !own) end = Math.min(end, item);
    const texts = page.comments.filter((c) => c.line >= start && c.line <= end).map((c) => c.text);
    if (texts.length) notes.set(start, texts.join('\n\n'));
  }
  return notes;
}

/** The comment's lines without their common indentation, and without blank lines around them. */
function dedent(text: string): string {
  const lines = text.replace(/\r/g, '').split('\n');
  while (lines.length && !lines[0]!.trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  return lines
    .map((l) => l.slice(Number.isFinite(indent) ? indent : 0).trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
