/**
 * A group's list written without list markers: under a heading that only groups work ("Q3 2026",
 * "Planned Features", "Requests for later releases"), short one-line paragraphs, each
 * set apart by a blank line ("Plugin packaging." / "Editor plugin?" / "✅ Offline mode").
 * CommonMark reads each as a paragraph of prose, but its author wrote a list, and a reader sees one:
 * they become the list they stand for. Paragraphs of prose (a long line, lines that wrap, a line that
 * introduces what follows with a colon) stay prose.
 */
import type { List, Paragraph, RootContent } from 'mdast';
import { groupsOnly } from './group-titles.js';
import { inlineLines, plainText, trimInlines } from './markdown.js';

/** Words a line of a list may have: more, and it is a paragraph of prose. */
const MAX_WORDS = 20;

/** Words that open a sentence of prose, not the name of a piece of work. */
const PROSE_OPENING =
  /^(?:we|we're|i|i'm|you|you're|our|your|this|these|that|those|it|it's|its|there|they|he|she|nothing|everything|please|check|see|note|if|when|more|stay|feel|thanks|thank)\b/i;
/** A call to the reader ("Ideas welcome", "Open an issue to propose one") or a place held ("TBD"). */
const CALL_OR_PLACEHOLDER =
  /\b(?:welcome|open\s+an?\s+(?:issue|discussion|pull\s+request)|file\s+an?\s+issue|let\s+us\s+know|feedback|get\s+in\s+touch|reach\s+out)\b|^(?:tbd|tba|to\s+be\s+(?:decided|determined|announced|confirmed))\b/i;
/** A question put to the reader: "Should we drop v1?", "What do you think?". */
const ASKS = /^(?:should|would|could|can|do|does|did|will|shall|is|are|what|how|why|where|who|which)\b.*\?$/i;

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
 * The list a heading's whole text stands for: two or more one-line paragraphs, most of them not ending a
 * sentence (all of them, when there are two), with nothing else but rules and comments between them.
 */
function listOfLines(run: RootContent[]): List | undefined {
  const shown = run.filter((block) => block.type !== 'thematicBreak' && !isComment(block));
  if (!shown.every((block): block is Paragraph => block.type === 'paragraph' && isLine(block))) return undefined;
  const sentences = shown.filter((p) => /[.!]$/.test(plainText(p).trim())).length;
  if (shown.length < 2 || sentences * 2 > shown.length || (shown.length === 2 && sentences)) return undefined;
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
 * A paragraph of one short line that names something: not a line that introduces what follows ("Goals
 * for this quarter:"), a remark in parentheses ("(Nothing planned yet)"), a sentence about the page or
 * its readers ("We would love your input", "Check back later"), a question or call put to them
 * ("Should we drop v1?", "Ideas welcome") or a place held ("TBD"); nor one that opens with words in
 * bold or italics: those head or key what follows (./run-in-heads.ts, field lines).
 */
function isLine(paragraph: Paragraph): boolean {
  const text = plainText(paragraph).trim();
  if (/^\(.*\)$/.test(text) || PROSE_OPENING.test(text) || ASKS.test(text) || CALL_OR_PLACEHOLDER.test(text))
    return false;
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
