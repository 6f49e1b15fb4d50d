/**
 * Field lists: a list under a heading whose every line is a distinct
 * `Key: value` field of an item's details ("Description: …", "Priority:
 * High", "Issue(s): <url>", "Owner: @name") describes what it is under; its
 * lines are not pieces of work. They become lines of text (`**Key:** value`),
 * so that the heading above is read as one initiative with those details,
 * and its "Status:" and "Issue:" lines are read like any other. A field may
 * hold a nested list ("RFCs:" over two links; "Goal:" over its goals), and
 * then a key may go without its colon ("Sub releases" over the releases),
 * among at least two fields written with one. Fields with no value are dropped.
 */
import type { BlockContent, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { plainText } from './markdown.js';
import { bucketOf } from './period.js';
import { normalizeStatus } from './status.js';
import { undecorated } from './title-words.js';

export const FIELD_KEY =
  /^(description|summary|details?|priority|issues?|tracking(\s+issue)?|tracker|epic|owners?|assignees?|leads?|contacts?|champions?|sponsors?|status|state|target(\s+(release|date|version))?|milestone|release|version|due(\s+date)?|eta|timeline|dates?|sig|teams?|area|category|prs?|pull\s+requests?|kep|proposal|design(\s+doc)?|docs?|documents?|links?|notes?|estimate|size|effort|stakeholders?|reviewers?|contributors?|progress|dependencies|depends\s+on|outcomes?|goals?|objectives?|deliverables?|rfcs?|specs?|specifications?|start(\s+date)?|end(\s+date)?|expir\w*|sub[\s-]?releases?|(success|acceptance|exit)\s+criteria)$/i;

/** The same keys in other languages a heading may be titled by ("目标", "状态", "Ziele"). */
export const FIELD_KEY_OTHER =
  /^(目标|目標|状态|狀態|状態|ステータス|描述|说明|說明|进度|進捗|负责人|担当|交付物|成果物|ziele?|beschreibung|objetivos?|estado|descripción|descrição|objectifs?|statut|описание|цель|цели|статус)$/i;

/** A title that is only a key of a part's details: "Deliverables", "Status:", "目标", "🎯 Goal". */
export function isFieldKeyTitle(title: string): boolean {
  const key = undecorated(title).replace(/\s*[:：]$/, '');
  return FIELD_KEY.test(key) || FIELD_KEY_OTHER.test(key);
}

interface Field {
  key: string;
  value: PhrasingContent[];
  /** What the field holds below its line: a nested list. */
  more: BlockContent[];
}

/** Whether a paragraph is a field line made from a field list ("**Status:** In progress"). */
export function isFieldLine(block: RootContent): boolean {
  return block.type === 'paragraph' && typeof (block.data as { field?: unknown } | undefined)?.field === 'string';
}

export function fieldListsToLines(root: Root): void {
  const pageKeys = recurringKeys(root);
  let heading = '';
  root.children = root.children.flatMap((block): RootContent[] => {
    if (block.type === 'heading') heading = plainText(block);
    if (block.type !== 'list') return [block];
    const tracked = trackerFirst(block, heading);
    if (tracked) return tracked;
    const fields = fieldsOf(block, pageKeys);
    if (!fields) return [block];
    return fields
      .filter((field) => field.more.length > 0 || plainText({ type: 'paragraph', children: field.value }).trim() !== '')
      .flatMap((field): RootContent[] => [fieldLine(field, block), ...field.more]);
  });
}

/** A field as the line "**Key:** value", marked so that later passes know the heading above has an item's details. */
function fieldLine(field: Omit<Field, 'more'>, at: { position?: Paragraph['position'] }): Paragraph {
  return {
    type: 'paragraph',
    children: [
      { type: 'strong', children: [{ type: 'text', value: `${field.key}:` }] },
      ...(field.value.length ? [{ type: 'text', value: ' ' } as PhrasingContent, ...field.value] : []),
    ],
    data: { field: field.key } as Paragraph['data'],
    ...(at.position ? { position: at.position } : {}),
  };
}

/** Keys that name where a piece of work is tracked. */
const TRACKER_KEY = /^(issues?|tracking(\s+issue)?|tracker|epic|prs?|pull\s+requests?)$/i;

/** Keys that name how far a piece of work is. */
const STATE_KEY = /^(status|state)$/i;

/** Most words of a state a leading "Status:" line gives ("in progress", "blocked on review"). */
const MAX_STATE_WORDS = 5;

/**
 * A list that opens with where its work is tracked ("- Issue: [#347](…)", "- PR: [#362](…)") or how far
 * it is ("- Status: in progress", "- **Status:** planned"), then perhaps more fields ("- Owner: @ana"),
 * over more lines: the details of the one piece of work above it, not a list of work (a list of work
 * does not begin with a tracker or a state). The leading fields become the part's field lines; the
 * other lines stay its list.
 */
function trackerFirst(list: List, heading: string): RootContent[] | undefined {
  if (list.ordered) return undefined;
  // Under a release, period or other group of work ("## v3.0", "## Q3", "## Milestone: Beta", "## Sprint
  // 14"), a leading state is the group's, over its work.
  const grouped = !!bucketOf(heading) || GROUP_OF_WORK.test(heading);
  const fields: { field: Omit<Field, 'more'>; item: List['children'][number] }[] = [];
  for (const item of list.children) {
    const [line, ...more] = item.children;
    if ((item.checked !== null && item.checked !== undefined) || line?.type !== 'paragraph' || more.length) break;
    const field = fieldOf(line.children, new Set());
    if (!field || (fields.length ? AREA_KEY.test(field.key) : !leadsDetails(field, grouped))) break;
    fields.push({ field, item });
  }
  const rest = list.children.slice(fields.length);
  // Lines that each name their work in bold ("- **Split panes** — …") are the work, the state their area's.
  // So are lines that each give a state of their own ("- Parser: stable", "- Printer: beta").
  if (!fields.length || !rest.length || boldNamed(rest) || eachStated(rest)) return undefined;
  const position =
    rest[0]?.position && list.position ? { position: { start: rest[0].position.start, end: list.position.end } } : {};
  return [...fields.map(({ field, item }) => fieldLine(field, item)), { ...list, children: rest, ...position }];
}

/** A field no list of work opens with: a tracker with its link, or a short state. */
function leadsDetails(field: Omit<Field, 'more'>, grouped: boolean): boolean {
  if (TRACKER_KEY.test(field.key)) return field.value.some((node) => node.type === 'link');
  if (grouped || !STATE_KEY.test(field.key)) return false;
  const state = plainText({ type: 'paragraph', children: field.value }).trim();
  const words = state.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= MAX_STATE_WORDS && normalizeStatus(state) !== 'unknown';
}

/** Words that name a group of work in a heading: a release, a milestone, a sprint, a phase. */
const GROUP_OF_WORK = /\b(releases?|milestones?|sprints?|iterations?|epics?|phases?|stages?)\b|\bv?\d+\.\d+/i;

/** Whether most of the items are a name and its state: "Parser: stable". */
function eachStated(items: List['children']): boolean {
  const stated = items.filter((item) => {
    const state = /^[^:]{1,40}:\s*(.{1,30})$/.exec(plainText(item).trim())?.[1];
    return !!state && normalizeStatus(state) !== 'unknown';
  });
  return stated.length * 2 > items.length;
}

/** Whether most of the items open with a bold name of their own. */
function boldNamed(items: List['children']): boolean {
  const named = items.filter((item) => {
    const first = item.children[0];
    return (
      first?.type === 'paragraph' && first.children.find((n) => n.type !== 'text' || n.value.trim())?.type === 'strong'
    );
  });
  return named.length * 2 > items.length;
}

/**
 * The fields of a list that is a field list, or undefined. `pageKeys`: bold keys the page repeats
 * from list to list ("**Released:**", "**Overview:**" under each release), fields of its own beside
 * the details vocabulary, when one key of the list at least is from that vocabulary.
 */
export function fieldsOf(list: List, pageKeys: ReadonlySet<string> = new Set()): Field[] | undefined {
  const strict = fieldsWith(list, pageKeys);
  if (strict) return strict;
  // One bold key of the page's own among three or more known ones ("**LTS Support until:**") is one more field.
  const keys = boldKeysOf(list);
  const own = new Set(keys.filter((key) => !FIELD_KEY.test(key) && !pageKeys.has(key)));
  if (own.size === 1 && list.children.length - own.size >= 3) return fieldsWith(list, new Set([...pageKeys, ...own]));
  // Every line a bold key with its colon, the first one that opens a part's details ("**Description**:", then
  // "**Key Points**:", "**Build Notes**:"): the keys after it are the page's own fields. So is
  // that first key alone, where the page repeats it from list to list.
  const [lead] = keys;
  if (!lead || keys.length !== list.children.length || !OPENING_KEY.test(lead)) return undefined;
  if (keys.length < 2 && !pageKeys.has(lead)) return undefined;
  // The keys after it are the page's own fields only where one holds a list ("**Key Points**:" over its
  // points) or all recur on the page: "**Search**: find anything" after a "**Goal**:" line names work.
  const after = list.children.slice(1);
  const holdsList = after.some((item) => item.children.slice(1).some((block) => block.type === 'list'));
  if (after.length && !holdsList && !keys.slice(1).every((key) => pageKeys.has(key))) return undefined;
  return fieldsWith(list, new Set([...pageKeys, ...keys]), 1);
}

function fieldsWith(list: List, pageKeys: ReadonlySet<string>, least = 2): Field[] | undefined {
  if (list.ordered || list.children.length < least) return undefined;
  const fields: Field[] = [];
  let bare = 0;
  for (const item of list.children) {
    if (item.checked !== null && item.checked !== undefined) return undefined;
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph' || rest.some((block) => block.type !== 'list')) return undefined;
    const field = fieldOf(first.children, pageKeys) ?? (rest.length ? bareKeyOf(first.children) : undefined);
    if (!field || fields.some((f) => f.key.toLowerCase() === field.key.toLowerCase())) return undefined;
    if (!fieldOf(first.children, pageKeys)) bare++;
    fields.push({ ...field, more: rest as BlockContent[] });
  }
  if (!fields.some((f) => FIELD_KEY.test(f.key))) return undefined;
  // Keys of the page's own need a key beside them that only a detail is written with: "**Docs**:",
  // "**Design**:" beside "**Core**:" and "**Search**:" under each period name areas of work.
  const own = fields.some((f) => !FIELD_KEY.test(f.key));
  if (own && !fields.some((f) => FIELD_KEY.test(f.key) && !AREA_KEY.test(f.key))) return undefined;
  // A key without its colon is a field only among fields written with one.
  return bare && fields.length - bare < 2 ? undefined : fields;
}

/** Detail keys that may also name an area of work: "Docs", "Design", "Release", "Teams", "Links". */
const AREA_KEY =
  /^(docs?|documents?|design(\s+doc)?|area|category|release|version|teams?|sig|links?|specs?|specifications?|progress|proposal|rfcs?)$/i;

/**
 * Keys that open the details of one piece of work, never an area of work ("**Design**:", "**Release**:"
 * may lead a list of work by area).
 */
const OPENING_KEY = /^(description|summary|goals?|objectives?|status|priority|owners?)$/i;

/** Most words of a bold key the page may define as a field of its own ("LTS Support until"). */
const MAX_PAGE_KEY_WORDS = 4;

/** The bold key leading a list item ("**Released:** January 2024" → "released"), lowercased. */
function boldKeyOf(children: PhrasingContent[]): string | undefined {
  const [head, next] = children;
  if (head?.type !== 'strong') return undefined;
  const raw = plainText(head).trim();
  if (!raw.endsWith(':') && !(next?.type === 'text' && /^\s*:/.test(next.value))) return undefined;
  const key = raw.replace(/:$/, '').trim();
  return key && key.split(/\s+/).length <= MAX_PAGE_KEY_WORDS ? key.toLowerCase() : undefined;
}

/** The bold keys leading a list's items, in order. */
function boldKeysOf(list: List): string[] {
  return list.children.flatMap((item) => {
    const first = item.children[0];
    const key = first?.type === 'paragraph' ? boldKeyOf(first.children) : undefined;
    return key ? [key] : [];
  });
}

/** Bold keys that lead items in two or more of the page's lists: the page's own detail fields. */
function recurringKeys(root: Root): Set<string> {
  const lists = new Map<string, number>();
  for (const block of root.children) {
    if (block.type !== 'list') continue;
    for (const key of new Set(boldKeysOf(block))) lists.set(key, (lists.get(key) ?? 0) + 1);
  }
  return new Set([...lists].filter(([, count]) => count >= 2).map(([key]) => key));
}

/** A key alone on its first line, over a nested list: "Sub releases", "Sub release⏎*Note*: …". */
function bareKeyOf(children: PhrasingContent[]): Omit<Field, 'more'> | undefined {
  const [head, ...tail] = children;
  if (head?.type !== 'text') return undefined;
  const newline = head.value.indexOf('\n');
  const line = newline < 0 ? head.value : head.value.slice(0, newline);
  const key = keyOf(line);
  if (!key || (newline < 0 && tail.length)) return undefined;
  const rest = newline < 0 ? [] : trimStart([{ ...head, value: head.value.slice(newline + 1) }, ...tail]);
  return { key, value: rest.filter((node) => node.type !== 'break') };
}

/** The key as a field's name: "Issue(s)" → "Issues"; undefined when it is not a details word. */
function keyOf(raw: string): string | undefined {
  const key = raw.trim().replace(/\((e?s)\)$/i, '$1');
  return FIELD_KEY.test(key) ? key : undefined;
}

/** "Key: value" or "**Key:** value" / "**Key**: value", with a key from the details vocabulary (or, in bold, the page's). */
function fieldOf(children: PhrasingContent[], pageKeys: ReadonlySet<string>): Omit<Field, 'more'> | undefined {
  const [head, ...tail] = children;
  if (head?.type === 'strong') {
    const raw = plainText(head).trim();
    const next = tail[0];
    const colonInside = raw.endsWith(':');
    const bare = raw.replace(/:$/, '').trim();
    const name = keyOf(bare) ?? (pageKeys.has(bare.toLowerCase()) ? bare : undefined);
    if (!name) return undefined;
    if (colonInside) return { key: name, value: trimStart(tail) };
    if (next?.type === 'text' && /^\s*:/.test(next.value))
      return { key: name, value: trimStart([{ ...next, value: next.value.replace(/^\s*:/, '') }, ...tail.slice(1)]) };
    return undefined;
  }
  if (head?.type !== 'text') return undefined;
  const match = /^\s*([^:\n]{1,30}?)\s*:(\s|$)/.exec(head.value);
  const name = match ? keyOf(match[1]!) : undefined;
  if (!match || !name) return undefined;
  return { key: name, value: trimStart([{ ...head, value: head.value.slice(match[0].length) }, ...tail]) };
}

function trimStart(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes];
  while (out[0]?.type === 'text' && out[0].value.trim() === '') out.shift();
  if (out[0]?.type === 'text') out[0] = { ...out[0], value: out[0].value.replace(/^\s+/, '') };
  return out;
}
