/**
 * Headings written without a space after their hashes ("#Roadmap", "##v2.6.0"): Markdown as first
 * defined, and the site generators that still follow it (Python-Markdown, so MkDocs), read them as
 * headings; CommonMark reads a paragraph. A page that writes two or more lines so, each a paragraph
 * of its own and one at least with two hashes or more, meant headings, and they are read as such.
 * Lines of one hash each may be tags ("#release", "#OpenSource"), and are left as written; so are
 * issue numbers ("#1423, #1425").
 */
import type { Heading, Paragraph, RootContent } from 'mdast';

const TIGHT = /^(#{1,6})([^#\s][^\n]*?)(?:\s+#+)?\s*$/;

function tightHeading(block: RootContent): { depth: number; text: string } | undefined {
  if (block.type !== 'paragraph' || block.children.length !== 1) return undefined;
  const [only] = block.children;
  if (only?.type !== 'text') return undefined;
  const match = TIGHT.exec(only.value);
  // "#123" and "#1423, #1425" are issues, not headings.
  // Nor is "#!/bin/sh", the first line of a script.
  if (!match || /^[\d!]/.test(match[2]!) || match[2]!.includes('#')) return undefined;
  return { depth: match[1]!.length, text: match[2]!.trim() };
}

/** The page's top blocks with each paragraph written as a heading without its space read as that heading. */
export function tightHeadingsAsHeadings(blocks: RootContent[]): RootContent[] {
  // Two or more, one at least with two hashes or more: "#BuildInPublic" and "#OpenSource" are tags.
  const read = blocks.map(tightHeading);
  const found = read.filter((t) => t !== undefined);
  if (found.length < 2 || !found.some((t) => t.depth >= 2)) return blocks;
  return blocks.map((block, i) => {
    const tight = read[i];
    if (!tight) return block;
    const heading: Heading = {
      type: 'heading',
      depth: tight.depth as Heading['depth'],
      children: [{ type: 'text', value: tight.text }],
      position: (block as Paragraph).position,
    };
    return heading;
  });
}
