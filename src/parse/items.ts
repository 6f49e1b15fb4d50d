/**
 * Initiatives written as list items ("**Name:** description", "Name: description",
 * a linked title, a checklist entry) or as table rows.
 */
import type { Link as MdLink, List, ListItem, Paragraph, PhrasingContent, RootContent, Table, TableRow } from 'mdast';
import type { Bucket, Position, Status } from '../model/types.js';
import { plainText, positionOf, trimInlines } from './markdown.js';
import { splitTitleRefs } from './title-refs.js';
import { bucketOf } from './period.js';
import { isBareStatus, leadingTagStatusOf, normalizeStatus, statusEmojiOf, statusOfChecklist, trailingStatusOf } from './status.js';

/** An initiative as found in the page, before ids, links and text are worked out. */
export interface InitiativeDraft {
  titleRich: PhrasingContent[];
  body: RootContent[];
  position: Position;
  status?: Status;
  statusText?: string;
  bucket?: Bucket;
  category?: string;
  /**
   * The item's tracking link when the page gives it a place of its own (a
   * table's Issue column): its URL, or null when that place says none (TBA).
   */
  tracking?: string | null;
  /** How many leading body blocks are the item's own words (its line), whose links may track it. */
  ownBlocks?: number;
}

const MAX_TITLE_WORDS = 16;
/** A one-sentence item up to this long is titled by its whole sentence, as written. */
const MAX_SENTENCE_WORDS = 30;
/** Fewer words after "Name:" qualify the name rather than describe it. */
const MIN_DESCRIPTION_WORDS = 6;
/** A first sentence this short, followed by more, is a name ("Canary builds. Nightly builds of …"). */
const MAX_NAME_SENTENCE_WORDS = 12;

const words = (text: string) => (text.trim() ? text.trim().split(/\s+/).length : 0);

/** True for a list that is a table of contents: mostly links to `#anchors`. */
export function isNavigationList(list: List): boolean {
  let items = 0;
  let singleLinks = 0;
  let anchors = 0;
  const visit = (l: List) => {
    for (const item of l.children) {
      items++;
      const first = item.children[0];
      if (first?.type === 'paragraph') {
        const inl = trimInlines(first.children);
        if (inl.length === 1 && inl[0]!.type === 'link') {
          singleLinks++;
          if (inl[0].url.startsWith('#')) anchors++;
        }
      }
      for (const child of item.children) if (child.type === 'list') visit(child);
    }
  };
  visit(list);
  return anchors >= 2 && singleLinks >= items / 2;
}

/** True for a table that only navigates the page (its links are `#anchors`). */
export function isNavigationTable(table: Table): boolean {
  let anchors = 0;
  let external = 0;
  const visit = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'link') (node.url.startsWith('#') ? anchors++ : external++);
      if ('children' in node) visit(node.children as PhrasingContent[]);
    }
  };
  for (const row of table.children) for (const cell of row.children) visit(cell.children);
  return anchors >= 2 && anchors >= external;
}

/** A list whose items each only state a status ("Status: in progress"): it belongs to the item above. */
/** "Status: in progress", "Status - done", or a bare "Status". */
export const STATUS_LINE = /^status(\s*[:：\-–—]|\s*$)/i;

/**
 * A task list ("- [ ] Kafka source", "- [x] Redshift") is the checklist of
 * the piece of work it sits under — a heading or a titled item — never a list
 * of initiatives of its own: its entries are steps, and their checks give
 * the work's progress.
 */
export function isTaskList(list: List): boolean {
  const tasks = list.children.filter((item) => typeof item.checked === 'boolean').length;
  return tasks > 0 && tasks >= list.children.length / 2;
}

export function isStatusList(list: List): boolean {
  return list.children.length > 0 && list.children.every((item) => STATUS_LINE.test(plainText(item)));
}

/** Whether a list item carries a title of its own (bold lead, link lead, "Name: …", or children). */
export function isTitledItem(item: ListItem): boolean {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return false;
  const inl = stripLeadingSymbols(trimInlines(first.children));
  if (inl[0]?.type === 'strong' || inl[0]?.type === 'link') return true;
  if (colonLeadOf(inl)) return true;
  return item.children.length > 1 && words(plainText(first)) <= MAX_TITLE_WORDS;
}

/** Drops leading emoji and punctuation before a bold lead ("🐣 **Phase 1:** …"). */
function stripLeadingSymbols(inl: PhrasingContent[]): PhrasingContent[] {
  if (inl[0]?.type === 'text' && inl[1] && /^[^\p{L}\p{N}]*$/u.test(inl[0].value) && inl[0].value.trim().length <= 4) {
    return inl.slice(1);
  }
  return inl;
}

const SEPARATOR = /\s+[-–—]\s+|\s+[-–—]$/;

/** Splits inlines at the first " - " dash separator within a text node. */
function splitAtDash(inl: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] | undefined {
  for (let i = 0; i < inl.length; i++) {
    const node = inl[i]!;
    if (node.type !== 'text') continue;
    const match = SEPARATOR.exec(node.value);
    if (!match) continue;
    const before = node.value.slice(0, match.index);
    const after = node.value.slice(match.index + match[0].length);
    const head = [...inl.slice(0, i), { type: 'text', value: before } as PhrasingContent];
    if (words(plainText(head as never)) > MAX_TITLE_WORDS) return undefined;
    return [head, [{ type: 'text', value: after } as PhrasingContent, ...inl.slice(i + 1)]];
  }
  return undefined;
}

/** "Service Mesh Integration: While we have…" → ["Service Mesh Integration", "While we have…"]. */
function colonLeadOf(inl: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] | undefined {
  const first = inl[0];
  if (first?.type !== 'text') return undefined;
  const match = /^([^:.!?]{2,60}):\s+(?=\S)/.exec(first.value);
  if (!match || words(match[1]!) > 8 || /^(status|note|see|e\.g|i\.e|documents?|outcome|links?)$/i.test(match[1]!.trim())) return undefined;
  // "… can read from: GitHub, GitLab" continues a sentence; it is not a name.
  if (/\b(from|to|for|of|with|in|on|by|at|the|a|an|and|or|are|is|including|like|such\s+as)$/i.test(match[1]!.trim())) return undefined;
  return [[{ type: 'text', value: match[1]!.trim() }], trimInlines([{ type: 'text', value: first.value.slice(match[0].length) }, ...inl.slice(1)])];
}

/** "[Name](url): description": the linked name titles the item. */
function linkLeadOf(inl: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] | undefined {
  const [first, second] = inl;
  if (first?.type !== 'link' || second?.type !== 'text') return undefined;
  // "[Name](url): description", or the description on the next line / after a full stop.
  const match = /^\s*:\s+(?=\S)/.exec(second.value) ?? /^[ \t]*[.\-–—]?[ \t]*\n\s*(?=\S)/.exec(second.value) ?? /^\s*[.\-–—]\s+(?=\S)/.exec(second.value);
  if (!match || words(plainText(first)) > 8) return undefined;
  return [[first], trimInlines([{ type: 'text', value: second.value.slice(match[0].length) }, ...inl.slice(2)])];
}

/**
 * Splits inlines after a short first sentence that more text follows. The
 * sentence ends at `.`, `!` or `?` and a space, outside code and links, and
 * not after an abbreviation ("e.g.") or an initial.
 */
function firstSentence(inl: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] | undefined {
  for (let i = 0; i < inl.length; i++) {
    const node = inl[i]!;
    if (node.type !== 'text') continue;
    const match = /(?<!\b(?:e\.g|i\.e|etc|vs|cf|approx|incl|no|[A-Z]))[.!?](?=\s+\S)/.exec(node.value);
    if (!match) continue;
    const head = trimInlines([...inl.slice(0, i), { type: 'text', value: node.value.slice(0, match.index + (match[0] === '.' ? 0 : 1)) }]);
    const tail = trimInlines([{ type: 'text', value: node.value.slice(match.index + 1) }, ...inl.slice(i + 1)]);
    const n = words(plainText(head as never));
    if (n < 1 || n > MAX_NAME_SENTENCE_WORDS || !plainText(tail as never)) return undefined;
    return [head, tail];
  }
  return undefined;
}

/**
 * Whether the text after "Name:" or "Name -" describes the name (a clause of
 * its own) rather than qualifies it ("AWS Provider: additional API types",
 * "Resource composition - experimental MVP"): a qualifier stays in the title.
 */
function describes(after: PhrasingContent[]): boolean {
  const text = splitTitleRefs(after).titleRich;
  return words(plainText((text.length ? text : after) as never)) >= MIN_DESCRIPTION_WORDS;
}

/** A sentence used as a title loses its full stop (not "…", "?" or "!"). */
function withoutFinalStop(inl: PhrasingContent[]): PhrasingContent[] {
  const last = inl[inl.length - 1];
  if (last?.type !== 'text' || !/[^.]\.\s*$/.test(last.value)) return inl;
  return [...inl.slice(0, -1), { ...last, value: last.value.replace(/\.\s*$/, '') }];
}

export function paragraph(children: PhrasingContent[], like?: Paragraph): Paragraph {
  return { type: 'paragraph', children: trimInlines(children), position: like?.position };
}

/** Splits a title such as "Provide X (In Progress)" or "✅ Performance" into title and status. */
export function splitTitleStatus(titleRich: PhrasingContent[]): { titleRich: PhrasingContent[]; status?: Status; statusText?: string; detail?: PhrasingContent[] } {
  let rich = trimInlines(titleRich);
  let status: Status | undefined;
  let statusText: string | undefined;
  // "Service Catalog ([alpha released](…))": a status linked to its announcement. The link is detail.
  const [open, link, close] = rich.slice(-3);
  if (open?.type === 'text' && /\(\s*$/.test(open.value) && link?.type === 'link' && close?.type === 'text' && /^\s*\)\s*$/.test(close.value)) {
    const linked = trailingStatusOf(`(${plainText(link)})`);
    if (linked) {
      const head = trimInlines([...rich.slice(0, -3), { ...open, value: open.value.replace(/\s*\(\s*$/, '') }]);
      const rest = splitTitleStatus(head);
      return { ...rest, status: rest.status ?? linked.status, statusText: rest.statusText ?? linked.statusText, detail: [link] };
    }
  }
  const first = rich[0];
  const tag = first?.type === 'text' ? leadingTagStatusOf(first.value) : undefined;
  if (tag && first?.type === 'text') {
    status = tag.status;
    statusText = tag.statusText;
    rich = trimInlines([{ ...first, value: tag.rest }, ...rich.slice(1)]);
  } else if (first?.type === 'text') {
    const emoji = /^\s*([✅✔☑🚧🔮🏗⏳])\uFE0F?\s*/u.exec(first.value);
    if (emoji) {
      status = statusEmojiOf(emoji[1]!)!.status;
      statusText = emoji[1];
      rich = trimInlines([{ ...first, value: first.value.slice(emoji[0].length) }, ...rich.slice(1)]);
    }
  }
  const last = rich[rich.length - 1];
  if (last?.type === 'text') {
    const trailing = trailingStatusOf(last.value);
    if (trailing) {
      status = trailing.status;
      statusText = trailing.statusText;
      rich = trimInlines([...rich.slice(0, -1), { ...last, value: trailing.rest }]);
    } else {
      const emoji = /\s*([✅✔☑🚧🔮])\uFE0F?\s*$/u.exec(last.value);
      if (emoji && !status) {
        status = statusEmojiOf(emoji[1]!)!.status;
        statusText = emoji[1];
        rich = trimInlines([...rich.slice(0, -1), { ...last, value: last.value.slice(0, emoji.index) }]);
      }
    }
  }
  return { titleRich: rich, status, statusText };
}

/** A list item as an initiative: title from its lead, details from the rest. */
export function draftFromListItem(item: ListItem): InitiativeDraft {
  const [first, ...rest] = item.children;
  const position = positionOf(item);
  let titleRich: PhrasingContent[];
  let longStatus: Status | undefined;
  let longStatusText: string | undefined;
  let body: RootContent[] = [...rest];
  if (first?.type === 'paragraph') {
    const inl = stripLeadingSymbols(trimInlines(first.children));
    const lead = inl[0];
    const dash = splitAtDash(inl);
    const colon = colonLeadOf(inl);
    const linkLead = linkLeadOf(inl);
    if (lead?.type === 'strong') {
      const after = trimInlines(inl.slice(1));
      const label = plainText(lead).replace(/:$/, '');
      const afterText = plainText(after as never);
      if (!afterText || /^[:\-–—]?$/.test(afterText)) {
        titleRich = trimInlines(lead.children);
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
        body = [paragraph(description, first), ...rest].filter((block) => block.type !== 'paragraph' || block.children.length > 0);
      }
      // "**Design.** text": the full stop ends the name, not the title.
      titleRich = withoutFinalStop(titleRich);
      if (plainText(titleRich as never).endsWith(':')) {
        const last = titleRich[titleRich.length - 1];
        if (last?.type === 'text') titleRich = [...titleRich.slice(0, -1), { ...last, value: last.value.replace(/:\s*$/, '') }];
      }
    } else if (linkLead) {
      titleRich = linkLead[0];
      body = [paragraph(linkLead[1], first), ...rest];
    } else if (colon && !(lead?.type === 'link' && inl.length === 1) && describes(colon[1])) {
      [titleRich] = colon;
      body = [paragraph(colon[1], first), ...rest];
    } else if (dash && words(plainText(dash[0] as never)) <= 4 && describes(dash[1])) {
      // "HubShare - a sharing service for use with JupyterHub."
      titleRich = dash[0];
      body = [paragraph(dash[1], first), ...rest];
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
    } else {
      // One long sentence: it is the title, unless it runs on past any title's length.
      const text = plainText(first);
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
  const split = splitTitleStatus(titleRich);
  if (split.detail) body = [paragraph(split.detail), ...body];
  let status = split.status ?? longStatus;
  let statusText = split.statusText ?? longStatusText;
  if (item.checked === true || item.checked === false) {
    status = item.checked ? 'done' : status ?? 'planned';
    statusText = statusText ?? (item.checked ? '[x]' : '[ ]');
  }
  const own = statusFromBody(body);
  if (!status && own) ({ status, statusText } = own);
  // The item's own line (before its sub-items) speaks for the item; links below it belong to its parts.
  const ownLine = body[0]?.type === 'paragraph' && first?.type === 'paragraph' ? 1 : 0;
  return { titleRich: split.titleRich, body, position, status, statusText, ownBlocks: ownLine };
}

function trimTrailingColon(rich: PhrasingContent[]): PhrasingContent[] {
  const last = rich[rich.length - 1];
  if (last?.type !== 'text' || !/:\s*$/.test(last.value)) return rich;
  return trimInlines([...rich.slice(0, -1), { ...last, value: last.value.replace(/:\s*$/, '') }]);
}

/** Status stated inside an initiative's details: a "Status: X" line or a checklist. */
export function statusFromBody(body: RootContent[]): { status: Status; statusText: string } | undefined {
  for (const block of body) {
    if (block.type === 'list') {
      const statusItem = block.children.find((item) => STATUS_LINE.test(plainText(item)));
      if (statusItem) {
        const text = plainText(statusItem).replace(/^status\s*:?\s*/i, '');
        if (text) return { status: normalizeStatus(text), statusText: text.replace(/[.;,].*$/, '') || text };
      }
      const checks = block.children.map((item) => item.checked).filter((c): c is boolean => typeof c === 'boolean');
      const combined = statusOfChecklist(checks);
      if (combined && checks.length === block.children.length) return { status: combined, statusText: `${checks.filter(Boolean).length}/${checks.length} done` };
    }
  }
  return undefined;
}

function shortTitle(text: string): string {
  // The first sentence end that is not an abbreviation ("e.g.", "i.e.", "etc.", "vs.").
  const sentence = /^(.{10,}?(?<!\b(?:e\.g|i\.e|etc|vs|cf|approx|incl|[A-Z]))[.!?])\s/.exec(text)?.[1];
  if (sentence && words(sentence) <= MAX_SENTENCE_WORDS) return sentence.replace(/[.]$/, '');
  const all = text.split(/\s+/);
  if (all.length <= MAX_TITLE_WORDS) return text;
  // Cut before a parenthesis or after a comma when one falls late enough, else after 12 words.
  let cut = 12;
  for (let i = 12; i >= 6; i--) {
    if (all[i]?.startsWith('(')) { cut = i; break; }
    if (all[i - 1]?.endsWith(',')) { cut = i; break; }
  }
  return `${all.slice(0, cut).join(' ').replace(/[,;:]$/, '')}…`;
}

/** Collects `[text](url)` nodes of an inline run (for links in titles). */
export function linksIn(nodes: PhrasingContent[]): MdLink[] {
  const out: MdLink[] = [];
  const visit = (list: PhrasingContent[]) => {
    for (const node of list) {
      if (node.type === 'link') out.push(node);
      if ('children' in node) visit(node.children as PhrasingContent[]);
    }
  };
  visit(nodes);
  return out;
}
