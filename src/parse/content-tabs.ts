/**
 * MkDocs content tabs (`=== "Released"` over a body indented by four spaces), as the parts a
 * reader sees: the tab's title in bold over its body, read as Markdown. Markdown alone reads the body
 * as more lines of the title's paragraph (right under it) or as a code block (after a blank line).
 */
import type { Nodes, Paragraph, Root, RootContent } from 'mdast';
import { walk } from './markdown.js';
import { parseMarkdown } from './read-markdown.js';

/** A tab's opening line: `=== "Title"`, `===! "Title"` (opens a new set), `===+ "Title"` (selected). */
const TAB = /^===[!+]?[ \t]+"([^"\n]+)"[ \t]*$/;

/** An indented line of a tab's body, or a blank one between its blocks. */
const INDENTED = /^(?: {4}|\t)|^[ \t]*$/;

/** A page's body read as Markdown, its content tabs unfolded. */
export function parsePage(body: string): Root {
  const root = parseMarkdown(body);
  unfoldContentTabs(root, body);
  return root;
}

/** Replaces each content tab at the top of `root` by its title in bold over its body. */
export function unfoldContentTabs(root: Root, body: string): void {
  const lines = body.split(/\r?\n/);
  const out: RootContent[] = [];
  const children = root.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    const start = node.position?.start.line;
    const title = node.type === 'paragraph' && start ? TAB.exec(lines[start - 1] ?? '')?.[1] : undefined;
    if (!title || !start) {
      out.push(node);
      continue;
    }
    let end = node.position!.end.line;
    // The body's lines under the title; then the indented blocks after a blank line.
    let next = i + 1;
    while (children[next]?.type === 'code' && startsIndented(children[next]!, lines)) {
      end = children[next]!.position!.end.line;
      next++;
    }
    const own = lines.slice(start, end);
    if (!own.every((line) => INDENTED.test(line))) {
      out.push(node);
      continue;
    }
    const inner = parseMarkdown(own.map((line) => line.replace(/^(?: {4}|\t)/, '')).join('\n'));
    shiftLines(inner, start);
    const heading: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'strong', children: [{ type: 'text', value: title }] }],
      position: { start: { line: start, column: 1 }, end: { line: start, column: lines[start - 1]!.length + 1 } },
    };
    out.push(heading, ...inner.children);
    i = next - 1;
  }
  root.children = out;
}

function startsIndented(node: RootContent, lines: string[]): boolean {
  const line = node.position ? lines[node.position.start.line - 1] : undefined;
  return line !== undefined && /^(?: {4}|\t)/.test(line);
}

/** Moves a body parsed on its own to where it stands in the page: `by` lines down, four columns in. */
function shiftLines(root: Root, by: number): void {
  walk(root as Nodes, (node) => {
    const position = node.position;
    if (!position || node.type === 'root') return;
    node.position = {
      start: { line: position.start.line + by, column: position.start.column + 4 },
      end: { line: position.end.line + by, column: position.end.column + 4 },
    };
  });
}
