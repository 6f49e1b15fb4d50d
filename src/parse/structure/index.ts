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
import { positionOf } from '../markdown.js';
import { descendants, flattenBlocks, type OutlineHeading, type OutlineNode } from '../outline.js';
import { statusOfSectionTitle } from '../status.js';
import { displayBlocks } from './blocks.js';
import { itemsOf } from './drafts.js';
import { introTableOfWork, isTitleAmongPeers } from './page-top.js';
import {
  type Ambiguity,
  configReading,
  type Decision,
  type Explanation,
  findNode,
  matchesTitle,
  type StructureOptions,
} from './explanation.js';
import { levelCandidates, pickLevel } from './levels.js';
import { headingLine, type SectionDraft } from './sections.js';
import { walkParts } from './walk.js';
import { WRAPPER_TITLE } from './shape.js';
import { isTimeBucket, statusAmongGroups } from './groups.js';
import { titleChecklists, withoutRepeats } from './page-passes.js';
import { holdsPeriodsOfWork, metaOfPart } from './summary.js';
import { splitRowGroups } from './row-groups.js';
import { withinBudget } from './deck-budget.js';
import { singleOrBoxes } from './lone-part.js';

export interface MetaPart {
  heading: OutlineHeading;
  blocks: RootContent[];
}

export type { Ambiguity, Decision, Explanation, StructureOptions };
export type { SectionDraft };
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
  const first = extractWith(outline, 2, options);
  // A roadmap of a single initiative: one heading that describes work in prose is not
  // enough to tell initiatives from an intro, unless nothing else on the page is one.
  const structure = first.sections.length
    ? first
    : singleOrBoxes(outline, extractWith(outline, 1, options), options, () =>
        extractWith(outline, 2, { ...options, at: 'list' }),
      );
  if (options.at && options.at !== 'auto') return structure;
  return withinBudget(outline, structure, (depth, why, holders) =>
    extractWith(outline, 2, { ...options, at: `h${depth}` as StructureOptions['at'], holders }, why),
  );
}

function extractWith(outline: OutlineNode, minProse: number, options: StructureOptions, why?: string): Structure {
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
  // A part about the roadmap that holds periods of work under it: its own words are that part, and the
  // headings under it stand in its place.
  // Only the headings that hold such periods stand so ("## Sigma" over its years); the others stay the part's.
  const promote = (nodes: OutlineNode[]): OutlineNode[] =>
    nodes.flatMap((node) => {
      const meta = node.heading && !options.within ? metaOfPart(node, false) : undefined;
      const holders = meta
        ? node.children.filter((child) => !isTimeBucket(child.heading!) && holdsPeriodsOfWork(child))
        : [];
      if (!meta || !holders.length) return [node];
      const rest = node.children.filter((child) => !holders.includes(child));
      (meta.kind === 'closing' ? closing : about).push({
        heading: node.heading!,
        blocks: [...node.blocks, ...flattenBlocks({ blocks: [], children: rest })],
      });
      decide(
        node.heading!,
        meta.kind === 'closing' ? 'closing' : 'context',
        `${meta.why}; the work under it stands on its own`,
      );
      return holders;
    });
  top = promote(top);
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
  const setAside = new Set<OutlineNode>();
  const collect = (nodes: OutlineNode[]) => {
    for (const node of nodes) {
      const meta = metaOfPart(node, inBucket(node) || statusAmongGroups(node));
      if (meta || excluded(node.heading!.title)) {
        const kind = meta?.kind === 'closing' ? 'closing' : 'about';
        (kind === 'closing' ? closing : about).push({ heading: node.heading!, blocks: flattenBlocks(node) });
        setAside.add(node);
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
  const levelWhy = why
    ? why
    : at
      ? configReading(at, depth)
      : best
        ? `${best.prose} of ${best.total} H${best.depth} headings describe one thing in prose`
        : 'no heading level has mostly prose headings: items (list items, table rows) are the initiatives';
  const ambiguities: Ambiguity[] = [];
  if (!at && best && second && second.prose >= best.prose * 0.75) {
    const line = content.find((node) => node.heading!.depth === second.depth)?.heading?.position.line ?? 1;
    ambiguities.push({
      line,
      message: `initiatives could be the H${best.depth} headings (${best.prose} describe work) or the H${second.depth} headings (${second.prose})`,
      readings: [
        { reading: `H${best.depth} headings (chosen)`, config: `"initiatives": { "at": "h${best.depth}" }` },
        { reading: `H${second.depth} headings`, config: `"initiatives": { "at": "h${second.depth}" }` },
      ],
    });
  }

  const { sections, sectionHeadings, introParts, empty, sectionFor } = walkParts(top, {
    depth,
    at,
    levelWhy,
    options,
    excluded,
    decide,
    setAside,
  });

  const held = sections.filter((s) => s.initiatives.length);
  if (held.length && !at?.startsWith('h')) titleChecklists(titleHeadings, intro, sectionFor(undefined, []), excluded);
  // A table of work above the first heading, each row with its state, beside sections of work (page-top.ts).
  const planned =
    held.length && !at?.startsWith('h') ? introTableOfWork(intro, held, options.titleColumn, excluded) : undefined;
  if (planned) {
    sectionFor(undefined, []).initiatives.push(...planned.items);
    intro.splice(0, intro.length, ...planned.intro);
    decisions.push({
      line: planned.items[0]!.position.line,
      title: '(the page)',
      reading: 'items',
      why: `a table of work above the first heading: ${planned.why}`,
    });
  }
  // Work finished is moved under "Completed"; what is still open stays in the page's own list, above it.
  const onlyDone = held.length > 0 && held.every((s) => s.status === 'done');
  if ((!held.length || onlyDone) && !at?.startsWith('h')) {
    // No headings to speak of: the page's own list or table is the roadmap.
    // A page whose only list is a checklist lists its work item by item.
    const options_ = { titledOnly: false, tablesOnly: at === 'table', titleColumn: options.titleColumn, excluded };
    const found =
      itemsOf(intro, options_) ??
      itemsOf(intro, { ...options_, tasksAreWork: true }) ??
      itemsOf(intro, { ...options_, tasksAreWork: true, matrixIsWork: true });
    if (found && (!onlyDone || found.items.length >= 2)) {
      sectionFor(undefined, []).initiatives.push(...found.items);
      intro.splice(0, intro.length, ...found.intro);
      decisions.push({
        line: found.items[0]?.position.line ?? 1,
        title: '(the page)',
        reading: 'items',
        why: onlyDone
          ? `the headings only hold work done; the page's own list, above them, is the work still open: ${found.why}`
          : `no heading holds work; ${found.why}`,
      });
    }
  }

  for (const part of about) introParts.push(headingLine(part.heading), ...part.blocks);
  withoutRepeats(sections);
  const grouped = splitRowGroups(sections);
  // Sections in page order: a section gathers initiatives from where its first one stands.
  const firstLine = (s: SectionDraft) => Math.min(...s.initiatives.map((i) => i.position.line));
  decisions.sort((a, b) => a.line - b.line);
  return {
    titleHeadings,
    intro: [...displayBlocks(intro), ...introParts],
    sections: grouped.filter((s) => s.initiatives.length).sort((a, b) => firstLine(a) - firstLine(b)),
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
