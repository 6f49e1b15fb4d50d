/**
 * Checklists under sibling headings: the steps of one piece of work each, or lists of work box by box.
 * An area's checklist ("### Desktop" over "- [ ] Declarative window management") is read as the steps
 * of the heading's work, unless the page's boxes show that each is tracked on its own: a box over a list
 * of its own (its steps or details), or a box linked to its own issue or pull request.
 */
import type { List, ListItem, RootContent } from 'mdast';
import { isTaskList } from '../items.js';
import { shownBlocks } from '../markdown.js';
import type { OutlineNode } from '../outline.js';
import { isNoteAside } from './blocks.js';

/** A link to one issue, pull or merge request, by its number. */
const ONE_ISSUE = /\/(?:issues|pull|pulls|merge_requests|-\/issues|-\/merge_requests)\/\d+(?:[/?#].*)?$/;

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

/** A box tracked on its own: it holds a list of its own, or its line links its own issue. */
function trackedBox(item: ListItem): boolean {
  if (typeof item.checked !== 'boolean') return false;
  const [line, ...rest] = item.children;
  return rest.some((block) => block.type === 'list') || (line !== undefined && linksOneIssue(line));
}

const holdsTrackedBox = (lists: List[]) => lists.some((list) => isTaskList(list) && list.children.some(trackedBox));

const ownLists = (part: OutlineNode) => part.blocks.filter((block): block is List => block.type === 'list');

/**
 * Whether a heading's checklist lists pieces of work, one per box: two or more parts of its family (its
 * parent, its siblings, itself and its sub-headings) hold a box tracked on its own, and so do half at
 * least of the sibling headings over checklists alone. `own`: the heading's own boxes, before its
 * sub-headings, are weighed (otherwise it must be a leaf whose whole text is checklists).
 */
export function boxesAreWork(node: OutlineNode, own = false): boolean {
  if (own ? !node.blocks.some((b) => b.type === 'list' && isTaskList(b)) : !checklistsOnly(node)) return false;
  const siblings = node.parent?.children ?? [node];
  const family = [...(node.parent ? [node.parent] : []), ...siblings, ...node.children];
  if (family.filter((part) => holdsTrackedBox(ownLists(part))).length < 2) return false;
  const areas = siblings.flatMap((sibling) => {
    const lists = checklistsOnly(sibling);
    return lists ? [lists] : [];
  });
  return areas.filter(holdsTrackedBox).length * 2 >= areas.length;
}
