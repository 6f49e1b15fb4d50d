/**
 * A part's "Status:" lines: where a paragraph states how its part stands, and what the slide keeps of
 * such a paragraph once its badge says it.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Status } from '../../model/types.js';
import { plainText } from '../markdown.js';
import { isBareStatus, normalizeStatus } from '../status.js';

/** `**Status:** In Progress` (colon inside or outside the bold), or a short `Status: Done`. */
export function isStatusLine(block: RootContent): boolean {
  return block.type === 'paragraph' && isStatusRun(block.children);
}

/** "**Status:** …", "*Status*: …", or "Status: In progress" (a few words that are a status). */
function isStatusRun(run: PhrasingContent[]): boolean {
  const first = run[0];
  if ((first?.type === 'strong' || first?.type === 'emphasis') && /^status\s*:?$/i.test(plainText(first).trim()))
    return true;
  const plain = /^status\s*:\s*(.+)$/i.exec(plainText(run).trim());
  return !!plain && plain[1]!.split(/\s+/).length <= 4 && normalizeStatus(plain[1]) !== 'unknown';
}

/** The lines of a paragraph, split at its hard breaks ("*What*: …⏎*Status*: …"). */
export function linesOf(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of children) {
    if (node.type === 'break') lines.push([]);
    else lines[lines.length - 1]!.push(node);
  }
  return lines.map((line) => {
    const [head, ...rest] = line;
    return head?.type === 'text' ? [{ ...head, value: head.value.replace(/^\s+/, '') }, ...rest] : line;
  });
}

/**
 * The status a part states on a line of its own: at the start of a paragraph or after a hard break
 * ("**Status:** In progress"). A status set in bold or italics runs on over its wrapped source lines, up
 * to a line that opens with a key of its own ("Goal: …", "Links: …"); a plain "Status: Done" is its line.
 */
export function statusLineOf(blocks: RootContent[]): { status: Status; statusText: string } | undefined {
  return statusLineIn(blocks, false);
}

/**
 * The status a part states, as statusLineOf reads it, or on a source line of its own after other detail
 * lines ("Due: May 2024⏎Status: Done", one paragraph in Markdown), or under a status key of its own. It
 * says how the part stands, and makes a named piece of work one slide, not a period or release
 * (./shape.ts); in checklists and summaries only statusLineOf's line counts.
 */
export function statedStatusOf(blocks: RootContent[]): { status: Status; statusText: string } | undefined {
  return statusLineIn(blocks, true);
}

function statusLineIn(
  blocks: RootContent[],
  afterDetails: boolean,
): { status: Status; statusText: string } | undefined {
  for (const [index, block] of blocks.entries()) {
    if (block.type !== 'paragraph') continue;
    const keyed = afterDetails ? valueUnderStatusKey(block, blocks[index + 1]) : undefined;
    if (keyed) return keyed;
    for (const line of linesOf(block.children)) {
      const sources = sourceLinesOf(line);
      for (const [i, source] of sources.entries()) {
        if (i > 0 && (!afterDetails || !opensWithKey(source))) continue;
        const run = statusRun(sources, i);
        if (!isStatusRun(run)) continue;
        const text = plainText(run)
          .trim()
          .replace(/^status\s*:?\s*/i, '')
          .replace(/^:\s*/, '');
        if (text) return { status: normalizeStatus(text), statusText: text };
      }
    }
  }
  return undefined;
}

/** The words of a status that starts at source line `at`, over the lines statusEnd gives it. */
function statusRun(sources: PhrasingContent[][], at: number): PhrasingContent[] {
  return sources
    .slice(at, statusEnd(sources, at))
    .flatMap((l, j): PhrasingContent[] => (j ? [{ type: 'text', value: ' ' }, ...l] : l));
}

/**
 * Where a status that starts at source line `at` ends: a status set in bold or italics runs on over its
 * wrapped lines, up to a line that opens with a key of its own; a plain "Status: Done" is its line.
 */
function statusEnd(sources: PhrasingContent[][], at: number): number {
  const first = sources[at]![0];
  if (first?.type !== 'strong' && first?.type !== 'emphasis') return at + 1;
  const next = sources.findIndex((later, j) => j > at && opensWithKey(later));
  return next < 0 ? sources.length : next;
}

/** The key of a status, in English or in the page's language: "Status", "Statut", "Estado", "状态". */
export const STATUS_KEY =
  /^(status|state|statut|état|estado|stato|zustand|状态|狀態|状態|ステータス|상태|статус|состояние)$/i;

/**
 * A status key on its own ("**Statut**:", as a "### Statut" sub-heading is folded in: ../outline-folds.ts)
 * over a paragraph that is only a status ("En cours."): that status.
 */
function valueUnderStatusKey(
  block: Paragraph,
  next: RootContent | undefined,
): { status: Status; statusText: string } | undefined {
  const key = plainText(block)
    .trim()
    .replace(/\s*[:：]$/, '');
  if (!STATUS_KEY.test(key) || next?.type !== 'paragraph') return undefined;
  const text = plainText(next)
    .trim()
    .replace(/[.\s]+$/, '');
  return isBareStatus(text) ? { status: normalizeStatus(text), statusText: text } : undefined;
}

/** A source line that opens with a key: "Goal: …", "**Links:** …", "*Status*: …". */
function opensWithKey(line: PhrasingContent[]): boolean {
  const [first, next] = line;
  if (first?.type === 'strong' || first?.type === 'emphasis')
    return /:$/.test(plainText(first).trim()) || (next?.type === 'text' && /^\s*:/.test(next.value));
  return /^[\p{L}][\p{L} ]{0,30}:\s/u.test(plainText(line).trim());
}

/** A line split again where its text starts a new source line (a soft break). */
function sourceLinesOf(line: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of line) {
    if (node.type !== 'text' || !node.value.includes('\n')) {
      lines[lines.length - 1]!.push(node);
      continue;
    }
    node.value.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part.trim()) lines[lines.length - 1]!.push({ ...node, value: part.replace(/^\s+/, '') });
    });
  }
  return lines.filter((l) => l.length);
}

/**
 * A paragraph of detail lines without its "Status:" line, once the badge says it ("Due: May 2024⏎Status:
 * Done" shows "Due: May 2024"); the lines left keep a line each.
 */
export function withoutStatusSourceLine(block: Paragraph): Paragraph {
  const lines = linesOf(block.children).flatMap(sourceLinesOf);
  if (lines.length < 2) return block;
  const at = lines.findIndex((line, i) => i > 0 && opensWithKey(line) && isStatusRun(statusRun(lines, i)));
  if (at < 0) return block;
  const end = statusEnd(lines, at);
  const kept = lines.filter((_, i) => i < at || i >= end);
  return { ...block, children: kept.flatMap((l, i): PhrasingContent[] => (i ? [{ type: 'break' }, ...l] : l)) };
}
