/**
 * Status lines, progress markers and what of a part's blocks is shown on its
 * slide.
 */
import type { ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Status } from '../../model/types.js';
import { FIELD_KEY } from '../field-lists.js';
import { STATUS_LINE } from '../item-lists.js';
import { isNavigationList, isNavigationTable } from '../navigation.js';
import type { OutlineNode } from '../outline.js';
import { plainText } from '../markdown.js';
import { isBareStatus, isWholeStatus, normalizeStatus } from '../status.js';
import { isStatusLine, linesOf, withoutStatusSourceLine } from './status-lines.js';

export { isStatusLine, statedStatusOf, statusLineOf } from './status-lines.js';

/**
 * Keys a work plan gives each of its parts on lines of their own ("Estimated timeline: 4 months",
 * "Cost: $93,600"), beside the details vocabulary. Only as such lines: a heading "Cost" is an area.
 */
const PLAN_KEY =
  /^(cost|budget|funding|duration|estimated\s+(timeline|duration|time|effort|cost|completion(\s+date)?))$/i;

/**
 * Two or more detail lines of its own ("**Goal**: …", "**Deliverables**:"): the description of one piece
 * of work. `shared`: keys of the page's own its sibling parts write too ("**Theme**:" under each release).
 */
export function hasDetailLines(blocks: RootContent[], shared: ReadonlySet<string> = new Set()): boolean {
  const keys = fieldKeysOf(blocks);
  for (const key of boldKeysOf(blocks)) if (shared.has(key)) keys.add(key);
  return keys.size >= 2;
}

/** Most words of a bold key of the page's own ("Performance target"). */
const MAX_OWN_KEY_WORDS = 3;

/**
 * The bold keys a heading's part shares with two or more of its sibling parts, each written at the
 * start of a line with its colon ("**Theme**: …" under each of a page's releases): fields of the
 * page's own template, as the details vocabulary's are.
 */
export function keysSharedBySiblings(node: OutlineNode): Set<string> {
  const siblings = (node.parent?.children ?? []).filter((peer) => peer !== node && peer.heading);
  const own = boldKeysOf(node.blocks);
  const shared = new Set<string>();
  if (siblings.length < 2 || !own.size) return shared;
  const theirs = siblings.map((peer) => boldKeysOf(peer.blocks));
  for (const key of own) if (theirs.filter((keys) => keys.has(key)).length >= 2) shared.add(key);
  return shared;
}

/** The bold keys that open lines of a part's paragraphs with their colon and a value ("**Theme**: …"), lowercased. */
function boldKeysOf(blocks: RootContent[]): Set<string> {
  const keys = new Set<string>();
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    for (const { key, value } of lineKeysOf(block))
      if (value && /\p{L}/u.test(key) && key.split(/\s+/).length <= MAX_OWN_KEY_WORDS) keys.add(key);
  }
  return keys;
}

/**
 * The bold keys that open a paragraph's lines, their colon inside or after ("**Goal**: …",
 * "**Status:** …"), lowercased; each with whether a value follows on its line (a lead alone,
 * "**Features**:", introduces a list).
 */
function lineKeysOf(block: Paragraph): { key: string; value: boolean }[] {
  const keys: { key: string; value: boolean }[] = [];
  block.children.forEach((node, i) => {
    const before = block.children[i - 1];
    const atLineStart = i === 0 || before?.type === 'break' || (before?.type === 'text' && /\n\s*$/.test(before.value));
    if (!atLineStart || node.type !== 'strong') return;
    const label = plainText(node).trim();
    const next = block.children[i + 1];
    if (!label.endsWith(':') && !(next?.type === 'text' && /^\s*:/.test(next.value))) return;
    const rest = block.children.slice(i + 1);
    const end = rest.findIndex((n) => n.type === 'break' || (n.type === 'text' && n.value.includes('\n')));
    const line = plainText({ type: 'paragraph', children: end < 0 ? rest : rest.slice(0, end + 1) });
    const value = line
      .split('\n')[0]!
      .replace(/^\s*:?\s*/, '')
      .trim();
    keys.push({ key: label.replace(/:$/, '').trim().toLowerCase(), value: value !== '' });
  });
  return keys;
}

/**
 * The keys of the detail lines a part writes in its own paragraphs, each at the start of a line:
 * "**Goal**: …", "**Status:** …", "**Success Criteria**: …" (a bold key, its colon inside or after),
 * or a short line of its own with a plain key ("Priority: High").
 */
export function fieldKeysOf(blocks: RootContent[]): Set<string> {
  const keys = new Set<string>();
  for (const [index, block] of blocks.entries()) {
    if (block.type !== 'paragraph') continue;
    for (const { key } of lineKeysOf(block)) if (FIELD_KEY.test(key) || PLAN_KEY.test(key)) keys.add(key);
    // A short line of its own in plain words ("Priority: High", "Contributors: ann, bo") is one too;
    // not one over a list ("Objective: faster tests" over the steps to it), which introduces the list.
    // Lines set apart by hard breaks count one by one ("Estimated timeline: 4 months⏎Cost: $93,600").
    const overList = blocks[index + 1]?.type === 'list';
    for (const line of overList ? [] : linesOf(block.children)) {
      const plain = /^([\p{L}][\p{L} ]{1,30}?)\s*:\s+(\S.*)$/u.exec(plainText(line).trim());
      if (!plain || line[0]?.type !== 'text' || plain[2]!.split(/\s+/).length > 12) continue;
      const key = plain[1]!.trim().toLowerCase();
      // "Note: …" in plain words is a remark in the prose.
      if ((FIELD_KEY.test(key) || PLAN_KEY.test(key)) && !/^notes?$/.test(key)) keys.add(key);
    }
  }
  return keys;
}

/**
 * A paragraph set apart in italics or bold that opens with "Status:" ("*Status: Since this topic was
 * added, we have introduced new guidelines…*"): the part says how its work stands, in words of its own.
 */
export function statesItsStatus(blocks: RootContent[]): boolean {
  return blocks.some((block) => {
    if (block.type !== 'paragraph' || block.children.length !== 1) return false;
    const [only] = block.children;
    return (only?.type === 'emphasis' || only?.type === 'strong') && /^status\s*:/i.test(plainText(only).trim());
  });
}

/** Whether a line is only a status, in a few words or signs ("✅", "🚧 In progress", "Done.", "(complete)"). */
function onlyAStatus(line: PhrasingContent[]): boolean {
  const text = plainText(line).trim();
  // "Delivered in 0.22:" over a list introduces the list: its words are the list's, not the part's.
  return !!text && !text.endsWith(':') && isBareStatus(text) && isWholeStatus(text);
}

/**
 * A part's first line that is only a status (under "### Dark mode", or a site's status tag rendered as
 * its word): how that part stands, as a "Status:" line says it. Not where another line of the part's
 * own is only a status too, or where it heads a list that more of the part follows (`parts`: its
 * sub-parts): such lines label the lists under them ("Done" over one, "Planned" over the next), and
 * none is the whole part's. It does not make the part one piece of work, as a "Status:" line does: a
 * quarter whose first line says "Done." over its list gives its items that status.
 */
export function openingStatusOf(blocks: RootContent[], parts = 0): { status: Status; statusText: string } | undefined {
  const [first] = blocks;
  if (first?.type !== 'paragraph') return undefined;
  // Over a list with more after it ("**Done**" over one list, then "### Remaining work"), it labels that list.
  if (blocks[1]?.type === 'list' && (parts > 0 || blocks.length > 2)) return undefined;
  const [line] = linesOf(first.children);
  if (!line || !onlyAStatus(line)) return undefined;
  const labels = blocks.filter(
    (block) => block.type === 'paragraph' && linesOf(block.children).some((l) => onlyAStatus(l)),
  );
  if (labels.length > 1) return undefined;
  const text = plainText(line)
    .trim()
    .replace(/[.\s]+$/, '')
    .replace(/^\((.*)\)$/, '$1');
  return { status: normalizeStatus(text), statusText: text };
}

/** The part's blocks without the line of its opening status, once that status is read (see openingStatusOf). */
export function withoutOpeningStatus(blocks: RootContent[]): RootContent[] {
  if (!openingStatusOf(blocks)) return blocks;
  const [first, ...rest] = blocks as [Paragraph, ...RootContent[]];
  const kept = linesOf(first.children)
    .slice(1)
    .filter((l) => l.length);
  if (!kept.length) return rest;
  return [{ ...first, children: kept.flatMap((l, i) => (i ? [{ type: 'break' } as const, ...l] : l)) }, ...rest];
}

export function progressOf(blocks: RootContent[]): { status: Status; statusText: string } | undefined {
  for (const block of blocks) {
    const progress = block.type === 'paragraph' ? block.data?.progress : undefined;
    if (typeof progress === 'number') {
      return {
        status: progress >= 100 ? 'done' : progress > 0 ? 'in-progress' : 'planned',
        statusText: `${progress}%`,
      };
    }
  }
  return undefined;
}

/** A list item that only states a status ("Status:", "Status: DONE"): the badge says it already. */
function isBareStatusItem(item: ListItem): boolean {
  const text = plainText(item);
  if (!STATUS_LINE.test(text)) return false;
  const value = text.replace(/^status\s*[:：\-–—]?\s*/i, '').replace(/[.\s]+$/, '');
  return value === '' || isBareStatus(value);
}

/** Removes status lines, progress markers and empty "Key:" lines from displayed content. */
export function displayBlocks(blocks: RootContent[]): RootContent[] {
  return blocks
    .map((block) =>
      block.type === 'list'
        ? { ...block, children: block.children.filter((item) => !isBareStatusItem(item)) }
        : block.type === 'paragraph'
          ? withoutStatusSourceLine(block)
          : block,
    )
    .filter((block) => {
      if (block.type === 'list') return !isNavigationList(block) && block.children.length > 0;
      if (block.type === 'table')
        return !isNavigationTable(block) && block.children.slice(1).some((row) => plainText(row) !== '');
      if (block.type !== 'paragraph') return true;
      if (isStatusLine(block)) return false;
      if (block.data?.progress !== undefined) return false;
      // "**Documents:**" with nothing after it says nothing.
      if (block.children.length === 1 && block.children[0]!.type === 'strong' && /:$/.test(plainText(block)))
        return false;
      return plainText(block) !== '' || block.children.some((child) => child.type === 'image');
    });
}

/** A note set aside in a quote ("> **NOTE:** This list is incomplete", "> [!NOTE]"): a remark, not the part's words. */
export const isNoteAside = (block: RootContent): boolean =>
  block.type === 'blockquote' && NOTE.test(plainText(block.children[0] ?? block).trim());

/** Blocks of a heading's own words; not a note set aside in a quote. */
export function proseCount(blocks: RootContent[]): number {
  return blocks.filter(
    (block) =>
      (block.type === 'paragraph' && plainText(block) !== '' && !isStatusLine(block)) ||
      (block.type === 'blockquote' && !isNoteAside(block)) ||
      block.type === 'code',
  ).length;
}

const NOTE = /^(\[!)?(note|warning|caution|important|tip)\b\]?\s*:?/i;
