/**
 * Structure inference: which parts of the page are sections, which are
 * initiatives, and which are introduction or closing. Every decision is a
 * general rule, recorded with its reason so that `inspect --explain` can show
 * it:
 *
 * 1. A page's title heading (a lone top heading) is unwrapped.
 * 2. Parts about the roadmap rather than work in it — how to contribute, what
 *    the document is, questions, process, risks, non-goals, link lists — are
 *    closing or introduction (./meta.ts).
 * 3. Candidate levels: at each heading level, the headings that describe one
 *    thing in prose are counted; the level where most headings do, with the
 *    most of them, holds the initiatives (./levels.ts). Headings above it are
 *    sections; below it, detail of an initiative.
 * 4. A part whose content is items — list items, table rows (./table.ts) — is
 *    a section with one initiative per item, when its items name their work,
 *    or when no heading level holds initiatives, or when its heading is a
 *    period or status group ("Q3", "Backlog"). A heading that labels itself
 *    as one unit of work ("Goal: …") or states its own status is one
 *    initiative whatever its list holds.
 * 5. Prose before the first initiative, or above the level the work was found
 *    at, is context; prose beside the work is work.
 *
 * A page's config can say where the initiatives are instead (StructureOptions).
 */
import type { RootContent } from 'mdast';
import type { Bucket, Position, Status } from '../../model/types.js';
import type { InitiativeDraft } from '../items.js';
import { positionOf } from '../markdown.js';
import { metaOf } from '../meta.js';
import { descendants, flattenBlocks, type OutlineHeading, type OutlineNode } from '../outline.js';
import { bucketOf } from '../period.js';
import { statusOfSectionTitle } from '../status.js';
import { displayBlocks, progressOf, statusLineOf } from './blocks.js';
import { initiativeFromHeading, isShippedRelease, itemsOf, statusOfHeading } from './drafts.js';
import {
  type Ambiguity,
  type Decision,
  type Explanation,
  findNode,
  matchesTitle,
  type StructureOptions,
} from './explanation.js';
import { levelCandidates, pickLevel } from './levels.js';
import { amongPeriodsOfWork, isGroupOfWork, sumsUpSiblings } from './siblings.js';
import {
  isListDominated,
  isTimeBucket,
  ownWork,
  proseCount,
  releaseChecklist,
  shapeOf,
  WORK_LABEL,
  WRAPPER_TITLE,
} from './shape.js';

export interface SectionDraft {
  heading?: OutlineHeading;
  /** Titles of enclosing sections, outermost first. */
  context: OutlineHeading[];
  intro: RootContent[];
  initiatives: InitiativeDraft[];
  status?: Status;
  statusText?: string;
  bucket?: Bucket;
  position: Position;
}

export interface MetaPart {
  heading: OutlineHeading;
  blocks: RootContent[];
}

export type { Ambiguity, Decision, Explanation, StructureOptions };
export { matchesTitle };

export interface Structure {
  /** Headings unwrapped as the page title, outermost first. */
  titleHeadings: OutlineHeading[];
  intro: RootContent[];
  sections: SectionDraft[];
  closing: MetaPart[];
  /** Headings of every section-level node, for period detection. */
  sectionHeadings: OutlineHeading[];
  /** Headings with nothing under them (no text, items or sub-headings). */
  empty: OutlineHeading[];
  explanation: Explanation;
}

export function extractStructure(outline: OutlineNode, options: StructureOptions = {}): Structure {
  const structure = extractWith(outline, 2, options);
  // A roadmap of a single initiative: one heading that describes work in prose is not
  // enough to tell initiatives from an intro, unless nothing else on the page is one.
  return structure.sections.length ? structure : extractWith(outline, 1, options);
}

const headingLine = (heading: OutlineHeading): RootContent => ({
  type: 'paragraph',
  children: [{ type: 'strong', children: heading.rich }],
});

/** The first of several H1s, when it names the roadmap and holds only prose. */
export function isTitleAmongPeers(top: OutlineNode[]): boolean {
  const [first] = top;
  if (top.length < 2 || !first?.heading || first.heading.depth !== 1 || first.children.length) return false;
  if (!top.every((node) => node.heading?.depth === 1)) return false;
  if (!/\broadmap\b/i.test(first.heading.title)) return false;
  return first.blocks.every(
    (block) => block.type === 'paragraph' || block.type === 'html' || block.type === 'blockquote',
  );
}

function extractWith(outline: OutlineNode, minProse: number, options: StructureOptions): Structure {
  const titleHeadings: OutlineHeading[] = [];
  const intro: RootContent[] = [...outline.blocks];
  const decisions: Decision[] = [];
  const unused: string[] = [];
  const decide = (heading: OutlineHeading, reading: Decision['reading'], why: string) =>
    decisions.push({ line: heading.position.line, title: heading.title, reading, why });
  const excluded = (title: string) => (options.exclude ?? []).some((pattern) => matchesTitle(pattern, title));
  let top = outline.children;
  // A lone heading at the top (an H1, or the only H2) titles the page: unwrap it. An H1 always
  // does ("# Acme Roadmap 2025"); a lone lower heading that names a time bucket ("## Now")
  // groups work: it is a section, not the title.
  while (top.length === 1 && top[0]!.heading && (top[0]!.heading.depth === 1 || !isTimeBucket(top[0]!.heading))) {
    // Below the page's title, a lone heading wraps the roadmap only when it says so ("## Roadmap",
    // "## Our priorities"); a lone "## Security" is the one section the page has.
    // One that says the status of what it holds ("Planned Features") is that section.
    if (
      titleHeadings.length &&
      (!WRAPPER_TITLE.test(top[0]!.heading.title) || statusOfSectionTitle(top[0]!.heading.title) !== 'unknown')
    )
      break;
    titleHeadings.push(top[0]!.heading);
    intro.push(...top[0]!.blocks);
    top = top[0]!.children;
  }

  // Several top headings of which the first only names the roadmap in prose ("# Roadmap", a few
  // sentences, then "# Overview", "# Priority 1"…): that first one titles the page.
  if (!titleHeadings.length && isTitleAmongPeers(top)) {
    titleHeadings.push(top[0]!.heading!);
    intro.push(...top[0]!.blocks);
    top = top.slice(1);
  }

  const closing: MetaPart[] = [];
  const about: MetaPart[] = [];
  if (options.within) {
    const target = findNode(top, options.within);
    if (target) {
      // Everything but the named part is context, the text of the parts around it included.
      const setAside = (nodes: OutlineNode[]) => {
        for (const node of nodes) {
          if (node === target) continue;
          if (descendants(node).includes(target)) {
            about.push({ heading: node.heading!, blocks: node.blocks });
            setAside(node.children);
          } else {
            about.push({ heading: node.heading!, blocks: flattenBlocks(node) });
          }
        }
      };
      setAside(top);
      top = [target];
    } else {
      unused.push(`initiatives.within: the page has no heading "${options.within}"`);
    }
  }

  // Under a period or status group ("Q1 2021", "Next steps") among others of its kind, a heading names
  // a piece of work. (A lone one, such as a title "Roadmap: May 2021 - July 2021", groups the whole page.)
  const inBucket = (node: OutlineNode) => {
    const group = node.parent;
    if (!group?.heading || !isTimeBucket(group.heading)) return false;
    return (group.parent?.children ?? []).some(
      (peer) => peer !== group && !!peer.heading && isTimeBucket(peer.heading),
    );
  };
  const content: OutlineNode[] = [];
  const collect = (nodes: OutlineNode[]) => {
    for (const node of nodes) {
      const meta = metaOf(node.heading!.title, node.blocks, node.children.length > 0, inBucket(node));
      if (meta || excluded(node.heading!.title)) {
        const kind = meta?.kind === 'closing' ? 'closing' : 'about';
        (kind === 'closing' ? closing : about).push({ heading: node.heading!, blocks: flattenBlocks(node) });
        decide(
          node.heading!,
          meta ? (kind === 'closing' ? 'closing' : 'context') : 'excluded',
          meta ? meta.why : 'excluded by the config',
        );
        continue;
      }
      content.push(node);
      collect(node.children);
    }
  };
  collect(top);

  const at = options.at && options.at !== 'auto' ? options.at : undefined;
  const levels = levelCandidates(content, minProse);
  const { best, second } = pickLevel(levels);
  const depth = at ? (at.startsWith('h') ? Number(at.slice(1)) : undefined) : best?.depth;
  const levelWhy = at
    ? `the config says initiatives are ${at.startsWith('h') ? `H${depth} headings` : at === 'list' ? 'list items' : 'table rows'}`
    : best
      ? `${best.prose} of ${best.total} H${best.depth} headings describe one thing in prose`
      : 'no heading level has mostly prose headings: items (list items, table rows) are the initiatives';
  const ambiguities: Ambiguity[] = [];
  if (!at && best && second && second.prose >= best.prose * 0.75) {
    const line = content.find((node) => node.heading!.depth === second.depth)?.heading!.position.line ?? 1;
    ambiguities.push({
      line,
      message: `initiatives could be the H${best.depth} headings (${best.prose} describe work) or the H${second.depth} headings (${second.prose})`,
      readings: [
        { reading: `H${best.depth} headings (chosen)`, config: `"initiatives": { "at": "h${best.depth}" }` },
        { reading: `H${second.depth} headings`, config: `"initiatives": { "at": "h${second.depth}" }` },
      ],
    });
  }

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
    const heading = node.heading!;
    const stated = statusLineOf(node.blocks) ?? progressOf(node.blocks);
    const fromTitle = statusOfHeading(heading);
    const inherited = [...context]
      .reverse()
      .map((h) => statusOfSectionTitle(h.title))
      .find((s) => s !== 'unknown');
    const section: SectionDraft = {
      heading,
      context,
      intro: [],
      initiatives: [],
      status: stated?.status ?? (fromTitle !== 'unknown' ? fromTitle : inherited),
      statusText: stated?.statusText,
      bucket:
        bucketOf(heading.title) ??
        [...context]
          .reverse()
          .map((h) => bucketOf(h.title))
          .find(Boolean),
      position: heading.position,
    };
    sections.push(section);
    sectionHeadings.push(heading);
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

  const visit = (node: OutlineNode, parent: OutlineNode | undefined, context: OutlineHeading[]) => {
    const heading = node.heading!;
    if (metaOf(heading.title, node.blocks, node.children.length > 0, inBucket(node)) || excluded(heading.title)) return;
    if (!at && sumsUpSiblings(node, parent?.children ?? top)) {
      asContext(heading, displayBlocks(node.blocks), 'its items name the headings beside it: it sums them up');
      return;
    }
    const bucketOfItems =
      !at && shapeOf(node) === 'list' && isTimeBucket(heading) && !amongPeriodsOfWork(node, parent?.children ?? top);
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
      // On a page of items, a heading's own list comes before its sub-headings: it is work too.
      const own =
        depth === undefined && !at?.startsWith('h') && isListDominated(node.blocks)
          ? itemsOf(node.blocks, {
              titledOnly: false,
              tasksAreWork: isTimeBucket(heading),
              tablesOnly: at === 'table',
              titleColumn: options.titleColumn,
              excluded,
              heading: heading.title,
            })
          : undefined;
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
    if (!at && isShippedRelease(heading)) {
      oneInitiative(node, parent, context, 'a release that has shipped: its list is what it delivered');
      return;
    }
    // Under a period or status group every item is work, titled or not ("Backlog": one-line items),
    // unless the group states a status of its own (then it is one piece of work). Under anything
    // else, a checklist is the steps of one piece of work.
    const bucket = !at && (isTimeBucket(heading) || releaseChecklist(node)) && !statusLineOf(node.blocks);
    const found = at?.startsWith('h')
      ? undefined
      : itemsOf(node.blocks, {
          titledOnly: !at && depth !== undefined && !bucket,
          tasksAreWork: bucket || at === 'list',
          tablesOnly: at === 'table',
          titleColumn: options.titleColumn,
          excluded,
          heading: heading.title,
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
    if (at)
      return asContext(
        heading,
        shown,
        `the config says initiatives are ${at === 'list' ? 'list items' : at === 'table' ? 'table rows' : `H${depth} headings`}`,
      );
    if (!seenInitiative) return asContext(heading, shown, 'prose before the first initiative');
    if (heading.depth < workDepth) return asContext(heading, shown, 'prose above the level the work was found at');
    if (!shown.length && statusLineOf(node.blocks) === undefined) {
      empty.push(heading);
      decide(heading, 'empty', 'nothing under it');
      return;
    }
    oneInitiative(node, parent, context, 'prose beside the work');
  };
  for (const node of top) visit(node, undefined, []);

  if (!sections.some((s) => s.initiatives.length) && !at?.startsWith('h')) {
    // No headings to speak of: the page's own list or table is the roadmap.
    // A page whose only list is a checklist lists its work item by item.
    const options_ = { titledOnly: false, tablesOnly: at === 'table', titleColumn: options.titleColumn, excluded };
    const found =
      itemsOf(intro, options_) ??
      itemsOf(intro, { ...options_, tasksAreWork: true }) ??
      itemsOf(intro, { ...options_, tasksAreWork: true, matrixIsWork: true });
    if (found) {
      sectionFor(undefined, []).initiatives.push(...found.items);
      intro.splice(0, intro.length, ...found.intro);
      decisions.push({
        line: found.items[0]?.position.line ?? 1,
        title: '(the page)',
        reading: 'items',
        why: `no heading holds work; ${found.why}`,
      });
    }
  }

  for (const part of about) introParts.push(headingLine(part.heading), ...part.blocks);
  // Sections in page order: a section gathers initiatives from where its first one stands.
  const firstLine = (s: SectionDraft) => Math.min(...s.initiatives.map((i) => i.position.line));
  decisions.sort((a, b) => a.line - b.line);
  return {
    titleHeadings,
    intro: [...displayBlocks(intro), ...introParts],
    sections: sections.filter((s) => s.initiatives.length).sort((a, b) => firstLine(a) - firstLine(b)),
    closing,
    empty,
    sectionHeadings: sectionHeadings.length
      ? sectionHeadings
      : descendants(outline)
          .map((n) => n.heading!)
          .filter((h) => h.depth < (depth ?? 7)),
    explanation: { levels, ...(depth !== undefined ? { level: depth } : {}), levelWhy, decisions, ambiguities, unused },
  };
}

export { positionOf };
