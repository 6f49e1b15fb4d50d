/**
 * Checklists under sibling headings: the steps of one piece of work each, or lists of work box by box.
 * An area's checklist ("### Desktop" over "- [ ] Declarative window management") is read as the steps
 * of the heading's work, unless the page's boxes show that each is tracked on its own: a box over
 * boxes of its own or over two lines of detail, or a box linked to its own issue (a pull request is a
 * step taken, not a request for work).
 */
import type { List, ListItem, RootContent } from 'mdast';
import { isTaskList } from '../items.js';
import { shownBlocks } from '../markdown.js';
import type { OutlineNode } from '../outline.js';
import { isNoteAside } from './blocks.js';

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
