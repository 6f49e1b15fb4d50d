/**
 * How a leaf heading's list reads when the heading's words say so.
 *
 * A heading that names a piece of work and says how it stands ("## Query parser ✅", "### Phase 2:
 * Export 🚧"), over a list of the steps that make it ("- ✅ Write the grammar", "- 🚧 Test it against
 * real files"): one piece of work, its list the steps. Among its sibling headings written so, most items
 * open with what will be done, as a task list's steps do; a list of features under such headings
 * ("- Comments", "- Mentions") stays the work.
 */
import type { List, ListItem } from 'mdast';
import { namesEach } from '../items.js';
import { holdsLink, plainText } from '../markdown.js';
import type { OutlineNode } from '../outline.js';
import { bucketOf } from '../period.js';
import { nameAfterStage } from '../period-names.js';
import { splitTitleStatus } from '../title-status.js';
import { namesARelease } from './groups.js';

/** The words a step opens with: what will be done. */
const STEP_VERB =
  /^(?:add|adopt|allow|audit|automate|benchmark|build|choose|clean|complete|configure|convert|create|debug|define|deploy|design|develop|document|enable|ensure|establish|evaluate|expand|expose|extend|finali[sz]e|finish|fix|implement|improve|initiali[sz]e|integrate|introduce|investigate|make|merge|migrate|move|optimi[sz]e|port|prepare|provide|publish|refactor|refine|release|remove|rename|replace|research|review|rewrite|run|select|set\s*up|setup|split|support|test|update|upgrade|validate|verify|write)\b/i;

/** An item's words, after its checkbox and its leading signs ("✅ ", "[x] "). */
const wordsOf = (item: ListItem) =>
  plainText(item.children[0] ?? { type: 'text', value: '' })
    .trim()
    .replace(/^[^\p{L}\p{N}]+/u, '');

const stated = new WeakMap<OutlineNode, List[] | undefined>();

/** A leaf heading's lists of plain steps, when it states its status and names work (asked once per sibling: remembered). */
function statedWork(node: OutlineNode): List[] | undefined {
  if (!stated.has(node)) stated.set(node, readStatedWork(node));
  return stated.get(node);
}

/** See statedWork: not a release, period or bucket. */
function readStatedWork(node: OutlineNode): List[] | undefined {
  const heading = node.heading;
  if (!heading || node.children.length || node.blocks.some((b) => b.type === 'table')) return undefined;
  const split = splitTitleStatus(heading.rich.length ? heading.rich : [{ type: 'text', value: heading.title }]);
  const name = plainText(split.titleRich).trim();
  if (!split.status || split.status === 'unknown' || !/\p{L}/u.test(name)) return undefined;
  // A stage named by its work ("Phase 2: Export") is work; a period, bucket or release alone groups it.
  if ((bucketOf(name) && !nameAfterStage(name)) || namesARelease(name)) return undefined;
  const lists = node.blocks.filter((b): b is List => b.type === 'list');
  // Plain steps: no link, no bold name of their own.
  const plain = (item: ListItem) =>
    !holdsLink(item) &&
    item.children[0]?.type === 'paragraph' &&
    item.children[0].children.find((n) => n.type !== 'text' || n.value.trim())?.type !== 'strong';
  return lists.length && lists.every((list) => list.children.every(plain)) ? lists : undefined;
}

/** Whether a leaf heading is one piece of work whose list holds its steps (see the module's comment). */
export function stepsOfStatedWork(node: OutlineNode, siblings: OutlineNode[]): boolean {
  if (!statedWork(node)) return false;
  // Every leaf heading with a list beside it is written so: a page that mixes them reads its lists alike.
  const leaves = siblings.filter(
    (sibling) => !sibling.children.length && sibling.blocks.some((b) => b.type === 'list'),
  );
  const alike = leaves.map(statedWork).filter((lists) => lists !== undefined);
  if (alike.length < 2 || alike.length < leaves.length) return false;
  const items = alike.flat().flatMap((list) => list.children);
  return items.length > 0 && items.filter((item) => STEP_VERB.test(wordsOf(item))).length >= items.length * 0.6;
}

/**
 * A title that only names the kind of work: "Features", "New features", "Planned work", "Improvements:",
 * or of change, as release notes sort it ("Bug fixes", "Added", "Fixed").
 */
export const namesKindOfWork = (title: string): boolean =>
  /^(?:(?:(?:new|planned|upcoming|key|main|core)\s+)?(?:features|work|items|tasks|improvements|enhancements)|(?:bug\s*)?fixes|changes|added|changed|fixed)$/i.test(
    title.trim().replace(/[:：]$/, ''),
  );

/**
 * A heading titled only by the kind of work ("Features", "New features", "Planned work") over one list
 * that names each item in bold ("- [ ] **Typed uploads**" over its points): its items are the work, as
 * under "Additional features"; the heading names none of its own.
 */
export function kindOverNamedWork(node: OutlineNode): boolean {
  if (node.children.length || !namesKindOfWork(node.heading?.title ?? '')) return false;
  const lists = node.blocks.filter((b): b is List => b.type === 'list');
  return (
    lists.length === 1 && namesEach(lists[0]!) && node.blocks.every((b) => b.type === 'list' || b.type === 'paragraph')
  );
}
