/**
 * Lists that read as one piece of work: a heading's plain points beside siblings told in prose, a
 * heading's own list before its sub-headings, and the sub-heading that names the list of the work
 * ("Planned features"), an area its group says is done, a heading's own list of named work. The shape
 * of a part (./shape.ts) is read first.
 */
import type { List } from 'mdast';
import { isFieldKeyTitle } from '../field-lists.js';
import { isTitledItem, namesEach } from '../items.js';
import { isTaskList } from '../item-lists.js';
import { plainText } from '../markdown.js';
import type { OutlineNode } from '../outline.js';
import { bucketOf } from '../period.js';
import { nameBeforeVersion } from '../period-names.js';
import { proseCount } from './blocks.js';
import { releaseChecklist } from './checklists.js';
import { statusOfHeading } from './drafts.js';
import { isTimeBucket, namesARelease, releaseAbove } from './groups.js';
import { namesKindOfWork } from './leaf-lists.js';
import { plainPoints } from './parts-alike.js';
import { isListDominated, itemCount, shapeOf, WORK_LIST_TITLE } from './shape.js';

/**
 * A heading holding a list of plain points — sentences, not names ("Make
 * part 0 of Alpha better.") — beside sibling headings that describe their
 * work in prose is, like them, one piece of work: siblings are read alike.
 */
export function isPointsOfWork(node: OutlineNode, siblings: OutlineNode[]): boolean {
  if (node.children.length || shapeOf(node) !== 'list' || isTimeBucket(node.heading!)) return false;
  if (fewPointsAlike(node, siblings)) return true;
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
 * Four or more sibling headings, two in three of them over a few plain points each (three at most:
 * "Build output panel. Some mockups in progress.") or in prose, name one piece of work each: a
 * couple of points say what the work is, as a paragraph would. Periods and releases group theirs.
 */
function fewPointsAlike(node: OutlineNode, siblings: OutlineNode[]): boolean {
  const few = (n: OutlineNode) => {
    const points = plainPoints(n);
    return !!points && points.length <= 3 && !bucketOf(n.heading!.title) && !namesARelease(n.heading!.title);
  };
  if (!few(node)) return false;
  const leaves = siblings.filter((s) => !s.children.length && s.heading);
  const alike = leaves.filter((s) => few(s) || (shapeOf(s) === 'prose' && !bucketOf(s.heading!.title)));
  return leaves.length >= 4 && alike.length * 3 >= leaves.length * 2;
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
  const lists = node.blocks.filter((b): b is List => b.type === 'list');
  return (
    items >= 3 &&
    !lists.every(listsFacts) &&
    items !== node.children.length &&
    !announced &&
    (isListDominated(node.blocks) || tasks >= 2 * proseCount(node.blocks)) &&
    !isTimeBucket(node.heading!)
  );
}

/**
 * "- Release date: **23 April 2020**", "- EOS: **October 2021**", "- Docs: [link](…)": every item a short
 * key and its value, the facts of the heading (a release's dates), not work.
 */
function listsFacts(list: List): boolean {
  // Boxes are work to tick off ("- [ ] Undo: multi-level undo"), whatever their words.
  if (isTaskList(list)) return false;
  return list.children.every((item) => {
    const match = /^([^:：]{1,30})[:：]\s*(\S.*)$/.exec(plainText(item.children[0] ?? item).trim());
    return !!match && match[1]!.trim().split(/\s+/).length <= 3 && match[2]!.split(/\s+/).length <= 8;
  });
}

/**
 * The sub-heading of a node that names a list of the work (three or more items, nothing below it). Not a
 * part of a template every sibling fills in ("### Goals", "### Deliverables" under each release): there,
 * each heading is one piece of work and its deliverables are its detail.
 */
export function workListOf(node: OutlineNode): OutlineNode | undefined {
  return node.children.find(
    (child) =>
      WORK_LIST_TITLE.test(child.heading!.title) &&
      !child.children.length &&
      isListDominated(child.blocks) &&
      itemCount(child.blocks) >= 3 &&
      !filledInBySiblings(child, node),
  );
}

/** A sub-heading that two or more of its parent's siblings hold as well, beside a key of details ("Goals"). */
function filledInBySiblings(child: OutlineNode, node: OutlineNode): boolean {
  const key = (title: string) =>
    title
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const title = key(child.heading!.title);
  const holding = (node.parent?.children ?? []).filter(
    (sibling) => sibling !== node && sibling.children.some((c) => c.heading && key(c.heading.title) === title),
  ).length;
  return holding >= 2 && node.children.some((c) => c !== child && c.heading && isFieldKeyTitle(c.heading.title));
}

/** A leaf heading, not a period or release, over lists (not checklists), under a heading that says its work is done. */
export function deliveredArea(node: OutlineNode): boolean {
  const parent = node.parent?.heading;
  const title = node.heading!.title;
  // A feature written with the version it came in ("Cell Frames (v0.2.2+)") is an area, not a release.
  if (!parent || node.children.length || (!nameBeforeVersion(title) && (bucketOf(title) || namesARelease(title))))
    return false;
  if (statusOfHeading(parent) !== 'done' || bucketOf(parent.title)?.kind !== 'status') return false;
  // "### New features" under a release that has shipped names no area: it sorts what the release brought.
  if (namesKindOfWork(title) && releaseAbove(node)) return false;
  const lists = node.blocks.filter((b): b is List => b.type === 'list');
  return lists.length > 0 && lists.every((list) => !isTaskList(list)) && !node.blocks.some((b) => b.type === 'table');
}

/**
 * A heading's own list of two or more pieces of work each named in bold ("- [ ] **Typed uploads** — …"),
 * after a sentence at most that introduces them: its work, however short the list.
 */
export function namedAfterIntro(node: OutlineNode): boolean {
  const lists = node.blocks.filter((block): block is List => block.type === 'list');
  return proseCount(node.blocks) <= 1 && lists.length === 1 && namesEach(lists[0]!);
}

/**
 * A part headed by a sign and a bold name over its points ("✅ **Job Engine**" over "- Retries for
 * failed jobs"), among three or more such parts on a page with headings: one piece of work, the sign
 * saying how it stands, its points what it holds (a checklist under it is read as under a heading).
 */
export function signedPart(node: OutlineNode): boolean {
  if (!node.heading?.signed || node.children.length) return false;
  const lists = node.blocks.filter((b): b is List => b.type === 'list');
  return lists.length > 0 && lists.every((list) => !isTaskList(list)) && !node.blocks.some((b) => b.type === 'table');
}
