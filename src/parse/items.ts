/**
 * Initiatives written as list items ("**Name:** description", "Name: description",
 * a linked title, a checklist entry) or as table rows.
 */
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Bucket, Position, Status } from '../model/types.js';
import { shortTitle } from './short-title.js';
import { plainText, positionOf, trimInlines } from './markdown.js';
import { leadingSignOf, splitTitleStatus, statusLeadOf } from './title-status.js';
import { bucketOf } from './period.js';
import {
  codeLeadOf,
  colonLeadOf,
  periodLeadOf,
  describes,
  firstSentence,
  nameOnItsLine,
  linkLeadOf,
  MAX_SENTENCE_WORDS,
  MAX_TITLE_WORDS,
  splitAtDash,
  stripLeadingSymbols,
  trimTrailingColon,
  withoutFinalStop,
  words,
} from './leads.js';
import { isStruckThrough, statusEmojiOf } from './status.js';
import { struckWithRemark, unstruck } from './struck.js';
import { trailingStatusOf } from './status-tags.js';
import { statusFromBody } from './item-lists.js';

/** An initiative as found in the page, before ids, links and text are worked out. */
export interface InitiativeDraft {
  titleRich: PhrasingContent[];
  body: RootContent[];
  position: Position;
  status?: Status;
  statusText?: string;
  bucket?: Bucket;
  category?: string;
  /** The row of its table that labels it and the rows beside it ("**Testing**" over its rows): their group. */
  rowGroup?: { title: string; rich: PhrasingContent[]; position: Position };
  /** Its tracking link where the page gives it a place (an Issue column): the URL, or null (TBA). */
  tracking?: string | null;
  /** How many leading body blocks are the item's own words (its line), whose links may track it. */
  ownBlocks?: number;
  /** For a list item: whether it names its work, in bold, by its link or before a colon ("Name: …"). */
  named?: boolean;
}

/** Whether a list item carries a title of its own (bold lead, link lead, "Name: …", or children). */
export function isTitledItem(item: ListItem): boolean {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return false;
  const inl = unstruck(stripLeadingSymbols(trimInlines(first.children)));
  if (inl[0]?.type === 'strong' || inl[0]?.type === 'link') return true;
  if (colonLeadOf(inl)) return true;
  return item.children.length > 1 && words(plainText(first)) <= MAX_TITLE_WORDS;
}

/**
 * A checklist whose items each name their work in bold and describe it ("- [x] **Plugin API**: embed
 * it in …"): a list of work, not the steps of one. (A checklist of links points to documents.)
 */
export function namesEach(list: List): boolean {
  return (
    list.children.length >= 2 &&
    list.children.every((item) => {
      const first = item.children[0];
      return first?.type === 'paragraph' && first.children[0]?.type === 'strong' && isTitledItem(item);
    })
  );
}

/** "**Search** and **Filter**: find anything": the words before the first colon, and the words after it. */
function joinedNameLead(inl: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] | undefined {
  const at = inl.findIndex((node) => node.type === 'text' && /:\s+\S/.test(node.value));
  if (at < 1) return undefined;
  const node = inl[at] as { type: 'text'; value: string };
  const colon = node.value.indexOf(':');
  const head = trimInlines([...inl.slice(0, at), { type: 'text', value: node.value.slice(0, colon) }]);
  const after = trimInlines([{ type: 'text', value: node.value.slice(colon + 1) }, ...inl.slice(at + 1)]);
  return words(plainText(head)) <= 8 && plainText(after).trim() ? [head, after] : undefined;
}

export function paragraph(children: PhrasingContent[], like?: Paragraph): Paragraph {
  return { type: 'paragraph', children: trimInlines(children), position: like?.position };
}

/**
 * A list item as an initiative: title from its lead, details from the rest.
 * With `splitLead` false, a "Name: description" or "Name - description" line
 * keeps its whole text as the title (see draftsFromListItems); with 'always', a
 * "Name: …" line is split however short the words after its colon. With `lineNames`,
 * the page breaks its lines on purpose: a short first line of its own is the name.
 */
export function draftFromListItem(
  item: ListItem,
  splitLead: boolean | 'always' = true,
  lineNames = false,
): InitiativeDraft {
  const [first, ...rest] = item.children;
  const position = positionOf(item);
  let titleRich: PhrasingContent[];
  let longStatus: Status | undefined;
  let longStatusText: string | undefined;
  let body: RootContent[] = [...rest];
  let when: string | undefined;
  let code: string | undefined;
  let statusLead: ReturnType<typeof statusLeadOf>;
  let remark: Paragraph | undefined;
  if (first?.type === 'paragraph') {
    let inl = withoutNumbering(stripLeadingSymbols(trimInlines(first.children)));
    // A line struck through as a whole ("~~**Outlines:** write a short outline…~~") is done work, its
    // name read as if unstruck (an unchecked box over it is work dropped: the line stays as written).
    const struckLead = item.checked !== false ? struckWithRemark(inl) : undefined;
    if (struckLead) {
      inl = struckLead.name;
      remark = paragraph(struckLead.remark, first);
    } else if (item.checked !== false) inl = unstruck(inl);
    // "Nov: Start the project": the month says when; the rest names the item.
    const timed = periodLeadOf(inl);
    if (timed) ({ when, rest: inl } = timed);
    // A period the page dates it with stays with the item: as its bucket, or as written ("Nov").
    if (when && !bucketOf(when)) body = [paragraph([{ type: 'text', value: when }]), ...body];
    // "**REQ-12:** Export to PDF": a code names no work; the words after it do, and the code
    // leads the title as the page's reference.
    const coded = codeLeadOf(inl);
    if (coded) ({ code, rest: inl } = coded);
    // "**Done [#3106](…)** Make nonlinear programming…": the bold says how the work stands, the words after name it.
    statusLead = statusLeadOf(inl);
    if (statusLead) inl = statusLead.rest;
    const lead = inl[0];
    const dash = splitAtDash(inl);
    const colon = colonLeadOf(inl);
    const linkLead = linkLeadOf(inl);
    if (lead?.type === 'strong') {
      const after = trimInlines(inl.slice(1));
      const label = plainText(lead).replace(/:$/, '');
      const afterText = plainText(after);
      if (!afterText || /^[:\-–—]?$/.test(afterText)) {
        titleRich = trimInlines(lead.children);
      } else if (/^(&|and|or|\+)\s/i.test(afterText) && words(plainText(first)) <= MAX_TITLE_WORDS) {
        // "**/custom name** & **/custom avatar** for custom branded bots": the bold words are joined to
        // more of the name, not set before what it is; the line is the title, up to a colon or dash
        // that sets what it is after it ("**Search** and **Filter**: find anything").
        const split = joinedNameLead(inl) ?? (dash && describes(dash[1]) ? dash : undefined);
        if (split) {
          titleRich = split[0];
          body = [paragraph(split[1], first), ...rest];
        } else titleRich = withoutFinalStop(inl);
      } else if (splitLead === false && (/:\s*$/.test(plainText(lead)) || /^[:\-–—]/.test(afterText.trim()))) {
        // A bold name several lines share ("**Backend:** Arm backend. Migrate …") is their area: with
        // the words after it, up to the end of their first sentence, it names each line's work.
        const words = trimInlines(after);
        if (words[0]?.type === 'text') words[0] = { ...words[0], value: words[0].value.replace(/^[:\-–—]\s*/, '') };
        const [name, description] = firstSentence(words) ?? [words, []];
        titleRich = [{ type: 'text', value: `${label}: ` }, ...withoutFinalStop(trimInlines(name))];
        body = [paragraph(trimInlines(description), first), ...rest].filter(
          (block) => block.type !== 'paragraph' || block.children.length > 0,
        );
      } else if (/^(phase|stage|milestone|step|part|wave)\s*[\w.]+$/i.test(label) && splitAtDash(after)) {
        // "**Phase 1:** Extensible frontend platform (Done ✅) - You will…"
        const [name, description] = splitAtDash(after)!;
        titleRich = [{ type: 'text', value: `${label}: ` }, ...trimInlines(name)];
        body = [paragraph(description, first), ...rest];
      } else {
        titleRich = trimInlines(lead.children);
        const description = trimInlines(after);
        if (description[0]?.type === 'text') {
          // "**Name** (🟡): description": a status in parentheses right after the name is the name's.
          const paren = /^\(([^()]{1,40})\)\s*/.exec(description[0].value);
          const status = paren ? trailingStatusOf(paren[0].trim()) : undefined;
          if (status) {
            titleRich = [...titleRich, { type: 'text', value: ` ${paren![0].trim()}` }];
            description[0] = { ...description[0], value: description[0].value.slice(paren![0].length) };
          }
          description[0] = { ...description[0], value: description[0].value.replace(/^[:.\-–—]\s*/, '') };
        }
        body = [paragraph(description, first), ...rest].filter(
          (block) => block.type !== 'paragraph' || block.children.length > 0,
        );
      }
      // "**Design.** text": the full stop ends the name, not the title.
      titleRich = withoutFinalStop(titleRich);
      if (plainText(titleRich).endsWith(':')) {
        const last = titleRich[titleRich.length - 1];
        if (last?.type === 'text')
          titleRich = [...titleRich.slice(0, -1), { ...last, value: last.value.replace(/:\s*$/, '') }];
      }
    } else if (linkLead) {
      titleRich = linkLead[0];
      body = [paragraph(linkLead[1], first), ...rest];
    } else if (
      splitLead &&
      colon &&
      !(lead?.type === 'link' && inl.length === 1) &&
      (splitLead === 'always' || describes(colon[1]))
    ) {
      [titleRich] = colon;
      body = [paragraph(colon[1], first), ...rest];
    } else if (splitLead && dash && words(plainText(dash[0])) <= 4 && describes(dash[1]) && !partOf(dash[1])) {
      // "Sharebox - a sharing service for the notebook server."
      titleRich = dash[0];
      body = [paragraph(dash[1], first), ...rest];
    } else if (lineNames && nameOnItsLine(inl)) {
      // "Promise Play⏎In addition to …", on a page that breaks its lines on purpose: the first line names it.
      const [name, description] = nameOnItsLine(inl)!;
      titleRich = name;
      body = [paragraph(description, first), ...rest];
    } else if (firstSentence(inl)) {
      // "Canary builds. Nightly builds of …": the first sentence names the work, the rest describes it.
      const [name, description] = firstSentence(inl)!;
      titleRich = name;
      body = [paragraph(description, first), ...rest];
    } else if (words(plainText(first)) <= MAX_TITLE_WORDS) {
      titleRich = withoutFinalStop(inl);
    } else if (dash) {
      titleRich = dash[0];
      body = [paragraph(dash[1], first), ...rest];
    } else if (firstSentence(inl, MAX_SENTENCE_WORDS)) {
      // "Invest effort in the stubs, with focus on … Better support for ORMs will be a separate project.":
      // a title is one sentence; the sentences after it describe the work.
      const [name, description] = firstSentence(inl, MAX_SENTENCE_WORDS)!;
      titleRich = name;
      body = [paragraph(description, first), ...rest];
      const trailing = trailingStatusOf(plainText(first));
      if (trailing) ({ status: longStatus, statusText: longStatusText } = trailing);
    } else {
      // One long sentence: it is the title, unless it runs on past any title's length. Its words are
      // read as cleaned above (no dash after a checkbox, no numbering, no status lead).
      const text = plainText(inl);
      if (words(text) <= MAX_SENTENCE_WORDS) {
        titleRich = withoutFinalStop(inl);
      } else {
        titleRich = [{ type: 'text', value: shortTitle(text) }];
        body = [first, ...rest];
      }
      const trailing = trailingStatusOf(text);
      if (trailing) ({ status: longStatus, statusText: longStatusText } = trailing);
    }
  } else {
    titleRich = [{ type: 'text', value: shortTitle(plainText(item)) }];
    body = [...item.children];
  }
  titleRich = trimTrailingColon(titleRich);
  if (remark) body = [...body, remark];
  if (code) titleRich = [{ type: 'text', value: `${code}: ` }, ...titleRich];
  // The change a status lead names goes after the words, where a single reference tracks the item.
  for (const ref of statusLead?.refs ?? []) titleRich = [...titleRich, { type: 'text', value: ' ' }, ref];
  const split = splitTitleStatus(titleRich);
  if (split.detail) body = [paragraph(split.detail), ...body];
  const sign = first?.type === 'paragraph' ? leadingSignOf(first.children) : undefined;
  let status = split.status ?? longStatus ?? statusLead?.status ?? sign?.status;
  let statusText = split.statusText ?? longStatusText ?? statusLead?.statusText ?? sign?.statusText;
  // A struck-through line has no word for its status: the badge says "Done". A box speaks first: an
  // unchecked box over a struck line is work dropped, not done, and the line stays struck on the slide.
  const struck = first?.type === 'paragraph' && (isStruckThrough(first.children) || remark !== undefined);
  if (!status && struck && item.checked !== false) status = 'done';
  if (item.checked === true) {
    status = 'done';
    statusText = statusText ?? '[x]';
  } else if (item.checked === false && !struck) {
    status = status ?? 'planned';
    statusText = statusText ?? '[ ]';
  }
  const own = statusFromBody(body);
  if (!status && own) ({ status, statusText } = own);
  // The item's own line (before its sub-items) speaks for the item; links below it belong to its parts.
  const ownLine = body[0]?.type === 'paragraph' && first?.type === 'paragraph' ? 1 : 0;
  return {
    titleRich: split.titleRich,
    body,
    position,
    status,
    statusText,
    ownBlocks: ownLine,
    ...(when && bucketOf(when) ? { bucket: bucketOf(when)! } : {}),
  };
}

/** "… - Part one: Cluster remedy system": the words after the dash name a part of the work, not describe it. */
function partOf(after: PhrasingContent[]): boolean {
  return /^\s*(part|phase|stage|step|wave|milestone)\s+[\p{L}\p{N}.]+\s*:/iu.test(plainText(after));
}

/** An item's own numbering written as text ("10: realistic building creation") is no part of its name. */
function withoutNumbering(inl: PhrasingContent[]): PhrasingContent[] {
  const [head, ...rest] = inl;
  if (head?.type !== 'text') return inl;
  // "15: **dedicated server**": the number may stand alone in its text, before the words in bold.
  const value = head.value.replace(rest.length ? /^\d{1,3}\s*[:)]\s+/ : /^\d{1,3}\s*[:)]\s+(?=\S)/, '');
  if (value === head.value) return inl;
  return value ? [{ ...head, value }, ...rest] : rest;
}

/** Items that each sign how they stand ("Error recovery 🚧 In progress", "✅ Parser"): pieces of work, named or not. */
export const eachSignsItsStatus = (items: ListItem[]): boolean =>
  items.length >= 2 && items.every((item) => !!statusEmojiOf(plainText(item.children[0] ?? item)));
