/**
 * A page's own legend for its status markers: "✅ = implemented and working",
 * "🛠 - actively being worked on", "👀 not yet implemented", or a table of
 * statuses each explained. What the page says a marker means wins over the
 * general vocabulary, for that page only.
 */
import type { List, PhrasingContent, Root, Table } from 'mdast';
import type { Status } from '../model/types.js';
import { holdsLink, plainText, trimInlines, walk } from './markdown.js';
import { bucketOf } from './period.js';
import { normalizeStatus } from './status.js';
import { readTable } from './table.js';
import { isTermKey } from './term-keys.js';

export type Legend = Map<string, Status>;

/** "✅ = implemented", "🛠️ - being worked on", "⏳ Planning to build": a symbol, then what it means. */
const ENTRY = /^\s*([^\p{L}\p{N}\s]{1,4})\s*(?:[=:→–—-]\s*)?(\p{L}.{2,})$/u;

const key = (marker: string) =>
  marker
    .replace(/\uFE0F/g, '')
    .trim()
    .toLowerCase();

/**
 * The status a legend's explanation gives: the words before its colon or full stop when it opens
 * with a few ("Paused: we wait until other work gets done" is paused, whatever "done" says after).
 */
function meaningStatus(meaning: string): Status {
  const head = /^([^:.;!]+)[:.;!]/.exec(meaning.trim());
  return head && head[1]!.trim().split(/\s+/).length <= 4 ? normalizeStatus(head[1]) : normalizeStatus(meaning);
}

/** Entries of a list that reads as a legend, or undefined. */
function listEntries(list: List): [string, Status][] | undefined {
  if (list.children.length < 2) return undefined;
  // A list whose lines mostly link somewhere lists work ("[🤖 Compute Sessions](…) - **✅ Released**").
  const linked = list.children.filter((item) => holdsLink(item)).length;
  if (linked * 2 >= list.children.length) return undefined;
  const entries: [string, Status][] = [];
  for (const item of list.children) {
    const match = ENTRY.exec(plainText(item));
    if (!match) return undefined;
    entries.push([key(match[1]!), meaningStatus(match[2]!)]);
  }
  // Symbols explained mostly in status words. (A word such as "Not Started" already says its status
  // in the general vocabulary, better than its explanation does: only symbols are read here.)
  const known = entries.filter(([, status]) => status !== 'unknown').length;
  const short = list.children.every((item) => plainText(item).split(/\s+/).length <= 14);
  const distinct = new Set(entries.map(([marker]) => marker)).size === entries.length;
  return short && distinct && known >= entries.length / 2 ? entries : undefined;
}

function tableEntries(table: Table): [string, Status][] | undefined {
  // Laid out sideways: the meanings as headers, one row of symbols under them.
  const [head, ...rows] = table.children;
  if (head && rows.length === 1) {
    const meanings = head.children.map((cell) => plainText(cell));
    const symbols = rows[0]!.children.map((cell) => plainText(cell).trim());
    if (
      symbols.length === meanings.length &&
      symbols.every((sym) => sym && !/\p{L}|\p{N}/u.test(sym)) &&
      meanings.filter((m) => meaningStatus(m) !== 'unknown').length >= meanings.length / 2
    ) {
      return symbols.map((sym, i) => [key(sym), meaningStatus(meanings[i]!)]);
    }
  }
  const reading = readTable(table);
  if (reading.kind !== 'legend') return undefined;
  return table.children.slice(1).map((row) => {
    const [a, b] = row.children.map((cell) => plainText(cell));
    const [marker, meaning] = !/\p{L}/u.test(a ?? '') ? [a ?? '', b ?? ''] : [b ?? '', a ?? ''];
    // Only symbols need the page's word for what they mean.
    return [key(marker), /\p{L}/u.test(marker) ? 'unknown' : meaningStatus(meaning)];
  });
}

/** Every legend on the page, merged; markers defined twice keep their first meaning. */
export function readLegend(root: Root): Legend {
  const legend: Legend = new Map();
  walk(root, (node) => {
    const entries = node.type === 'list' ? listEntries(node) : node.type === 'table' ? tableEntries(node) : undefined;
    for (const [marker, status] of entries ?? [])
      if (status !== 'unknown' && !legend.has(marker)) legend.set(marker, status);
  });
  return legend;
}

/** Whether a list is a legend (it explains markers rather than listing work). */
export function isLegendList(list: List): boolean {
  return (
    listEntries(list) !== undefined ||
    isCodeKey(list) ||
    explainsStatusWords(list) ||
    explainsStatesInBrackets(list) ||
    isTermKey(list) ||
    explainsBoxes(list)
  );
}

/** Words that speak of a checkbox itself: "checked", "unticked", "an empty box". */
const BOX_WORDS = /\b(?:un)?(?:checked|ticked|crossed)\b|\b(?:check\s?)?box(?:es)?\b/i;

/**
 * "- [x] checked is completed", "- [ ] unchecked is to-do": a checklist whose every box says what a
 * box means, in a few words and a status word, is the key to the page's boxes, not work.
 */
function explainsBoxes(list: List): boolean {
  if (list.children.length < 2 || !list.children.every((item) => typeof item.checked === 'boolean')) return false;
  // Each says what a box means, in a status word ("Search box", "Checked arithmetic" name work).
  return list.children.every((item) => {
    const text = plainText(item).trim();
    const meaning = (text.split(BOX_WORDS).pop() ?? '').replace(/^[\s:=→–—-]*(?:(?:is|are|means?)\s+)?/i, '');
    return BOX_WORDS.test(text) && text.split(/\s+/).length <= 8 && !!meaning && normalizeStatus(meaning) !== 'unknown';
  });
}

/**
 * The stages of the page's board, each in bold and explained ("**Ideas**. Incoming requests not yet
 * considered", "**Backlog**. Accepted requests", "**Shipped**. Available in the latest release"): four or
 * more, two in three of them status or horizon words. A key to how work moves, not work.
 */
function explainsStatusWords(list: List): boolean {
  if (list.children.length < 4) return false;
  const leads = list.children.map((item) => {
    const first = item.children[0];
    const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
    if (lead?.type !== 'strong') return undefined;
    const word = plainText(lead).trim().replace(/[.:]$/, '');
    const rest = plainText(first!).trim().slice(plainText(lead).trim().length);
    return word.split(/\s+/).length <= 3 && /^\s*[.:\-–—]\s*\p{L}/u.test(rest) ? word : undefined;
  });
  if (!leads.every(Boolean)) return false;
  const known = leads.filter((word) => {
    const bucket = bucketOf(word!);
    return normalizeStatus(word) !== 'unknown' || bucket?.kind === 'horizon' || bucket?.kind === 'status';
  });
  return known.length * 3 >= leads.length * 2;
}

/**
 * States each explained in brackets after them ("Developing (in development)", "Testing（测试中）"):
 * three or more lines of a state's one or two words and its explanation, two in three of them status
 * words. A key to the page's states, not work.
 */
function explainsStatesInBrackets(list: List): boolean {
  if (list.children.length < 3) return false;
  const words = list.children.map(
    (item) => /^([\p{L}-]+(?:\s[\p{L}-]+)?)\s*[(（][^()（）]+[)）]\s*$/u.exec(plainText(item).trim())?.[1],
  );
  if (!words.every(Boolean)) return false;
  return words.filter((word) => normalizeStatus(word) !== 'unknown').length * 3 >= words.length * 2;
}

/**
 * A key to the page's codes: "P0 = Serious issue to be dealt with ASAP", "P1 = Normal priority", each
 * line a short code, an equals sign or arrow, and what it means. (A colon or dash after a name starts
 * a description of work: "Search: find anything".)
 */
function isCodeKey(list: List): boolean {
  if (list.children.length < 2) return false;
  const texts = list.children.map((item) => plainText(item).trim());
  const distinct = (codes: (string | undefined)[]) => codes.every(Boolean) && new Set(codes).size === codes.length;
  if (distinct(texts.map((text) => /^([^\s=]{1,6})\s*(?:=|→|⇒)\s*\S/u.exec(text)?.[1]))) return true;
  // "🗡️ - certain release", "🍁 - unsure to appear": a symbol alone names nothing; before a dash, it is a key.
  if (distinct(texts.map((text) => /^([^\p{L}\p{N}\s]{1,6})\s+[-–—:]\s+\p{L}/u.exec(text)?.[1]))) return true;
  // ":material-check-bold: - Works", ":material-minus: - Partly works": icons the page's site draws,
  // some read as a mark (✓), the others gone from the text, each before a dash and its meaning.
  const iconKey = texts.map((text) => /^([^\p{L}\p{N}\s]{1,6}\s+)?[-–—:]\s+\p{L}/u.exec(text));
  if (
    iconKey.every(Boolean) &&
    iconKey.some((match) => !match![1]) &&
    iconKey.some((match) => match![1]) &&
    texts.every((text) => text.split(/\s+/).length <= 6) &&
    distinct(
      iconKey
        .filter((match) => match![1])
        .map((match) => match![1]!.trim())
        .concat('(gone)'),
    )
  )
    return true;
  // "**PA** - pre-alpha (0.x)", "**B** - beta": short capital codes in bold, each with a few words of meaning.
  const coded = list.children.map((item) => {
    const first = item.children[0];
    const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
    const code = lead?.type === 'strong' ? plainText(lead).trim() : '';
    const meaning = /^[^\p{L}\p{N}]*[-–—=:]\s*(.+)$/u.exec(plainText(item).trim().slice(code.length))?.[1] ?? '';
    return /^[A-Z]{1,3}$/.test(code) && meaning && meaning.split(/\s+/).length <= 4 ? code : undefined;
  });
  return list.children.length >= 3 && distinct(coded);
}

/** The status a page's legend gives a marker or word, if it defines it. */
export function legendStatus(legend: Legend, text: string | undefined): Status | undefined {
  return text ? legend.get(key(text)) : undefined;
}

/** Whether a table is a legend (either way round): it explains markers rather than listing work. */
export function isLegendTable(table: Table): boolean {
  return tableEntries(table) !== undefined;
}

/**
 * A marker the page's legend defines, standing at the start or the end of a title ("plugin loader
 * ❌", "🏗️ themes"): its status, and the title without it. A marker inside the words is not one.
 */
export function legendMarkerIn(
  titleRich: PhrasingContent[],
  legend: Legend,
): { status: Status; marker: string; titleRich: PhrasingContent[] } | undefined {
  if (!legend.size) return undefined;
  const rich = trimInlines(titleRich);
  const ends: ['start' | 'end', PhrasingContent | undefined][] = [
    ['end', rich[rich.length - 1]],
    ['start', rich[0]],
  ];
  for (const [end, node] of ends) {
    if (node?.type !== 'text') continue;
    const words = node.value.trim().split(/\s+/);
    const word = end === 'end' ? words[words.length - 1] : words[0];
    const status = legendStatus(legend, word);
    if (!word || !status || words.length < 2) continue;
    const at = end === 'end' ? node.value.lastIndexOf(word) : node.value.indexOf(word);
    // A dash or colon that sets the marker off goes with it ("🗃 - Faster tests", "Faster tests - 🗃").
    const value =
      end === 'end'
        ? node.value.slice(0, at).replace(/\s+[-–—:]\s*$/, '')
        : node.value.slice(at + word.length).replace(/^\s*[-–—:]\s+/, ' ');
    const rest = rich.map((n) => (n === node ? { ...node, value } : n));
    return { status, marker: word, titleRich: trimInlines(rest) };
  }
  return undefined;
}
