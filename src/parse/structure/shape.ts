/**
 * The shape of a part of the page: how much of it is prose and how much are
 * items (list items, table rows), and what its heading says it is (a period
 * or status group, a unit of work, a wrapper of the whole roadmap).
 */
import type { RootContent } from 'mdast';
import { isTitledItem, namesEach } from '../items.js';
import { isStatusList, isTaskList } from '../item-lists.js';
import { isPeriodLabel } from '../leads.js';
import { isNavigationList } from '../navigation.js';
import { isLegendList } from '../legend.js';
import { plainText, shownBlocks } from '../markdown.js';
import { metaOf } from '../meta.js';
import type { OutlineNode } from '../outline.js';
import { bucketOf } from '../period.js';
import { nameAfterPeriod, nameAfterRelease, nameAfterStage, namesAStageOnly } from '../period-names.js';
import { statusOfSectionTitle } from '../status.js';
import { namesWorkByColumn, readTable } from '../table.js';
import { listsOfCell, listsWorkInCells } from '../table-lists.js';
import { proseCount, statedStatusOf, statusLineOf } from './blocks.js';
import { boxesAreWork, releaseChecklist } from './checklists.js';
import { labelItemsOnly, labelsRecur, recurringLabels } from './label-items.js';
import { featureOfGroup, hasOwnDetailLines, sharedListLabel } from './parts-alike.js';
import {
  groupAmongBuckets,
  isTimeBucket,
  namesARelease,
  namesItsParts,
  namesWorkAndItsStatus,
  namesTheRoadmap,
  placeholderOnly,
  statusAmongGroups,
} from './groups.js';
import { datedWork, namedWithDate } from './dated-titles.js';

/** Titles of a list of work: "Initiatives on X's Roadmap", "Planned features", "Deliverables", "Work items". */
export const WORK_LIST_TITLE = /\b(initiatives|deliverables|work\s+items|planned\s+(features|work|items))\b/i;

export type Shape = 'prose' | 'list' | 'branch';

/** Kinds of period that name a step of the plan (a stage, a release), not a span of time. */
const STAGE_KINDS = new Set(['phase', 'version']);

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
    if (block.type === 'table' && listsWorkInCells(block))
      count += block.children
        .slice(1)
        .reduce(
          (n, row) =>
            n +
            row.children.reduce((m, cell) => m + listsOfCell(cell).reduce((k, l) => k + l.list.children.length, 0), 0),
          0,
        );
    else if (block.type === 'table' && readTable(block).kind === 'items')
      count += block.children.slice(1).filter((row) => plainText(row) !== '').length;
  }
  return count;
}

export function isListDominated(blocks: RootContent[]): boolean {
  const items = itemCount(blocks);
  // "This section covers …", "This category contains …": a paragraph that speaks of its own part
  // introduces what the part holds; it tells no piece of work of its own.
  const prose = proseCount(blocks) - blocks.filter(speaksOfItsPart).length;
  if (labelledLists(blocks) >= 2) return false;
  return items > 0 && (prose === 0 || (items >= 3 && items >= 2 * prose));
}

/**
 * One sentence that says what its part holds: "This section covers …", "This area focuses on …", "This
 * category contains …". ("This section describes the cache: …" tells one piece of work.)
 */
const OWN_PART =
  /^this\s+(?:section|area|category|part|group|chapter)\s+(?:covers|lists|collects|contains|groups|gathers|holds|includes|outlines|encompasses|focuses\s+on)\b/i;

export function speaksOfItsPart(block: RootContent): boolean {
  if (block.type !== 'paragraph') return false;
  const text = plainText(block).trim();
  return OWN_PART.test(text) && !/[.!?]\s+\S/.test(text);
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
  // A release or stage told by the aspects of it ("v2.4 - Search" over "Goals", "Features") is one piece of work.
  if (!node.children.length && node.heading?.told) return 'prose';
  // A heading that states its own status ("**Status**: In Progress") is one piece of work, even
  // one named by its period ("v2.5 (Q1 2025)"): its list is what that work consists of.
  if (!node.children.length && statusLineOf(node.blocks)) return 'prose';
  // So does one that states it after other detail lines ("Owner: …⏎Status: In progress"); not a period,
  // phase or release, whose lines are the group's ("## Q3 2024" with its owner and status over its checklist).
  if (!node.children.length && statedStatusOf(node.blocks) && !bucketOf(node.heading!.title)) return 'prose';
  // Detail lines of its own ("**Goal**: …", "**Deliverables**:", "**Success Criteria**: …") describe one
  // piece of work, even one named as a phase ("Phase 2: Storage"): its list is what it delivers.
  // (A period's lines, "Budget: …" under "## Q1 2025", are the period's: its list holds the work.)
  if (!node.children.length && hasOwnDetailLines(node) && !isPeriodLabel(node.heading!.title)) return 'prose';
  // One item alone under a heading that is not a period or status group describes the heading's
  // work ("## 2. Grow the contributor base" over one long sentence): the heading names it.
  if (!node.children.length && loneItem(node.blocks) && !isTimeBucket(node.heading!)) return 'prose';
  // Sibling headings that each introduce their list by the same label ("Goals:", "Цели:", "Key
  // capabilities:") fill in a template: each is one piece of work, the list a part of its text.
  if (
    !node.children.length &&
    sharedListLabel(node) &&
    !namesARelease(node.heading!.title) &&
    !bucketOf(node.heading!.title)
  )
    return 'prose';
  // Under a group whose title says its parts are features ("Upcoming Release Features"), a heading over
  // plain points ("Extend caching", "Define TTL policies") is one feature, its points its details.
  if (!node.children.length && featureOfGroup(node)) return 'prose';
  // A stage or period that names its work and tells it in prose only ("Milestone 2 — lower the expander
  // to fusevm" over paragraphs): nothing to group, the heading is that work. So is a stage or release
  // known by its number alone ("## Milestone 2" over what it completes).
  if (
    !node.children.length &&
    !node.blocks.some((b) => b.type === 'list' || b.type === 'table') &&
    proseCount(node.blocks) > 0 &&
    (nameAfterStage(node.heading!.title) || STAGE_KINDS.has(bucketOf(node.heading!.title)?.kind ?? ''))
  )
    return 'prose';
  // A release the page names for what it brings ("v0.1.0 — Foundation") over its checklist is that piece
  // of work, its boxes the steps (boxes that each name their work in bold stay work of their own).
  // So is a stage named so ("Stage 0: Hello Project" over its boxes), as a release is, unless its boxes
  // are tracked one by one or it is a time-box ("Sprint 14: Stability").
  if (
    !node.children.length &&
    (nameAfterRelease(node.heading!.title) || (nameAfterStage(node.heading!.title) && stageOfWork(node))) &&
    node.blocks.some((b) => b.type === 'list') &&
    node.blocks.every((b) => b.type !== 'list' || (isTaskList(b) && !namesEach(b)))
  )
    return 'prose';
  // A piece of work named after its date ("Q1 2026: Chat Desktop UI"), described in paragraphs that
  // its list is one part of ("Key capabilities: …"), is that work, not the group of its period.
  if (!node.children.length && nameAfterPeriod(node.heading!.title) && !isListDominated(node.blocks)) return 'prose';
  // A sentence of work dated at its end ("Launch the coordinator as a bridge for reads and writes (Q1
  // 2018)") is that work, its list the steps to it.
  if (!node.children.length && datedWork(node.heading!.title)) return 'prose';
  // So is a named piece of work dated in a remark, told in prose only ("### Offline sync (Q3 2025, planned)"
  // over a paragraph): there is nothing under it to group.
  if (
    !node.children.length &&
    !node.blocks.some((b) => b.type === 'list' || b.type === 'table') &&
    proseCount(node.blocks) > 0 &&
    namedWithDate(node.heading!.title)
  )
    return 'prose';
  if (
    (isTimeBucket(node.heading!) && !namesWorkAndItsStatus(node)) ||
    groupAmongBuckets(node) ||
    releaseChecklist(node) ||
    statusAmongGroups(node) ||
    namesTheRoadmap(node.heading!)
  )
    return node.children.length ? 'branch' : 'list';
  // Items that are only labels over their own lists, the same labels under other headings too
  // ("Source repositories", "Backlogs"), structure one piece of work, as sub-headings would. Labels
  // of their own ("IO Improvements", "Work Scheduling") name pieces of work: the heading lists them.
  if (
    !node.children.length &&
    labelItemsOnly(node.blocks, true) &&
    labelsRecur(node) &&
    labelItemsOnly(node.blocks, recurringLabels(node))
  )
    return 'prose';
  if (node.children.length) {
    if (introducesLists(node) || namesItsParts(node)) return 'branch';
    return proseCount(node.blocks) > 0 && !isListDominated(node.blocks) ? 'prose' : 'branch';
  }
  // Checklists whose boxes, across the heading's family, are tracked one by one (a box over boxes of its
  // own or two lines of detail, a box linked to its issue) list pieces of work; other checklists are the
  // steps of the heading's work (./checklists.ts).
  if (boxesAreWork(node)) return 'list';
  // A table whose rows the page heads as work ("| Goal | Description | Rationale |"), after prose that
  // introduces it, lists the work of the heading: the prose is the group's, not one piece of work's.
  if (holdsTableOfWork(node.blocks)) return 'list';
  return isListDominated(node.blocks) ? 'list' : 'prose';
}

function holdsTableOfWork(blocks: RootContent[]): boolean {
  return blocks.some(
    (block) =>
      block.type === 'table' &&
      block.children.slice(1).filter((row) => plainText(row).trim() !== '').length >= 2 &&
      namesWorkByColumn(readTable(block)),
  );
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
    ) &&
    // Areas known only by their tables of work are areas when there are two or more, named apart: one
    // "### Breakdown" table under a piece of work is that work's breakdown.
    (node.children.every((child) => !holdsWorkList(child) || titledAsWorkList(child)) ||
      new Set(node.children.filter(holdsWorkList).map((child) => child.heading!.title.toLowerCase())).size >= 2)
  );
}

/**
 * A leaf heading titled as a status, period or list of work, or over a table of work, whose text is
 * mostly three or more items.
 */
function holdsWorkList(node: OutlineNode): boolean {
  const items = itemCount(node.blocks);
  return (
    !node.children.length &&
    items >= 3 &&
    items >= 2 * proseCount(node.blocks) &&
    // An area over a table whose rows the page heads as work ("| Feature | State |"): a list of work.
    (titledAsWorkList(node) || holdsTableOfWork(node.blocks))
  );
}

function titledAsWorkList(node: OutlineNode): boolean {
  const title = node.heading!.title;
  return (
    statusOfSectionTitle(title) !== 'unknown' ||
    isTimeBucket(node.heading!) ||
    namesARelease(title) ||
    WORK_LIST_TITLE.test(title)
  );
}

/** The blocks are one list of one item (not a checklist box), and nothing else but blank lines. */
function loneItem(blocks: RootContent[]): boolean {
  const shown = shownBlocks(blocks);
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

const stageOfWork = (node: OutlineNode): boolean =>
  !/^\W*(sprint|iteration|cycle|week)\b/i.test(node.heading!.title) &&
  !namesAStageOnly(nameAfterStage(node.heading!.title) ?? '') &&
  !boxesAreWork(node);
