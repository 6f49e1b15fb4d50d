/**
 * MDC block components (a Markdown dialect of some documentation sites): `::read-more{to="https://…"}`,
 * a line of text, then `::`. Markdown reads them as one paragraph of text
 * with the markers in it; here each block becomes a paragraph of its own
 * text, linked to its `to` target when it has one, so it reads as the page
 * shows it.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { plainText } from './markdown.js';

const OPEN = /^::([\w-]+)(\{[^}]*\})?\s*$/;
const CLOSE = /^::\s*$/;

/** The paragraphs an MDC-marked paragraph stands for; undefined when it has no MDC markers. */
export function mdcParagraphs(paragraph: Paragraph): Paragraph[] | undefined {
  const first = paragraph.children[0];
  if (first?.type !== 'text' || !/^::[\w-]/.test(first.value)) return undefined;
  // Markers inside the paragraph's text only: a paragraph that merely starts with "::" is left alone.
  if (!paragraph.children.some((node) => node.type === 'text' && /(^|\n)::\s*($|\n)/.test(node.value)))
    return undefined;
  // Lines of inline nodes: text nodes split at their line breaks.
  const lines: PhrasingContent[][] = [[]];
  for (const node of paragraph.children) {
    if (node.type !== 'text') {
      lines[lines.length - 1]!.push(node);
      continue;
    }
    node.value.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1]!.push({ type: 'text', value: part });
    });
  }
  const out: Paragraph[] = [];
  let target: string | undefined;
  let body: PhrasingContent[][] = [];
  const flush = () => {
    const content = body.filter((line) => line.length);
    if (content.length) {
      const children = content.flatMap((line, i) =>
        i ? [{ type: 'text', value: ' ' } as PhrasingContent, ...line] : line,
      );
      const linked =
        target && children.every((node) => node.type === 'text')
          ? [{ type: 'link', url: target, children } as PhrasingContent]
          : children;
      out.push({ type: 'paragraph', children: linked, position: paragraph.position });
    }
    body = [];
    target = undefined;
  };
  for (const line of lines) {
    // The opener's URL may have been read as a link (GFM autolinks): its text is what counts.
    const text = line.every((node) => node.type === 'text' || node.type === 'link')
      ? plainText(line).trim()
      : undefined;
    const open = text !== undefined ? OPEN.exec(text) : null;
    if (open) {
      flush();
      target = /\bto="([^"]+)"/.exec(open[2] ?? '')?.[1];
    } else if (text !== undefined && CLOSE.test(text)) {
      flush();
    } else {
      body.push(line);
    }
  }
  flush();
  return out;
}
