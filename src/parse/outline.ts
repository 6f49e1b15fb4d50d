/**
 * The heading outline of a page: headings (and, in pages without headings,
 * bold-only paragraphs acting as headings) with the blocks under each.
 */
import type { List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Position } from '../model/types.js';
import { FIELD_KEY } from './field-lists.js';
import { trimTrailingColon } from './leads.js';
import { plainText, positionOf, trimInlines } from './markdown.js';
import { namesHistory } from './meta.js';
import { bucketOf } from './period.js';
import { runInHeadOf, runInHeads } from './run-in-heads.js';

export interface OutlineHeading {
  /** Heading level; bold-only pseudo-headings sit half a level below their parent. */
  depth: number;
  title: string;
  rich: PhrasingContent[];
  position: Position;
  pseudo: boolean;
}

export interface OutlineNode {
  heading?: OutlineHeading;
  /** Blocks directly under the heading, before its first sub-heading. */
  blocks: RootContent[];
  children: OutlineNode[];
  parent?: OutlineNode;
}

export function buildOutline(root: Root): OutlineNode {
  const top: OutlineNode = { blocks: [], children: [] };
  const realHeadings = root.children.filter((node) => node.type === 'heading').length;
  // Bold-only paragraphs act as headings only in pages that have no heading structure of their own;
  // the name of a collapsible <details> block always does.
  const usePseudo = realHeadings <= 1;
  const releaseLines = usePseudo ? new Set<RootContent>() : releaseLabelLines(root.children);
  const runIns = runInHeads(root.children);
  const stack: OutlineNode[] = [top];
  const current = () => stack[stack.length - 1]!;
  const consumed = new Set<RootContent>();
  root.children.forEach((block, index) => {
    if (consumed.has(block)) return;
    let heading: OutlineHeading | undefined;
    let rest: RootContent | undefined;
    if (block.type === 'heading') {
      heading = {
        depth: block.depth,
        title: plainText(block),
        rich: trimInlines(block.children),
        position: positionOf(block),
        pseudo: false,
      };
      // "### " left empty over "**About this document**" (as documents exported from an editor are
      // written): the bold line is the heading's title.
      const next = root.children[index + 1];
      const bold = !heading.title.trim() && next?.type === 'paragraph' ? pseudoHeadingOf(next) : undefined;
      if (bold) {
        heading = { ...heading, title: bold.title, rich: bold.rich };
        rest = bold.rest;
        consumed.add(next!);
      }
    } else if (
      block.type === 'paragraph' &&
      (usePseudo || block.data?.summary || releaseLines.has(block) || runIns.has(block))
    ) {
      const pseudo =
        (runIns.has(block) ? runInHeadOf(block) : undefined) ??
        pseudoHeadingOf(block) ??
        (usePseudo || releaseLines.has(block) ? plainLabelOf(block, root.children[index + 1]) : undefined);
      // A bold line heads what follows it: the next blocks, or the rest of its own paragraph.
      if (pseudo && (index < root.children.length - 1 || pseudo.rest)) {
        const realDepth =
          [...stack].reverse().find((node) => node.heading && !node.heading.pseudo)?.heading?.depth ?? 0;
        heading = {
          depth: realDepth + 0.5,
          title: pseudo.title,
          rich: pseudo.rich,
          position: positionOf(block),
          pseudo: true,
        };
        rest = pseudo.rest;
      }
    }
    // (Under "History", such a list is the record of past releases, read as one part.)
    const under = [...stack].reverse().find((node) => node.heading)?.heading?.title ?? '';
    if (!heading && block.type === 'list' && releaseListOutline(block) && !namesHistory(under)) {
      // "- 0.3" / "- 0.4" / "- Future", each over its own list: the page's outline, written as a list.
      const parentDepth =
        [...stack].reverse().find((node) => node.heading && !node.heading.pseudo)?.heading?.depth ?? 0;
      while (stack.length > 1 && current().heading!.pseudo) stack.pop();
      for (const item of block.children) {
        const label = item.children[0] as Paragraph;
        const node: OutlineNode = {
          heading: {
            depth: parentDepth + 0.5,
            title: plainText(label).replace(/[:：]\s*$/, ''),
            rich: trimTrailingColon(trimInlines(label.children)),
            position: positionOf(item),
            pseudo: true,
          },
          blocks: [item.children[1]!],
          children: [],
          parent: current(),
        };
        current().children.push(node);
      }
      return;
    }
    if (!heading) {
      current().blocks.push(block);
      return;
    }
    while (
      stack.length > 1 &&
      (current().heading!.depth >= heading.depth || (!heading.pseudo && current().heading!.pseudo))
    )
      stack.pop();
    const node: OutlineNode = { heading, blocks: rest ? [rest] : [], children: [], parent: current() };
    current().children.push(node);
    stack.push(node);
  });
  foldIllustrations(top);
  foldFieldHeadings(top);
  return top;
}

/** A release or period label: "0.3", "v2.1", "1.1+", "Q3 2025", "Future", "Later". */
function releaseLabel(text: string): boolean {
  const t = text.trim().replace(/[:：]$/, '');
  return /^v?\d+(\.\d+)+(\.x|\+)?$/i.test(t) || (t.split(/\s+/).length <= 3 && !!bucketOf(t));
}

/**
 * A list whose every item is only a short label over a nested list, the labels releases, periods or
 * horizons, two or more of them releases or periods ("- 0.3" over its boxes, "- 0.4", "- Future"):
 * the outline of the page, written as a list.
 */
function releaseListOutline(list: List): boolean {
  const labels = list.children.map((item) => {
    const [first, nested, ...more] = item.children;
    if (first?.type !== 'paragraph' || nested?.type !== 'list' || more.length) return undefined;
    return plainText(first).trim();
  });
  if (list.children.length < 2 || labels.some((l) => l === undefined || !releaseLabel(l))) return false;
  return labels.filter((l) => /\d/.test(l!)).length >= 2;
}

/**
 * A sub-heading whose whole content is a code block or a diagram ("### Install plan" over
 * a tree of steps) illustrates the part above it: it joins that part's text, under its title.
 */
function foldIllustrations(node: OutlineNode): void {
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

/** Sub-headings that name a detail of the work above them: "Objective:", "Steps", "Milestone", "Status". */
const FIELD_HEADING = /^(steps|tasks|motivation|scope|rationale|background|approach|plan)$/i;

function isFieldHeading(node: OutlineNode): boolean {
  const title = node.heading!.title.trim();
  const key = title.replace(/\s*[:：]$/, '');
  return !node.children.length && (FIELD_KEY.test(key) || FIELD_HEADING.test(key) || /[:：]$/.test(title));
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
 * ("Goals and Needs") may stand among them. A period or release over sub-headings groups them.
 */
function holdsFields(node: OutlineNode, recurring: Set<string>): boolean {
  if (!node.heading || !node.children.length || bucketOf(node.heading.title)) return false;
  const leaves = node.children.every((child) => !child.children.length);
  const named = node.children.filter(
    (child) => FIELD_KEY.test(fieldKeyOf(child)) || FIELD_HEADING.test(fieldKeyOf(child)),
  );
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
function foldFieldHeadings(root: OutlineNode): void {
  const holders: OutlineNode[] = [];
  const recurring = recurringSubheadings(root);
  const walk = (node: OutlineNode) => {
    if (holdsFields(node, recurring)) holders.push(node);
    else node.children.forEach(walk);
  };
  walk(root);
  if (holders.length < 2) return;
  for (const node of holders) {
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

/**
 * `**Recently completed**` (or `*0.1*`) alone in a paragraph (a bold one
 * optionally followed by a hard break and more text) reads as a heading.
 */
function pseudoHeadingOf(
  paragraph: Paragraph,
): { title: string; rich: PhrasingContent[]; rest?: Paragraph } | undefined {
  const children = trimInlines(paragraph.children);
  const first = children[0];
  // Bold, or italic alone on its line ("*0.1*"), as pages without headings label their parts.
  if (first?.type !== 'strong' && !(first?.type === 'emphasis' && children.length === 1)) return undefined;
  const breakAt = children.findIndex((child) => child.type === 'break');
  const head = breakAt === -1 ? children : children.slice(0, breakAt);
  const tail = breakAt === -1 ? [] : trimInlines(children.slice(breakAt + 1));
  if (head.length > 2) return undefined;
  if (head.length === 2 && !(head[1]!.type === 'text' && /^\s*:?\s*$/.test(head[1]!.value))) return undefined;
  const title = plainText(first).replace(/:\s*$/, '');
  // Words in brackets date or qualify the label ("Stage 1: Apps (2017 – By the end of 2019) - All Complete").
  const named = title.replace(/\([^()]*\)/g, ' ').trim();
  if (!title || named.length > 80 || named.split(/\s+/).length > 10) return undefined;
  return {
    title,
    rich: trimInlines(first.children),
    rest: tail.length ? { type: 'paragraph', children: tail, position: paragraph.position } : undefined,
  };
}

/**
 * Lines that label a release or a period over its list ("**v1.1.0 (2023.09)**", "v0.2.0 (2024.02)")
 * head that list on a page with headings too, where two or more of the page's labels over lists name
 * one and they are half of them or more: the others are labels alike ("**v.1.3.0 (2024.12)**").
 */
function releaseLabelLines(blocks: RootContent[]): Set<RootContent> {
  const labels = blocks.filter((block, i): block is Paragraph => {
    if (block.type !== 'paragraph' || blocks[i + 1]?.type !== 'list') return false;
    // "**Estimated release:** Q1 2021" is a detail line of the part it is in, not a label.
    if (/[:：]\s*\S/.test(plainText(block))) return false;
    const bold = pseudoHeadingOf(block);
    return bold ? !bold.rest : !!plainLabelOf(block, blocks[i + 1]);
  });
  const timed = labels.filter((block) => {
    const kind = bucketOf(plainText(block).replace(/:\s*$/, ''))?.kind;
    return !!kind && kind !== 'theme' && kind !== 'status' && kind !== 'horizon';
  });
  return timed.length >= 2 && timed.length * 2 >= labels.length ? new Set(labels) : new Set();
}

/**
 * A short plain line over a list ("Additional activities in parallel"), on a
 * page that labels its parts rather than heading them: a label too, like a
 * bold one. Sentences (ending in . ! ? , ; or their full-width forms 。！？，；) are not labels.
 */
function plainLabelOf(
  paragraph: Paragraph,
  next: RootContent | undefined,
): { title: string; rich: PhrasingContent[]; rest?: Paragraph } | undefined {
  const children = trimInlines(paragraph.children);
  // Plain words, some of them bold or in italics ("**Non**-Goals include:"); a link makes a sentence of it.
  const plain = children.every((c) => c.type === 'text' || c.type === 'strong' || c.type === 'emphasis');
  if (next?.type !== 'list' || !children.length || !plain) return undefined;
  const title = plainText({ type: 'paragraph', children }).trim();
  if (!title || /[.!?,;。．！？，、；]$/.test(title) || title.split(/\s+/).length > 10 || title.includes('\n'))
    return undefined;
  return { title: title.replace(/:$/, ''), rich: [{ type: 'text', value: title.replace(/:$/, '') }] };
}

/** Every node below `node`, depth first, in page order. */
export function descendants(node: OutlineNode): OutlineNode[] {
  return node.children.flatMap((child) => [child, ...descendants(child)]);
}

/** The blocks of a node and all its descendants; sub-headings become bold paragraphs. */
export function flattenBlocks(node: OutlineNode): RootContent[] {
  const out: RootContent[] = [...node.blocks];
  for (const child of node.children) {
    const heading = child.heading!;
    out.push({
      type: 'paragraph',
      children: [
        { type: 'strong', children: heading.rich.length ? heading.rich : [{ type: 'text', value: heading.title }] },
      ],
      position: { start: { ...heading.position, offset: undefined }, end: { ...heading.position, offset: undefined } },
    } as Paragraph);
    out.push(...flattenBlocks(child));
  }
  return out;
}
