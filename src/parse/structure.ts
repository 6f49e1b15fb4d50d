/**
 * Works out, per document, which parts of the outline are sections, which are
 * initiatives, and which are introduction or closing. General rules only:
 *
 * 1. A page's title heading (a lone top heading) is unwrapped.
 * 2. Headings that talk about the roadmap itself ("How to influence the
 *    roadmap", "About this document", "Credits") are closing or introduction.
 * 3. The initiative level is the shallowest heading level at which most
 *    headings are prose leaves (headings whose content is mostly prose).
 *    Headings above it are sections; below it, detail of an initiative.
 * 4. Leaf sections whose content is mostly a list or a table hold one
 *    initiative per top-level item or row.
 * 5. Prose sections before the first initiative are introduction; after it,
 *    a prose section with no initiatives is an initiative of its own.
 */
import type { List, ListItem, PhrasingContent, RootContent } from 'mdast';
import type { Bucket, Position, Status } from '../model/types.js';
import {
  draftFromListItem,
  isNavigationList,
  isNavigationTable,
  isStatusList,
  isTaskList,
  isTitledItem,
  splitTitleStatus,
  STATUS_LINE,
  statusFromBody,
  type InitiativeDraft,
} from './items.js';
import { plainText, positionOf } from './markdown.js';
import { isLegendList } from './legend.js';
import { metaOf } from './meta.js';
import { draftsFromTable, readTable } from './table.js';
import { descendants, flattenBlocks, type OutlineHeading, type OutlineNode } from './outline.js';
import { bucketOf } from './period.js';
import { isBareStatus, isReleasedLink, normalizeStatus, statusOfSectionTitle } from './status.js';

export interface SectionDraft {
  heading?: OutlineHeading;
  /** Titles of enclosing sections, outermost first. */
  context: OutlineHeading[];
  intro: RootContent[];
  initiatives: InitiativeDraft[];
  status?: Status;
  statusText?: string;
  bucket?: Bucket;
  position: Position;
}

export interface MetaPart {
  heading: OutlineHeading;
  blocks: RootContent[];
}

export interface Structure {
  /** Headings unwrapped as the page title, outermost first. */
  titleHeadings: OutlineHeading[];
  intro: RootContent[];
  sections: SectionDraft[];
  closing: MetaPart[];
  /** Headings of every section-level node, for period detection. */
  sectionHeadings: OutlineHeading[];
  /** Headings with nothing under them (no text, items or sub-headings). */
  empty: OutlineHeading[];
}


type Shape = 'prose' | 'list' | 'branch';

/** A heading that labels itself as one piece of work: "Goal: Improve our own Infrastructure". */
const WORK_LABEL = /^(goal|objective|initiative|epic|project|feature|theme|outcome|okr|bet)\s*\d*\s*[:：\-–—]\s*\S/i;
const WRAPPER_TITLE = /\b(roadmap|plans?|overview|initiatives|items|priorities|goals|themes|projects|features|milestones|direction|vision|objectives|summary)\b/i;

/** Content blocks that count as items: top-level list items and table rows (navigation excluded). */
function itemCount(blocks: RootContent[]): number {
  let count = 0;
  for (const block of blocks) {
    if (block.type === 'list' && !isNavigationList(block) && !isStatusList(block) && !isTaskList(block) && !isLegendList(block)) count += block.children.length;
    if (block.type === 'table' && readTable(block).kind === 'items') count += block.children.slice(1).filter((row) => plainText(row) !== '').length;
  }
  return count;
}

function proseCount(blocks: RootContent[]): number {
  return blocks.filter((block) => (block.type === 'paragraph' && plainText(block) !== '' && !isStatusLine(block)) || block.type === 'blockquote' || block.type === 'code').length;
}

function isListDominated(blocks: RootContent[]): boolean {
  const items = itemCount(blocks);
  const prose = proseCount(blocks);
  if (labelledLists(blocks) >= 2) return false;
  return items > 0 && (prose === 0 || (items >= 3 && items >= 2 * prose));
}

/**
 * Lists each introduced by a short line ("Goals", "Tasks", "The planned
 * artifacts are:"): the structured description of one piece of work, not a
 * list of separate initiatives.
 */
function labelledLists(blocks: RootContent[]): number {
  let count = 0;
  blocks.forEach((block, i) => {
    const before = blocks[i - 1];
    if ((block.type === 'list' || block.type === 'table') && before?.type === 'paragraph' && plainText(before).split(' ').length <= 12) count++;
  });
  return count;
}

/**
 * 'prose': the heading describes something in its own words (a leaf of
 * prose, or a heading whose own text comes before its sub-headings);
 * 'list': its content is mostly items; 'branch': it only groups sub-headings.
 */
function shapeOf(node: OutlineNode): Shape {
  // A heading that states its own status ("**Status**: In Progress") is one piece of work, even
  // one named by its period ("v2.5 (Q1 2025)"): its list is what that work consists of.
  if (!node.children.length && statusLineOf(node.blocks)) return 'prose';
  if (isTimeBucket(node.heading!)) return node.children.length ? 'branch' : 'list';
  if (node.children.length) return proseCount(node.blocks) > 0 && !isListDominated(node.blocks) ? 'prose' : 'branch';
  return isListDominated(node.blocks) ? 'list' : 'prose';
}

/** A heading that names a time bucket or status group ("Now", "Q1 2025", "Phase 2", "Completed") groups work. */
function isTimeBucket(heading: OutlineHeading): boolean {
  const bucket = bucketOf(heading.title);
  return !!bucket && bucket.kind !== 'version' && bucket.kind !== 'theme';
}

/** Closing, introduction or other non-work part (see ./meta.ts); undefined when the node may hold work. */
/** URLs of the links in a heading. */
function linksOf(heading: OutlineHeading): string[] {
  const urls: string[] = [];
  const visit = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'link') urls.push(node.url);
      if ('children' in node) visit(node.children as PhrasingContent[]);
    }
  };
  visit(heading.rich);
  return urls;
}

/** The status a section heading names: its words, or a link to its published release. */
function statusOfHeading(heading: OutlineHeading): Status {
  const named = statusOfSectionTitle(heading.title);
  return named === 'unknown' && linksOf(heading).some(isReleasedLink) ? 'done' : named;
}

function metaKind(node: OutlineNode): 'closing' | 'about' | undefined {
  const meta = metaOf(node.heading!.title, node.blocks, node.children.length > 0);
  if (!meta) return undefined;
  return meta.kind === 'closing' ? 'closing' : 'about';
}

/** `**Status:** In Progress` (colon inside or outside the bold), or a short `Status: Done`. */
export function isStatusLine(block: RootContent): boolean {
  if (block.type !== 'paragraph') return false;
  if (block.children[0]?.type === 'strong' && /^status\s*:?$/i.test(plainText(block.children[0]))) return true;
  const plain = /^status\s*:\s*(.+)$/i.exec(plainText(block).trim());
  return !!plain && plain[1]!.split(/\s+/).length <= 4 && normalizeStatus(plain[1]) !== 'unknown';
}

export function statusLineOf(blocks: RootContent[]): { status: Status; statusText: string } | undefined {
  for (const block of blocks) {
    if (!isStatusLine(block)) continue;
    const text = plainText(block).replace(/^status\s*:?\s*/i, '').replace(/^:\s*/, '');
    if (text) return { status: normalizeStatus(text), statusText: text };
  }
  return undefined;
}

function progressOf(blocks: RootContent[]): { status: Status; statusText: string } | undefined {
  for (const block of blocks) {
    const progress = (block.data as { progress?: number } | undefined)?.progress;
    if (typeof progress === 'number') {
      return { status: progress >= 100 ? 'done' : progress > 0 ? 'in-progress' : 'planned', statusText: `${progress}%` };
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
function displayBlocks(blocks: RootContent[]): RootContent[] {
  return blocks.map((block) => (block.type === 'list' ? { ...block, children: block.children.filter((item) => !isBareStatusItem(item)) } : block)).filter((block) => {
    if (block.type === 'list') return !isNavigationList(block) && block.children.length > 0;
    if (block.type === 'table') return !isNavigationTable(block) && block.children.slice(1).some((row) => plainText(row) !== '');
    if (block.type !== 'paragraph') return true;
    if (isStatusLine(block)) return false;
    if ((block.data as { progress?: number } | undefined)?.progress !== undefined) return false;
    // "**Documents:**" with nothing after it says nothing.
    if (block.children.length === 1 && block.children[0]!.type === 'strong' && /:$/.test(plainText(block))) return false;
    return plainText(block) !== '' || block.children.some((child) => child.type === 'image');
  });
}

function initiativeFromHeading(node: OutlineNode): InitiativeDraft {
  const heading = node.heading!;
  const split = splitTitleStatus(heading.rich.length ? heading.rich : [{ type: 'text', value: heading.title }]);
  const blocks = flattenBlocks(node);
  const own = statusLineOf(blocks) ?? progressOf(blocks) ?? statusFromBody(node.blocks);
  const released = !split.status && !own && linksOf(heading).some(isReleasedLink) ? { status: 'done' as const, statusText: 'Released' } : undefined;
  return {
    titleRich: split.titleRich,
    body: displayBlocks(blocks),
    position: heading.position,
    status: split.status ?? own?.status ?? released?.status,
    statusText: split.statusText ?? own?.statusText ?? released?.statusText,
  };
}

/**
 * In a list whose items name their work ("**Data Sources**" with its
 * checklist, "Name: …"), items that are plain sentences instead ("We welcome
 * contributions!", "Want to speak to us? …") talk about the list: they are
 * its introduction, not work.
 */
export function splitProseItems(list: List): { work: ListItem[]; prose: ListItem[] } {
  const titled = list.children.filter(isTitledItem);
  if (titled.length < 2 || titled.length < list.children.length * 0.6) return { work: list.children, prose: [] };
  const isSentence = (item: ListItem) => !isTitledItem(item) && item.children.length === 1 && /[.!?]\s*$/.test(plainText(item));
  return { work: list.children.filter((item) => !isSentence(item)), prose: list.children.filter(isSentence) };
}

/** Initiatives of a leaf section: list items and table rows, with the prose around them as intro. */
function itemsOf(blocks: RootContent[], titledOnly: boolean, tasksAreWork = false): { intro: RootContent[]; items: InitiativeDraft[] } | undefined {
  const intro: RootContent[] = [];
  const items: InitiativeDraft[] = [];
  for (const block of blocks) {
    if (block.type === 'list' && isStatusList(block) && items.length) {
      // "1. Item" followed by a "- Status: …" list that is not nested: the status is the item's.
      const last = items[items.length - 1]!;
      last.body.push(...displayBlocks([block]));
      const text = plainText(block).replace(/^status\s*:?\s*/i, '');
      if (!last.status && text) {
        last.status = normalizeStatus(text);
        last.statusText = text.replace(/[.;,(].*$/, '').trim() || text;
      }
      continue;
    }
    if (block.type === 'list' && !isNavigationList(block) && !isLegendList(block) && (tasksAreWork || !isTaskList(block))) {
      const { work, prose } = splitProseItems(block);
      if (prose.length) intro.push({ ...block, children: prose });
      items.push(...work.map(draftFromListItem).map((draft) => ({ ...draft, body: displayBlocks(draft.body) })));
      continue;
    }
    if (block.type === 'table' && readTable(block).kind === 'items') {
      items.push(...draftsFromTable(block));
      continue;
    }
    intro.push(block);
  }
  if (!items.length) return undefined;
  if (titledOnly) {
    const lists = blocks.filter((b): b is List => b.type === 'list' && !isNavigationList(b) && !isStatusList(b));
    const all = lists.flatMap((list) => list.children);
    if (all.length && all.filter(isTitledItem).length < all.length / 2) return undefined;
  }
  return { intro: displayBlocks(intro), items };
}

/**
 * The initiative heading depth of a page, if it has one: the level with the
 * most headings that describe something in prose (at least `minProse`, and
 * at least half of that level's headings).
 */
function initiativeDepth(nodes: OutlineNode[], minProse: number): number | undefined {
  const byDepth = new Map<number, { prose: number; total: number }>();
  for (const node of nodes) {
    const depth = node.heading!.depth;
    const entry = byDepth.get(depth) ?? { prose: 0, total: 0 };
    entry.total++;
    if (shapeOf(node) === 'prose') entry.prose++;
    byDepth.set(depth, entry);
  }
  const depths = [...byDepth.keys()].sort((a, b) => a - b).filter((depth) => {
    const { prose, total } = byDepth.get(depth)!;
    return prose >= minProse && prose >= total / 2;
  });
  let best: number | undefined;
  for (const depth of depths) if (best === undefined || byDepth.get(depth)!.prose > byDepth.get(best)!.prose) best = depth;
  return best;
}

export function extractStructure(outline: OutlineNode): Structure {
  const structure = extractWith(outline, 2);
  // A roadmap of a single initiative: one heading that describes work in prose is not
  // enough to tell initiatives from an intro, unless nothing else on the page is one.
  return structure.sections.length ? structure : extractWith(outline, 1);
}

function extractWith(outline: OutlineNode, minProse: number): Structure {
  const titleHeadings: OutlineHeading[] = [];
  const intro: RootContent[] = [...outline.blocks];
  let top = outline.children;
  // A lone heading at the top (an H1, or the only H2) titles the page: unwrap it. An H1 always
  // does ("# Kubernetes Roadmap 2025"); a lone lower heading that names a time bucket ("## Now")
  // groups work: it is a section, not the title.
  while (top.length === 1 && top[0]!.heading && (top[0]!.heading.depth === 1 || !isTimeBucket(top[0]!.heading))) {
    // Below the page's title, a lone heading wraps the roadmap only when it says so ("## Roadmap",
    // "## Our priorities"); a lone "## Security" is the one section the page has.
    if (titleHeadings.length && !WRAPPER_TITLE.test(top[0]!.heading.title)) break;
    titleHeadings.push(top[0]!.heading);
    intro.push(...top[0]!.blocks);
    top = top[0]!.children;
  }

  const closing: MetaPart[] = [];
  const about: MetaPart[] = [];
  const content: OutlineNode[] = [];
  const collect = (nodes: OutlineNode[]) => {
    for (const node of nodes) {
      const kind = metaKind(node);
      if (kind) {
        (kind === 'closing' ? closing : about).push({ heading: node.heading!, blocks: flattenBlocks(node) });
        continue;
      }
      content.push(node);
      collect(node.children);
    }
  };
  collect(top);
  const depth = initiativeDepth(content, minProse);

  const sections: SectionDraft[] = [];
  const sectionHeadings: OutlineHeading[] = [];
  const introParts: RootContent[] = [];
  const empty: OutlineHeading[] = [];
  let seenInitiative = false;
  /** Depth of the heading whose section took the latest initiatives. */
  let workDepth = 0;
  let implicit: SectionDraft | undefined;

  const sectionFor = (node: OutlineNode | undefined, context: OutlineHeading[]): SectionDraft => {
    if (!node) {
      implicit ??= { context: [], intro: [], initiatives: [], position: { line: 1, column: 1 } };
      if (!sections.includes(implicit)) sections.push(implicit);
      return implicit;
    }
    const existing = sections.find((s) => s.heading === node.heading);
    if (existing) return existing;
    const heading = node.heading!;
    const stated = statusLineOf(node.blocks) ?? progressOf(node.blocks);
    const fromTitle = statusOfHeading(heading);
    const inherited = [...context].reverse().map((h) => statusOfSectionTitle(h.title)).find((s) => s !== 'unknown');
    const section: SectionDraft = {
      heading,
      context,
      intro: [],
      initiatives: [],
      status: stated?.status ?? (fromTitle !== 'unknown' ? fromTitle : inherited),
      statusText: stated?.statusText,
      bucket: bucketOf(heading.title) ?? [...context].reverse().map((h) => bucketOf(h.title)).find(Boolean),
      position: heading.position,
    };
    sections.push(section);
    sectionHeadings.push(heading);
    return section;
  };

  const visit = (node: OutlineNode, parent: OutlineNode | undefined, context: OutlineHeading[]) => {
    if (metaKind(node)) return;
    const heading = node.heading!;
    const bucketOfItems = shapeOf(node) === 'list' && isTimeBucket(heading);
    if (depth !== undefined && heading.depth >= depth && !bucketOfItems) {
      sectionFor(parent, context.slice(0, -1)).initiatives.push(initiativeFromHeading(node));
      seenInitiative = true;
      workDepth = parent?.heading?.depth ?? 0;
      return;
    }
    if (node.children.length) {
      const section = sectionFor(node, context);
      section.intro.push(...displayBlocks(node.blocks));
      for (const child of node.children) visit(child, node, [...context, heading]);
      if (!section.initiatives.length && sections.includes(section)) {
        // A heading whose sub-headings all turned out to be their own sections.
        sections.splice(sections.indexOf(section), 1);
        if (section.intro.length) sections.find((s) => s.context.includes(heading))?.intro.unshift(...section.intro);
      }
      return;
    }
    // Under a period or status group ("Later", "Q3"), a checklist lists the work itself; under
    // anything else it is the steps of that one piece of work.
    // Under a period or status group every item is work, titled or not ("Backlog": one-line items),
    // unless the group states a status of its own (then it is one piece of work).
    const bucket = isTimeBucket(heading) && !statusLineOf(node.blocks);
    // A heading labelled as one unit of work ("Goal: …", "Epic: …") is one, whatever its list holds.
    if (WORK_LABEL.test(heading.title)) {
      sectionFor(parent, context.slice(0, -1)).initiatives.push(initiativeFromHeading(node));
      seenInitiative = true;
      workDepth = parent?.heading?.depth ?? 0;
      return;
    }
    const found = itemsOf(node.blocks, depth !== undefined && !bucket, bucket);
    // Above the initiative level, titled items make a section of initiatives even beside some prose.
    const container = found && (depth === undefined || isListDominated(node.blocks) || found.items.length >= 2 || proseCount(node.blocks) === 0);
    if (found && container) {
      const section = sectionFor(node, context);
      section.intro.push(...found.intro);
      section.initiatives.push(...found.items);
      seenInitiative = true;
      workDepth = heading.depth;
      return;
    }
    const shown = displayBlocks(node.blocks);
    // Prose before the work, or above the level the work was found at (a note after a release's
    // list of items), is context; prose beside the work is work.
    if (!seenInitiative || heading.depth < workDepth) {
      if (!shown.length) empty.push(heading);
      if (shown.length) introParts.push({ type: 'paragraph', children: [{ type: 'strong', children: heading.rich }] }, ...shown);
      return;
    }
    if (!shown.length && statusLineOf(node.blocks) === undefined) {
      empty.push(heading);
      return;
    }
    sectionFor(parent, context.slice(0, -1)).initiatives.push(initiativeFromHeading(node));
  };
  for (const node of top) visit(node, undefined, []);

  if (!sections.some((s) => s.initiatives.length)) {
    // No headings to speak of: the page's own list or table is the roadmap.
    const found = itemsOf(intro, false);
    if (found) {
      sectionFor(undefined, []).initiatives.push(...found.items);
      intro.splice(0, intro.length, ...found.intro);
    }
  }

  for (const part of about) introParts.push({ type: 'paragraph', children: [{ type: 'strong', children: part.heading.rich }] }, ...part.blocks);
  // Sections in page order: a section gathers initiatives from where its first one stands.
  const firstLine = (s: SectionDraft) => Math.min(...s.initiatives.map((i) => i.position.line));
  return {
    titleHeadings,
    intro: [...displayBlocks(intro), ...introParts],
    sections: sections.filter((s) => s.initiatives.length).sort((a, b) => firstLine(a) - firstLine(b)),
    closing,
    empty,
    sectionHeadings: sectionHeadings.length ? sectionHeadings : descendants(outline).map((n) => n.heading!).filter((h) => h.depth < (depth ?? 7)),
  };
}

export { positionOf };
