/**
 * A status written in an item's title ("Provide X (In Progress)", "✅ Performance",
 * "[WIP] Plugins", "Service Catalog ([alpha released](…))"): taken out of the
 * title and read with the status vocabulary (./status.ts).
 */
import type { Link, PhrasingContent } from 'mdast';
import type { Status } from '../model/types.js';
import { plainText, trimInlines } from './markdown.js';
import { isBareStatus, isWholeStatus, normalizeStatus, statusEmojiOf } from './status.js';
import { leadingTagStatusOf, trailingStatusOf } from './status-tags.js';
import { isRefLink } from './title-refs.js';
import { isTrackable } from './links.js';

/** A sign that opens a title to say how its work stands: ticks, works, circles, calendars, open boxes. */
const LEADING_SIGN = /^\s*([✅✔✓☑🚧🔮🏗⏳🔄📅🗓📋🔜⚪🟢🟡⬜🔲☐])\uFE0F?\s*/u;
/**
 * A sign alone that only ever says so: a calendar, a clipboard or arrows before a link may be the
 * feature's icon.
 */
const STATE_SIGN_ALONE = /^\s*([✅✔✓☑🚧🔮🏗⏳🟢🟡⬜🔲☐])\uFE0F?\s*$/u;

/** Splits a title such as "Provide X (In Progress)" or "✅ Performance" into title and status. */
export function splitTitleStatus(titleRich: PhrasingContent[]): {
  titleRich: PhrasingContent[];
  status?: Status;
  statusText?: string;
  detail?: PhrasingContent[];
} {
  let rich = trimInlines(titleRich);
  let status: Status | undefined;
  let statusText: string | undefined;
  // "Metrics export (*In progress*)": a status set in emphasis inside its parentheses reads as one
  // written plain.
  const [opening, stressed, closing] = rich.slice(-3);
  if (
    opening?.type === 'text' &&
    /\(\s*$/.test(opening.value) &&
    (stressed?.type === 'emphasis' || stressed?.type === 'strong') &&
    isWholeStatus(plainText(stressed)) &&
    closing?.type === 'text' &&
    /^\s*\)\s*$/.test(closing.value)
  )
    rich = [...rich.slice(0, -3), { ...opening, value: `${opening.value}${plainText(stressed)}${closing.value}` }];
  // "Render queue ✅ **DONE**": so does one set in emphasis at the end, after its sign. (A change of
  // state, "📝 **DRAFTED** → 🔄 **IN PROGRESS**", is left as written.)
  const [beforeStress, stress] = rich.slice(-2);
  if (
    beforeStress?.type === 'text' &&
    /\p{Extended_Pictographic}\uFE0F?\s+$/u.test(beforeStress.value) &&
    !/→|->/.test(plainText(rich)) &&
    (stress?.type === 'emphasis' || stress?.type === 'strong') &&
    isWholeStatus(plainText(stress))
  )
    rich = [...rich.slice(0, -2), { ...beforeStress, value: `${beforeStress.value}${plainText(stress)}` }];
  // "Service Catalog ([alpha released](…))": a status linked to its announcement. The link is detail.
  const [open, link, close] = rich.slice(-3);
  if (
    open?.type === 'text' &&
    /\(\s*$/.test(open.value) &&
    link?.type === 'link' &&
    close?.type === 'text' &&
    /^\s*\)\s*$/.test(close.value)
  ) {
    const linked = trailingStatusOf(`(${plainText(link)})`);
    if (linked) {
      const head = trimInlines([...rich.slice(0, -3), { ...open, value: open.value.replace(/\s*\(\s*$/, '') }]);
      const rest = splitTitleStatus(head);
      return {
        ...rest,
        status: rest.status ?? linked.status,
        statusText: rest.statusText ?? linked.statusText,
        detail: [link],
      };
    }
  }
  // "Parser tests - [DONE](report.md)": a status after a dash, linked to what shows it. The links are detail.
  const linkedAfterDash = statusLinksAfterDash(rich);
  if (linkedAfterDash) {
    const rest = splitTitleStatus(linkedAfterDash.head);
    return {
      ...rest,
      status: rest.status ?? linkedAfterDash.status,
      statusText: rest.statusText ?? linkedAfterDash.statusText,
      detail: linkedAfterDash.links,
    };
  }
  const first = rich[0];
  // "### [x] PDF export": a checkbox written in a heading says done or not yet.
  // The words may follow in the next node ("[ ] `acme init` command").
  const box =
    first?.type === 'text' && (rich.length > 1 || /^\s*\[( |x|X)\]\s+\S/.test(first.value))
      ? /^\s*\[( |x|X)\]\s+/.exec(first.value)
      : null;
  const tag =
    box && first?.type === 'text'
      ? {
          status: (box[1] === ' ' ? 'planned' : 'done') as Status,
          statusText: box[1] === ' ' ? '[ ]' : '[x]',
          rest: first.value.slice(box[0].length),
        }
      : first?.type === 'text'
        ? leadingTagStatusOf(first.value)
        : undefined;
  if (tag && first?.type === 'text') {
    status = tag.status;
    statusText = tag.statusText;
    rich = trimInlines([{ ...first, value: tag.rest }, ...rich.slice(1)]);
  } else if (first?.type === 'text') {
    const emoji = LEADING_SIGN.exec(first.value);
    if (emoji) {
      status = statusEmojiOf(emoji[1]!)!.status;
      statusText = emoji[1];
      rich = trimInlines([{ ...first, value: first.value.slice(emoji[0].length) }, ...rich.slice(1)]);
    }
  }
  const last = rich[rich.length - 1];
  // "Multi-chain command **(Done)**": a status set in bold or italics after the words.
  const marked = last && (last.type === 'strong' || last.type === 'emphasis') && rich.length > 1 ? plainText(last) : '';
  const markedStatus = /^\s*[([][^()[\]]{1,30}[)\]]\s*$/.test(marked) ? trailingStatusOf(marked) : undefined;
  const before = rich[rich.length - 2];
  // "Search Service - **✅ Released**": a status set in bold after a dash.
  const dashed =
    marked && !markedStatus && before?.type === 'text' && /\s[-–—]\s*$/.test(before.value) && isBareStatus(marked)
      ? normalizeStatus(marked)
      : undefined;
  if (markedStatus && !markedStatus.rest.trim()) {
    status = markedStatus.status;
    statusText = markedStatus.statusText;
    rich = trimInlines(rich.slice(0, -1));
  } else if (dashed && before?.type === 'text') {
    status = dashed;
    statusText = marked.replace(/^[^\p{L}\p{N}]+/u, '').trim() || marked.trim();
    rich = trimInlines([...rich.slice(0, -2), { ...before, value: before.value.replace(/\s[-–—]\s*$/, '') }]);
  } else if (last?.type === 'text') {
    const trailing = trailingStatusOf(last.value);
    if (trailing) {
      status = trailing.status;
      statusText = trailing.statusText;
      // "Storage ✓ (DONE)": a mark of the same status before the words goes with them.
      const mark = /\s*([✅✔✓☑🚧🔮])\uFE0F?\s*$/u.exec(trailing.rest);
      const rest =
        mark && statusEmojiOf(mark[1]!)?.status === trailing.status
          ? trailing.rest.slice(0, mark.index)
          : trailing.rest;
      // The dash or colon that set the status apart goes with it ("Render queue — ✅ Completed").
      rich = trimInlines([...rich.slice(0, -1), { ...last, value: rest.replace(/\s*[:：]\s*$|\s+[-–—]\s*$/, '') }]);
    } else {
      // "Theme sync ✅ (light only)": a sign at the end, then a short remark in brackets on how far
      // the work got: the sign says how it stands, the remark goes with it.
      const emoji =
        /\s*([✅✔✓☑🚧🔮])\uFE0F?\s*$/u.exec(last.value) ??
        /\s+([✅✔✓☑🚧🔮])\uFE0F?\s*(\([^()]{1,30}\))\s*$/u.exec(last.value);
      if (emoji && !status && (!emoji[2] || emoji[2].trim().split(/\s+/).length <= 4)) {
        status = statusEmojiOf(emoji[1]!)!.status;
        statusText = emoji[2] ? `${emoji[1]} ${emoji[2]}` : emoji[1];
        rich = trimInlines([...rich.slice(0, -1), { ...last, value: last.value.slice(0, emoji.index) }]);
      }
    }
  }
  return { titleRich: rich, status, statusText };
}

/**
 * A sign alone before the words' first link, code or emphasis ("✅ [AppWrite](…) support", "🚧
 * **Sync**"): how the item stands, though the sign is set apart from the words it marks.
 */
export function leadingSignOf(inlines: PhrasingContent[]): { status: Status; statusText: string } | undefined {
  const [first, next] = trimInlines(inlines);
  const sign = first?.type === 'text' && next ? STATE_SIGN_ALONE.exec(first.value) : null;
  return sign ? { status: statusEmojiOf(sign[1]!)!.status, statusText: sign[1]! } : undefined;
}

/** Fewer words after a bold status than this are not an item's name ("**Done** soon"). */
const MIN_NAME_WORDS = 2;

/**
 * A bold lead that only states a status, with perhaps the change that settled it: "**Done
 * [#3106](…)** Make nonlinear programming…", "**In progress:** Faster builds". The status is the
 * item's; the words after it name the item; a reference in the lead goes with the title, where a
 * single reference tracks the item.
 */
export function statusLeadOf(
  inl: PhrasingContent[],
): { status: Status; statusText: string; refs: Link[]; rest: PhrasingContent[] } | undefined {
  const [lead, ...after] = inl;
  if (lead?.type !== 'strong') return undefined;
  const refs = lead.children.filter(isRefLink);
  const words = lead.children
    .filter((node) => !isRefLink(node))
    .map((node) => plainText(node))
    .join(' ')
    .replace(/[\s:.,;()[\]\-–—]+$/u, '')
    .replace(/[()[\]]/g, ' ')
    .trim();
  if (!words || !isBareStatus(words) || !isWholeStatus(words) || !/^[\p{L}\p{Emoji_Presentation}]/u.test(words))
    return undefined;
  const rest = trimInlines(after);
  const restText = plainText(rest).replace(/^[\s:.\-–—]+/, '');
  if (restText.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < MIN_NAME_WORDS) return undefined;
  const first = rest[0];
  const cleaned =
    first?.type === 'text'
      ? trimInlines([{ ...first, value: first.value.replace(/^[\s:.\-–—]+/, '') }, ...rest.slice(1)])
      : rest;
  return { status: normalizeStatus(words), statusText: words, refs, rest: cleaned };
}

/**
 * The words before a dash and, after it, one status or more each written as a link and nothing else
 * ("Parser tests - [DONE](report.md) / [DONE](guide.md)"): the words, the status and its links, which
 * stay with the work as its detail (an issue or a release among them may track it).
 */
function statusLinksAfterDash(
  rich: PhrasingContent[],
): { head: PhrasingContent[]; status: Status; statusText: string; links: Link[] } | undefined {
  let dash = rich.length - 1;
  while (dash >= 0 && !(rich[dash]!.type === 'text' && /\s[-–—]\s*$/.test((rich[dash] as { value: string }).value)))
    dash--;
  if (dash < 0) return undefined;
  const after = rich.slice(dash + 1);
  const links = after.filter((node): node is Link => node.type === 'link');
  if (
    !links.length ||
    after.some((node) => node.type !== 'link' && !(node.type === 'text' && /^[\s/,&+]*$/.test(node.value)))
  )
    return undefined;
  const words = links.map((link) => plainText(link).trim());
  const status = normalizeStatus(words[0]!);
  if (status === 'unknown' || words.some((w) => !isBareStatus(w) || !isWholeStatus(w) || normalizeStatus(w) !== status))
    return undefined;
  const before = rich[dash] as PhrasingContent & { type: 'text' };
  const head = trimInlines([...rich.slice(0, dash), { ...before, value: before.value.replace(/\s[-–—]\s*$/, '') }]);
  return plainText({ type: 'paragraph', children: head }).trim()
    ? { head, status, statusText: words[0]!, links }
    : undefined;
}

/**
 * The one link a title's status was written as, when it may track the work ("v1.2 — [Released](…/releases/
 * tag/v1.2.0)", "Audit - [In progress](…/issues/88)"): a heading's tracker, as it is a list item's.
 */
export function trackerOfDetail(detail: PhrasingContent[] | undefined): string | undefined {
  const links = (detail ?? []).filter((node): node is Link => node.type === 'link');
  const [link] = links;
  if (links.length !== 1 || !link || !/^https?:\/\//i.test(link.url)) return undefined;
  return isTrackable({ kind: 'external', url: link.url, text: plainText(link) }) ? link.url : undefined;
}
