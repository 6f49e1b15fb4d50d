/**
 * A group's list written without list markers: under a heading that only groups work ("Q4 2017",
 * "Planned Features", "Enhancement requests for future releases"), short one-line paragraphs, each
 * set apart by a blank line ("Framework packaging." / "Android Studio plugin?" / "✅ Offline mode").
 * CommonMark reads each as a paragraph of prose, but its author wrote a list, and a reader sees one:
 * they become the list they stand for. Paragraphs of prose (a long line, lines that wrap, a line that
 * introduces what follows with a colon) stay prose.
 */
import type { List, Paragraph, RootContent } from 'mdast';
import { groupsOnly } from './group-titles.js';
import { inlineLines, plainText, trimInlines } from './markdown.js';

/** Words a line of a list may have: more, and it is a paragraph of prose. */
const MAX_WORDS = 20;

/** The blocks with each group's run of one-line paragraphs as a list. */
export function lineParagraphsAsLists(blocks: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let grouping = false;
  let run: RootContent[] = [];
  const flush = () => {
    const list = grouping ? listOfLines(run) : undefined;
    out.push(...(list ? [list] : run));
    run = [];
  };
  for (const block of blocks) {
    if (block.type === 'heading') {
      flush();
      out.push(block);
      grouping = groupsOnly(plainText(block));
    } else run.push(block);
  }
  flush();
  return out;
}

/**
 * The list a heading's whole text stands for: three or more one-line paragraphs, or two that neither
 * end a sentence, with nothing else but rules and comments between them.
 */
function listOfLines(run: RootContent[]): List | undefined {
  const shown = run.filter((block) => block.type !== 'thematicBreak' && !isComment(block));
  if (!shown.every((block): block is Paragraph => block.type === 'paragraph' && isLine(block))) return undefined;
  if (shown.length < 2 || (shown.length === 2 && shown.some((p) => /[.!]$/.test(plainText(p).trim()))))
    return undefined;
  const [first, last] = [shown[0]!, shown[shown.length - 1]!];
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: shown.map((paragraph) => ({
      type: 'listItem',
      spread: false,
      checked: null,
      children: [paragraph],
      position: paragraph.position,
    })),
    position:
      first.position && last.position ? { start: first.position.start, end: last.position.end } : first.position,
  };
}

/**
 * A paragraph of one short line that does not introduce what follows ("Goals for this quarter:"), nor
 * opens with words in bold or italics: those head or key what follows (./run-in-heads.ts, field lines).
 */
function isLine(paragraph: Paragraph): boolean {
  const text = plainText(paragraph).trim();
  const opening = trimInlines(paragraph.children).find(
    (node) => node.type !== 'text' || /[\p{L}\p{N}]/u.test(node.value),
  );
  return (
    opening?.type !== 'strong' &&
    opening?.type !== 'emphasis' &&
    inlineLines(paragraph.children).filter((line) => line.length).length === 1 &&
    text !== '' &&
    !/[:：]$/.test(text) &&
    text.split(/\s+/).length <= MAX_WORDS
  );
}

const isComment = (block: RootContent): boolean => block.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(block.value);
