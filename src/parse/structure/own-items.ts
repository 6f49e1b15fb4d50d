/**
 * A heading's own list, before its sub-headings, read as work: on a page of items, a heading's own list
 * is work too; so are a release's area's own boxes before its sub-headings' ("### Features" under
 * "## v8.1"), a heading's own boxes on a page whose boxes are tracked one by one or under a period
 * (./checklists.ts), a period's labelled lists, a list a heading's introduction names, and, above the
 * initiative level, a release's or a period's own checklist.
 */
import type { OutlineNode } from '../outline.js';
import { boxesAreWork, bucketChecklist, checklistInPlan, keyOfStatusWords } from './checklists.js';
import { itemsOf } from './drafts.js';
import { isTimeBucket, namesARelease, periodOwnItems, releaseAbove } from './groups.js';
import { isTaskList } from '../item-lists.js';
import { isLegendList } from '../legend.js';
import { sumsUpItsParts } from './siblings.js';
import { namedAfterIntro } from './points.js';
import { isListDominated } from './shape.js';
import type { WalkContext } from './walk.js';

export function ownItemsOf(
  node: OutlineNode,
  { depth, at, options, excluded }: Pick<WalkContext, 'depth' | 'at' | 'options' | 'excluded'>,
): ReturnType<typeof itemsOf> {
  const heading = node.heading!;
  const boxes = checklistInPlan({ ...node, children: [] }) || boxesAreWork(node, true) || bucketChecklist(node);
  // Above the initiative level, a release's or a period's own checklist before its parts ("# 4.0" over
  // eight boxes, then "## Features") is its work, box by box, as a release's checklist is without them.
  const releaseBoxes =
    depth !== undefined &&
    !at &&
    heading.depth < depth &&
    (namesARelease(heading.title) || isTimeBucket(heading)) &&
    node.blocks.some(
      (block) => block.type === 'list' && isTaskList(block) && !isLegendList(block) && !keyOfStatusWords(block),
    ) &&
    // (A checklist that names the parts under it sums them up: they are the work, told once.)
    !sumsUpItsParts(node);
  if (
    !releaseBoxes &&
    (depth !== undefined ||
      at?.startsWith('h') ||
      !(isListDominated(node.blocks) || boxes || periodOwnItems(node) || namedAfterIntro(node)))
  )
    return undefined;
  return itemsOf(node.blocks, {
    titledOnly: false,
    tasksAreWork: isTimeBucket(heading) || boxes || releaseBoxes,
    tablesOnly: at === 'table',
    titleColumn: options.titleColumn,
    excluded,
    heading: heading.title,
    releaseAbove: releaseAbove(node),
  });
}
