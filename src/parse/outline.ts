/**
 * The heading outline of a page: headings (and, in pages without headings,
 * bold-only paragraphs acting as headings) with the blocks under each.
 */
import type { List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Position } from '../model/types.js';
import { trimTrailingColon } from './leads.js';
import { plainText, positionOf, trimInlines } from './markdown.js';
import { namesHistory } from './meta.js';
import { foldFieldHeadings, foldIllustrations } from './outline-folds.js';
import { bucketOf, isReleaseNumber } from './period.js';
import { markedListHeads, markerOf } from './outline-marks.js';
import { runInHeadOf, runInHeads } from './run-in-heads.js';

export interface OutlineHeading {
  /** Heading level; bold-only pseudo-headings sit half a level below their parent. */
  depth: number;
  title: string;
  rich: PhrasingContent[];
  position: Position;
  pseudo: boolean;
  /** A line of a sign and a bold name over its points, among three or more on a page with headings. */
  signed?: boolean;
  /** A release or stage named for its work over sub-headings that told aspects of it (./outline-folds.ts). */
  told?: boolean;
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
  // Parts each headed by a marker and a bold name ("🧪 **Data Loaders**", "✅ **Metrics**"), three or more:
  // the page's way of heading its parts, the marker saying how each stands.
  const markedParts =
    usePseudo &&
    root.children.filter((block) => block.type === 'paragraph' && markerOf(trimInlines(block.children))).length >= 3;
  const releaseLines = usePseudo ? new Set<RootContent>() : releaseLabelLines(root.children);
  const markedHeads = usePseudo ? new Set<RootContent>() : markedListHeads(root.children);
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
      (usePseudo || block.data?.summary || releaseLines.has(block) || runIns.has(block) || markedHeads.has(block))
    ) {
      const pseudo =
        (runIns.has(block) ? runInHeadOf(block) : undefined) ??
        pseudoHeadingOf(block, markedParts || markedHeads.has(block)) ??
        (usePseudo || releaseLines.has(block) ? plainLabelOf(block, root.children[index + 1]) : undefined);
      // A bold line heads what follows it: the next blocks, or the rest of its own paragraph. One
      // right before a heading heads nothing ("_**WIP**_" over "# Roadmap"): it is a line of the text.
      const next = root.children[index + 1];
      if (pseudo && ((next && next.type !== 'heading') || pseudo.rest)) {
        const realDepth =
          [...stack].reverse().find((node) => node.heading && !node.heading.pseudo)?.heading?.depth ?? 0;
        heading = {
          depth: realDepth + 0.5,
          title: pseudo.title,
          rich: pseudo.rich,
          position: positionOf(block),
          pseudo: true,
          ...(markedHeads.has(block) ? { signed: true } : {}),
        };
        rest = pseudo.rest;
      }
    }
    // (Under "History", such a list is the record of past releases, read as one part.)
    const underHistory = () =>
      namesHistory([...stack].reverse().find((node) => node.heading)?.heading?.title ?? '', true);
    if (!heading && block.type === 'list' && releaseListOutline(block) && !underHistory()) {
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
  return isReleaseNumber(t) || (t.split(/\s+/).length <= 3 && !!bucketOf(t));
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
 * `**Recently completed**` (or `*0.1*`) alone in a paragraph (a bold one
 * optionally followed by a hard break and more text) reads as a heading.
 */
function pseudoHeadingOf(
  paragraph: Paragraph,
  markers = false,
): { title: string; rich: PhrasingContent[]; rest?: Paragraph } | undefined {
  let children = trimInlines(paragraph.children);
  // A marker before the bold name ("🧪 **Data Loaders**", "✅ **Metrics**") goes with it: it says how
  // the part stands, as it would before a heading's words.
  const marker = markers ? markerOf(children) : undefined;
  if (marker) children = children.slice(1);
  const first = children[0];
  // Bold, or italic alone on its line ("*0.1*"), as pages without headings label their parts.
  if (first?.type !== 'strong' && !(first?.type === 'emphasis' && children.length === 1)) return undefined;
  const breakAt = children.findIndex((child) => child.type === 'break');
  const head = breakAt === -1 ? children : children.slice(0, breakAt);
  const tail = breakAt === -1 ? [] : trimInlines(children.slice(breakAt + 1));
  if (head.length > 2) return undefined;
  if (head.length === 2 && !(head[1]!.type === 'text' && /^\s*:?\s*$/.test(head[1]!.value))) return undefined;
  const name = plainText(first).replace(/:\s*$/, '');
  // Words in brackets date or qualify the label ("Stage 1: Apps (2017 – By the end of 2019) - All Complete").
  const named = name.replace(/\([^()]*\)/g, ' ').trim();
  if (!name || named.length > 80 || named.split(/\s+/).length > 10) return undefined;
  // A bullet drawn by hand ("• **Plugin API**") marks the line, not how the part stands.
  const sign = marker && !/^[•·▪◦‣∙]+$/u.test(marker.value.trim()) ? marker.value.trim() : undefined;
  const title = sign ? `${sign} ${name}` : name;
  return {
    title,
    rich: sign ? [{ type: 'text', value: `${sign} ` }, ...trimInlines(first.children)] : trimInlines(first.children),
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
  // A line that only says how the list is ordered ("In no particular order:") introduces it; it names no part.
  if (ORDER_NOTE.test(title.replace(/:$/, '').trim())) return undefined;
  return { title: title.replace(/:$/, ''), rich: [{ type: 'text', value: title.replace(/:$/, '') }] };
}

const ORDER_NOTE =
  /^(?:not\s+)?in\s+(?:no|any|rough(?:ly)?)?\s*(?:particular\s+)?order(?:\s+of\s+(?:priority|importance))?$|^(?:no|any|rough)\s+(?:particular\s+)?order$|^(?:rough\s+)?order\s+of\s+(?:priority|importance)$|^priority\s+order$|^(?:sorted|ordered|ranked|listed)\s+by\s+(?:priority|importance)$/i;

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
