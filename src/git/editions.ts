/**
 * Editions in a page's history. Maintainers rewrite a roadmap page in place;
 * an edition is the last commit before the page's edition label or title
 * changes, so typo fixes inside an edition make no new deck. Each edition
 * gets an output stem from its label, unique within the series.
 */
import type { RoadmapDeckConfig } from '../config.js';
import { parseInThread } from '../build/parse-thread.js';
import { sourceFromBytes } from '../load/read-source.js';
import { allInitiatives, type RoadmapEdition } from '../model/types.js';
import { editionParseOptions } from '../settings/index.js';
import { stemOf } from '../inputs.js';
import { type GitTarget, MAX_PAGE_BYTES, type PageCommit, pageCommits, readObjects } from './history.js';
import { openVersionCache, type VersionSummary } from './version-cache.js';

/** What grouping needs to know of one commit's page. */
export interface PageVersion extends PageCommit {
  label: string;
  title: string;
  project?: string;
  /**
   * The page names no edition (its label came from its file name): it is a
   * rolling roadmap, and a rewrite (most initiatives changed) starts a new edition.
   */
  rolling?: boolean;
  /** Initiative titles, for telling a rewrite of a rolling roadmap from an update. */
  initiatives?: string[];
}

export interface GitEdition extends PageVersion {
  /** Output folder name, from the label. */
  stem: string;
  /** Commits of the page that this edition stands for (the last of them is `commit`). */
  commits: number;
  text: string;
  edition: RoadmapEdition;
}

/** Below this share of initiatives in common with an edition's first version, a rolling roadmap was rewritten. */
const REWRITE_OVERLAP = 0.5;

/**
 * The commits that end an edition: each one after which the label or title
 * changes (or, for a rolling roadmap, most initiatives did), and the newest.
 * With `everyCommit`, every commit.
 */
export function groupEditions<T extends PageVersion>(versions: T[], everyCommit = false): (T & { commits: number })[] {
  const editions: (T & { commits: number })[] = [];
  let run = 0;
  let first: T | undefined;
  versions.forEach((version, i) => {
    run++;
    first ??= version;
    const next = versions[i + 1];
    const same =
      next &&
      next.label === version.label &&
      next.title === version.title &&
      !(next.rolling && overlap(first.initiatives ?? [], next.initiatives ?? []) < REWRITE_OVERLAP);
    if (everyCommit || !same) {
      editions.push({ ...version, commits: run });
      run = 0;
      first = undefined;
    }
  });
  return editions;
}

/** Initiatives two versions share, as a share of all the initiatives either lists (1 when neither lists any). */
function overlap(a: string[], b: string[]): number {
  const key = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  const left = new Set(a.map(key));
  const right = new Set(b.map(key));
  const union = new Set([...left, ...right]);
  if (!union.size) return 1;
  return [...left].filter((t) => right.has(t)).length / union.size;
}

/** A file-name-safe slug: `Acme` + `2024 Fall` → `acme-2024-fall`. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * Stems for editions, in order: `<project>-<label>` (the project once), else
 * the date; a stem already taken gets the edition's date, then its commit.
 */
export function editionStems(editions: { label: string; project?: string; date: string; commit: string }[]): string[] {
  const taken = new Set<string>(['index.html']);
  return editions.map((e) => {
    const label = slug(e.label);
    const project = e.project ? slug(e.project) : '';
    const base =
      (project && !label.startsWith(project) ? `${project}-${label}` : label).replace(/-+$/, '') || `edition-${e.date}`;
    const candidates = [base, `${base}-${e.date}`, `${base}-${e.date}-${e.commit.slice(0, 7)}`];
    const stem = candidates.find((c) => !taken.has(c.normalize('NFC').toLowerCase())) ?? candidates[2]!;
    taken.add(stem.normalize('NFC').toLowerCase());
    return stem;
  });
}

export interface ReadOptions {
  everyCommit?: boolean;
  config: RoadmapDeckConfig;
  /** A page that does not parse is left out of the series; said here. */
  onSkipped?: (commit: PageCommit, reason: string) => void;
  /** Where to keep what each page version says (by blob id), so a rebuild parses only new ones. */
  cacheFile?: string;
}

type Parsed = { text: string; edition: RoadmapEdition };

/**
 * Reads the page at every commit that changed it, groups the commits into
 * editions, and parses each edition's page. Versions seen before (in the
 * cache) are not parsed again just to be grouped.
 */
export async function readEditions(target: GitTarget, options: ReadOptions): Promise<GitEdition[]> {
  const commits = await pageCommits(target);
  const distinct = [...new Set(commits.map((c) => c.blob))];
  const name = `${target.path.split('/').pop() ?? 'roadmap.md'}`;
  const parseOptions = editionParseOptions(options.config, stemOf(name));
  const cache = await openVersionCache(options.cacheFile, [name, parseOptions]);
  const parsed = new Map<string, Parsed>();
  const parse = async (blobs: string[]) => {
    for (const object of await readObjects(target.root, blobs)) {
      try {
        const source = sourceFromBytes(name, object.bytes!);
        const { edition } = await parseInThread(source, undefined, parseOptions);
        parsed.set(object.id, { text: source.text, edition });
        cache.set(object.id, summarize(edition));
      } catch (error) {
        cache.set(object.id, { error: (error as Error).message });
      }
    }
  };
  // A page too large is refused by its size, before it is read.
  for (const c of commits)
    if (c.size > MAX_PAGE_BYTES && !cache.get(c.blob))
      cache.set(c.blob, {
        error: `page is over ${MAX_PAGE_BYTES / 1024 / 1024} MB; roadmap pages that large are refused`,
      });
  await parse(distinct.filter((blob) => !cache.get(blob)));
  const versions: PageVersion[] = [];
  for (const commit of commits) {
    const summary = cache.get(commit.blob)!;
    if ('error' in summary) options.onSkipped?.(commit, summary.error);
    else versions.push({ ...commit, ...summary });
  }
  const grouped = groupEditions(versions, options.everyCommit);
  await parse([...new Set(grouped.map((g) => g.blob))].filter((blob) => !parsed.has(blob)));
  await cache.save(distinct);
  const editions = grouped
    .filter((g) => parsed.has(g.blob))
    // A page that names no edition (its label came from the file name) is named by its commit's date.
    .map((g) => ({ ...g, ...parsed.get(g.blob)!, ...(g.rolling ? { label: g.date } : {}) }));
  const stems = editionStems(editions);
  return editions.map((e, i) => ({ ...e, stem: stems[i]! }));
}

function summarize(edition: RoadmapEdition): VersionSummary {
  return {
    label: edition.label,
    title: edition.title,
    ...(edition.project ? { project: edition.project } : {}),
    ...(edition.labelSource === 'file-name'
      ? { rolling: true, initiatives: allInitiatives(edition).map((x) => x.title) }
      : {}),
  };
}

/** Initiatives of an edition, counted. */
export const initiativeCount = (edition: RoadmapEdition) => allInitiatives(edition).length;
