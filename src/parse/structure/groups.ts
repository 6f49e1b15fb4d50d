/**
 * What a heading says it groups: a period or status group, a release and its areas, the roadmap's
 * own list, an area shared by sibling groups, a place held for work to come. The shape of a part
 * (./shape.ts) reads these first; checklists under headings are read in ./checklists.ts.
 */
import { groupsOnly } from '../group-titles.js';
import { isTitledItem } from '../items.js';
import { isPeriodLabel } from '../leads.js';
import { plainText } from '../markdown.js';
import type { OutlineHeading, OutlineNode } from '../outline.js';
import { bucketOf, groupsByTime, isReleaseNumber } from '../period.js';
import { nameAfterRelease } from '../period-names.js';
import { namesOnlyAStatus, statusOfSectionTitle } from '../status.js';
import { isPlaceholder } from '../table.js';
import { proseCount } from './blocks.js';
import { datedWork, GENERIC_WORK } from './dated-titles.js';

/** A release as a heading names it: "v2.1", "Release 3.0", or a component and its version ("Registry 2.1"). */
export function namesARelease(heading: string): boolean {
  // An emoji at either end decorates the title: "1.1.0 📦".
  const title = heading.replace(DECORATION_AT_ENDS, '');
  return (
    bucketOf(title)?.kind === 'version' ||
    // A bare version number: "0.3", "1.1+", "2.x".
    isReleaseNumber(title) ||
    /^\p{L}[\p{L}\p{N} ._-]{0,30}\s+v?\d+\.\d+(\.\d+)?$/u.test(title.trim()) ||
    // "v.1.3.0 (2024.12)", written with a stray full stop.
    /^v\.?\s?\d+(\.\d+)+\b/i.test(title.trim()) ||
    // A release's number before its stage or date: "0.1.0 - CTP", "0.x.0 - Beta", "0.7.0 — Mid November 2018"
    // (not before a name of what it brings, "1.3 - Voice Interaction": that names a piece of work).
    (/^v?\d+(\.(\d+|x))+\+?\s*[-–—:]\s+\S/i.test(title.trim()) && !nameAfterRelease(title)) ||
    // A release named by its stage: "Alpha 2", "MVP", "Beta release".
    RELEASE_STAGE.test(title.trim())
  );
}

/** Whether a heading above this part names a release ("v1.0.0 - Production Release" › "### Status"). */
export function releaseAbove(node: OutlineNode): boolean {
  for (let up = node.parent; up?.heading; up = up.parent) if (namesARelease(up.heading.title)) return true;
  return false;
}

const DECORATION_AT_ENDS = /^(?:\p{Extended_Pictographic}|\uFE0F|\s)+|(?:\p{Extended_Pictographic}|\uFE0F|\s)+$/gu;

/** A leaf heading whose title only holds a place ("#### …  // more welcome", "### TBD"), with nothing else under it. */
export function namesNothing(node: OutlineNode): boolean {
  return !!node.heading && isPlaceholder(node.heading.title) && placeholderOnly(node);
}

/**
 * A leaf heading whose whole text holds a place ("#### Registry 2.2" / "TBD"): nothing in it yet. So
 * does a group's whose few words say it holds no work yet ("## Later" / "Nothing is planned yet.").
 */
export function placeholderOnly(node: OutlineNode): boolean {
  const text = node.blocks
    .map((block) => plainText(block))
    .join(' ')
    .trim();
  if (node.children.length) return false;
  if (node.heading && groupsOnly(node.heading.title) && saysNoWorkYet(node.blocks, text)) return true;
  // "#### …  // more welcome" with nothing under it: a heading that only holds a place.
  return text ? isPlaceholder(text) : !!node.heading && isPlaceholder(node.heading.title);
}

/** Words that say a group holds no work yet: "Nothing is planned yet", "No items at this time". */
const NO_WORK_YET =
  /\b(?:not\s+(?:yet\s+)?identified\s+any|no\s+(?:[\w-]+\s+){0,2}?(?:tasks?|work|items?|features?|plans?)\s+(?:(?:are|is)\s+)?(?:yet|identified|planned|scheduled|at\s+this\s+time|for\s+now)|nothing\s+(?:is\s+)?(?:planned|scheduled)(?:\s+yet)?\s*[.!]?$|none\s+(?:yet|planned|at\s+this\s+time))/i;

/** One or two short paragraphs (forty words at most) that say there is no work under the heading yet. */
const saysNoWorkYet = (blocks: OutlineNode['blocks'], text: string): boolean =>
  blocks.length > 0 &&
  blocks.length <= 2 &&
  blocks.every((block) => block.type === 'paragraph') &&
  text.split(/\s+/).length <= 40 &&
  NO_WORK_YET.test(text);

/**
 * A heading titled by a status alone ("Planned 📅") beside status groups ("Completed ✅", "In Progress")
 * is one of them: siblings are read alike, though "planned" alone names no group on its own.
 */
export function statusAmongGroups(node: OutlineNode): boolean {
  const words = node
    .heading!.title.replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .trim()
    .split(/\s+/);
  // Its words say the status: a sign beside other words ("📅 Release History") makes no status group (a
  // sign alone, "## 🔮", does).
  if (words.length > 3 || statusOfSectionTitle(words.join(' ') || node.heading!.title) === 'unknown') return false;
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
  // An area told in prose only holds no items: it is the piece of work of its period.
  if (!node.blocks.some((b) => b.type === 'list' || b.type === 'table')) return false;
  // Sub-headings of one group are read alike: where half or more of them recur (two at least), all are areas.
  const leaves = parent.children.filter((child) => !child.children.length);
  const recurring = leaves.filter((leaf) => recurs(leaf, parent)).length;
  if (recurring >= 2 && recurring * 2 >= leaves.length) return true;
  // A group's only part, under a release as under the releases beside it ("## Version 2.5" over
  // "### Features", as 2.4 and 2.3 are): the list of what that release brings.
  return leaves.length === 1 && namesARelease(parent.heading.title) && groupsHolding(node, parent) >= 2;
}

/** How many sibling groups of `parent` hold a part titled as `node` is. */
function groupsHolding(node: OutlineNode, parent: OutlineNode): number {
  const key = areaKey(node.heading!.title);
  return (parent.parent?.children ?? []).filter(
    (group) =>
      group !== parent && group.children.some((child) => child.heading && areaKey(child.heading.title) === key),
  ).length;
}

/**
 * A sub-heading told in prose whose title recurs under the sibling groups ("### Epic Summary" under
 * each "## Epic"): a part of the template each group fills in, as a field key is ("Goals", "Status"),
 * not a piece of work of its own. (Not under periods: see below.)
 */
export function recurringPart(node: OutlineNode): boolean {
  const parent = node.parent;
  if (!parent?.heading || node.children.length || !node.heading) return false;
  // Only a title that says it describes ("Epic Summary", "Background"): "Offline mode" under "Desktop
  // app" and "Mobile app" is each app's piece of work.
  if (!DESCRIBES.test(node.heading.title)) return false;
  // Under periods ("## Q1" and "## Q2" each over "### Storage"), an area told in prose is that period's
  // piece of work in the area.
  if (isTimeBucket(parent.heading) || isPeriodLabel(parent.heading.title)) return false;
  if (node.blocks.some((b) => b.type === 'list' || b.type === 'table')) return false;
  // Under every sibling group that has parts of its own.
  const key = areaKey(node.heading.title);
  const groups = (parent.parent?.children ?? []).filter((group) => group !== parent && group.children.length);
  return (
    groups.length > 0 &&
    groups.every((group) => group.children.some((child) => child.heading && areaKey(child.heading.title) === key))
  );
}

/** Words of a title that describes its group rather than naming work: "Summary", "Overview", "Background". */
const DESCRIBES =
  /\b(summary|overview|background|description|motivation|context|introduction|intro|abstract|rationale|about)\b/i;

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

/** A release named by its stage, as a whole title: "MVP Roadmap", "Alpha 2", "Beta"; not "Post-MVP ideas". */
const RELEASE_STAGE =
  /^(?:the\s+)?(?:mvp|alpha|beta|rc|release\s+candidate)(?:\s+v?\d+(?:\.\d+)*)?(?:\s*(?:roadmap|releases?|milestones?|plan|里程碑|版本|マイルストーン))?$/i;

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
  if (datedWork(heading.title)) return false;
  return groupsByTime(heading.title) || (heading.pseudo && leadSaysWhen(heading.title));
}

/**
 * A line used as a heading that opens by saying when, then introduces its list ("Later down the line,
 * we're planning to:", "In 2025, we will:"): the words before its first comma name a time bucket.
 */
function leadSaysWhen(title: string): boolean {
  const comma = title.search(/[,，]/);
  if (comma <= 0 || !title.slice(comma + 1).trim()) return false;
  const lead = title.slice(0, comma).trim();
  return lead.split(/\s+/).length <= 5 && groupsByTime(lead);
}

/**
 * A period's own lists before the headings under it, with short lines at most beside them ("## 2. Future
 * items" over "Must have" and its list, "Should have" and its list, then "### Contributing"): its work,
 * as a period's lists are without sub-headings.
 */
export function periodOwnItems(node: OutlineNode): boolean {
  if (!node.heading || !isTimeBucket(node.heading)) return false;
  // Two lists or more, each under its label: groups of the period's work ("Must have", "Should have").
  // One list under "See also:" or "Release managers:" is a note on the period, not its work.
  const lists = node.blocks.filter((b) => b.type === 'list');
  const items = lists.reduce((n, b) => n + (b.type === 'list' ? b.children.length : 0), 0);
  const lines = node.blocks.filter((b) => b.type === 'paragraph');
  return lists.length >= 2 && items >= 2 && lines.every((b) => plainText(b).split(/\s+/).length <= 12);
}

/**
 * A heading that names a list of small work by its nature, a remark or a sign aside: "Quick Wins",
 * "Technical Debt", "Chores". Over a checklist, each box is one piece of that work.
 */
export function namesSmallWork(heading: OutlineHeading): boolean {
  const bare = heading.title
    .trim()
    .replace(/\s*[(（][^()（）]*[)）]\s*$/, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return /^(quick\s+wins|low[\s-]hanging\s+fruits?|(known\s+)?(technical|tech)\s+debts?|chores|housekeeping)$/i.test(
    bare,
  );
}

/**
 * A heading that names no work, only more of it ("Additional Features", "Other improvements",
 * "Miscellaneous", "Additional"), over a list or a checklist: its items are the work, as under a period.
 */
export function namesMoreWork(heading: OutlineHeading): boolean {
  const title = heading.title.trim().replace(/[:：]$/, '');
  return (
    /^(?:(?:other|additional|further|more|misc\.?|miscellaneous|various|smaller|minor)\s+)+(?:work|tasks?|items?|features?|changes|improvements|enhancements|ideas|things|projects?)$/i.test(
      title,
    ) || /^(?:others?|additional|extras?|misc\.?|miscellaneous)$/i.test(title)
  );
}

/**
 * A heading that names a piece of work and how it stands ("C SDK Complete", "Docs done") among sibling
 * areas ("Cloud Integration", "Simulation Layer"), none of them a period or status group: the status is
 * that work's, not a group's. ("Completed" alone, or beside "Planned", groups work.)
 */
export function namesWorkAndItsStatus(node: OutlineNode): boolean {
  const title = node.heading!.title;
  if (node.children.length || bucketOf(title)?.kind !== 'status' || namesOnlyAStatus(title)) return false;
  if (!node.blocks.some((b) => b.type === 'list')) return false;
  // The work is named first, its state last ("C SDK Complete"); "Completed tasks", "Released so far",
  // "Shipped in this phase" name no work: they group it.
  const named = /^(.*[\p{L}\p{N}])\s+(?:completed?|done|finished|shipped|released)[^\p{L}\p{N}]*$/iu.exec(title);
  if (!named || GENERIC_WORK.test(named[1]!.trim())) return false;
  const peers = (node.parent?.children ?? []).filter((peer) => peer !== node && peer.heading);
  return peers.length >= 2 && peers.every((peer) => !groupsByTime(peer.heading!.title));
}

/** Plural words for the kind of work a page lists: "Themes", "Initiatives", "Focus areas". */
export const KINDS_OF_WORK =
  'themes|initiatives|features|goals|epics|projects|priorities|focus\\s+areas|investments|work\\s*streams';
/** A title that only names the kind of work: "Themes", "Key features", "Our priorities". */
const KIND_OF_WORK = new RegExp(`^(?:(?:our|the|main|major|key|planned)\\s+)?(?:${KINDS_OF_WORK})$`, 'i');

/**
 * A heading that only names the kind of work of the sub-headings it holds ("### Themes" over "To
 * improve the provider, we plan…", then "#### Coverage", "#### Lifecycle"): it groups them.
 */
export function namesItsParts(node: OutlineNode): boolean {
  return (
    !!node.heading &&
    node.children.length >= 2 &&
    KIND_OF_WORK.test(node.heading.title.trim()) &&
    !node.blocks.some((b) => b.type === 'list' || b.type === 'table')
  );
}

/**
 * A heading that only names the kind of work the headings after it describe ("## Themes" over "We have
 * extracted a few major themes…", then one heading per theme beside it): it introduces them, it is not one.
 */
export function introducesSiblings(node: OutlineNode, siblings: OutlineNode[]): boolean {
  const heading = node.heading;
  if (!heading || node.children.length || !KIND_OF_WORK.test(heading.title.trim())) return false;
  if (node.blocks.some((b) => b.type === 'list' || b.type === 'table') || proseCount(node.blocks) > 2) return false;
  const after = siblings.slice(siblings.indexOf(node) + 1).filter((s) => s.heading?.depth === heading.depth);
  return after.length >= 2;
}
