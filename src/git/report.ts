/**
 * A page's history as data: each edition with its commit, its initiatives
 * counted by status, and what changed against the edition before (new,
 * continued, delivered, dropped). `history --json` prints it; its shape is
 * `schema/history.schema.json`.
 */
import { diffEditions, outcomeOf } from '../editions/diff.js';
import { allInitiatives, STATUSES, type Status } from '../model/types.js';
import type { GitSeries } from './build-series.js';

export interface HistoryEdition {
  label: string;
  stem: string;
  title: string;
  project?: string;
  /** Date of the edition's last commit, YYYY-MM-DD. */
  date: string;
  commit: string;
  /** The page's path at that commit. */
  path: string;
  /** Commits of the page this edition stands for. */
  commits: number;
  initiatives: { total: number } & Record<Status, number>;
  changes?: { since: string; new: number; continued: number; delivered: number; dropped: number };
}

export interface HistoryReport {
  schemaVersion: 1;
  path: string;
  ref: string;
  since?: string;
  shallow: boolean;
  editions: HistoryEdition[];
  /** Commits whose page could not be read as a roadmap. */
  skipped: { commit: string; reason: string }[];
}

export function historyReport(series: GitSeries): HistoryReport {
  const { target, editions } = series;
  return {
    schemaVersion: 1,
    path: target.path,
    ref: target.ref,
    ...(target.since ? { since: target.since } : {}),
    shallow: target.shallow,
    editions: editions.map((e, i) => {
      const initiatives = allInitiatives(e.edition);
      const byStatus = Object.fromEntries(
        STATUSES.map((s) => [s, initiatives.filter((x) => x.status === s).length]),
      ) as Record<Status, number>;
      const previous = editions[i - 1];
      const diff = previous && diffEditions(previous.edition, e.edition);
      return {
        label: e.label,
        stem: e.stem,
        title: e.title,
        ...(e.project ? { project: e.project } : {}),
        date: e.date,
        commit: e.commit,
        path: e.path,
        commits: e.commits,
        initiatives: { total: initiatives.length, ...byStatus },
        ...(diff
          ? {
              changes: {
                since: previous.label,
                new: diff.added.length,
                continued: diff.continued.length,
                delivered: diff.removed.filter((r) => outcomeOf(r) === 'delivered').length,
                dropped: diff.removed.filter((r) => outcomeOf(r) === 'dropped').length,
              },
            }
          : {}),
      };
    }),
    skipped: series.skipped,
  };
}

/** For a shallow clone: how much history was seen, and how to see all of it. */
export function shallowNote(series: GitSeries): string | undefined {
  if (!series.target.shallow) return undefined;
  const n = series.editions.length;
  return `this clone is shallow: ${n} ${n === 1 ? 'edition' : 'editions'} found in the history it holds; fetch all of it with \`git fetch --unshallow\` (GitHub Actions: actions/checkout with fetch-depth: 0)`;
}
