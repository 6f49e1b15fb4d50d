/**
 * Fit decisions and how they shorten a slide body. The unit of shortening is
 * the same on both sides: the browser counts units in the rendered slide, the
 * renderer cuts the same units from the model's blocks.
 *
 * Units, in order: each top-level list item, each table body row, and each
 * other top-level block (paragraph, quote, code block).
 */
import type { List, Paragraph, PhrasingContent, Table } from 'mdast';
import type { Block } from '../model/types.js';

export interface SlideFit {
  /** Text scale in percent: MIN_SCALE to MAX_SCALE in steps of 5 (above 100 only on initiative slides). */
  scale: number;
  /** Units of the body kept; absent when nothing was cut. */
  keep?: number;
}

/**
 * The smallest text: 60% of the 29px body size is 17.4px on a 1280×720
 * slide, about the size of 28pt type on a 4 m projection seen from 10 m;
 * smaller, a slide is shortened instead.
 */
export const MIN_SCALE = 60;
/** The largest: short initiatives are set up to 140% (body text 40.6px) so they fill their slide. */
export const MAX_SCALE = 140;
/** A board slide scales no lower: its card text (22 px at full size) stays at 16.5 px or more. */
export const BOARD_MIN_SCALE = 75;
export const SCALE_STEP = 5;

/** A sentence at most this long, alone under its title, is a statement slide. */
const STATEMENT_WORDS = 30;

/** Paragraphs longer than this are split at sentence ends, so a slide can stop between them. */
const LONG_PARAGRAPH_WORDS = 70;

export function unitCount(blocks: Block[]): number {
  return blocks.reduce((n, block) => n + unitsOf(block), 0);
}

function unitsOf(block: Block): number {
  if (block.type === 'list') return block.children.length;
  if (block.type === 'table') return Math.max(block.children.length - 1, 0);
  return 1;
}

/**
 * CSS that gives slides their fitted text size by slide number, for a deck
 * rendered before its fit was known (Marp gives each slide section an id).
 */
export function fitCss(fit: Record<number, SlideFit>): string {
  return Object.entries(fit)
    .filter(([, f]) => f.scale !== 100)
    .map(([n, f]) => `div.marpit>svg>foreignObject>section[id="${Number(n)}"]{--fit:${f.scale / 100}}`)
    .join('');
}

/**
 * Whether an initiative is set as a statement: only its title, or its title
 * and a single short sentence (one paragraph, no other sentence end inside).
 */
export function isStatement(blocks: Block[]): boolean {
  if (blocks.length === 0) return true;
  if (blocks.length !== 1 || blocks[0]!.type !== 'paragraph') return false;
  const text = plainText(blocks[0]!.children).trim();
  const words = text.split(/\s+/).filter(Boolean).length;
  return words <= STATEMENT_WORDS && !/[.!?。！？](?=\s+\S)/.test(text);
}

function plainText(nodes: PhrasingContent[]): string {
  return nodes
    .map((node) =>
      'value' in node && typeof node.value === 'string'
        ? node.value
        : 'children' in node
          ? plainText(node.children as PhrasingContent[])
          : ' ',
    )
    .join('');
}

/** The first `keep` units of a body. */
export function cutBlocks(blocks: Block[], keep: number): Block[] {
  const out: Block[] = [];
  let left = keep;
  for (const block of blocks) {
    if (left <= 0) break;
    const units = unitsOf(block);
    if (units <= left) {
      out.push(block);
      left -= units;
      continue;
    }
    if (block.type === 'list') out.push({ ...block, children: block.children.slice(0, left) } as List);
    else if (block.type === 'table') out.push({ ...block, children: block.children.slice(0, left + 1) } as Table);
    left = 0;
  }
  return out;
}

/** Splits very long plain paragraphs at sentence boundaries into several paragraphs. */
export function splitLongParagraphs(blocks: Block[]): Block[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph' && wordsIn(block.children) > LONG_PARAGRAPH_WORDS ? splitParagraph(block) : [block],
  );
}

function wordsIn(nodes: PhrasingContent[]): number {
  let n = 0;
  for (const node of nodes) {
    if (node.type === 'text') n += node.value.split(/\s+/).filter(Boolean).length;
    else if ('children' in node) n += wordsIn(node.children as PhrasingContent[]);
    else n += 1;
  }
  return n;
}

function splitParagraph(paragraph: Paragraph): Paragraph[] {
  const out: Paragraph[] = [];
  let current: PhrasingContent[] = [];
  let words = 0;
  const flush = () => {
    if (current.length) out.push({ type: 'paragraph', children: current });
    current = [];
    words = 0;
  };
  for (const node of paragraph.children) {
    if (node.type !== 'text') {
      current.push(node);
      words += wordsIn([node]);
      continue;
    }
    // Sentence ends inside this text node are candidate cut points.
    const parts = node.value.split(/(?<=[.!?])\s+(?=[A-Z0-9“"(])/);
    parts.forEach((part, index) => {
      current.push({ type: 'text', value: index < parts.length - 1 ? part : part });
      words += part.split(/\s+/).filter(Boolean).length;
      if (index < parts.length - 1) {
        if (words >= LONG_PARAGRAPH_WORDS / 2) flush();
        else current.push({ type: 'text', value: ' ' });
      }
    });
  }
  flush();
  return out.length ? out : [paragraph];
}
