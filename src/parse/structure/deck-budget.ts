/**
 * A deck a presenter can give. Read item by item, some pages name far more work than slides a
 * session holds: a hundred and more bullets, each a feature of a sub-stage ("2.3 - Sync engine"
 * over "✅ **Delta upload** - …"), or the steps of a long list of releases. A presenter then gives one
 * slide to each heading that holds those items, its items the slide's points. No hand-written reading
 * of a real roadmap page the project measures against has more than 75 initiatives.
 */
import { trackableUrlsIn } from '../links.js';
import { descendants, type OutlineNode } from '../outline.js';
import { groupsOnly } from '../group-titles.js';
import { nameAfterPeriod, nameAfterRelease, nameAfterStage, releaseWorkName } from '../period-names.js';
import type { InitiativeDraft } from '../items.js';
import type { Decision } from './explanation.js';
import type { Structure } from './index.js';

/** The most initiatives a deck is read into before its headings are tried instead. */
export const DECK_BUDGET = 80;

/**
 * The heading level whose headings held most of the item lists read as initiatives (the deeper one
 * on a tie), or undefined when no heading held items.
 */
export function itemHoldersDepth(outline: OutlineNode, decisions: Decision[]): number | undefined {
  const depthAt = headingDepths(outline);
  const counts = new Map<number, number>();
  for (const decision of decisions) {
    const depth = decision.reading === 'items' ? depthAt.get(decision.line) : undefined;
    if (depth !== undefined) counts.set(depth, (counts.get(depth) ?? 0) + 1);
  }
  const [best] = [...counts].sort(([da, a], [db, b]) => b - a || db - da);
  return best?.[0];
}

/** Whether a coarser reading of `coarser` initiatives is a deck where `finer` is not. */
export const fitsTheBudget = (finer: number, coarser: number): boolean =>
  finer > DECK_BUDGET && coarser >= 3 && coarser <= DECK_BUDGET;

const initiativesOf = (structure: Structure) => structure.sections.flatMap((s) => s.initiatives);
const countOf = (structure: Structure) => initiativesOf(structure).length;

/**
 * Whether an item names its work (a table's row, or a list item led by its name in bold, by its link or
 * before a colon: "**Speed up TLS**: …", "[Speed up TLS](…)") and its own words link an issue, a pull
 * request or a board: a piece of work tracked on its own. A sentence that ends with its issue ("Sync
 * tags between devices. [#12](…)") names no work of its own: it tells a step of the area above it.
 */
const tracked = (item: InitiativeDraft): boolean =>
  item.named !== false &&
  (!!item.tracking ||
    trackableUrlsIn([{ type: 'paragraph', children: item.titleRich }, ...item.body.slice(0, item.ownBlocks ?? 0)])
      .size > 0);

/**
 * Why the items stay the work past the budget, or undefined when the headings' reading keeps it: a
 * quarter of the items or more stand under headings that only group them ("Q1", "Done", "Must have":
 * a slide each would name no work); half or more each name their work and link its issue (then each
 * is a piece of work to show); or a heading read as a piece of work lies below the headings' level.
 */
function itemsStay(finer: Structure, outline: OutlineNode, depth: number): string | undefined {
  const items = initiativesOf(finer);
  const grouped = finer.sections
    .filter((section) => section.heading && groupsOnly(section.heading.title))
    .reduce((n, section) => n + section.initiatives.length, 0);
  if (grouped * 4 > items.length) return 'the headings that hold them group them by when, state or priority';
  if (items.filter(tracked).length * 2 >= items.length) return 'most of them name their work and link its issue';
  const depthAt = headingDepths(outline);
  const deeper = finer.explanation.decisions.some(
    (decision) => decision.reading === 'initiative' && (depthAt.get(decision.line) ?? 0) > depth,
  );
  return deeper ? `pieces of work stand under the H${depth} headings` : undefined;
}

/** The depth of each heading of the outline, by its line. */
const headingDepths = (outline: OutlineNode) =>
  new Map(
    descendants(outline)
      .filter((node) => node.heading && !node.heading.pseudo)
      .map((node) => [node.heading!.position.line, node.heading!.depth]),
  );

/**
 * Items past the budget: one initiative per heading that held them instead (`readAt` reads the page
 * with its initiatives at that heading level), when that reading is a deck. Said on the page's
 * explanation, and as an ambiguity the config settles; so is a page whose items stay, and why.
 */
export function withinBudget(
  outline: OutlineNode,
  structure: Structure,
  readAt: (depth: number, why: string, holders: ReadonlySet<number>) => Structure,
): Structure {
  const items = countOf(structure);
  const depth = items > DECK_BUDGET ? itemHoldersDepth(outline, structure.explanation.decisions) : undefined;
  if (depth === undefined) return structure;
  const stay = itemsStay(structure, outline, depth);
  if (stay) return withItems(structure, items, depth, stay);
  // A release, stage or period above that level that held items too ("## v2.0 - Launch (Current)" over its
  // list, beside releases whose sub-headings hold theirs) is a slide of its own; other parts
  // ("## Assessment" over its lists of estimates and risks, "## Team for 2025") are not.
  const depthAt = headingDepths(outline);
  const holders = new Set(
    structure.explanation.decisions
      .filter((d) => d.reading === 'items' && (depthAt.get(d.line) ?? depth) < depth && namesAStep(d.title))
      .map((d) => d.line),
  );
  const coarser = readAt(
    depth,
    `${items} items would be ${items} slides, more than a deck holds (${DECK_BUDGET}): one per H${depth} heading that holds them`,
    holders,
  );
  if (!fitsTheBudget(items, countOf(coarser)))
    return withItems(structure, items, depth, `the H${depth} headings would make ${countOf(coarser)} slides`);
  coarser.explanation.ambiguities.push({
    line: coarser.sections[0]?.initiatives[0]?.position.line ?? 1,
    message: `initiatives could be the ${items} items or the H${depth} headings that hold them (${countOf(coarser)})`,
    readings: [
      { reading: `H${depth} headings (chosen)`, config: `"initiatives": { "at": "h${depth}" }` },
      { reading: 'items', config: '"initiatives": { "at": "list" }' },
    ],
  });
  return coarser;
}

/** The items' reading, past the budget, with the ambiguity that says why and how to read the headings instead. */
function withItems(structure: Structure, items: number, depth: number, why: string): Structure {
  structure.explanation.ambiguities.push({
    line: structure.sections[0]?.initiatives[0]?.position.line ?? 1,
    message: `${items} items make ${items} slides, more than a deck holds (${DECK_BUDGET}); they stay the initiatives: ${why}`,
    readings: [
      { reading: 'items (chosen)', config: '"initiatives": { "at": "list" }' },
      { reading: `H${depth} headings`, config: `"initiatives": { "at": "h${depth}" }` },
    ],
  });
  return structure;
}

/** A title that is a release, stage or period, named for its work or not ("v1.0 - First release", "Done"). */
const namesAStep = (title: string): boolean =>
  groupsOnly(title) ||
  !!(releaseWorkName(title) ?? nameAfterRelease(title) ?? nameAfterStage(title) ?? nameAfterPeriod(title));
