import { join } from 'node:path';
// Only light modules are imported here: the heavy ones (./build/engine.js) load while Chromium starts.
import { readCache, writeCache } from './build/cache.js';
import type { LoadedEdition } from './build/load-editions.js';
import type { LoadedConfig } from './config.js';
import type { EditionDiff } from './editions/diff.js';
import type { RoadmapError } from './errors.js';
import type { BrandStyle } from './render/brand.js';
import { loadPuppeteer, type BrowserSession } from './export/browser/launch.js';
import type { ExportedEdition, ExportOptions } from './export/edition.js';
import type { ExportStage } from './export/stage.js';
import { lockOutput } from './export/lock.js';
import { warmParseThread } from './build/parse-thread.js';
import type { Diagnostic, RoadmapEdition, SourceOrigin } from './model/types.js';
import type { RenderOptions } from './render/index.js';
import type { TemplateSet } from './render/templates.js';
import { resolveSettings, type Settings, type SettingsInput } from './settings/index.js';
import { checkHandoutNotes, checkOutDir, findInputs } from './settings/preflight.js';

import { exportAll, launchWithRetry, type Engine, type Marp } from './build/export-all.js';
import { anySourceChanged, sortByFreshness } from './build/fresh.js';
import { brandWarnings, loadBrand } from './build/brand-setup.js';
import { withOrigins } from './build/origins.js';

/**
 * What to build: roadmap files or globs (default: the config's `input`, else `roadmaps/*.md`),
 * the output folder, formats… (see SettingsInput); anything not given comes from the config,
 * then from the built-in defaults.
 */
export interface BuildOptions extends SettingsInput {
  config?: LoadedConfig;
  cwd?: string;
  /** Write each edition's `preview.png` for the index page (default: when html is built). */
  preview?: boolean;
  /** Progress callback, one event per edition. */
  onEvent?: (event: BuildEvent) => void;
  /**
   * A browser session (or one starting) to use instead of launching one; the caller closes it.
   * Used by watch and the tests; not in the published types, which name no puppeteer type.
   * @internal
   */
  browser?: BrowserSession | Promise<BrowserSession>;
  /**
   * Ends the build early (watch: a newer save supersedes this build's PDFs). Once aborted, the
   * build writes nothing more, an edition being rendered stops (its page is closed), and the
   * result says `cancelled`; what was written before stays.
   */
  signal?: AbortSignal;
  /**
   * Editions read from git history: each one's commit, by stem (it also dates the edition). Set by buildFromGit.
   * @internal
   */
  origins?: Record<string, SourceOrigin>;
  /**
   * Slides to add to an edition's deck, by its stem, after "What changed" (the roadmap over time).
   * @internal
   */
  extraSlides?: Record<string, NonNullable<RenderOptions['extraSlides']>>;
  /**
   * A section for the index page below the editions (the timeline of a series built from git history).
   * @internal
   */
  timeline?: { html: string; css: string };
}

export type BuildEvent =
  | { type: 'edition-start'; file: string }
  | { type: 'edition-stage'; file: string; stage: ExportStage }
  | { type: 'edition-done'; file: string; result: EditionResult }
  | { type: 'edition-failed'; file: string; error: RoadmapError }
  /** A warning about the build as a whole (a brand colour from the config that was adjusted), said once. */
  | { type: 'warning'; warning: Diagnostic }
  | { type: 'waiting-for-lock'; file: string; pid: number };

export interface EditionResult {
  file: string;
  stem: string;
  edition: RoadmapEdition;
  slides: number;
  files: string[];
  warnings: Diagnostic[];
  blocked: string[];
  seconds: number;
  /** The edition's inputs had not changed: its outputs were kept as they were. */
  skipped: boolean;
  diff?: EditionDiff;
  /**
   * What the export produced (absent when skipped). File contents, Markdown and HTML are dropped once written.
   * For the tests; not in the published types (its measurements are the browser's).
   * @internal
   */
  exported?: ExportedEdition;
}

export interface BuildResult {
  ok: boolean;
  editions: EditionResult[];
  failures: { file: string; error: RoadmapError }[];
  /** Warnings about the build as a whole, not one edition (each edition's are in its result). */
  warnings: Diagnostic[];
  indexFile?: string;
  seconds: number;
  /** The build was aborted by its `signal`: editions it did not finish are neither in `editions` nor failures. */
  cancelled?: boolean;
}

interface Plan {
  settings: Settings;
  files: string[];
  started: number;
  /** Files a glob matched that may not be read, and globs that matched nothing. */
  refused: { file: string; error: RoadmapError }[];
}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const settings = resolveSettings(options, options.config ?? { config: {}, baseDir: cwd }, cwd);
  // Nothing to build, or an output folder that cannot be one, is said before any work.
  const { files, refused } = await findInputs(settings);
  await checkOutDir(settings);
  checkHandoutNotes(settings);
  const { outDir } = settings;
  // The parser loads in its own thread while the lock, the config and Chromium are seen to.
  if (files.length) warmParseThread();
  // Two builds into one folder take turns.
  const unlock = await lockOutput(outDir, {
    onWait: (pid) => options.onEvent?.({ type: 'waiting-for-lock', file: outDir, pid }),
  });
  try {
    return await buildLocked(options, { settings, files, started, refused });
  } finally {
    await unlock();
  }
}

async function buildLocked(options: BuildOptions, plan: Plan): Promise<BuildResult> {
  const { settings, files } = plan;
  const { outDir, formats, timeoutMs } = settings;
  const loaded = settings.config;
  const config = loaded.config;
  const failures: { file: string; error: RoadmapError }[] = [];
  const fail = (file: string, error: RoadmapError) => {
    failures.push({ file, error });
    options.onEvent?.({ type: 'edition-failed', file, error });
  };
  for (const { file, error } of plan.refused) fail(file, error);
  const exportOptions: ExportOptions = {
    outDir,
    formats,
    timeoutMs,
    paper: settings.paper,
    handoutLayout: settings.handoutLayout,
    handoutOrientation: settings.handoutOrientation,
    handoutLines: settings.handoutLines,
    handoutNotes: settings.handoutNotes,
    render: { size: settings.size, footer: settings.footer, qr: settings.qr, overview: settings.overview },
    pdfInfo: { author: settings.author },
    ...(options.preview !== undefined ? { preview: options.preview } : {}),
  };

  // If some page changed since the last build (or there is none), a browser will be needed:
  // start it now, so that it boots while everything is parsed and rendered.
  const cache = await readCache(outDir);
  let launching: Promise<BrowserSession> | undefined;
  const startBrowser = () => {
    launching ??= options.browser ? Promise.resolve(options.browser) : launchWithRetry(timeoutMs);
    launching.catch(() => undefined);
    return launching;
  };
  if (settings.force || (await anySourceChanged(files, formats, cache))) startBrowser();
  const closeUnused = async () => {
    if (launching && !options.browser) await (await launching.catch(() => undefined))?.close();
  };

  let engine: Engine, templates: TemplateSet, brand: BrandStyle | undefined, marp: Marp;
  const warnings: Diagnostic[] = [];
  try {
    engine = await import('./build/engine.js');
    // Puppeteer loads alongside; finished before the long synchronous work below, the browser
    // connection does not wait for that work to end.
    if (launching) await loadPuppeteer().catch(() => undefined);
    templates = engine.loadTemplates(settings.templates, settings.theme);
    brand = await loadBrand(settings, engine);
    for (const warning of brandWarnings(brand, engine, settings)) {
      warnings.push(warning);
      options.onEvent?.({ type: 'warning', warning });
    }
    marp = marpFor(engine, templates.themeCss + engine.brandCss(brand, settings.theme));
  } catch (error) {
    await closeUnused();
    throw error;
  }

  // Read and parse everything first: bad input fails fast and never costs a browser page.
  const { assets } = settings;
  let editions: LoadedEdition[];
  let diffs: Map<RoadmapEdition, EditionDiff>;
  try {
    editions = withOrigins(await engine.loadEditions(files, config, fail, undefined, { assets }), options.origins);
    diffs = settings.diff
      ? engine.diffSeries(
          [...editions, ...(await engine.siblingEditions(editions, config, files))].map((e) => e.edition),
        )
      : new Map<RoadmapEdition, EditionDiff>();
  } catch (error) {
    // Per-file failures are collected above; anything else ends the build, and its browser.
    await closeUnused();
    throw error;
  }

  const cancelled = () => ({
    ok: true,
    editions: [],
    failures,
    warnings,
    seconds: (performance.now() - plan.started) / 1000,
    cancelled: true,
  });
  if (options.signal?.aborted) {
    await closeUnused();
    return cancelled();
  }

  // Skip editions whose inputs did not change since the outputs were made.
  const { results, todo } = await sortByFreshness(editions, {
    engine,
    diffs,
    cache,
    force: settings.force,
    extraSlides: options.extraSlides,
    exportOptions,
    templateSources: templates.sources,
    brand,
    config,
    formats,
    onEvent: options.onEvent,
  });

  if (todo.length) {
    const built = await exportAll(todo, startBrowser(), {
      engine,
      options,
      concurrency: settings.concurrency,
      templates,
      marp,
      exportOptions,
      diffs,
      fail,
    });
    for (const { result, key, slot, sourceHash } of built) {
      results.push(result);
      cache[slot] = { key, sourceHash, slides: result.slides, files: result.files, warnings: result.warnings };
    }
    await writeCache(outDir, cache);
    // What was written stays recorded; the index page waits for a build that finishes.
    if (options.signal?.aborted) return { ...cancelled(), editions: results };
  } else {
    // Started on a hunch that turned out wrong: nothing to render.
    await closeUnused();
  }

  let indexFile: string | undefined;
  if (results.length && (formats.includes('html') || formats.includes('pdf'))) {
    indexFile = join(outDir, 'index.html');
    await engine.writeIndexPage(indexFile, outDir, {
      project: config.project,
      logo: brand?.logo,
      ...(options.timeline ? { timeline: options.timeline } : {}),
    });
  }
  const order = new Map(files.map((f, i) => [f, i]));
  results.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return {
    ok: failures.length === 0,
    editions: results,
    failures,
    warnings,
    indexFile,
    seconds: (performance.now() - plan.started) / 1000,
  };
}

/** The renderer of the last build, by its theme: a process that builds again (watch, after each save) reuses it. */
let lastMarp: { css: string; marp: Marp } | undefined;

function marpFor(engine: Engine, css: string): Marp {
  if (lastMarp?.css !== css) lastMarp = { css, marp: engine.createMarp(css) };
  return lastMarp.marp;
}
