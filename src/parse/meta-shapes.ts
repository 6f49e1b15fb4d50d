/**
 * The shapes of content that mark a part of the page as something other than work, whatever its
 * title: an invitation to take part, the document describing itself, a legend, measures, notes on a
 * table's rows. Read by ./meta.ts; a list of names each told part by part is work.
 */
import type { List, ListItem, RootContent } from 'mdast';
import { isLegendList, isLegendTable } from './legend.js';
import { holdsLink, plainText, shownBlocks } from './markdown.js';
import { ACTION_LEAD } from './meta-titles.js';

export const hasLink = (block: RootContent): boolean =>
  block.type === 'link' || ('children' in block && (block.children as RootContent[]).some(hasLink));

/**
 * A list whose items each lead with the name of a table's row ("**Smart copy** - the plain-text write
 * works; …" under a matrix with a "Smart copy (Markdown, HTML)" row): notes on those rows.
 */
export function notesOnRows(list: RootContent, tables: RootContent[]): boolean {
  if (list.type !== 'list') return false;
  const rows = tables.flatMap((t) =>
    t.type === 'table' ? t.children.slice(1).map((row) => plainText(row.children[0] ?? row).toLowerCase()) : [],
  );
  return list.children.every((item) => {
    const [first] = item.children;
    const lead =
      first?.type === 'paragraph' && first.children[0]?.type === 'strong' ? plainText(first.children[0]) : '';
    const name = lead
      .replace(/[:：]\s*$/, '')
      .trim()
      .toLowerCase();
    return name.length > 0 && rows.some((row) => row === name || row.startsWith(`${name} `));
  });
}

/** A sentence that opens by comparing: "Fewer …", "Lower …", "Reduced …", "Higher …". */
const COMPARISON = /^(fewer|lower|higher|reduced|increased|decreased)\s/i;

/** Most of a part's list items state a measure ("**Latency**: < 50ms", "Test coverage > 95%"). */
export function measuresOnly(blocks: RootContent[]): boolean {
  const items = blocks.flatMap((b) => (b.type === 'list' ? b.children : []));
  // A number or a bound ("Test coverage > 80%"), or a change told as a comparison ("Fewer flaky CI
  // failures", "Reduced time to first contribution").
  const measured = items.filter((item) => /[<>≤≥%]|\d/.test(plainText(item)) || COMPARISON.test(plainText(item)));
  return items.length > 0 && measured.length * 2 >= items.length;
}

/**
 * Asking readers to take part: "Open an issue describing…", "Pull requests are welcome", and, opening a
 * sentence, "Vote for features: …", "Upvote the issues you care about" ("Let members vote on ideas" is work).
 */
const INVITATION =
  /\b((open|file|raise)\s+(an?|a\s+new|new)\s+(issue|discussion|pull\s+request)s?|pull\s+requests\s+are\s+(also\s+)?welcome|contributions\s+are\s+(always\s+)?welcome)\b/i;
/** A sentence that opens by asking to vote: "Vote for features: …", "Upvote the issues you care about". */
const VOTE_CALL =
  /(?:^|[.!?]\s+)(?:please\s+)?(?:(?:up)?vote\s+(?:for|on)|upvote)\s+(?:the\s+)?(?:features?|issues?|ideas?|requests?)\b/i;

/** A short part of paragraphs only (at most three, 80 words) that invites readers to take part. */
export function invitesOnly(blocks: RootContent[]): boolean {
  const shown = shownBlocks(blocks);
  const text = shown.map((b) => plainText(b)).join(' ');
  return (
    shown.length >= 1 &&
    shown.length <= 3 &&
    shown.every((b) => b.type === 'paragraph') &&
    text.split(/\s+/).length <= 80 &&
    // It opens with the invitation ("Need a feature? Open an issue…"); a piece of work described in
    // prose may end with one ("…please open an issue!").
    invites(
      text
        .split(/(?<=[.!?])\s+/)
        .slice(0, 2)
        .join(' '),
      shown.some(hasLink),
    )
  );
}

/**
 * The opening of a part that asks readers to take part; a call to vote only where it shows where (a
 * link) or speaks to the reader ("you"): "Vote on issues from the issue page" describes a feature.
 */
const invites = (opening: string, linked: boolean): boolean =>
  INVITATION.test(opening) || (VOTE_CALL.test(opening) && (linked || /\byou(r)?\b/i.test(opening)));

/**
 * A list of two or more short names, each over a list of its own parts ("Event & Raid Scheduling" over
 * "Time zone–aware scheduling", "Automatic reminders"): pieces of work told part by part, which a call to
 * take part never holds, whatever its heading says ("Events & Participation").
 */
export function namesPartedWork(blocks: RootContent[]): boolean {
  return blocks.some(
    (block) =>
      block.type === 'list' &&
      block.children.filter((item) => {
        const [name, parts, ...rest] = item.children;
        return (
          !rest.length &&
          name?.type === 'paragraph' &&
          plainText(name).trim().split(/\s+/).length <= 6 &&
          parts?.type === 'list' &&
          parts.children.length >= 2
        );
      }).length >= 2,
  );
}

export function hasItems(blocks: RootContent[]): boolean {
  return blocks.some((b) => b.type === 'list' || b.type === 'table');
}

const SELF_DESCRIPTION =
  /^(this|the)\s+(roadmap|document|page|file)\s+(outlines|describes|lists|captures|contains|covers|presents|summari[sz]es|gives|is)\b/i;

/** One or two paragraphs, the first of which is the document speaking of itself, and nothing else. */
export function describesTheDocument(blocks: RootContent[]): boolean {
  const shown = shownBlocks(blocks);
  return (
    shown.length >= 1 &&
    shown.length <= 2 &&
    shown.every((b) => b.type === 'paragraph') &&
    SELF_DESCRIPTION.test(plainText(shown[0]!).trim())
  );
}

/** A legend (list or table of markers and what they mean), with at most a sentence leading to it. */
export function isLegendPart(blocks: RootContent[]): boolean {
  const legends = blocks.filter(
    (b) => (b.type === 'table' && isLegendTable(b)) || (b.type === 'list' && isLegendList(b)),
  );
  const rest = blocks.filter((b) => !legends.includes(b));
  return legends.length > 0 && rest.every((b) => b.type === 'paragraph') && rest.length <= 1;
}

/**
 * Lists of two or more items, each led by a sign of how it stands ("🏗 Adopt …", "📬 Roll out …",
 * signs a legend on the page may define): work, item by item. Signs of states recur, here or in the
 * sub-items; an emoji that decorates each item ("🚀 Fast", "🔒 Safe") is one of its own.
 */
export function marksEachItem(blocks: RootContent[]): boolean {
  const lists = blocks.filter((block) => block.type === 'list');
  const items = lists.flatMap((list) => list.children);
  const leadOf = (item: ListItem) =>
    /^\p{Extended_Pictographic}/u.exec(plainText(item.children[0] ?? item).trim())?.[0];
  if (items.length < 2 || !items.every(leadOf)) return false;
  const signs: string[] = [];
  const collect = (list: List) => {
    for (const item of list.children) {
      const lead = leadOf(item);
      if (lead) signs.push(lead);
      for (const child of item.children) if (child.type === 'list') collect(child);
    }
  };
  lists.forEach(collect);
  return new Set(signs).size < signs.length;
}

/**
 * Items that each lead with a sign of how they stand, two states at least, most of them then opening
 * with the work to do ("🟢 Set up a security team", "🟡 Define the release rotation"): work, whatever the
 * part is called. (Rules or versions marked so, "🐛 Bugs are labelled within 48 hours", "✅ 3.x", are not.)
 */
export function marksEachTask(blocks: RootContent[]): boolean {
  if (!marksEachItem(blocks)) return false;
  const items = blocks.flatMap((block) => (block.type === 'list' ? block.children : []));
  const lines = items.map((item) => plainText(item.children[0] ?? item).trim());
  // Signs of states, two of them at least: one sign on every line decorates it ("📦 Build …", "👉 Create …").
  const signs = lines.map((line) => STATE_SIGN.exec(line)?.[1]);
  if (!signs.every(Boolean) || new Set(signs).size < 2) return false;
  const tasks = lines.filter((line) => ACTION_LEAD.test(line.replace(STATE_SIGN, '')));
  return tasks.length * 2 > items.length;
}

/** A sign of how work stands at the start of a line: a tick, a cross, a clock, a coloured circle, square or diamond. */
const STATE_SIGN = /^([✅✔☑❌⏳🚧🔄🔴🟠🟡🟢🔵🟣🟤⚪⚫🟥🟧🟨🟩🟦🟪🟫🔶🔷🔸🔹])\uFE0F?\s*/u;

/**
 * Lists whose every item is a sentence, ended by its full stop, and most of them say what is or must be
 * ("Performance trumps functionality.", "We build on open source software.", "Docs must be open."):
 * statements, not names of work ("Validate values against a schema." does something).
 */
export function statementsOnly(blocks: RootContent[]): boolean {
  const items = blocks.flatMap((block) => (block.type === 'list' ? block.children : []));
  const lines = items.map((item) => plainText(item.children[0] ?? item).trim());
  return (
    lines.length >= 2 &&
    lines.every((line) => /[.!]$/.test(line) && line.split(/\s+/).length >= 3) &&
    lines.filter((line) => /\b(we|our|is|are|must|should|be|trumps)\b/i.test(line)).length * 2 >= lines.length
  );
}

/** A lone list item's words as the blocks they are: "- See the notes" reads as "See the notes". */
export function unlisted(blocks: RootContent[]): RootContent[] {
  const [only] = blocks;
  return blocks.length === 1 && only?.type === 'list' && only.children.length === 1
    ? only.children[0]!.children
    : blocks;
}

/** Lists whose every item is a question ("Should we support .git by default?"), and nothing else but prose. */
export function asksOnly(blocks: RootContent[]): boolean {
  const items = blocks.flatMap((b) => (b.type === 'list' ? b.children : []));
  return (
    items.length > 0 &&
    items.every((item) => /\?\s*$/.test(plainText(item).trim())) &&
    blocks.every((b) => b.type === 'list' || b.type === 'paragraph')
  );
}

/** What is left of a release's date line once its version, its date and the words for them are taken out. */
const SCHEDULE_WORDS =
  /\b(?:v?\d+(?:\.\d+)+(?:[-.]?(?:rc|beta|alpha|pre|preview)\d*)?|v\d+|(?:19|20)\d\d[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d|(?:19|20)\d\d|q[1-4]|h[12]|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|estimated?|expected|planned|target(?:ed)?|release[sd]?|date|final|eta|rc\d*|beta\d*|alpha\d*|ga|lts|tbd|tba|tentative|maintenance|service|support|period|since|ends?|until)\b/gi;

/**
 * An item's text without the one word of its product before the release ("Nimbus 2.1: 2021.11"), when
 * a date or a word of the schedule follows the release: "Python 3.12" alone names a version to support.
 */
function unnamed(text: string): string {
  const named = /^\s*\p{L}[\p{L}\p{N}-]*\s+(?=v?\d+\.\d+)/u.exec(text);
  if (!named) return text;
  const after = text.slice(named[0].length).replace(/^v?\d+(?:\.\d+)+/, '');
  return /\d{4}|\d{1,2}[-/.]\d|\b(?:q[1-4]|h[12]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tbd|tba|eta|expected|planned|target)/i.test(
    after,
  )
    ? text.slice(named[0].length)
    : text;
}

/**
 * Lists whose every item only names a release and when it comes ("v5.2-RC1, estimate release date:
 * 2024/02/02", "1.4 — March 2025", "Nimbus 2.1: 2021.11"): a release schedule, two items at least, not pieces of work.
 */
export function datesReleasesOnly(blocks: RootContent[]): boolean {
  const items = blocks.flatMap((b) => (b.type === 'list' ? b.children : []));
  const datesOne = (text: string) =>
    /\d/.test(text) &&
    /(?<![\w.])v?\d+\.\d+/.test(text) &&
    // A remark on the release's support or certainty ("(Maintenance period since June 2024)", "(tentative)")
    // is part of its date; one that names a theme ("v1.4 (plugin API)") is work, as is a linked release.
    unnamed(text)
      .replace(SCHEDULE_WORDS, ' ')
      .replace(/[^\p{L}]+/gu, '') === '';
  return items.length >= 2 && items.every((item) => datesOne(plainText(item)) && !hasLink(item));
}

/**
 * A list of short names of work ("Neue Plugin-Schnittstelle ✅", "插件接口 v2"): not links, not sentences
 * ("la stabilité passe avant les nouveautés ;"), two or more. Under a generic word for an introduction in
 * the page's language ("Übersicht", "概述"), such a list is the work, not the introduction.
 */
export function namesWorkInList(blocks: RootContent[]): boolean {
  return blocks.some(
    (block) =>
      block.type === 'list' &&
      block.children.length >= 2 &&
      block.children.every((item) => {
        const text = plainText(item).trim();
        return (
          item.children.length <= 2 &&
          text.split(/\s+/).length <= 8 &&
          !/[.;,:：；。，]$/.test(text) &&
          !/https?:\/\//.test(text) &&
          !holdsLink(item, true)
        );
      }),
  );
}
