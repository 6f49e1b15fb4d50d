/**
 * The items of one list, read together: a label that wraps the list, items
 * written alike titled alike, a lead shared by several lines kept whole.
 */
import type { ListItem, PhrasingContent } from 'mdast';
import { draftFromListItem, type InitiativeDraft, isTitledItem } from './items.js';
import { isIssueRef } from './title-refs.js';
import { isPeriodLabel, MAX_TITLE_WORDS, words } from './leads.js';
import { inlineLines, plainText, trimInlines } from './markdown.js';

/**
 * The items of one list as initiatives. A lead shared by several lines
 * ("Scheduler Enhancement - rebalance workloads", "Scheduler Enhancement -
 * quota-aware estimates") names the area the lines belong to, not the work:
 * two slides would carry the same title. Those lines keep their whole text.
 */
export function draftsFromListItems(listed: ListItem[]): InitiativeDraft[] {
  // "Aug:" over a nested list dates the items under it: they are the work. So is a list of one short
  // label over a list ("* Roadmap" over the ideas): the label only wraps them.
  const wrapper = listed.length === 1 && labelOverList(listed[0]!);
  const items = listed.flatMap((item) => {
    const [first, nested, ...more] = item.children;
    return first?.type === 'paragraph' &&
      nested?.type === 'list' &&
      !more.length &&
      (wrapper || isPeriodLabel(plainText(first).replace(/:\s*$/, '')))
      ? nested.children
      : [item];
  });
  const tagged = withoutRecurringTags(items);
  const lineNames = breaksOnPurpose(tagged);
  const drafts = colonInPlainLines(
    tagged,
    alikeColonLeads(
      tagged,
      tagged.map((item) => draftFromListItem(item, true, lineNames)),
    ),
  );
  const count = new Map<string, number>();
  for (const draft of drafts) {
    const key = plainText(draft.titleRich).trim().toLowerCase();
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  // A lead that opens two lines or more ("Tool: SQLite3 interface", "Tool: a key-value store, maybe …") is
  // shared too, however each line's title was cut.
  const leads = tagged.map(plainLeadOf);
  const shared = drafts.map(
    (draft, i) =>
      (count.get(plainText(draft.titleRich).trim().toLowerCase()) ?? 0) > 1 ||
      (!!leads[i] && leads.filter((lead) => lead === leads[i]).length > 1),
  );
  // When shared names lead most lines, the names are the list's areas: a name led once ("**CLI:** Ops
  // repo generator" among "**Core:** …" ×4, "Sound: Mixer" among "Render: …" ×3) is an area too, not the work.
  const areas = shared.filter(Boolean).length * 2 > drafts.length;
  return drafts.map((draft, i) => ({
    ...(shared[i] || (areas && (boldNameLeads(tagged[i]!) || plainAreaLeads(tagged[i]!)))
      ? draftFromListItem(tagged[i]!, false, lineNames)
      : draft),
    named: namesItsWork(tagged[i]!),
  }));
}

/**
 * An item led by a bold name set off by a colon or a dash ("**Core:** Automated testing", "**Core** -
 * …"), then a short name of work: not a remark ("**Note:** …"), a pointer ("see the design doc") or a
 * long description, which leave the bold name the title.
 */
function boldNameLeads(item: ListItem): boolean {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return false;
  const [lead, next] = first.children;
  if (lead?.type !== 'strong') return false;
  const name = plainText(lead).trim();
  const setOff = /:$/.test(name) || (next?.type === 'text' && /^\s*[:\-–—]\s/.test(next.value));
  if (!setOff || /^(notes?|n\.?b\.?|p\.?s\.?|remarks?|caveats?|disclaimers?|updates?|edit)\s*:?$/i.test(name))
    return false;
  const after = plainText({ type: 'paragraph', children: first.children.slice(1) })
    .replace(/^\s*[:\-–—]\s*/, '')
    .trim();
  const sentence = after.split(/(?<=[.!?])\s/)[0] ?? '';
  return !!after && !/^see\b/i.test(after) && sentence.split(/\s+/).length <= MAX_AREA_WORDS;
}

/** An item of one line, a name of a word or two, a colon, then a short name of work ("Sound: Mixer"). */
function plainAreaLeads(item: ListItem): boolean {
  const split = plainLeadSplit(item);
  return !!split && words(split.rest) <= MAX_AREA_WORDS;
}

/** The plain lead of a one-line item, a name of a word or two before its colon ("Tool: …" → "tool"). */
const plainLeadOf = (item: ListItem): string | undefined => plainLeadSplit(item)?.lead.toLowerCase();

/** A one-line item split at the colon after a plain name of a word or two: "Sound: Mixer" → "Sound", "Mixer". */
function plainLeadSplit(item: ListItem): { lead: string; rest: string } | undefined {
  const first = item.children[0];
  if (item.children.length !== 1 || first?.type !== 'paragraph' || first.children[0]?.type !== 'text') return undefined;
  const match = /^([\p{L}][\p{L}\p{N}&/-]*(?:\s[\p{L}\p{N}&/-]+)?):\s+(\S.*)$/su.exec(plainText(first).trim());
  return match ? { lead: match[1]!, rest: match[2]! } : undefined;
}

/** Most words of the sentence that, after a bold area name, titles the line with it. */
const MAX_AREA_WORDS = 10;

/**
 * Whether the list's items are written as a name on a line of its own over what it is ("Promise Play⏎In
 * addition to …"): two or more items break their first line, two in three of those break it after
 * words without a stop, the next line opening a sentence with a capital, and their first lines are
 * short beside the longest line (a third of it at most, as the middle one). Lines wrapped at a width
 * break anywhere, a proper noun may open the next line, and the lines are about as long as the width.
 */
function breaksOnPurpose(items: ListItem[]): boolean {
  const broken = items.flatMap((item) => {
    const first = item.children[0];
    const lines = first?.type === 'paragraph' ? inlineLines(first.children) : [];
    return lines.length > 1 ? [lines.map((line) => plainText({ type: 'paragraph', children: line }).trim())] : [];
  });
  const named = broken.filter(([name, next]) => !/[.!?,;:…]$/.test(name!) && /^\p{Lu}/u.test(next ?? ''));
  if (broken.length < 2 || named.length * 3 < broken.length * 2) return false;
  // Names are short beside the text under them; lines wrapped at a width are all about as long as it.
  const longest = Math.max(...broken.flat().map((line) => line.length));
  const firsts = broken.map(([name]) => name!.length).sort((a, b) => a - b);
  return firsts[Math.floor(firsts.length / 2)]! * 3 <= longest;
}

/** A label that names the list as a whole ("Roadmap", "Ideas:") over a nested list of two or more items, and nothing else. */
function labelOverList(item: ListItem): boolean {
  const [first, nested, ...more] = item.children;
  if (first?.type !== 'paragraph' || nested?.type !== 'list' || more.length || nested.children.length < 2) return false;
  const label = plainText(first).trim().replace(/:$/, '');
  return !!label && words(label) <= 4 && !/[.!?]$/.test(label) && LIST_WRAPPER.test(label);
}

/** Words that name a list of work as a whole, not a piece of it: "Roadmap", "TODO", "Ideas", "Backlog". */
const LIST_WRAPPER =
  /^(the\s+)?(road\s?map|to\s?-?do|todos|plans?|ideas|backlog|tasks|wish\s?list|next\s+steps|future\s+work)$/i;

const titleOf = (draft: InitiativeDraft) => plainText(draft.titleRich).trim();

/**
 * Items of one list written alike, "Name: what it is", are titled alike: when the list names some by
 * the words before their colon ("Performance: steady improvements in hot paths"), the others with a
 * shorter line after the colon ("Developer experience: docs, examples") are named the same way.
 */
function alikeColonLeads(items: ListItem[], drafts: InitiativeDraft[]): InitiativeDraft[] {
  const whole = items.map((item) => titleOf(draftFromListItem(item, false)));
  const byColon = drafts.filter(
    (draft, i) => whole[i] !== titleOf(draft) && whole[i]!.startsWith(`${titleOf(draft)}:`),
  );
  if (!byColon.length) return drafts;
  const forced = items.map((item) => draftFromListItem(item, 'always'));
  const short = forced.filter((draft, i) => titleOf(draft) !== titleOf(drafts[i]!));
  if (!short.length || (byColon.length + short.length) * 2 < items.length) return drafts;
  return forced.map((draft, i) => (titleOf(draft) !== titleOf(drafts[i]!) ? draft : drafts[i]!));
}

/**
 * A list of plain lines, each its whole title ("channels", "thread safe maps"), where a few lines hold
 * a colon ("interfaces: allow struct fields"): those are plain lines too, written like their siblings,
 * and keep their whole text when it is short enough for a title. Only where three lines in four are plain.
 */
function colonInPlainLines(items: ListItem[], drafts: InitiativeDraft[]): InitiativeDraft[] {
  if (items.length < 6) return drafts;
  const plain = drafts.filter((draft, i) => draft.body.length === 0 && items[i]!.children.length === 1);
  if (plain.length * 4 < items.length * 3) return drafts;
  return drafts.map((draft, i) => {
    const item = items[i]!;
    if (item.children.length !== 1) return draft;
    const whole = draftFromListItem(item, false);
    const title = titleOf(whole);
    return title !== titleOf(draft) && title.startsWith(`${titleOf(draft)}:`) && words(title) <= MAX_TITLE_WORDS
      ? whole
      : draft;
  });
}

/**
 * A tag in code that leads several lines alike ("`M (P0)` - Web UI renders a million entries",
 * "`M (P1)` - …"): a mark the page files its lines under (a milestone, a priority), not their name.
 * It leaves the line's lead and stays with the line's text, at its end.
 */
export function withoutRecurringTags(items: ListItem[]): ListItem[] {
  const tagOf = (item: ListItem) => {
    const first = item.children[0];
    if (first?.type !== 'paragraph') return undefined;
    const [lead, next] = trimInlines(first.children);
    if (lead?.type !== 'inlineCode' || next?.type !== 'text' || !/^\s*[-–—:]\s+\S/.test(next.value)) return undefined;
    return lead.value.trim().length <= 20 ? lead.value.trim() : undefined;
  };
  const tags = items.map(tagOf);
  const count = new Map<string, number>();
  for (const tag of tags) if (tag) count.set(tag, (count.get(tag) ?? 0) + 1);
  return items.map((item, i) => {
    const tag = tags[i];
    if (!tag || (count.get(tag) ?? 0) < 2) return item;
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph') return item;
    const [, next, ...after] = trimInlines(first.children) as [
      PhrasingContent,
      PhrasingContent & { value: string },
      ...PhrasingContent[],
    ];
    const name = trimInlines([{ type: 'text', value: next.value.replace(/^\s*[-–—:]\s*/, '') }, ...after]);
    return {
      ...item,
      children: [
        { ...first, children: name },
        ...rest,
        { type: 'paragraph', children: [{ type: 'inlineCode', value: tag }] },
      ],
    };
  });
}

/** Whether a list item's line opens with its name: in bold, as a link (not an issue's number), or before a colon. */
function namesItsWork(item: ListItem): boolean {
  const first = item.children[0];
  const lead =
    first?.type === 'paragraph' ? first.children.find((n) => n.type !== 'text' || n.value.trim()) : undefined;
  return !isIssueRef(lead) && isTitledItem({ ...item, children: item.children.slice(0, 1) });
}
