/**
 * Checklists under sibling headings: the steps of one piece of work each, or lists of work box by box.
 * An area's checklist ("### Desktop" over "- [ ] Declarative window management") is read as the steps
 * of the heading's work, unless the page's boxes show that each is tracked on its own: a box over
 * boxes of its own or over two lines of detail, or a box linked to its own issue (a pull request is a
 * step taken, not a request for work).
 */
import type { List, ListItem, RootContent } from 'mdast';
import { isTaskList } from '../item-lists.js';
import { plainText, shownBlocks } from '../markdown.js';
import { nameAfterRelease } from '../period-names.js';
import { bucketOf, isReleaseSeries } from '../period.js';
import { isBareStatus, normalizeStatus } from '../status.js';
import {
  isTimeBucket,
  namesARelease,
  namesMoreWork,
  namesSmallWork,
  namesTheRoadmap,
  recurringArea,
  statusAmongGroups,
} from './groups.js';
import type { OutlineNode } from '../outline.js';
import { isNoteAside, proseCount, statusLineOf } from './blocks.js';

/** A link to one issue by its number (GitHub, GitLab, Gitea). */
const ONE_ISSUE = /\/issues\/\d+(?:[/?#].*)?$/;

/** The checklists that are the whole text of a leaf heading, or undefined. */
function checklistsOnly(node: OutlineNode): List[] | undefined {
  if (node.children.length) return undefined;
  const shown = shownBlocks(node.blocks).filter((block) => !isNoteAside(block));
  const lists = shown.filter((block): block is List => block.type === 'list' && isTaskList(block));
  return lists.length && lists.length === shown.length ? lists : undefined;
}

const linksOneIssue = (node: RootContent | ListItem): boolean =>
  (node.type === 'link' && ONE_ISSUE.test(node.url)) ||
  ('children' in node && (node.children as RootContent[]).some(linksOneIssue));

/** A box tracked on its own: over boxes of its own or two lines of detail, or its line links its issue. */
function trackedBox(item: ListItem): boolean {
  if (typeof item.checked !== 'boolean') return false;
  const [line, ...rest] = item.children;
  const parts = rest.some(
    (block) =>
      block.type === 'list' &&
      (block.children.length >= 2 || block.children.some((sub) => typeof sub.checked === 'boolean')),
  );
  return parts || (line !== undefined && linksOneIssue(line));
}

/** Whether a part's own lists (before its sub-headings) hold a box tracked on its own. */
const holdsTrackedBox = (part: OutlineNode): boolean =>
  part.blocks.some((block) => block.type === 'list' && isTaskList(block) && block.children.some(trackedBox));

interface Family {
  /** The parent and the siblings that hold a tracked box. */
  tracking: number;
  /** Sibling headings whose whole text is checklists, and those of them that hold a tracked box. */
  areas: number;
  trackedAreas: number;
}

/** What a heading's parent and siblings show, read once for all the siblings. */
const families = new WeakMap<OutlineNode, Family>();

function familyOf(node: OutlineNode): Family {
  const key = node.parent ?? node;
  let family = families.get(key);
  if (!family) {
    const siblings = node.parent?.children ?? [node];
    const areas = siblings.filter((sibling) => checklistsOnly(sibling));
    family = {
      tracking: [...(node.parent ? [node.parent] : []), ...siblings].filter(holdsTrackedBox).length,
      areas: areas.length,
      trackedAreas: areas.filter(holdsTrackedBox).length,
    };
    families.set(key, family);
  }
  return family;
}

/**
 * Whether a heading's checklist lists pieces of work, one per box: two or more parts of its family (its
 * parent, its siblings, its sub-headings) hold a box tracked on its own, and so do half at least of the
 * sibling headings over checklists alone. `own`: the heading's own boxes, before its sub-headings, are
 * weighed (otherwise it must be a leaf whose whole text is checklists).
 */
export function boxesAreWork(node: OutlineNode, own = false): boolean {
  const cache = own ? ownAnswers : leafAnswers;
  let answer = cache.get(node);
  if (answer === undefined) {
    answer = weigh(node, own);
    cache.set(node, answer);
  }
  return answer;
}

/** Answers already given, by heading: shapes are read many times over. */
const leafAnswers = new WeakMap<OutlineNode, boolean>();
const ownAnswers = new WeakMap<OutlineNode, boolean>();

function weigh(node: OutlineNode, own: boolean): boolean {
  if (own ? !node.blocks.some((b) => b.type === 'list' && isTaskList(b)) : !checklistsOnly(node)) return false;
  const family = familyOf(node);
  if (family.tracking + node.children.filter(holdsTrackedBox).length < 2) return false;
  return family.trackedAreas * 2 >= family.areas;
}

/** "Roadmap to 1.0.0", "Road to v2", "Plan for 3.0": a heading that names the release the plan leads to. */
const RELEASE_PLAN = /\b(road\s?map|road|plan|path)\s+(to|for|towards)\s+v?\d+(\.\d+)*\b/i;

/**
 * A heading whose whole text is a checklist, under a heading that names the release it leads to
 * ("## Roadmap to 1.0.0" over "#### Wireless" and its boxes) or a series of releases ("### v1.x" over
 * "#### Additions"): an area of that release, whose boxes are
 * its pieces of work, as a release's own checklist is; so is one among sibling checklists that show
 * their boxes are separate pieces of work (checklistsOfSeparateWork). (Under a period or a phase, or a
 * heading that names nothing of the kind, such a checklist is the steps of one piece of work.)
 */
export function checklistInPlan(node: OutlineNode): boolean {
  // (A release's own checklist is weighed as a release: releaseChecklist.)
  const title = node.heading?.title ?? '';
  if (!isChecklistArea(node) || nameAfterRelease(title) || namesARelease(title) || bucketOf(title)?.kind === 'version')
    return false;
  for (let up = node.parent; up?.heading; up = up.parent)
    if (namesARelease(up.heading.title) || isReleaseSeries(up.heading.title) || RELEASE_PLAN.test(up.heading.title))
      return true;
  // A checklist titled by a kind of separate work ("### Features ✨" over its boxes) lists that work.
  return namesSeparateWork(node) || checklistsOfSeparateWork(node);
}

/** A title that names a kind of separate work, its decoration aside: "Features ✨", "Integrations". */
const namesSeparateWork = (node: OutlineNode) =>
  SEPARATE_WORK.test(node.heading!.title.replace(/[^\p{L}\p{N})]+$/u, '').trim());

function mostlyBoxes(list: List): boolean {
  const boxed = list.children.filter(
    (item) =>
      typeof item.checked === 'boolean' || item.children.some((child) => child.type === 'list' && isTaskList(child)),
  );
  return boxed.length * 2 >= list.children.length;
}

/** A heading without sub-headings whose text is a checklist: the boxes first and most of its text. */
function isChecklistArea(node: OutlineNode): boolean {
  if (node.children.length || !node.heading) return false;
  // A closing line after the boxes may stand at the end of the page.
  const shown = shownBlocks(node.blocks);
  const lists = shown.filter((b) => b.type === 'list');
  return (
    lists.length > 0 &&
    shown[0]?.type === 'list' &&
    // Mostly boxes: a label over its own boxes ("IDE support" over "[x] VS Code") counts as one.
    lists.every((b) => b.type === 'list' && (isTaskList(b) || mostlyBoxes(b))) &&
    shown.length - lists.length <= 1
  );
}

/** Plural words for kinds of separate pieces of work: "Features", "Technical Improvements", "Built-in components". */
const SEPARATE_WORK = /\b(features|improvements|enhancements|components|integrations|fixes|capabilities)$/i;

/**
 * Sibling headings that are all checklists, where the page shows that a box is a piece of work of its
 * own: one of them is titled by a kind of separate work ("Technical Improvements", "Built-in
 * components") or names a release, or most boxes of one state their own status ("Upload screen
 * (under development)"), or boxes of one have parts of their own.
 * Then every sibling's boxes are work, read alike. (Checklists under headings that name an area or a
 * topic, with nothing of the kind, are each the steps of one piece of work.)
 */
function checklistsOfSeparateWork(node: OutlineNode): boolean {
  const peers = (node.parent?.children ?? []).filter((peer) => peer.heading?.depth === node.heading!.depth);
  if (peers.length < 2 || !peers.every(isChecklistArea)) return false;
  // A release among them ("Compiler v1.0" over its boxes) delivers its boxes as separate pieces of work.
  return peers.some(
    (peer) =>
      namesSeparateWork(peer) || boxesStateStatus(peer) || boxesWithParts(peer) || namesARelease(peer.heading!.title),
  );
}

/**
 * Three boxes or more that have parts of their own, two or more listed under each ("- [ ] Scene
 * system" over "worlds", "entities"): each box is a piece of work with its parts, not a step. (A
 * note under a box, "PR #12", is no part.)
 */
function boxesWithParts(node: OutlineNode): boolean {
  const boxes = node.blocks.flatMap((b) => (b.type === 'list' ? b.children : []));
  return (
    boxes.filter(
      (box) =>
        typeof box.checked === 'boolean' && box.children.some((c) => c.type === 'list' && c.children.length >= 2),
    ).length >= 3
  );
}

/** Most of the boxes end with a status of their own in brackets: "(under development)", "(in progress)". */
function boxesStateStatus(node: OutlineNode): boolean {
  const boxes = node.blocks.flatMap((b) => (b.type === 'list' ? b.children : []));
  const stated = boxes.filter((box) => {
    const remark = /\(([^()]{2,40})\)\s*$/.exec(plainText(box.children[0] ?? box).trim())?.[1];
    return !!remark && normalizeStatus(remark) !== 'unknown';
  });
  return boxes.length >= 2 && stated.length * 2 >= boxes.length;
}

/**
 * A release heading ("v0.3", "## 1.2.0") whose whole text is a checklist: the release's items, one
 * piece of work each, as under a period. (An area's checklist, "SQL layer" over its tasks, is the
 * steps of one piece of work.)
 */
export function releaseChecklist(node: OutlineNode): boolean {
  // A series of releases ("## v5.x") over boxes alone holds the work of its releases, as one does.
  const title = node.heading!.title;
  if (node.children.length || !(namesARelease(title) || isReleaseSeries(title))) return false;
  // A release the page names for what it brings ("v0.1.0 — Foundation") is that piece of work; its
  // boxes are its steps.
  if (nameAfterRelease(node.heading!.title)) return false;
  // A note set aside ("> [!NOTE] The milestone was split") remarks on the release; it holds none of its
  // work. A rule drawn before the next part ("----") says nothing.
  const shown = shownBlocks(node.blocks).filter((b) => !isNoteAside(b));
  // Paragraphs that introduce the release before its first checklist, and short labels over the later
  // ones ("From 0.0.13" over the boxes carried over), leave its boxes what it delivers.
  const firstList = shown.findIndex((b) => b.type === 'list');
  const label = (b: RootContent, i: number) =>
    b.type === 'paragraph' &&
    (i < firstList || (plainText(b).split(/\s+/).length <= 6 && shown[i + 1]?.type === 'list'));
  return firstList !== -1 && shown.every((b, i) => (b.type === 'list' && isTaskList(b)) || label(b, i));
}

/**
 * A period's or status group's own checklist, before the headings under it ("## Updates (TODO)" over
 * four boxes, then "### Future plans"): its work, box by box, as a period's checklist is without them.
 */
export function bucketChecklist(node: OutlineNode): boolean {
  if (!node.heading || !isTimeBucket(node.heading)) return false;
  return node.blocks.some((b) => b.type === 'list' && isTaskList(b)) && proseCount(node.blocks) <= 1;
}

/**
 * Whether a leaf heading's list holds work item by item, titled or not ("Backlog": one-line items): under
 * a period or status group (or between two that hold checklists), a checklist under a heading that only
 * names more work ("Additional"), a release's checklist, a part that names the roadmap, an area its sibling
 * groups share, a release above the initiative level, or boxes tracked one by one; unless the heading
 * states a status of its own (then it is one piece of work). Elsewhere a checklist is the steps of one
 * piece of work.
 */
export function listsItsWork(node: OutlineNode, depth: number | undefined): boolean {
  const heading = node.heading!;
  return (
    (isTimeBucket(heading) ||
      releaseChecklist(node) ||
      statusAmongGroups(node) ||
      namesTheRoadmap(heading) ||
      recurringArea(node) ||
      checklistAmongBuckets(node) ||
      ((namesMoreWork(heading) || namesSmallWork(heading)) && !!checklistsOnly(node)) ||
      checklistInPlan(node) ||
      (depth !== undefined && heading.depth < depth && !node.children.length && namesARelease(heading.title)) ||
      boxesAreWork(node)) &&
    !statusLineOf(node.blocks)
  );
}

/**
 * A checklist alone under a heading between periods or status groups that hold theirs ("## In the mix"
 * between "## Must have" and "## Later"): a group like them, its boxes its work, as groupAmongBuckets
 * reads named items. (After them, "## Rollback criteria" or "## Before every release" are no group.)
 */
function checklistAmongBuckets(node: OutlineNode): boolean {
  if (!checklistsOnly(node) || isTimeBucket(node.heading!)) return false;
  const peers = node.parent?.children ?? [];
  const at = peers.indexOf(node);
  const bucket = (peer: OutlineNode | undefined) =>
    !!peer?.heading && isTimeBucket(peer.heading) && !!checklistsOnly(peer);
  return bucket(peers[at - 1]) && bucket(peers[at + 1]);
}

/** A key of status words alone ("- [x] done", "- [ ] = planned"): what the boxes mean, not work. */
export function keyOfStatusWords(list: List): boolean {
  return list.children.every((item) => isBareStatus(plainText(item)) || /^[^\p{L}\p{N}]/u.test(plainText(item).trim()));
}
