/**
 * Candidate heading levels for initiatives. At each heading level, count
 * the headings that describe one thing in their own words (prose) against
 * those that only group others or hold a list: the level where most
 * headings are prose, with the most of them, is where the initiatives are.
 * The counts are kept so that `inspect --explain` can show them, and a close
 * second is reported as an ambiguity.
 */
import { isFieldKeyTitle } from '../field-lists.js';
import { tracksMostItems } from '../meta-links.js';
import { marksEachItem } from '../meta-shapes.js';
import { releaseWorkName } from '../period-names.js';
import type { OutlineNode } from '../outline.js';
import { isPointsOfWork } from './points.js';
import { shapeOf } from './shape.js';
import { proseCount } from './blocks.js';
import { checklistInPlan } from './checklists.js';
import { placeholderOnly, recurringArea, recurringPart } from './groups.js';
import { headingStatesStatus, statusMarkedItemsUnder } from './marked-items.js';

export interface LevelCandidate {
  depth: number;
  /** Headings at this level that describe one thing in prose. */
  prose: number;
  total: number;
  /** At least `minProse` prose headings, and at least half of the level. */
  qualifies: boolean;
  /** Why the level does not qualify, when it does not. */
  why?: string;
}

export function levelCandidates(nodes: OutlineNode[], minProse: number): LevelCandidate[] {
  const byDepth = new Map<number, { prose: number; total: number; stated: number; marked: number; points: number }>();
  const inPlay = new Set(nodes);
  for (const node of nodes) {
    // A heading that only holds a place ("Registry 2.2" / "TBD") says nothing of how the page is written;
    // nor does one titled only by a key of its part's details ("Goals", "Status", "目标").
    // Nor does a part of a template that sibling groups each fill in ("Epic Summary" under each epic).
    if (placeholderOnly(node) || (!node.children.length && isFieldKeyTitle(node.heading!.title)) || recurringPart(node))
      continue;
    // An area shared by sibling groups holds work; it is not one piece of it.
    const area = recurringArea(node) || checklistInPlan(node);
    const depth = node.heading!.depth;
    const entry = byDepth.get(depth) ?? { prose: 0, total: 0, stated: 0, marked: 0, points: 0 };
    entry.total++;
    const siblings = (node.parent?.children ?? nodes).filter((s) => inPlay.has(s));
    // Items that each say how they stand ("🏗 Adopt …") are pieces of work of their own, not points of one.
    // So are items that each link their own issue under a heading of no words of its own ("Sync:"
    // over "- Cursor jumps after undo: …/issues/11"), not a release named for what it brings.
    // (One such item under a label line; two at least under a heading, which may name the work itself.)
    const tracked =
      tracksMostItems(node.blocks, node.heading!.pseudo ? 1 : 2) &&
      proseCount(node.blocks) === 0 &&
      !releaseWorkName(node.heading!.title);
    const marked = !node.children.length && (marksEachItem(node.blocks) || tracked);
    const prose = shapeOf(node) === 'prose';
    if (!area && !marked && (prose || isPointsOfWork(node, siblings))) {
      entry.prose++;
      if (headingStatesStatus(node)) entry.stated++;
      if (!prose || node.blocks.some((block) => block.type === 'list')) entry.points++;
    } else if (node.children.length) entry.marked += statusMarkedItemsUnder(node);
    byDepth.set(depth, entry);
  }
  return [...byDepth.entries()]
    .sort(([a], [b]) => a - b)
    .map(([depth, { prose, total, stated, marked, points }]) => {
      const why =
        prose < minProse
          ? `fewer than ${minProse} prose headings`
          : prose < total / 2
            ? 'most of its headings group others or hold a list'
            : // Headings told in paragraphs only (no points), none saying how it stands, beside parts whose
              // sub-parts hold items of open work ("## Phases" over "### Phase A" and its table of features).
              !stated && !points && marked >= 3 && marked >= prose * 2
              ? `its prose headings say nothing of how work stands; ${marked} items of open work under its other headings do`
              : undefined;
      return { depth, prose, total, qualifies: !why, ...(why ? { why } : {}) };
    });
}

/** The qualifying level with the most prose headings (the shallower one on a tie), and the runner-up. */
export function pickLevel(candidates: LevelCandidate[]): { best?: LevelCandidate; second?: LevelCandidate } {
  const qualifying = candidates.filter((c) => c.qualifies);
  let best: LevelCandidate | undefined;
  for (const c of qualifying) if (!best || c.prose > best.prose) best = c;
  const second = qualifying.filter((c) => c !== best).sort((a, b) => b.prose - a.prose)[0];
  return { best, second };
}
