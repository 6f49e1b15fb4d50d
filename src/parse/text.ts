/**
 * Plain-text forms of rich text: for speaker notes, handouts, word counts
 * and diffs.
 */
import type { Nodes } from 'mdast';
import type { Block } from '../model/types.js';
import { plainText } from './markdown.js';

/** Blocks as plain text: paragraphs separated by blank lines, list items on their own lines. */
export function blocksToText(blocks: Block[], indent = ''): string {
  const parts: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'list':
        parts.push(
          block.children
            .map((item, i) => {
              const marker = block.ordered ? `${(block.start ?? 1) + i}.` : '-';
              const check = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
              const [first, ...rest] = item.children;
              const head =
                first && first.type === 'paragraph'
                  ? plainText(first as Nodes)
                  : first
                    ? blocksToText([first as Block])
                    : '';
              const tail = rest.length ? `\n${blocksToText(rest as Block[], `${indent}  `)}` : '';
              return `${indent}${marker} ${check}${head}${tail}`;
            })
            .join('\n'),
        );
        break;
      case 'table':
        parts.push(
          block.children
            .map((row) => indent + row.children.map((cell) => plainText(cell as Nodes)).join(' | '))
            .join('\n'),
        );
        break;
      case 'code':
        parts.push(
          block.value
            .split('\n')
            .map((line) => indent + line)
            .join('\n'),
        );
        break;
      case 'blockquote':
        parts.push(blocksToText(block.children as Block[], indent));
        break;
      case 'thematicBreak':
        break;
      default: {
        const text = plainText(block as Nodes);
        if (text) parts.push(indent + text);
      }
    }
  }
  return parts.filter(Boolean).join(indent ? '\n' : '\n\n');
}

export function countWords(text: string): number {
  const trimmed = text.trim();
  if (!trimmed) return 0;
  // Chinese and Japanese are written without spaces: about two characters make a word's worth of
  // room on a slide. Korean separates its words with spaces already.
  const cjk = (trimmed.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu) ?? []).length;
  const rest = trimmed.replace(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu, ' ').trim();
  return (rest ? rest.split(/\s+/).length : 0) + Math.ceil(cjk / 2);
}
