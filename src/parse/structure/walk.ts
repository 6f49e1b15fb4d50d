/**
 * The walk over the page's headings that decides, heading by heading, what each part is: a
 * section, one initiative, a section of items, context or nothing (see ./index.ts for the rules,
 * and ./explanation.ts for the record of each decision).
 */
import type { RootContent } from 'mdast';
import { isFieldKeyTitle } from '../field-lists.js';
import { isPeriodLabel } from '../leads.js';
import type { OutlineHeading, OutlineNode } from '../outline.js';
import { displayBlocks, openingStatusOf, proseCount, statusLineOf } from './blocks.js';
import { hasOwnDetailLines } from './parts-alike.js';
import { headingLine, sectionOf, type SectionDraft } from './sections.js';
import { initiativeFromHeading, isShippedRelease, itemsOf } from './drafts.js';
import { configReading, type Decision, type StructureOptions } from './explanation.js';
import { amongPeriodsOfWork, isGroupOfWork, sumsUpSiblings } from './siblings.js';
import { deliveredArea, ownWork, signedPart, workListOf } from './points.js';
import { namedWithStage } from './dated-titles.js';
import { isListDominated, shapeOf, WORK_LABEL } from './shape.js';
import {
  isTimeBucket,
  placeholderOnly,
  recurringPart,
  groupAmongBuckets,
  introducesSiblings,
  namesNothing,
  namesMoreWork,
  releaseAbove,
  namesARelease,
} from './groups.js';
import { listsItsWork } from './checklists.js';
import { kindOverNamedWork, stepsOfStatedWork } from './leaf-lists.js';
import { ownItemsOf } from './own-items.js';

export interface WalkContext {
  /** The heading level of the initiatives, when one holds them. */
  depth: number | undefined;
  /** Where the config says the initiatives are, when it does. */
  at: Exclude<StructureOptions['at'], 'auto'>;
  /** Why the level was chosen, for the decisions it makes. */
  levelWhy: string;
  options: StructureOptions;
  excluded: (title: string) => boolean;
  decide: (heading: OutlineHeading, reading: Decision['reading'], why: string) => void;
  /** Parts read as context or closing (or excluded) before the walk: read once, not again as work. */
  setAside: ReadonlySet<OutlineNode>;
}

export interface Walked {
  sections: SectionDraft[];
  /** Headings of every section-level node, for period detection. */
  sectionHeadings: OutlineHeading[];
  /** Context found on the way (prose before the work, above its level), each part under its heading. */
  introParts: RootContent[];
  /** Headings with nothing under them. */
  empty: OutlineHeading[];
  /** The section for a heading's node (the page's implicit one for none), made when first asked for. */
  sectionFor: (node: OutlineNode | undefined, context: OutlineHeading[]) => SectionDraft;
}

/** Walks the top-level parts (and what they hold), deciding what each is. */
export function walkParts(top: OutlineNode[], walk: WalkContext): Walked {
  const { depth, at, levelWhy, options, excluded, decide, setAside } = walk;
  const sections: SectionDraft[] = [];
  const sectionHeadings: OutlineHeading[] = [];
  const introParts: RootContent[] = [];
  const empty: OutlineHeading[] = [];
  let seenInitiative = false;
  /** Depth of the heading whose section took the latest initiatives. */
  let workDepth = 0;
  let implicit: SectionDraft | undefined;

  const sectionFor = (node: OutlineNode | undefined, context: OutlineHeading[]): SectionDraft => {
    if (!node) {
      implicit ??= { context: [], intro: [], initiatives: [], position: { line: 1, column: 1 } };
      if (!sections.includes(implicit)) sections.push(implicit);
      return implicit;
    }
    const existing = sections.find((s) => s.heading === node.heading);
    if (existing) return existing;
    const section = sectionOf(node, context);
    sections.push(section);
    sectionHeadings.push(section.heading!);
    return section;
  };
  const oneInitiative = (
    node: OutlineNode,
    parent: OutlineNode | undefined,
    context: OutlineHeading[],
    why: string,
  ) => {
    sectionFor(parent, context.slice(0, -1)).initiatives.push(initiativeFromHeading(node));
    seenInitiative = true;
    workDepth = parent?.heading?.depth ?? 0;
    decide(node.heading!, 'initiative', why);
  };
  const asContext = (heading: OutlineHeading, shown: RootContent[], why: string) => {
    if (!shown.length) empty.push(heading);
    else introParts.push(headingLine(heading), ...shown);
    decide(heading, shown.length ? 'context' : 'empty', why);
  };

  const atLevel = (nodes: OutlineNode[]): OutlineNode[] =>
    nodes.flatMap((n) =>
      n.heading!.depth === depth ? [n] : n.heading!.depth < (depth ?? 0) ? atLevel(n.children) : [],
    );
  const namesItsWork = !at && depth !== undefined && atLevel(top).some((n) => workListOf(n));
  const visit = (node: OutlineNode, parent: OutlineNode | undefined, context: OutlineHeading[]) => {
    const heading = node.heading!;
    if (setAside.has(node)) return;
    if (!at && sumsUpSiblings(node, parent?.children ?? top)) {
      asContext(heading, displayBlocks(node.blocks), 'its items name the headings beside it: it sums them up');
      return;
    }
    // Under a heading at the initiative level, a sub-heading that names a list of the work
    // ("### Initiatives on X's roadmap" over five bullets) holds the initiatives, one per item.
    if (!at && depth !== undefined && heading.depth > depth && parent && workListOf(parent) === node) {
      const found = itemsOf(node.blocks, {
        titledOnly: false,
        excluded,
        heading: heading.title,
        releaseAbove: releaseAbove(node),
      });
      if (found) {
        const section = sectionFor(node, context);
        section.intro.push(...found.intro);
        section.initiatives.push(...found.items);
        seenInitiative = true;
        workDepth = heading.depth;
        decide(heading, 'items', `${found.why}: a list of the work under "${parent.heading!.title}"`);
        return;
      }
    }
    const bucketOfItems =
      !at &&
      shapeOf(node) === 'list' &&
      ((isTimeBucket(heading) &&
        !amongPeriodsOfWork(node, parent?.children ?? top) &&
        // At the level of the work, a name with its stage or date in a remark ("Mail hooks
        // (Phase 1)") is a piece of work as the headings beside it are, not a period over its points.
        !(heading.depth === depth && namedWithStage(heading.title.replace(/^[^\p{L}\p{N}]+/u, '')))) ||
        groupAmongBuckets(node) ||
        namesMoreWork(heading) ||
        kindOverNamedWork(node));
    if (!at && depth !== undefined && heading.depth === depth && workListOf(node)) {
      // Its own words introduce the list under it.
      sectionFor(node, context).intro.push(...displayBlocks(node.blocks));
      decide(heading, 'section', 'a sub-heading under it names a list of the work');
      for (const child of node.children) visit(child, node, [...context, heading]);
      return;
    }
    // Where the page names its work in such a list, a prose heading beside it at that level
    // ("Milestones", "Upstream work" on how features are planned) tells how, not what.
    if (!at && depth !== undefined && heading.depth === depth && !node.children.length && namesItsWork) {
      asContext(heading, displayBlocks(node.blocks), 'the page lists its work under another heading');
      return;
    }
    if (!at && depth !== undefined && heading.depth >= depth && namesNothing(node)) {
      asContext(heading, displayBlocks(node.blocks), 'its title only holds a place: no work named yet');
      return;
    }
    if (!at && heading.depth === depth && introducesSiblings(node, parent?.children ?? top)) {
      asContext(heading, displayBlocks(node.blocks), 'it names the kind of work the headings after it describe');
      return;
    }
    if (
      depth !== undefined &&
      heading.depth >= depth &&
      !bucketOfItems &&
      !(!at && heading.depth === depth && isGroupOfWork(node))
    ) {
      oneInitiative(node, parent, context, `at the initiative level (H${depth}): ${levelWhy}`);
      return;
    }
    if (node.children.length) {
      const section = sectionFor(node, context);
      // A heading's own list before its sub-headings, where it is work (./own-items.ts).
      const own = ownItemsOf(node, walk);
      // Above the initiative level, a heading with a list of its own about its topic before its
      // sub-headings ("## Community plugins": eight bullets, then "### ASTExplorer") is a piece of
      // work itself, as it would be without them.
      const itself =
        !own && depth !== undefined && heading.depth < depth && !at && ownWork(node)
          ? initiativeFromHeading({ ...node, children: [] })
          : undefined;
      if (own) {
        section.intro.push(...own.intro);
        section.initiatives.push(...own.items);
        seenInitiative = true;
        workDepth = heading.depth;
      } else if (itself) {
        // Beside its sibling headings, as it would stand without sub-headings; at the top, first in its own section.
        (parent ? sectionFor(parent, context.slice(0, -1)) : section).initiatives.push(itself);
        seenInitiative = true;
      } else {
        section.intro.push(...displayBlocks(node.blocks));
      }
      decide(
        heading,
        own ? 'items' : itself ? 'initiative' : 'section',
        own
          ? `${own.why}, before the headings under it`
          : itself
            ? 'a list of its own before the headings under it, and it groups them'
            : 'it groups the headings under it',
      );
      for (const child of node.children) visit(child, node, [...context, heading]);
      if (!section.initiatives.length && sections.includes(section)) {
        // A heading whose sub-headings all turned out to be their own sections.
        sections.splice(sections.indexOf(section), 1);
        if (section.intro.length) sections.find((s) => s.context.includes(heading))?.intro.unshift(...section.intro);
      }
      return;
    }
    // A heading labelled as one unit of work ("Goal: …", "Epic: …") is one, whatever its list holds;
    // so is a release that has shipped (its heading links to the published release): its list is
    // what it delivered, history rather than work to present item by item.
    if (!at && WORK_LABEL.test(heading.title)) {
      oneInitiative(node, parent, context, 'its title labels it as one unit of work');
      return;
    }
    // So is one with detail lines of its own ("**Goal:** …", "**Contributors:** …"), as shapeOf reads it,
    // even on a page where no heading level holds the work and lists do.
    if (!at && depth === undefined && hasOwnDetailLines(node) && !isPeriodLabel(heading.title)) {
      oneInitiative(node, parent, context, 'its detail lines describe one piece of work');
      return;
    }
    // So is an area of a part that says its work is done ("## Implemented" over "### Wire protocol" and
    // its ten points): what that area delivered, not work to present point by point.
    if (!at && deliveredArea(node)) {
      oneInitiative(node, parent, context, 'an area of work its group says is done: its list is what it delivered');
      return;
    }
    if (!at && signedPart(node))
      return oneInitiative(node, parent, context, 'a sign and a bold name head its points: one piece of work');
    if (!at && stepsOfStatedWork(node, parent?.children ?? top))
      return oneInitiative(node, parent, context, 'it names work and how it stands; its list holds the steps');
    if (!at && isShippedRelease(heading)) {
      oneInitiative(node, parent, context, 'a release that has shipped: its list is what it delivered');
      return;
    }
    const bucket = !at && listsItsWork(node, depth);
    const found = at?.startsWith('h')
      ? undefined
      : itemsOf(node.blocks, {
          titledOnly: !at && depth !== undefined && !bucket,
          tasksAreWork: bucket || at === 'list',
          tablesOnly: at === 'table',
          titleColumn: options.titleColumn,
          excluded,
          heading: heading.title,
          releaseAbove: releaseAbove(node),
        });
    // Above the initiative level, titled items make a section of initiatives even beside some prose.
    const container =
      found &&
      (at ||
        depth === undefined ||
        isListDominated(node.blocks) ||
        (found.items.length >= 2 && proseCount(node.blocks) <= found.items.length) ||
        proseCount(node.blocks) === 0);
    if (found && container) {
      const section = sectionFor(node, context);
      section.intro.push(...found.intro);
      section.initiatives.push(...found.items);
      seenInitiative = true;
      workDepth = heading.depth;
      decide(heading, 'items', found.why);
      return;
    }
    const shown = displayBlocks(node.blocks);
    // Prose before the work, or above the level the work was found at (a note after a release's
    // list of items), is context; prose beside the work is work. With a level or items set by the
    // config, any other part is context.
    // Above the level the deck budget reads at, a heading over its own list of the work is one slide.
    if (options.holders?.has(heading.position.line))
      return oneInitiative(node, parent, context, `its list is one slide, as each H${depth} heading's is`);
    if (at) return asContext(heading, shown, configReading(at, depth));
    // (A release over its list is no introduction, even the first one: "## v1.4.0" over a note and its fix.)
    if (!seenInitiative && !(namesARelease(heading.title) && node.blocks.some((b) => b.type === 'list')))
      return asContext(heading, shown, 'prose before the first initiative');
    // "#### Registry 2.2" over "TBD" holds a place for work not yet named, as a "TBD" row does.
    if (placeholderOnly(node)) return asContext(heading, shown, 'it only holds a place: no work named yet');
    if (heading.depth < workDepth) return asContext(heading, shown, 'prose above the level the work was found at');
    if (!shown.length && statusLineOf(node.blocks) === undefined && !openingStatusOf(node.blocks)) {
      empty.push(heading);
      decide(heading, 'empty', 'nothing under it');
      return;
    }
    // "### Deliverables" beside "### Focus Areas": a part titled only by a key of the details says what
    // its group delivers or aims at, not a piece of work of its own.
    if (isFieldKeyTitle(heading.title) && !node.children.length)
      return asContext(heading, shown, 'its title is a key of the details of the part above it');
    // "### Epic Summary" under each epic: a part of the template every group fills in.
    if (recurringPart(node)) return asContext(heading, shown, 'its title recurs under each group: a part of each');
    oneInitiative(node, parent, context, 'prose beside the work');
  };
  for (const node of top) visit(node, undefined, []);
  return { sections, sectionHeadings, introParts, empty, sectionFor };
}
