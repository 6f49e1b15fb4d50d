/**
 * The project's goals set out beside its work ("Project Goals", "Strategic Goals", "Major 2019 Goals",
 * "Distribution Goals" over a list of aims, before or after the releases or areas that hold the work):
 * what the work is for, told once for the whole page, not pieces of work of their own. They are context, read
 * with the introduction. Goals that are the page's only list, goals under a period ("Short-term
 * goals"), and goals told as headings of their own ("Goal: Onboard new contributors") stay work.
 */
import { bucketOf } from '../period.js';
import { statusOfSectionTitle } from '../status.js';
import { metaOf } from '../meta.js';
import { shownBlocks } from '../markdown.js';
import { descendants, type OutlineNode } from '../outline.js';
import { isTimeBucket, namesARelease } from './groups.js';

/** Words that may qualify "goals" in the title of a page's goals: whose, what kind, and for when. */
const QUALIFIERS =
  '(?:(?:the|our|overall|project|product|roadmap|strategic|guiding|high[\\s-]level|main|major|key|primary|general|\\d{4})\\s+)*';
const GOALS_TITLE = new RegExp(
  `^${QUALIFIERS}(?:goals|objectives|aims)(?:\\s+(?:for|in|of)\\s+(?:\\d{4}|the\\s+project|v?\\d+(?:\\.\\d+)*))?$`,
  'i',
);
/** The project's name before "Goals", written as a name: "Distribution Goals". */
const NAMED_GOALS = /^\p{Lu}[\p{L}\p{N}.-]*\s+Goals$/u;

/** Whether a title names the goals of the project as a whole ("Project Goals for 2026", "Objectives", "Distribution Goals"). */
export function namesTheGoals(title: string): boolean {
  const t = title
    .trim()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[^\p{L}\p{N})]+$/u, '');
  // A year says for when the goals are set ("Project Goals for 2026"); a horizon makes them a period's
  // work ("Short-term goals").
  const undated = t
    .replace(/\b\d{4}\b/g, ' ')
    .replace(/\s+(for|in)\s*$/i, '')
    .trim();
  return (GOALS_TITLE.test(t) || NAMED_GOALS.test(t)) && !bucketOf(undated) && statusOfSectionTitle(t) === 'unknown';
}

/**
 * Whether a part may hold work of its own (a list or a table), is not meta by its title,
 * is not goals in turn ("2022 - 2023 Goals" beside "New Goals": then the goals are the work), and is not
 * work done.
 */
const holdsWork = (node: OutlineNode) =>
  node.blocks.some((b) => b.type === 'list' || b.type === 'table') &&
  !/\bgoals?\b/i.test(node.heading!.title) &&
  // Work done ("Completed in 2023") is history beside the goals, not the work they are set for.
  statusOfSectionTitle(node.heading!.title) !== 'done' &&
  !metaOf(node.heading!.title, node.blocks, node.children.length > 0);

/**
 * A part that lists the project's goals (one list, with perhaps sentences leading to it), on a page
 * where another part, before or after it, holds the work.
 */
export function goalsBesideWork(node: OutlineNode): boolean {
  if (!node.heading || node.children.length || !namesTheGoals(node.heading.title)) return false;
  const blocks = shownBlocks(node.blocks);
  const lists = blocks.filter((b) => b.type === 'list');
  if (lists.length !== 1 || blocks.some((b) => b.type !== 'list' && b.type !== 'paragraph')) return false;
  let root = node;
  while (root.parent) root = root.parent;
  // "Roadmap goals" on a README may be its roadmap: they are aims beside the work only where the work is
  // set out by period, state or release ("## 2026 H1" › "### Plugin API", "## v2.0"), not beside any list.
  const dated = (part: OutlineNode | undefined): boolean =>
    !!part?.heading && (isTimeBucket(part.heading) || namesARelease(part.heading.title) || dated(part.parent));
  const besideWork = /\broad\s?map\b/i.test(node.heading.title)
    ? (other: OutlineNode) => holdsWork(other) && dated(other)
    : holdsWork;
  return descendants(root).some((other) => other !== node && other.heading && besideWork(other));
}
