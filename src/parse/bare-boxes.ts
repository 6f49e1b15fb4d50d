/**
 * A checklist written without list markers: lines that each open with a box ("[x]  Group calls",
 * "[ ] display control"), as a paragraph or as a plain code block of them. CommonMark reads such
 * lines as one paragraph (or as code), but their author wrote a checklist, and a reader sees one:
 * they become the list of ticked and open boxes they stand for. A line with another mark in its box
 * ("[-] LED command") is an item with no box: the page does not say what the mark means.
 */
import type { Code, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { inlineLines } from './markdown.js';

const BOX = /^\s*\[([ xX]|[-~/])\]\s+(?=\S)/;

/** The blocks with each paragraph or plain code block of box lines as a checklist. */
export function bareBoxesAsLists(blocks: RootContent[]): RootContent[] {
  return blocks.map((block) => {
    if (block.type === 'paragraph') return paragraphOfBoxes(block) ?? block;
    if (block.type === 'code') return codeOfBoxes(block) ?? block;
    return block;
  });
}

function item(mark: string, children: PhrasingContent[]): ListItem {
  const checked = mark === ' ' ? false : /x/i.test(mark) ? true : null;
  return { type: 'listItem', spread: false, checked, children: [{ type: 'paragraph', children }] };
}

function checklist(items: ListItem[], like: RootContent): List | undefined {
  // One box of its own is a remark; two or more, ticked or open, are a checklist.
  if (items.length < 2 || !items.some((i) => i.checked !== null)) return undefined;
  return { type: 'list', ordered: false, spread: false, children: items, position: like.position };
}

function paragraphOfBoxes(paragraph: Paragraph): List | undefined {
  const lines = inlineLines(paragraph.children).filter((line) => line.length);
  const items: ListItem[] = [];
  for (const line of lines) {
    const [first, ...rest] = line;
    const box = first?.type === 'text' ? BOX.exec(first.value) : null;
    if (!box) return undefined;
    const text = first!.type === 'text' ? first!.value.slice(box[0].length) : '';
    items.push(item(box[1]!, [...(text ? [{ type: 'text' as const, value: text }] : []), ...rest]));
  }
  return checklist(items, paragraph);
}

function codeOfBoxes(code: Code): List | undefined {
  // Only code in no language, or in plain text: a program's source is not a list of work.
  if (code.lang && !/^(te?xt|plain(text)?|md|markdown)$/i.test(code.lang)) return undefined;
  const lines = code.value.split('\n').filter((line) => line.trim());
  const items: ListItem[] = [];
  for (const line of lines) {
    const box = BOX.exec(line);
    if (!box) return undefined;
    items.push(item(box[1]!, [{ type: 'text', value: line.slice(box[0].length).trim() }]));
  }
  return checklist(items, code);
}
