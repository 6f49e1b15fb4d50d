/**
 * Passes over a built outline that fold sub-headings into the part above them: a sub-heading that
 * only illustrates (a code block, a diagram), and detail sub-headings written as a template under
 * each piece of work ("### Objective", "### Steps", "### Context").
 */
import { namesAnAspect, namesWhatItBrings, namesWhyOrWhat } from './aspect-headings.js';
import { FIELD_KEY, FIELD_KEY_OTHER } from './field-lists.js';
import { trimTrailingColon } from './leads.js';
import { trackableUrlsIn } from './links.js';
import type { OutlineNode } from './outline.js';
import { bucketOf } from './period.js';
import { nameAfterStage, namesAStageOnly, releaseWorkName } from './period-names.js';
import { STATUS_KEY } from './structure/status-lines.js';
import { readTable } from './table.js';
import { splitTitleStatus } from './title-status.js';
import { undecorated } from './title-words.js';

/**
 * A sub-heading whose whole content is a code block or a diagram ("### Install plan" over
 * a tree of steps) illustrates the part above it: it joins that part's text, under its title.
 */
export function foldIllustrations(node: OutlineNode): void {
  for (const child of node.children) foldIllustrations(child);
  if (!node.heading) return;
  const illustrations = node.children.filter(
    (child) => !child.children.length && child.blocks.length > 0 && child.blocks.every((b) => b.type === 'code'),
  );
  for (const child of illustrations) {
    node.blocks.push(
      { type: 'paragraph', children: [{ type: 'strong', children: child.heading!.rich }] },
      ...child.blocks,
    );
  }
  node.children = node.children.filter((child) => !illustrations.includes(child));
}

/** A sub-heading that says how the work above it stands: a status key ("Status", "Statut", "状态"), or "Progress". */
const statusHeading = (key: string) => STATUS_KEY.test(key) || /^progress$/i.test(key);

/** Sub-headings that name a detail of the work above them: "Objective:", "Steps", "Milestone", "Status". */
const FIELD_HEADING = /^(steps|tasks|motivation|scope|rationale|background|approach|plan)$/i;

/** A detail's key, in English or in the page's language ("Statut", "状态"). */
const namesAField = (key: string) => FIELD_KEY.test(key) || FIELD_KEY_OTHER.test(key) || FIELD_HEADING.test(key);

function isFieldHeading(node: OutlineNode): boolean {
  const title = node.heading!.title.trim();
  const key = title.replace(/\s*[:：]$/, '');
  return !node.children.length && (namesAField(key) || /[:：]$/.test(title));
}

const fieldKeyOf = (node: OutlineNode) =>
  node
    .heading!.title.trim()
    .replace(/\s*[:：]$/, '')
    .toLowerCase();

/**
 * A heading whose sub-headings are detail fields, two or more of them named as detail lines are
 * ("Objective", "Steps") or named alike under other headings of the page ("Context", "References"
 * under each piece of work): a template the page fills in for each. One sub-heading of its own
 * ("Goals and Needs") may stand among them. A period or release over sub-headings groups them; a stage
 * named for its work ("Milestone 2: Private preview") is that work.
 */
function holdsFields(node: OutlineNode, recurring: Set<string>): boolean {
  // (A stage named for its work, "Milestone 2: Private preview", that states its own status under a
  // sub-heading of its own, is that work: its sub-headings are its details. One without, "Phase 1 -
  // Foundations" over its "Deliverables", groups them.)
  const title = node.heading?.title ?? '';
  const statedStage =
    bucketOf(title)?.kind === 'phase' &&
    !!nameAfterStage(title) &&
    node.children.some((child) => statusHeading(fieldKeyOf(child)));
  if (!node.heading || !node.children.length || (bucketOf(title) && !statedStage)) return false;
  const leaves = node.children.every((child) => !child.children.length);
  const named = node.children.filter((child) => namesAField(fieldKeyOf(child)));
  if (named.length >= 2 && node.children.every(isFieldHeading)) return true;
  // Areas named alike under each period ("Storage", "Testing" under "Q1" and "Q2") are not fields:
  // one sub-heading at least is named as a detail line is.
  const keyed = node.children.filter((child) => named.includes(child) || recurring.has(fieldKeyOf(child)));
  return (
    leaves &&
    named.length >= 1 &&
    keyed.length >= 2 &&
    node.children.length - keyed.length <= Math.min(1, keyed.length - 1)
  );
}

/** Titles of leaf sub-headings that recur under two or more headings of the page. */
function recurringSubheadings(root: OutlineNode): Set<string> {
  const parents = new Map<string, number>();
  const walk = (node: OutlineNode) => {
    const own = new Set(node.children.filter((c) => !c.children.length && c.heading).map(fieldKeyOf));
    for (const key of own) parents.set(key, (parents.get(key) ?? 0) + 1);
    node.children.forEach(walk);
  };
  walk(root);
  return new Set([...parents].filter(([, n]) => n >= 2).map(([key]) => key));
}

/**
 * Headings that each describe their work under the same detail sub-headings ("## 1. E2E testing" over
 * "### Objective:", "### Steps:", "### Milestone:", and the next heading alike) write, as sub-headings,
 * the detail lines others write in bold ("**Goal**: …"): the sub-headings join their heading's text as
 * such lines. A template seen once (a page's own "## Goals" and "## Milestones") is left as it is.
 */
export function foldFieldHeadings(root: OutlineNode): void {
  const holders: OutlineNode[] = [];
  const told: OutlineNode[] = [];
  const recurring = recurringSubheadings(root);
  const walk = (node: OutlineNode) => {
    if (holdsFields(node, recurring)) holders.push(node);
    else if (toldByAspects(node)) told.push(node);
    else node.children.forEach(walk);
  };
  walk(root);
  const aspects = aspectHolders(told);
  for (const node of aspects) node.heading!.told = true;
  for (const node of [holders, aspects].filter((found) => found.length >= 2).flat()) {
    for (const child of node.children) {
      const line = child.heading!.position.line;
      node.blocks.push(
        {
          type: 'paragraph',
          children: [
            { type: 'strong', children: trimTrailingColon(child.heading!.rich) },
            { type: 'text', value: ':' },
          ],
          position: { start: { line, column: 1 }, end: { line, column: 1 } },
        },
        ...child.blocks,
      );
    }
    node.children = [];
  }
}

/** A heading's title without its status: "Phase 1: Importer ✅ Complete" → "Phase 1: Importer". */
function withoutStatus(title: string): { name: string; stated: boolean } {
  const split = splitTitleStatus([{ type: 'text', value: title }]);
  const name = split.titleRich.map((inline) => ('value' in inline ? inline.value : '')).join('');
  return { name: undecorated(name), stated: !!split.status && split.status !== 'unknown' };
}

/**
 * A heading over leaf sub-headings that each tell an aspect of it ("Goals", "Key Features",
 * "Technical Details", "Use Cases"), one of them why it is done or what it brings; one sub-heading of
 * its own may stand among them ("Integration with partners"). Features that are separate pieces of
 * work (holdsSeparateWork) do not make their heading one.
 */
function toldByAspects(node: OutlineNode): boolean {
  if (!node.heading || !node.children.length || node.children.some((child) => child.children.length)) return false;
  const titles = node.children.map((child) => child.heading!.title);
  const aspects = titles.filter(namesAnAspect).length;
  return (
    titles.some(namesWhyOrWhat) &&
    titles.length - aspects <= Math.min(1, aspects - 1) &&
    !holdsSeparateWork(node.children.filter((child) => namesWhyOrWhat(child.heading!.title)))
  );
}

/**
 * Features tracked one by one, each by an issue or pull request of its own, or set out in a table (a
 * row each: under "Features", or with a column of states under any aspect, "| Item | Owner | Status |"
 * under "Scope"): separate pieces of work, not the aspects of one. (A table of goals or benefits,
 * "| Goal | Metric | Target |", tells the work's aims.)
 */
function holdsSeparateWork(nodes: OutlineNode[]): boolean {
  const tableOfWork = (node: OutlineNode) =>
    node.blocks.some(
      (block) => block.type === 'table' && (namesWhatItBrings(node.heading!.title) || statesEachRow(readTable(block))),
    );
  return trackersIn(nodes) >= 2 || nodes.some(tableOfWork);
}

const statesEachRow = (reading: ReturnType<typeof readTable>) =>
  reading.kind === 'items' && reading.roles.includes('status');

/** How many issues or pull requests the text of these headings links to. */
const trackersIn = (nodes: OutlineNode[]): number => trackableUrlsIn(nodes.flatMap((node) => node.blocks)).size;

/**
 * Of the headings told by aspects, the releases and stages named for their work are that work: a
 * release by its number and name ("v2.4.0 - Search & Alerts (Q3 2027)"), a stage by its name
 * when it states its status ("Phase 1: Importer ✅ Complete") or stands beside such stages. A stage that
 * does not, "Phase 1 - Foundations" over its "Objectives" and "Deliverables", groups its deliverables,
 * as a period does even when named ("Q1 2025: Performance").
 */
function aspectHolders(told: OutlineNode[]): OutlineNode[] {
  const named = told.flatMap((node) => {
    const { name, stated } = withoutStatus(node.heading!.title);
    if (releaseWorkName(name)) return [{ node, sure: true }];
    const stage = bucketOf(name)?.kind === 'phase' ? nameAfterStage(name) : undefined;
    const statedBelow = node.children.some((child) => statusHeading(fieldKeyOf(child)));
    return stage && !namesAStageOnly(stage) ? [{ node, sure: stated || statedBelow }] : [];
  });
  if (named.filter((n) => n.sure).length < 2) return [];
  return named.map((n) => n.node);
}
