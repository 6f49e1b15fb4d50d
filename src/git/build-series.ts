/**
 * `build --git PATH`: one deck per edition of a page's history. The editions'
 * pages are read from git objects and written, as they were at their commit,
 * into a hidden folder of the output folder (one file per edition, named by
 * its stem); the ordinary build then makes their decks, compares each with
 * the one before, and keeps every deck whose page, previous edition and
 * commit did not change. So a rebuild after one new commit renders only the
 * new edition (and the deck after it, whose "what changed" slide moved).
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildOptions, BuildResult } from '../build.js';
import { writeFilesAtomically } from '../export/write.js';
import type { Diagnostic, SourceOrigin } from '../model/types.js';
import { timeline as seriesTimeline, TIMELINE_CSS, timelineHtml, timelineSlide } from '../editions/timeline.js';
import { wordsFor } from '../i18n/index.js';
import { resolveSettings } from '../settings/index.js';
import { type GitEdition, readEditions } from './editions.js';
import { type GitQuery, type GitTarget, resolveTarget } from './history.js';
import { type HistoryReport, historyReport } from './report.js';

/** Where an output folder keeps the pages of the editions it was built from. */
export const SOURCES_FOLDER = '.roadmap-deck-git';
/** In SOURCES_FOLDER: what each page version says, by blob id (version-cache.ts). */
const VERSIONS_FILE = '.versions.json';

export interface GitOptions extends Omit<GitQuery, 'cwd'> {
  /** A deck for every commit that changed the page, not only the last of each edition. */
  everyCommit?: boolean;
  /** The newest deck gets a slide of the roadmap over time. */
  historySlide?: boolean;
}

export interface GitSeries {
  target: GitTarget;
  editions: GitEdition[];
  /** Commits whose page could not be read as a roadmap (left out of the series). */
  skipped: { commit: string; reason: string }[];
}

export interface GitBuildResult extends BuildResult {
  series: GitSeries;
}

/** The repository, the page and the range, checked (usage errors), then the editions found. */
export async function findSeries(
  git: GitOptions,
  options: Pick<BuildOptions, 'config' | 'cwd'> & { cacheFile?: string },
  target?: GitTarget,
): Promise<GitSeries> {
  const cwd = options.cwd ?? process.cwd();
  const resolved = target ?? (await resolveTarget({ ...git, cwd }));
  const skipped: GitSeries['skipped'] = [];
  const editions = await readEditions(resolved, {
    config: options.config?.config ?? {},
    everyCommit: git.everyCommit,
    ...(options.cacheFile ? { cacheFile: options.cacheFile } : {}),
    onSkipped: (commit, reason) => skipped.push({ commit: commit.commit, reason }),
  });
  return { target: resolved, editions, skipped };
}

export async function buildFromGit(
  git: GitOptions,
  options: BuildOptions & { onSeries?: (series: GitSeries) => void } = {},
): Promise<GitBuildResult> {
  const cwd = options.cwd ?? process.cwd();
  // Usage errors (no repository, a path never tracked, a bad ref or date) before any work.
  const target = await resolveTarget({ ...git, cwd });
  const { build } = await import('../build.js');
  const settings = resolveSettings(options, options.config ?? { config: {}, baseDir: cwd }, cwd);
  const folder = join(settings.outDir, SOURCES_FOLDER);
  const series = await findSeries(git, { ...options, cacheFile: join(folder, VERSIONS_FILE) }, target);
  options.onSeries?.(series);
  const files = await writeEditionPages(folder, series.editions);
  const origins: Record<string, SourceOrigin> = Object.create(null);
  for (const e of series.editions) origins[e.stem] = { path: e.path, commit: e.commit, date: e.date };
  const ordered = series.editions.map((e) => ({
    stem: e.stem,
    edition: { ...e.edition, label: e.label, date: e.date },
  }));
  const words = wordsFor(options.config?.config.lang);
  const data = seriesTimeline(ordered);
  const timeline = { html: timelineHtml(data, words), css: TIMELINE_CSS };
  const newest = series.editions.at(-1);
  const extraSlides = git.historySlide && newest ? { [newest.stem]: [timelineSlide(data, words)] } : undefined;
  // Warnings name the page as the repository has it (`docs/roadmap.md@1a2b3c4`), not the copy read.
  const shown = new Map(
    series.editions.map((e) => [join(folder, `${e.stem}.md`), `${e.path}@${e.commit.slice(0, 7)}`]),
  );
  const named = (d: Diagnostic): Diagnostic => ({ ...d, file: shown.get(d.file) ?? d.file });
  const onEvent: BuildOptions['onEvent'] = options.onEvent
    ? (event) =>
        options.onEvent!(
          event.type === 'edition-done'
            ? { ...event, result: { ...event.result, warnings: event.result.warnings.map(named) } }
            : event,
        )
    : undefined;
  const result = await build({
    ...options,
    ...(onEvent ? { onEvent } : {}),
    files,
    origins,
    timeline,
    ...(extraSlides ? { extraSlides } : {}),
    via: options.via ?? 'api',
  });
  return {
    ...result,
    editions: result.editions.map((e) => ({ ...e, warnings: e.warnings.map(named) })),
    series,
  };
}

/**
 * Each edition's page into `folder` as `<stem>.md`; a page already there as it
 * is now is left alone, and pages of editions no longer in the series go (they
 * would otherwise join the series the decks compare with).
 */
async function writeEditionPages(folder: string, editions: GitEdition[]): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const wanted = new Map(editions.map((e) => [`${e.stem}.md`, e.text]));
  for (const name of await readdir(folder)) {
    if (!wanted.has(name) && name !== VERSIONS_FILE) await rm(join(folder, name), { force: true, recursive: true });
  }
  const changed: { path: string; data: string }[] = [];
  for (const [name, text] of wanted) {
    const path = join(folder, name);
    const now = await readFile(path, 'utf8').catch(() => undefined);
    if (now !== text) changed.push({ path, data: text });
  }
  if (changed.length) await writeFilesAtomically(folder, changed);
  return editions.map((e) => join(folder, `${e.stem}.md`));
}

/** The editions in a page's history, as `history --json` prints them (schema/history.schema.json). */
export async function gitHistory(
  git: GitOptions,
  options: Pick<BuildOptions, 'config' | 'cwd'> = {},
): Promise<HistoryReport> {
  return historyReport(await findSeries(git, options));
}
