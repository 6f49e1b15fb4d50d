/**
 * Checklists under sibling headings: the steps of one piece of work each, or lists of work box by box.
 * An area's checklist ("### Desktop" over "- [ ] Declarative window management") is read as the steps
 * of the heading's work, unless the boxes, across the sibling areas, show that each is tracked on its
 * own: a box over boxes of its own (its steps), or a box linked to its own issue or pull request.
 */
import type { List, ListItem, RootContent } from 'mdast';
import { isTaskList } from '../items.js';
import { shownBlocks } from '../markdown.js';
import type { OutlineNode } from '../outline.js';

/** A link to one issue, pull or merge request, by its number. */
const ONE_ISSUE = /\/(?:issues|pull|pulls|merge_requests|-\/issues|-\/merge_requests)\/\d+(?:[/?#].*)?$/;

/** The checklists that are the whole text of a leaf heading, or undefined. */
function checklistsOnly(node: OutlineNode): List[] | undefined {
  if (node.children.length) return undefined;
  const shown = shownBlocks(node.blocks);
  const lists = shown.filter((block): block is List => block.type === 'list' && isTaskList(block));
  return lists.length && lists.length === shown.length ? lists : undefined;
}

const linksOneIssue = (node: RootContent | ListItem): boolean =>
  (node.type === 'link' && ONE_ISSUE.test(node.url)) ||
  ('children' in node && (node.children as RootContent[]).some(linksOneIssue));

/** A box tracked on its own: it holds boxes of its own, or its line links its own issue. */
function trackedBox(item: ListItem): boolean {
  if (typeof item.checked !== 'boolean') return false;
  const [line, ...rest] = item.children;
  const subBoxes = rest.some(
    (block) => block.type === 'list' && block.children.some((sub) => typeof sub.checked === 'boolean'),
  );
  return subBoxes || (line !== undefined && linksOneIssue(line));
}

/**
 * Whether a leaf heading's checklist lists pieces of work, one per box: two or more of the sibling
 * headings over checklists, and half of them at least, hold a box tracked on its own.
 */
export function boxesAreWork(node: OutlineNode): boolean {
  if (!checklistsOnly(node)) return false;
  const siblings = node.parent?.children ?? [node];
  const areas = siblings.flatMap((sibling) => {
    const lists = checklistsOnly(sibling);
    return lists ? [lists] : [];
  });
  const tracked = areas.filter((lists) => lists.some((list) => list.children.some(trackedBox)));
  return tracked.length >= 2 && tracked.length * 2 >= areas.length;
}
