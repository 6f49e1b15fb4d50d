/**
 * The shape of a part of the page: how much of it is prose and how much are
 * items (list items, table rows), and what its heading says it is (a period
 * or status group, a unit of work, a wrapper of the whole roadmap).
 */
import type { ListItem, RootContent } from 'mdast';
import { isStatusList, isTaskList, isTitledItem, namesEach } from '../items.js';
import { isNavigationList } from '../navigation.js';
import { isLegendList } from '../legend.js';
import { plainText } from '../markdown.js';
import { metaOf } from '../meta.js';
import type { OutlineHeading, OutlineNode } from '../outline.js';
import { bucketOf } from '../period.js';
import { statusOfSectionTitle } from '../status.js';
import { isPlaceholder, readTable } from '../table.js';
import { hasDetailLines, isStatusLine, statusLineOf } from './blocks.js';

export type Shape = 'prose' | 'list' | 'branch';

/** A heading that labels itself as one piece of work: "Goal: Improve our own Infrastructure". */
export const WORK_LABEL =
  /^(goal|objective|initiative|epic|project|feature|theme|outcome|okr|bet)\s*\d*\s*[:：\-–—]\s*\S/i;
export const WRAPPER_TITLE =
  /\b(roadmap|plans?|overview|initiatives|items|priorities|goals|themes|projects|features|milestones|direction|vision|objectives|summary)\b/i;

/**
 * Content blocks that count as items: top-level list items and table rows (navigation excluded). A
 * checklist counts when each box names its work in bold ("- [ ] **Voice input** — …"): a list of work,
 * as itemsOf reads it; the boxes of an area's checklist are the steps of one piece of work.
 */
export function itemCount(blocks: RootContent[]): number {
  let count = 0;
  for (const block of blocks) {
    if (
      block.type === 'list' &&
      !isNavigationList(block) &&
      !isStatusList(block) &&
      (!isTaskList(block) || namesEach(block)) &&
      !isLegendList(block)
    )
      count += block.children.length;
    if (block.type === 'table' && readTable(block).kind === 'items')
      count += block.children.slice(1).filter((row) => plainText(row) !== '').length;
  }
  return count;
}

/** Blocks of a heading's own words; not a note set aside in a quote ("> **NOTE:** This list is incomplete"). */
export function proseCount(blocks: RootContent[]): number {
  return blocks.filter(
    (block) =>
      (block.type === 'paragraph' && plainText(block) !== '' && !isStatusLine(block)) ||
      (block.type === 'blockquote' && !NOTE.test(plainText(block).trim())) ||
      block.type === 'code',
  ).length;
}

const NOTE = /^(\[!)?(note|warning|caution|important|tip)\b\]?\s*:?/i;

export function isListDominated(blocks: RootContent[]): boolean {
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
    if (
      (block.type === 'list' || block.type === 'table') &&
      before?.type === 'paragraph' &&
      plainText(before).split(' ').length <= 12
    )
      count++;
  });
  return count;
}

/**
 * 'prose': the heading describes something in its own words (a leaf of
 * prose, or a heading whose own text comes before its sub-headings);
 * 'list': its content is mostly items; 'branch': it only groups sub-headings.
 */
export function shapeOf(node: OutlineNode): Shape {
  // A heading that states its own status ("**Status**: In Progress") is one piece of work, even
  // one named by its period ("v2.5 (Q1 2025)"): its list is what that work consists of.
  if (!node.children.length && statusLineOf(node.blocks)) return 'prose';
  // Detail lines of its own ("**Goal**: …", "**Deliverables**:", "**Success Criteria**: …") describe one
  // piece of work, even one named as a phase ("Phase 2: Storage"): its list is what it delivers.
  if (!node.children.length && hasDetailLines(node.blocks)) return 'prose';
  // One item alone under a heading that is not a period or status group describes the heading's
  // work ("## 2. Grow the contributor base" over one long sentence): the heading names it.
  if (!node.children.length && loneItem(node.blocks) && !isTimeBucket(node.heading!)) return 'prose';
  if (
    isTimeBucket(node.heading!) ||
    groupAmongBuckets(node) ||
    releaseChecklist(node) ||
    statusAmongGroups(node) ||
    namesTheRoadmap(node.heading!)
  )
    return node.children.length ? 'branch' : 'list';
  // Items that are only labels over their own lists, the same labels under other headings too
  // ("Source repositories", "Backlogs"), structure one piece of work, as sub-headings would. Labels
  // of their own ("IO Improvements", "Work Scheduling") name pieces of work: the heading lists them.
  if (!node.children.length && labelItemsOnly(node.blocks) && labelsRecur(node)) return 'prose';
  if (node.children.length) {
    if (introducesLists(node)) return 'branch';
    return proseCount(node.blocks) > 0 && !isListDominated(node.blocks) ? 'prose' : 'branch';
  }
  return isListDominated(node.blocks) ? 'list' : 'prose';
}

/**
 * A heading whose own text is one paragraph over sub-headings that each hold a list of work under a
 * status, a period or a work-list title: the paragraph introduces the lists, and the heading groups
 * them ("# Version 2" / "The aim for 2.0 is…" / "## Planned for 2.0" over its
 * list). Sub-headings such as "Tasks" or "Design" under a feature are its details instead.
 */
function introducesLists(node: OutlineNode): boolean {
  return (
    proseCount(node.blocks) === 1 &&
    itemCount(node.blocks) === 0 &&
    node.children.some(holdsWorkList) &&
    node.children.every(
      (child) => holdsWorkList(child) || placeholderOnly(child) || metaOf(child.heading!.title, child.blocks, false),
    )
  );
}

/** A release as a heading names it: "v2.1", "Release 3.0", or a component and its version ("Registry 2.1"). */
export function namesARelease(title: string): boolean {
  return (
    bucketOf(title)?.kind === 'version' ||
    /^\p{L}[\p{L}\p{N} ._-]{0,30}\s+v?\d+\.\d+(\.\d+)?$/u.test(title.trim()) ||
    // "v.1.3.0 (2024.12)", written with a stray full stop.
    /^v\.?\s?\d+(\.\d+)+\b/i.test(title.trim())
  );
}

/** A leaf heading whose whole text holds a place ("#### Registry 2.2" / "TBD"): nothing in it yet. */
export function placeholderOnly(node: OutlineNode): boolean {
  const text = node.blocks
    .map((block) => plainText(block))
    .join(' ')
    .trim();
  return !node.children.length && !!text && isPlaceholder(text);
}

/** A leaf heading titled as a status, period or list of work, whose text is mostly three or more items. */
function holdsWorkList(node: OutlineNode): boolean {
  const items = itemCount(node.blocks);
  const title = node.heading!.title;
  return (
    !node.children.length &&
    items >= 3 &&
    items >= 2 * proseCount(node.blocks) &&
    (statusOfSectionTitle(title) !== 'unknown' ||
      isTimeBucket(node.heading!) ||
      namesARelease(title) ||
      WORK_LIST_TITLE.test(title))
  );
}

/** The blocks are one list of one item (not a checklist box), and nothing else but blank lines. */
function loneItem(blocks: RootContent[]): boolean {
  const shown = blocks.filter((b) => b.type !== 'html' && b.type !== 'definition' && b.type !== 'thematicBreak');
  const [only] = shown;
  return (
    shown.length === 1 &&
    only?.type === 'list' &&
    only.children.length === 1 &&
    typeof only.children[0]!.checked !== 'boolean' &&
    // An item that names its own work ("**Plugin API:** …") is that work, under whatever heading.
    !isTitledItem(only.children[0]!)
  );
}

/**
 * A heading titled by a status alone ("Planned 📅") beside status groups ("Completed ✅", "In Progress")
 * is one of them: siblings are read alike, though "planned" alone names no group on its own.
 */
export function statusAmongGroups(node: OutlineNode): boolean {
  const words = node
    .heading!.title.replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .trim()
    .split(/\s+/);
  if (words.length > 3 || statusOfSectionTitle(node.heading!.title) === 'unknown') return false;
  return (node.parent?.children ?? []).some(
    (peer) => peer !== node && !!peer.heading && bucketOf(peer.heading.title)?.kind === 'status',
  );
}

/**
 * A heading (or a line used as one) that says its list is the roadmap ("Roadmap", "Milestones",
 * "Ahem, this is the real roadmap:", "CheckList (not exhaustive)"): each of its items, checklist boxes
 * too, is a piece of work.
 */
export function namesTheRoadmap(heading: OutlineHeading): boolean {
  return /\b(road\s?map|milestones|check\s?-?list)\b/i.test(heading.title);
}

/**
 * A sub-heading whose title recurs under a sibling group ("### Security" under "## Planning" and
 * under "## Backlog") names an area the groups share, not a piece of work (a piece of work is
 * planned once): like its group, it holds work, one item per line or box.
 */
export function recurringArea(node: OutlineNode): boolean {
  const parent = node.parent;
  if (!parent?.heading || node.children.length || !node.heading) return false;
  // Sub-headings of one group are read alike: where half or more of them recur (two at least), all are areas.
  const leaves = parent.children.filter((child) => !child.children.length);
  const recurring = leaves.filter((leaf) => recurs(leaf, parent)).length;
  return recurring >= 2 && recurring * 2 >= leaves.length;
}

function recurs(node: OutlineNode, parent: OutlineNode): boolean {
  const key = areaKey(node.heading!.title);
  return (parent.parent?.children ?? [])
    .filter((group) => group !== parent)
    .some((group) => group.children.some((child) => child.heading && areaKey(child.heading.title) === key));
}

const areaKey = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A heading whose whole text is a checklist, under a heading that names the release it leads to
 * ("## Roadmap to 1.0.0" over "#### Wireless" and its boxes): an area of that release, whose boxes are
 * its pieces of work, as a release's own checklist is. (Under a period or a phase, or a heading that
 * names nothing of the kind, such a checklist is the steps of one piece of work.)
 */
export function checklistInPlan(node: OutlineNode): boolean {
  if (node.children.length || !node.heading) return false;
  // The boxes first and most of its text; a closing line after them may stand at the end of the page.
  const shown = node.blocks.filter((b) => b.type !== 'html' && b.type !== 'definition' && b.type !== 'thematicBreak');
  const lists = shown.filter((b) => b.type === 'list');
  if (
    !lists.length ||
    shown[0]?.type !== 'list' ||
    !lists.every((b) => b.type === 'list' && isTaskList(b)) ||
    shown.length - lists.length > 1
  )
    return false;
  for (let up = node.parent; up?.heading; up = up.parent)
    if (namesARelease(up.heading.title) || RELEASE_PLAN.test(up.heading.title)) return true;
  return false;
}

/** "Roadmap to 1.0.0", "Road to v2", "Plan for 3.0": a heading that names the release the plan leads to. */
const RELEASE_PLAN = /\b(road\s?map|road|plan|path)\s+(to|for|towards)\s+v?\d+(\.\d+)*\b/i;

/**
 * A heading beside two or more period groups ("Near-Term", "Long-Term") that holds named items as they
 * do ("### On-Demand" over "**GCP Executors** — …"): a group like them, whatever its title says.
 */
export function groupAmongBuckets(node: OutlineNode): boolean {
  if (node.children.length || !node.heading || isTimeBucket(node.heading)) return false;
  // Peers titled by their period alone ("Long-Term", "Q3 2025"), not work that names a phase ("Publishing (Phase 1)").
  const buckets = (node.parent?.children ?? []).filter(
    (peer) =>
      peer !== node && peer.heading && isTimeBucket(peer.heading) && peer.heading.title.trim().split(/\s+/).length <= 3,
  );
  if (buckets.length < 2) return false;
  const items = node.blocks.flatMap((b) => (b.type === 'list' ? b.children : []));
  return items.length >= 2 && items.every(isTitledItem) && proseCount(node.blocks) <= 1;
}

/** A heading that names a time bucket or status group ("Now", "Q1 2025", "Phase 2", "Completed") groups work. */
export function isTimeBucket(heading: OutlineHeading): boolean {
  const bucket = bucketOf(heading.title);
  return !!bucket && bucket.kind !== 'version' && bucket.kind !== 'theme';
}

/** An item that is only a short label ("Backlogs", "Source repositories") over a list of its own. */
function isLabelItem(item: ListItem): boolean {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph' || !rest.some((child) => child.type === 'list')) return false;
  const text = plainText(first).trim();
  return (
    text.split(/\s+/).length <= 3 && !/[.!?:,;]$/.test(text) && first.children.every((node) => node.type === 'text')
  );
}

const labelsOf = (blocks: RootContent[]) =>
  blocks
    .flatMap((block) => (block.type === 'list' ? block.children : []))
    .filter(isLabelItem)
    .map((item) => plainText(item.children[0]!).trim().toLowerCase());

/** Whether most of a heading's labels also label items under another heading of the page. */
function labelsRecur(node: OutlineNode): boolean {
  let root = node;
  while (root.parent) root = root.parent;
  const elsewhere = new Set<string>();
  const walk = (n: OutlineNode) => {
    if (n !== node) for (const label of labelsOf(n.blocks)) elsewhere.add(label);
    n.children.forEach(walk);
  };
  walk(root);
  const own = labelsOf(node.blocks);
  return own.filter((label) => elsewhere.has(label)).length * 2 >= own.length;
}

/** Blocks whose lists hold only label items, at least two of them. */
function labelItemsOnly(blocks: RootContent[]): boolean {
  const items = blocks.flatMap((block) => (block.type === 'list' ? block.children : []));
  return items.length >= 2 && items.every(isLabelItem);
}

/**
 * A heading holding a list of plain points — sentences, not names ("Make
 * part 0 of Alpha better.") — beside sibling headings that describe their
 * work in prose is, like them, one piece of work: siblings are read alike.
 */
export function isPointsOfWork(node: OutlineNode, siblings: OutlineNode[]): boolean {
  if (node.children.length || shapeOf(node) !== 'list' || isTimeBucket(node.heading!)) return false;
  // Read alike with the siblings that set the tone: two or more in prose, or more in prose than in lists.
  const others = siblings.filter((s) => s !== node && !s.children.length);
  const prose = others.filter((s) => shapeOf(s) === 'prose').length;
  const lists = others.filter((s) => shapeOf(s) === 'list').length;
  // A release's list is what it delivers, as a release described in prose beside it ("v1.0.0: goes GA");
  // a release whose whole text is a checklist holds one item per box (releaseChecklist).
  const release = bucketOf(node.heading!.title)?.kind === 'version' && !releaseChecklist(node);
  if (prose < 2 && prose <= lists && !release) return false;
  const items = node.blocks.flatMap((block) => (block.type === 'list' ? block.children : []));
  if (
    !items.length ||
    items.filter(isTitledItem).length >= items.length / 2 ||
    node.blocks.some((b) => b.type === 'table')
  )
    return false;
  // Points are sentences; a list of names ("Consistent v1 API") is a list of work.
  const texts = items.map((item) => plainText(item.children[0] ?? []).trim());
  const sentences = texts.filter((t) => /[.!]$/.test(t)).length;
  const meanWords = texts.reduce((n, t) => n + t.split(/\s+/).length, 0) / texts.length;
  return sentences >= texts.length / 2 || meanWords >= 10;
}

/**
 * A heading's own list of at least three items, before its sub-headings, that is most of its own
 * text: what it says about its own topic, as much a piece of work as a heading without sub-headings.
 * Not a list that announces the sub-headings ("we identified three areas of work:", one item each).
 */
export function ownWork(node: OutlineNode): boolean {
  // A checklist counts here ("## Maintenance:" over its ticked boxes, then "### CLI"): its boxes are
  // what the heading itself delivers, beside the parts below it.
  const tasks = node.blocks.reduce((n, b) => n + (b.type === 'list' && isTaskList(b) ? b.children.length : 0), 0);
  const items = itemCount(node.blocks) + tasks;
  const announced = node.blocks.some((b) => b.type === 'paragraph' && /:\s*$/.test(plainText(b)));
  return (
    items >= 3 &&
    items !== node.children.length &&
    !announced &&
    (isListDominated(node.blocks) || tasks >= 2 * proseCount(node.blocks)) &&
    !isTimeBucket(node.heading!)
  );
}

/**
 * A release heading ("v0.3", "## 1.2.0") whose whole text is a checklist: the release's items, one
 * piece of work each, as under a period. (An area's checklist, "SQL layer" over its tasks, is the
 * steps of one piece of work.)
 */
export function releaseChecklist(node: OutlineNode): boolean {
  if (node.children.length || !namesARelease(node.heading!.title)) return false;
  const shown = node.blocks.filter((b) => b.type !== 'html' && b.type !== 'definition');
  return shown.length > 0 && shown.every((b) => b.type === 'list' && isTaskList(b));
}

/** Titles of a list of work: "Initiatives on X's Roadmap", "Planned features", "Deliverables", "Work items". */
const WORK_LIST_TITLE = /\b(initiatives|deliverables|work\s+items|planned\s+(features|work|items))\b/i;

/** The sub-heading of a node that names a list of the work (three or more items, nothing below it). */
export function workListOf(node: OutlineNode): OutlineNode | undefined {
  return node.children.find(
    (child) =>
      WORK_LIST_TITLE.test(child.heading!.title) &&
      !child.children.length &&
      isListDominated(child.blocks) &&
      itemCount(child.blocks) >= 3,
  );
}
