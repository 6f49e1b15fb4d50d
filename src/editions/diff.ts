/**
 * A roadmap over time: editions in order, and what changed from one edition
 * to the next (new, continued and no-longer-listed initiatives).
 */
import { dirname, resolve } from 'node:path';
import { allInitiatives, type Initiative, type RoadmapEdition, type Status } from '../model/types.js';
import { matchInitiatives } from './match.js';

interface DiffEntry {
  id: string;
  title: string;
  status: Status;
  line: number;
}

interface ContinuedEntry extends DiffEntry {
  /** Title in the previous edition (differs when the initiative was renamed). */
  previousTitle: string;
  /** Label of the first edition that listed it. */
  since: string;
  /** 1 for the same title, else the fuzzy match score. */
  score: number;
  how: 'title' | 'fuzzy';
}

export interface EditionDiff {
  previous: { label: string; stem: string; file: string };
  current: { label: string; stem: string; file: string };
  added: DiffEntry[];
  continued: ContinuedEntry[];
  removed: DiffEntry[];
}

const entry = (i: Initiative): DiffEntry => ({ id: i.id, title: i.title, status: i.status, line: i.position.line });
const ref = (e: RoadmapEdition) => ({ label: e.label, stem: e.source.stem, file: e.source.file });

/**
 * What became of an initiative no longer listed: delivered when its last
 * appearance said it was done, else dropped.
 */
export type Outcome = 'delivered' | 'dropped';
export const outcomeOf = (removed: { status: Status }): Outcome =>
  removed.status === 'done' ? 'delivered' : 'dropped';

/** Editions in time: by date where known, then by file name. */
export function orderEditions<T extends RoadmapEdition>(editions: T[]): T[] {
  return [...editions].sort((a, b) => {
    if (a.date && b.date && a.date !== b.date) return a.date.localeCompare(b.date);
    if (a.date && !b.date) return -1;
    if (!a.date && b.date) return 1;
    return a.source.stem.localeCompare(b.source.stem);
  });
}

/**
 * Editions of one roadmap: files in the same folder that name the same
 * project. (Roadmaps of different projects are never compared.)
 */
function seriesKey(edition: RoadmapEdition): string | undefined {
  if (!edition.project) return undefined;
  return `${resolve(dirname(edition.source.file))}\u0000${edition.project.toLowerCase()}`;
}

/** Compares two editions; `sinceOf` gives, for an initiative of `previous`, when it first appeared. */
export function diffEditions(
  previous: RoadmapEdition,
  current: RoadmapEdition,
  sinceOf: (initiative: Initiative) => string = () => previous.label,
): EditionDiff {
  const matching = matchInitiatives(allInitiatives(previous), allInitiatives(current));
  return {
    previous: ref(previous),
    current: ref(current),
    added: matching.added.map(entry),
    continued: matching.matches.map((m) => ({
      ...entry(m.current),
      previousTitle: m.previous.title,
      since: sinceOf(m.previous),
      score: m.score,
      how: m.how,
    })),
    removed: matching.removed.map(entry),
  };
}

/** For every edition that has an earlier one in its series, the diff from that earlier edition. */
export function diffSeries(editions: RoadmapEdition[]): Map<RoadmapEdition, EditionDiff> {
  const diffs = new Map<RoadmapEdition, EditionDiff>();
  const groups = new Map<string, RoadmapEdition[]>();
  for (const edition of editions) {
    const key = seriesKey(edition);
    if (key) groups.set(key, [...(groups.get(key) ?? []), edition]);
  }
  for (const group of groups.values()) {
    const ordered = orderEditions(group);
    // When each initiative first appeared, carried along the series.
    const firstSeen = new Map<Initiative, string>();
    for (const initiative of allInitiatives(ordered[0]!)) firstSeen.set(initiative, ordered[0]!.label);
    for (let i = 1; i < ordered.length; i++) {
      const previous = ordered[i - 1]!;
      const current = ordered[i]!;
      const diff = diffEditions(previous, current, (p) => firstSeen.get(p) ?? previous.label);
      diffs.set(current, diff);
      const byId = new Map(allInitiatives(current).map((c) => [c.id, c]));
      for (const c of diff.continued) firstSeen.set(byId.get(c.id)!, c.since);
      for (const a of diff.added) firstSeen.set(byId.get(a.id)!, current.label);
    }
  }
  return diffs;
}
