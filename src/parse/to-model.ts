/**
 * From drafts to the model: a section or an initiative draft becomes its
 * typed model object, with links resolved, the tracking link chosen among
 * the item's own links, and the status completed from its section.
 */
import { isFootnoteMarkNode } from './clean-html.js';
import type { Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Block, Closing, Initiative, Section } from '../model/types.js';
import { contentHash } from '../hash.js';
import type { InitiativeDraft } from './items.js';
import { splitTitleStatus } from './title-status.js';
import { isTrackable, pickTracking } from './links.js';
import { plainText } from './markdown.js';
import { findPeriod } from './period.js';
import type { extractStructure, SectionDraft } from './structure/index.js';
import { splitTitleRefs } from './title-refs.js';
import { blocksToText, countWords } from './text.js';
import { collectLinks, dedupeLinks, type LinkResolver } from './resolve-links.js';

export type IdFor = (line: number, title: string, fromHeading: boolean) => string;

export function toSection(
  draft: SectionDraft,
  editionTitle: string,
  idFor: IdFor,
  resolver: LinkResolver,
  editionDate?: string,
): Section {
  const heading = draft.heading;
  const split = heading ? splitTitleStatus(heading.rich) : undefined;
  const title = split
    ? (plainText(split.titleRich as Nodes[]) || heading!.title).replace(/\s*[:：]\s*$/, '') || heading!.title
    : editionTitle;
  const section: Section = {
    id: heading ? idFor(heading.position.line, heading.title, !heading.pseudo) : idFor(0, editionTitle, false),
    title,
    ...(heading ? {} : { implicit: true }),
    ...(draft.bucket ? { bucket: draft.bucket } : {}),
    ...(draft.status && draft.status !== 'unknown' ? { status: draft.status } : {}),
    ...(draft.statusText
      ? { statusText: badgeWords(draft.statusText) }
      : split?.statusText
        ? { statusText: split.statusText }
        : {}),
    intro: resolver.blocks(draft.intro),
    initiatives: [],
    position: draft.position,
  };
  section.initiatives = draft.initiatives.map((d) => toInitiative(d, section, idFor, resolver, editionDate));
  return section;
}

function toInitiative(
  draft: InitiativeDraft,
  section: Section,
  idFor: IdFor,
  resolver: LinkResolver,
  editionDate: string | undefined,
): Initiative {
  const { name, badges } = withoutBadges(withoutNoteMarks(draft.titleRich));
  const split = splitTitleRefs(name);
  const titleRich = resolver.inlines(split.titleRich);
  const refRich = split.ref ? resolver.inlines([split.ref]) : [];
  const movedRich = split.moved.length || badges.length ? resolver.inlines([...split.moved, ...badges]) : [];
  const title = plainText(titleRich as Nodes[]);
  let body = resolver.blocks(draft.body);
  const titleLinks = collectLinks([{ type: 'paragraph', children: [...titleRich, ...refRich] }] as Block[]);
  // The references split off the title are its own words too ("… (https://docs…, [#486](…))"): one
  // issue among them tracks it.
  const refLinks = collectLinks([{ type: 'paragraph', children: movedRich }] as Block[]);
  const links = dedupeLinks([...titleLinks, ...collectLinks(body), ...refLinks]);
  // A tracking place of its own (a table's Issue column) decides; otherwise the links are weighed.
  const own = draft.tracking === undefined ? undefined : draft.tracking === null ? null : resolver.url(draft.tracking);
  // Links that may track the item: in its own line, on a "Tracking:" line, or in its own paragraphs
  // a reference ("#7350", a bare issue URL) or a milestone or board, or a link named by its
  // tracker ("[JIRA](…)") that is not another project's; not those of its sub-items.
  const paragraphs = body.filter((b) => b.type === 'paragraph');
  const apart = new Set(paragraphs.flatMap((b) => trackersSetApart(b as Paragraph)));
  const references = collectLinks(paragraphs).filter(
    (link) =>
      /^((issues?|pr|pull\s+request)\s*#\d+|#\d+|[\w.-]+\/[\w.-]+#\d+|([\w.-]+\/)+(issues|pull|milestones?)\/\d+|https?:\/\/\S+)$/i.test(
        link.text.trim(),
      ) ||
      /\/(milestones?|projects?)\/\d+\/?$/.test(link.url) ||
      apart.has(link.url),
  );
  const ownLinks = [
    ...collectLinks([...body.slice(0, draft.ownBlocks ?? 0), ...body.filter(isTrackingLine)]),
    ...references,
  ];
  // One link on the lines that name the item's issue ("Issue(s): …", "Tracking: …") is its tracker,
  // whatever other links (an RFC, a spec) stand beside it.
  // So is the one link of a sentence that says where the work is followed ("The progress can be tracked via …").
  const named = dedupeLinks(collectLinks(body.filter(isIssueLine)));
  const followed = dedupeLinks(
    collectLinks(body.filter((block) => block.type === 'paragraph' && TRACKED_VIA.test(plainText(block as Nodes)))),
  );
  if (!named.length && followed.length === 1) named.push(followed[0]!);
  // Of references split off the title, only one that is alone in being an issue, a board or a milestone.
  const refTrackers = dedupeLinks([...ownLinks, ...refLinks]).filter(isTrackable);
  const tracking =
    own === undefined
      ? named.length === 1
        ? links.find((link) => link.url === named[0]!.url)
        : (pickTracking(ownLinks, titleLinks, links) ??
          (refTrackers.length === 1 && refLinks.some((link) => link.url === refTrackers[0]!.url)
            ? links.find((link) => link.url === refTrackers[0]!.url)
            : undefined))
      : own === null
        ? undefined
        : links.find((link) => link.url === own);
  if (tracking) tracking.tracking = true;
  // A line that only names the tracker ("Issue: #60", "acme/tool#12" on its own) is what the slide's
  // tracking line says: it is shown there once.
  if (tracking) body = body.filter((block) => !onlyNames(block, tracking.url));
  // What was split off the title is shown with the text, unless it is only the tracking link.
  const movedWords = plainText(movedRich as Nodes[]).replace(/[\s().,;:&-]+/g, '');
  const onlyTracking =
    refLinks.length === 1 &&
    refLinks[0]!.url === tracking?.url &&
    movedWords === refLinks[0]!.text.replace(/[\s().,;:&-]+/g, '');
  const alreadyShown =
    refLinks.length > 0 && refLinks.every((link) => collectLinks(body).some((l) => l.url === link.url));
  if (movedRich.length && !onlyTracking && !alreadyShown)
    body = [...body, { type: 'paragraph', children: movedRich } as Block];
  const text = blocksToText(body);
  // A work item scheduled for a named period (a quarter, a half, a month) is planned, unless that
  // period is over by the edition's own date ("H2 2019" in the 2020 H1 edition): the page then says
  // when the work was meant for, not how it went. A section's period says so only when it is a
  // specific one ("Q4 2020", not "2021 Roadmap").
  const scheduledFor =
    draft.bucket && ['quarter', 'half', 'month', 'season', 'year'].includes(draft.bucket.kind)
      ? draft.bucket
      : section.bucket && ['quarter', 'half', 'month', 'month-range', 'season'].includes(section.bucket.kind)
        ? section.bucket
        : undefined;
  const scheduled = scheduledFor && !endsBefore(scheduledFor.label, editionDate) ? 'planned' : undefined;
  // An unchecked box says "not done yet"; a group that says when ("Ideas", "Future") or that it is
  // under way says more.
  const openBox = draft.statusText === '[ ]' && (section.status === 'future' || section.status === 'in-progress');
  const status =
    draft.status && draft.status !== 'unknown' && !openBox ? draft.status : (section.status ?? scheduled ?? 'unknown');
  return {
    id: idFor(draft.position.line, title, true),
    title,
    titleRich,
    status,
    ...(draft.statusText && !openBox
      ? { statusText: badgeWords(draft.statusText) }
      : section.statusText && status === section.status
        ? { statusText: section.statusText }
        : {}),
    ...(draft.bucket ? { bucket: draft.bucket } : {}),
    ...(draft.category ? { category: draft.category } : {}),
    body,
    text,
    links,
    ...(tracking ? { tracking } : {}),
    words: countWords(`${title} ${text}`),
    position: draft.position,
    hash: contentHash({ title, body }),
  };
}

/** A title less the footnote marks at its end ("Sampler Support<sup>4</sup>"): the note is not its name. */
function withoutNoteMarks(rich: PhrasingContent[]): PhrasingContent[] {
  let end = rich.length;
  while (end > 0 && (isFootnoteMarkNode(rich[end - 1]!) || !plainText(rich[end - 1] as Nodes).trim())) end--;
  if (end === 0 || end === rich.length || !rich.slice(end).some(isFootnoteMarkNode)) return rich;
  // After a word ("Linux¹"), not after a unit or a number ("m²", "10³"): those are exponents.
  return /(?:\p{L}{3,}|[)\]"'”’])\s*$/u.test(plainText({ type: 'paragraph', children: rich.slice(0, end) } as Nodes))
    ? rich.slice(0, end)
    : rich;
}

const isBadge = (node: PhrasingContent): boolean =>
  node.type === 'image' ||
  (node.type === 'text' && (node.data as { badge?: boolean } | undefined)?.badge === true) ||
  (node.type === 'link' && node.children.length > 0 && node.children.every((c) => c.type === 'image'));

/**
 * Pictures in a title ("Stabilize the API [![Help wanted]](…)", a shields.io badge) are not words of
 * its name: they go with the text, as their alternative text, and the name keeps its words.
 */
export function withoutBadges(rich: PhrasingContent[]): { name: PhrasingContent[]; badges: PhrasingContent[] } {
  const badges = rich.filter(isBadge);
  const name = rich.filter((node) => !isBadge(node));
  if (!badges.length || !plainText({ type: 'paragraph', children: name } as Nodes).trim())
    return { name: rich, badges: [] };
  const last = name[name.length - 1];
  if (last?.type === 'text') name[name.length - 1] = { ...last, value: last.value.trimEnd() };
  return { name, badges: badges.map((node) => ({ type: 'text', value: plainText(node as Nodes) }) as PhrasingContent) };
}

/** A paragraph that is only a link to `url`, with at most a label before it ("Tracking:", "RFC:", "追跡："). */
function onlyNames(block: Block, url: string): boolean {
  if (block.type !== 'paragraph') return false;
  const links = collectLinks([block]);
  if (links.length !== 1 || links[0]!.url !== url) return false;
  const rest = plainText(block as Nodes).replace(links[0]!.text, '');
  return /^\s*([\p{L}][\p{L}\s/-]{0,30}[:：])?\s*[()[\].,;]*\s*$/u.test(rest);
}

/**
 * Keys of a line that names the item's issue: "Issue(s): …", "Tracking: …", "Epic: …", and the same
 * in the languages pages are written in ("追跡：", "跟踪：", "Seguimiento:", "Suivi :").
 */
const ISSUE_KEYS = String.raw`tracking(\s+issue)?|(github\s+)?issues?|epic|tracker|tracked\s+(in|by)|meta\s+issue|追跡|跟踪|追踪|トラッキング|イシュー|추적|이슈|seguimiento|suivi|acompanhamento|rastreamento|nachverfolgung`;
/** "Tracked by [#123](…)" and "Tracked in [issues labelled x](…)" name it without a colon. */
const ISSUE_LINE = new RegExp(String.raw`^(?:(${ISSUE_KEYS})\s*[:：]|tracked\s+(?:in|by|at|via|on)\s)`, 'i');
/** …and of a line that points to where it is followed, a document about it included ("RFC: …", "See: …"). */
const TRACKING_LINE = new RegExp(
  String.raw`^(${ISSUE_KEYS}|milestone|more\s+info(rmation)?|(more\s+)?details|see|proposal|kep|rfc|project\s+board)\s*[:：]`,
  'i',
);

/** A sentence that says where the work is followed: "can be tracked via", "is tracked in". */
const TRACKED_VIA = /\b(can\s+be|is|are|being)\s+tracked\s+(via|in|on|at|by|through)\b/i;

/** Whether a paragraph starts with one of these keys ("**Epic:** …" included). */
function keyedLine(block: Block, keys: RegExp): boolean {
  return block.type === 'paragraph' && keys.test(plainText(block.children.slice(0, 2) as Nodes[]));
}

const isTrackingLine = (block: Block) => keyedLine(block, TRACKING_LINE);
const isIssueLine = (block: Block) => keyedLine(block, ISSUE_LINE);

export function toClosing(
  parts: ReturnType<typeof extractStructure>['closing'],
  resolver: LinkResolver,
): Closing | undefined {
  const first = parts[0];
  if (!first) return undefined;
  const blocks: RootContent[] = [...first.blocks];
  for (const part of parts.slice(1)) {
    blocks.push({ type: 'paragraph', children: [{ type: 'strong', children: part.heading.rich }] }, ...part.blocks);
  }
  const body = resolver.blocks(blocks);
  return { title: first.heading.title, body, links: dedupeLinks(collectLinks(body)), position: first.heading.position };
}

const MONTHS_OF: Partial<Record<string, number>> = { quarter: 3, half: 6, month: 1, season: 3, year: 12 };

/** Whether the period a label names ("H2 2019", "Q4 2020") is over by `date` (YYYY-MM-DD). */
export function endsBefore(label: string, date: string | undefined): boolean {
  const period = findPeriod(label);
  const months = period ? MONTHS_OF[period.kind] : undefined;
  if (!date || !period?.date || !months) return false;
  const [year, month] = period.date.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(year, month - 1 + months, 1)).toISOString().slice(0, 10);
  return end <= date;
}

/**
 * A status written in brackets ("(wip)", "[Done]", as a cell or a site's tag gives it) shows its words on
 * the badge; a box ("[x]", "[ ]") stays as it is.
 */
function badgeWords(text: string): string {
  const trimmed = text.trim();
  const bracketed = /^\([^()]+\)$|^\[[^[\]]+\]$/.test(trimmed) && !/^\[[xX ]\]$/.test(trimmed);
  return bracketed ? trimmed.slice(1, -1).trim() : text;
}

/** A link named only by its tracker ("JIRA", "issue", "ticket"). */
const TRACKER_NAME = /^(jira|youtrack|bugzilla|trac|ticket|issue)$/i;

/** Words just before a link that point to the part's issue: "Tracked in", "Tracking", "see the". */
const POINTED =
  /\b(tracked\s+(in|by|at|on|as)|tracking|see(\s+also)?(\s+the)?|cf\.?|follow\s+(it\s+)?(in|on|at)(\s+the)?)$/i;

/** Words before a link that say the issue is someone else's: "depends on an upstream", "blocked by". */
const ELSEWHERE =
  /\b(upstream|downstream|depends?\s+on|dependency|blocked\s+(by|on)|waiting\s+(for|on)|requires?|discussed\s+in|third[\s-]party|external)\b[^.!?]*$/i;

/**
 * The URLs of links named only by their tracker ("JIRA", "issue", "ticket") in a paragraph that name the
 * part's own issue: set apart after its words ("… for every platform. [JIRA](…)", "(… [JIRA](…) and the
 * design)") or pointed to ("Tracked in [JIRA](…)", "see the [issue](…)"); not one in the run of a
 * sentence ("add your thoughts to the [issue](…) rather than…"), nor another project's ("depends on an
 * upstream [issue](…)").
 */
function trackersSetApart(paragraph: Paragraph): string[] {
  const nodes = paragraph.children;
  const urls: string[] = [];
  nodes.forEach((node, index) => {
    if (node.type !== 'link' || !TRACKER_NAME.test(plainText(node).trim())) return;
    const before = plainText(nodes.slice(0, index) as Nodes[]).trimEnd();
    if (ELSEWHERE.test(before)) return;
    if (before === '' || /[.!?(,;:]$/.test(before) || POINTED.test(before)) urls.push(node.url);
  });
  return urls;
}
