/**
 * Parts written alike: sibling headings that fill in one template ("Goals:" over each one's list),
 * features under a group that names them as such, and the plain points a heading holds. Each says
 * that a heading is one piece of work, its list a part of its text (see ./shape.ts).
 */
import type { ListItem, RootContent } from 'mdast';
import { isTitledItem } from '../items.js';
import { plainText } from '../markdown.js';
import type { OutlineNode } from '../outline.js';
import { bucketOf } from '../period.js';
import { statusOfSectionTitle } from '../status.js';
import { undecorated } from '../title-words.js';
import { hasDetailLines, keysSharedBySiblings } from './blocks.js';
import { KINDS_OF_WORK, namesARelease } from './groups.js';

/** The plain points of a heading: untitled, unlinked, unchecked items of its lists, or undefined. */
export function plainPoints(node: OutlineNode): ListItem[] | undefined {
  if (node.children.length || node.blocks.some((b) => b.type === 'table')) return undefined;
  const items = node.blocks.flatMap((block) => (block.type === 'list' ? block.children : []));
  const plain = (item: ListItem) =>
    typeof item.checked !== 'boolean' &&
    !isTitledItem(item) &&
    !(item.children[0]?.type === 'paragraph' && item.children[0].children.some((c) => c.type === 'link'));
  return items.length && items.every(plain) ? items : undefined;
}

/**
 * A group title that names what its parts are: "Upcoming Release Features", "Future Feature Themes",
 * "2026 H1 priorities (Current)", "Epics".
 */
const PARTS_ARE_WORK = new RegExp(`\\b(${KINDS_OF_WORK})\\s*(\\([^)]*\\))?\\s*$`, 'i');
/**
 * A part that ranks or sorts its group's work rather than naming a piece of it: "High", "Must have",
 * "Stretch", "Carried over", "Tier 2", "Other priorities" (a status, "Achieved", is read as such).
 */
const RANK =
  /^(?:(?:very\s+)?(?:high|medium|low|top|other|critical|important|optional|required|core)(?:\s+(?:priority|priorities|goals?|importance))?|(?:must|should|could|won['’]?t)[\s-]+haves?|nice[\s-]+to[\s-]+haves?|stretch(?:\s+goals?)?|committed|carried\s+(?:over|forward)|tier\s*\d+|p\d)$/i;

/** A leaf heading over a list of plain points (no item named in bold) under a group of features. */
export function featureOfGroup(node: OutlineNode): boolean {
  const parent = node.parent?.heading;
  // Words in brackets qualify the feature ("Widgets (needs proper ideas)"): they do not make it a group.
  const title = node.heading!.title.replace(/\([^)]*\)/g, '').trim();
  // A sign after the group's title ("Spring goals ✨") decorates it.
  const group = parent && undecorated(parent.title);
  if (!group || !PARTS_ARE_WORK.test(group) || namesARelease(title) || bucketOf(title)) return false;
  if (RANK.test(title) || statusOfSectionTitle(title) !== 'unknown') return false;
  const items = node.blocks.flatMap((b) => (b.type === 'list' ? b.children : []));
  // Items each linked to their own issue ("Support early stopping #692") are tracked pieces of work.
  const linked = items.filter(
    (item) => item.children[0]?.type === 'paragraph' && item.children[0].children.some((c) => c.type === 'link'),
  );
  return (
    items.length > 0 &&
    !items.some(isTitledItem) &&
    linked.length * 3 < items.length &&
    !node.blocks.some((b) => b.type === 'table')
  );
}

/** The short labels ending in a colon that introduce a part's lists ("Goals:", "Key capabilities:"). */
function listLabels(blocks: RootContent[]): Set<string> {
  const labels = new Set<string>();
  blocks.forEach((block, i) => {
    if (block.type !== 'paragraph' || blocks[i + 1]?.type !== 'list') return;
    const text = plainText(block).trim();
    if (/[:：]$/.test(text) && text.split(/\s+/).length <= 4) labels.add(text.replace(/\s*[:：]$/, '').toLowerCase());
  });
  return labels;
}

/** A leaf heading that introduces a list by a label a sibling heading introduces its own list by too. */
export function sharedListLabel(node: OutlineNode): boolean {
  const own = listLabels(node.blocks);
  if (!own.size) return false;
  return (node.parent?.children ?? []).some(
    (sibling) =>
      sibling !== node && !sibling.children.length && [...listLabels(sibling.blocks)].some((l) => own.has(l)),
  );
}

/**
 * Detail lines of a heading's own part. A release's count the bold keys its sibling releases share
 * ("**Theme**: …" under each, see keysSharedBySiblings); other parts keep to the details vocabulary:
 * lines that areas, teams, sprints or status groups share ("**Owner**:", "**Capacity**:", "**Focus**:")
 * describe the group, not one piece of work.
 */
export const hasOwnDetailLines = (node: OutlineNode): boolean =>
  hasDetailLines(node.blocks, namesARelease(node.heading!.title) ? keysSharedBySiblings(node) : undefined);
