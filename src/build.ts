/**
 * The build API: roadmap files in, decks out. One browser for the whole
 * build, one page per edition in flight (bounded by the number of cores),
 * every output written atomically, every failure reported per edition,
 * editions whose inputs did not change skipped.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
// Only light modules are imported here: the heavy ones (./build/engine.js) load while Chromium starts.
import { cacheKey, isFresh, readCache, writeCache, type BuildCache } from './build/cache.js';
import type { LoadedEdition } from './build/load-editions.js';
import { lineInConfig, resolveFrom, type LoadedConfig } from './config.js';
import type { EditionDiff } from './editions/diff.js';
import { BrowserError, ConfigError, RenderTimeoutError, RoadmapError, toRoadmapError } from './errors.js';
import type { BrandStyle } from './render/brand.js';
import { launchBrowser, loadPuppeteer, type BlockedPage, type BrowserSession } from './export/browser/launch.js';
import type { ExportedEdition, ExportOptions, PreparedDeck } from './export/edition.js';
import type { ExportStage } from './export/stage.js';
import { lockOutput } from './export/lock.js';
import { warmParseThread } from './build/parse-thread.js';
import { asCrash, watchPage } from './export/browser/crash.js';
import { BrowserGoneError, RendererCrashError } from './errors.js';
import { removePendingTemporaryFiles, writeFilesAtomically } from './export/write.js';
import type { Format } from './formats.js';
import { stemOf } from './inputs.js';
import type { Diagnostic, RoadmapEdition, SourceOrigin } from './model/types.js';
import type { RenderOptions } from './render/index.js';
import type { TemplateSet } from './render/templates.js';
import { DEFAULTS, resolveSettings, type Settings, type SettingsInput } from './settings/index.js';
import { checkHandoutNotes, checkOutDir, findInputs } from './settings/preflight.js';
import { VERSION } from './version.js';

type Engine = typeof import('./build/engine.js');
type Marp = ReturnType<Engine['createMarp']>;

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
  const results: EditionResult[] = [];
  const todo: Todo[] = [];
  for (const e of editions) {
    const diff = diffs.get(e.edition);
    const lang = e.language.tag;
    const render: RenderOptions = { ...exportOptions.render, ...renderDiff(diff, engine, lang), lang };
    const extra = options.extraSlides?.[e.edition.source.stem];
    if (extra) render.extraSlides = [...(render.extraSlides ?? []), ...extra];
    const key = cacheKey([
      extra,
      VERSION,
      e.source.text,
      e.edition,
      diff,
      templates.sources,
      brand,
      config,
      formats,
      exportOptions,
    ]);
    const slot = `${e.edition.source.stem}|${formats.join(',')}`;
    const entry = cache[slot];
    if (!settings.force && (await isFresh(entry, key))) {
      const result: EditionResult = {
        file: e.file,
        stem: e.edition.source.stem,
        edition: e.edition,
        slides: entry!.slides,
        files: entry!.files,
        warnings: [
          ...e.diagnostics,
          ...entry!.warnings.filter((w) => !e.diagnostics.some((d) => d.rule === w.rule && d.line === w.line)),
        ],
        blocked: [],
        seconds: 0,
        skipped: true,
        ...(diff ? { diff } : {}),
      };
      results.push(result);
      options.onEvent?.({ type: 'edition-done', file: e.file, result });
    } else {
      const renderKey = cacheKey([e.edition, render, templates.sources, brand]);
      todo.push({ loaded: e, key, renderKey, render, slot, sourceHash: cacheKey([e.source.text]) });
    }
  }

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

/** Editions read from git carry their commit, and are dated by it. */
function withOrigins(editions: LoadedEdition[], origins: Record<string, SourceOrigin> | undefined): LoadedEdition[] {
  for (const { edition } of editions) {
    const origin = origins && Object.hasOwn(origins, edition.source.stem) ? origins[edition.source.stem] : undefined;
    if (!origin) continue;
    // A page that names no edition is named by its commit's date, not by the file it was written to.
    const label = edition.labelSource === 'file-name' ? origin.date : edition.label;
    Object.assign(edition, { date: origin.date, label, source: { ...edition.source, origin } });
  }
  return editions;
}

/**
 * Decks rendered lately (before the browser), by all their rendering depends on. `watch` renders
 * each save's deck for its HTML, then again for its PDFs: the second time comes from here, which
 * spares the CPU and lets a newer save stop those PDFs sooner. Nothing changes a prepared deck.
 */
const recentDecks = new Map<string, PreparedDeck>();
const RECENT_DECKS = 8;

/** The renderer of the last build, by its theme: a process that builds again (watch, after each save) reuses it. */
let lastMarp: { css: string; marp: Marp } | undefined;

function marpFor(engine: Engine, css: string): Marp {
  if (lastMarp?.css !== css) lastMarp = { css, marp: engine.createMarp(css) };
  return lastMarp.marp;
}

interface Todo {
  loaded: LoadedEdition;
  key: string;
  /** Everything the deck's rendering depends on (not the formats asked for). */
  renderKey: string;
  render: RenderOptions;
  slot: string;
  sourceHash: string;
}

/** True when some input file is not in the cache as it is now (so a browser will be needed). */
async function anySourceChanged(files: string[], formats: Format[], cache: BuildCache): Promise<boolean> {
  for (const file of files) {
    const stem = stemOf(file);
    const entry = cache[`${stem}|${formats.join(',')}`];
    if (!entry?.sourceHash) return true;
    try {
      const text = (await readFile(file, 'utf8')).replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
      if (cacheKey([text]) !== entry.sourceHash) return true;
    } catch {
      // Unreadable: the build will report it; no browser needed for that.
    }
  }
  return false;
}

function launchWithRetry(timeoutMs: number): Promise<BrowserSession> {
  return launchBrowser({ timeoutMs }).catch((error: unknown) => {
    // A browser that fails to start gets one more try; a missing browser does not.
    if (error instanceof RoadmapError && error.code === 'E_NO_BROWSER') throw error;
    return launchBrowser({ timeoutMs });
  });
}

/** The brand's logo file read into a data URL; colours as configured. */
async function loadBrand(settings: Settings, engine: Engine): Promise<BrandStyle | undefined> {
  const { brand, config: loaded } = settings;
  if (!brand) return undefined;
  let logo: string | undefined;
  if (brand.logo) {
    try {
      logo = await engine.imageDataUrl(resolveFrom(loaded.baseDir, brand.logo));
    } catch (error) {
      throw new ConfigError(
        `brand logo: ${(error as Error).message.replace(/^ENOENT.*/, `no such file ${brand.logo}`)}`,
        { file: loaded.file, line: lineInConfig(loaded.file, ['brand', 'logo']) },
      );
    }
  }
  return { logo, accent: brand.accent, dark: brand.dark };
}

/** A brand colour the deck could not use as given (too little contrast, or no colour): one warning each, at its line in the config. */
function brandWarnings(brand: BrandStyle | undefined, engine: Engine, settings: Settings): Diagnostic[] {
  const loaded = settings.config;
  const shown = loaded.file && relative(settings.cwd, loaded.file);
  const file = !loaded.file ? 'config' : shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown : loaded.file;
  return engine.brandColours(brand, settings.theme).changes.map((change) => ({
    file,
    line: lineInConfig(loaded.file, ['brand', change.key]) ?? 1,
    column: 1,
    severity: 'warning',
    rule: 'brand-contrast',
    message: change.message,
  }));
}

/** Requests a deck tried to make (and was refused), as one warning. */
function blockedWarning(file: string, blocked: string[]): Diagnostic[] {
  if (!blocked.length) return [];
  const shown = [...new Set(blocked)].slice(0, 3).join(', ');
  return [
    {
      file,
      line: 1,
      column: 1,
      severity: 'warning',
      rule: 'network-blocked',
      message: `blocked ${blocked.length} network request(s): ${shown}`,
    },
  ];
}

/** The "What changed" slide and NEW / CONTINUED badges, when there is a previous edition. */
function renderDiff(diff: EditionDiff | undefined, engine: Engine, lang: string): RenderOptions {
  if (!diff) return {};
  const words = engine.wordsFor(lang);
  return { changes: engine.changeMarks(diff, words), extraSlides: [engine.changeSlide(diff, words)] };
}

interface ExportContext {
  engine: Engine;
  options: BuildOptions;
  concurrency: number;
  templates: TemplateSet;
  marp: Marp;
  exportOptions: ExportOptions;
  diffs: Map<RoadmapEdition, EditionDiff>;
  fail: (file: string, error: RoadmapError) => void;
}

/** Renders and writes editions, a bounded number at a time, in one browser. */
async function exportAll(
  todo: Todo[],
  launching: Promise<BrowserSession>,
  ctx: ExportContext,
): Promise<{ result: EditionResult; key: string; slot: string; sourceHash: string }[]> {
  const { engine, options, templates, marp, exportOptions } = ctx;
  const ownsBrowser = !options.browser;
  const limit = Math.max(1, Math.min(ctx.concurrency, todo.length));
  const prepare = (item: (typeof todo)[number]) => {
    try {
      const known = recentDecks.get(item.renderKey);
      if (known) return known;
      const prepared = engine.prepareDeck(item.loaded.edition, templates, marp, {
        ...exportOptions,
        render: item.render,
      });
      if (recentDecks.size >= RECENT_DECKS) recentDecks.delete(recentDecks.keys().next().value!);
      recentDecks.set(item.renderKey, prepared);
      return prepared;
    } catch (error) {
      return toRoadmapError(error, { file: item.loaded.file });
    }
  };
  // The first decks are rendered while the browser starts; the rest when their turn comes.
  // Between decks the event loop turns, so the browser's start-up messages are answered.
  const ready = new Map<Todo, PreparedDeck | RoadmapError>();
  for (const item of todo.slice(0, limit)) {
    await new Promise((resolve) => setImmediate(resolve));
    if (options.signal?.aborted) break;
    ready.set(item, prepare(item));
  }
  const done: { result: EditionResult; key: string; slot: string; sourceHash: string }[] = [];
  let session: BrowserSession | undefined;
  try {
    session = await launching;
    const queue = [...todo];
    const worker = async () => {
      for (let item = queue.shift(); item && !options.signal?.aborted; item = queue.shift()) {
        const { loaded, key, render, slot, sourceHash } = item;
        const { file, edition } = loaded;
        options.onEvent?.({ type: 'edition-start', file });
        const t0 = performance.now();
        try {
          const prepared = ready.get(item) ?? prepare(item);
          ready.delete(item);
          if (prepared instanceof RoadmapError) throw prepared;
          const onStage = (stage: ExportStage) => options.onEvent?.({ type: 'edition-stage', file, stage });
          const diff = ctx.diffs.get(edition);
          const changes = diff && {
            since: diff.previous.label,
            added: diff.added.length,
            continued: diff.continued.length,
            removed: diff.removed.length,
          };
          const editionOptions = {
            ...exportOptions,
            render,
            onStage,
            sourceText: loaded.source.text,
            ...(changes ? { changes } : {}),
          };
          const exported = await exportWithRetry(
            engine,
            session!,
            edition,
            templates,
            marp,
            editionOptions,
            prepared,
            options.signal,
          );
          // Aborted while it was rendered: a newer build owns the outputs now.
          if (options.signal?.aborted) break;
          await writeFilesAtomically(exportOptions.outDir, exported.files);
          const result: EditionResult = {
            file,
            stem: edition.source.stem,
            edition,
            slides: exported.slides.length,
            files: exported.files.map((f) => f.path),
            warnings: [...loaded.diagnostics, ...exported.warnings, ...blockedWarning(file, exported.blocked)],
            blocked: exported.blocked,
            seconds: (performance.now() - t0) / 1000,
            skipped: false,
            ...(diff ? { diff } : {}),
            // Written files need not stay in memory.
            exported: { ...exported, files: exported.files.map((f) => ({ ...f, data: '' })), markdown: '', html: '' },
          };
          done.push({ result, key, slot, sourceHash });
          options.onEvent?.({ type: 'edition-done', file, result });
        } catch (error) {
          // An edition stopped by the build's signal did not fail.
          if (!options.signal?.aborted) ctx.fail(file, toRoadmapError(error, { file }));
        }
      }
    };
    await Promise.all(Array.from({ length: limit }, worker));
  } catch (error) {
    // The browser could not start: every edition waiting for it fails with that reason.
    const reason = toRoadmapError(error);
    for (const item of todo)
      if (!done.some((d) => d.result.file === item.loaded.file)) ctx.fail(item.loaded.file, reason);
  } finally {
    if (ownsBrowser) await (session ?? (await launching.catch(() => undefined)))?.close();
    await removePendingTemporaryFiles();
  }
  return done;
}

/**
 * A crashed or hung page is retried once on a fresh page before the edition is reported as failed.
 * A renderer crash is known at once (not at the timeout); a browser that went away is not retried.
 */
async function exportWithRetry(
  engine: Engine,
  session: BrowserSession,
  edition: RoadmapEdition,
  templates: TemplateSet,
  marp: Marp,
  options: ExportOptions,
  prepared: PreparedDeck,
  signal?: AbortSignal,
): Promise<ExportedEdition> {
  const file = edition.source.file;
  let failure = '';
  for (let attempt = 1; ; attempt++) {
    const target = await openPage(session, signal);
    const watch = watchPage(target.page, file);
    const abort = abortion(signal);
    let healthy = false;
    try {
      const exported = await Promise.race([
        engine.exportEdition(edition, templates, marp, target, options, prepared),
        watch.failed,
        abort.aborted,
      ]);
      healthy = true;
      if (attempt > 1)
        exported.warnings.push({
          file,
          line: 1,
          column: 1,
          severity: 'warning',
          rule: 'browser-retried',
          message: `${failure}; rendered again on a fresh page`,
        });
      return exported;
    } catch (thrown) {
      if (signal?.aborted) throw thrown;
      const error = asCrash(thrown, file);
      const retryable =
        !(error instanceof BrowserGoneError) &&
        (!(error instanceof RoadmapError) || error.code === 'E_TIMEOUT' || error.code === 'E_BROWSER');
      if (!retryable) throw error;
      failure = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
      if (attempt >= 2) {
        if (error instanceof RenderTimeoutError) {
          throw new RenderTimeoutError(
            `${error.message}, twice; allow more time with --timeout (seconds)`,
            { file },
            { cause: error },
          );
        }
        if (error instanceof RendererCrashError) {
          throw new RendererCrashError(
            `${error.message} while rendering this edition, twice`,
            { file },
            { cause: error },
          );
        }
        throw new BrowserError(
          `the browser failed while rendering this edition, twice: ${failure}`,
          { file },
          { cause: error },
        );
      }
    } finally {
      watch.stop();
      abort.stop();
      // A page that worked is kept for the next edition; one that failed is closed (which also ends
      // whatever the abandoned export still waits for on it).
      if (healthy) session.release(target);
      // Aborted: the build ends now; Chromium stops printing as the page goes.
      else if (signal?.aborted) void target.page.close().catch(() => undefined);
      else await target.page.close().catch(() => undefined);
    }
  }
}

/** A page of the session, unless `signal` aborts first (a page that opens after that goes back to the session). */
async function openPage(session: BrowserSession, signal: AbortSignal | undefined): Promise<BlockedPage> {
  signal?.throwIfAborted();
  const opening = session.newPage();
  const abort = abortion(signal);
  try {
    return await Promise.race([opening, abort.aborted]);
  } catch (error) {
    void opening.then(
      (late) => session.release(late),
      () => undefined,
    );
    throw error;
  } finally {
    abort.stop();
  }
}

/** Rejects when `signal` aborts (never, without one); `stop` lets go of the signal. */
function abortion(signal: AbortSignal | undefined): { aborted: Promise<never>; stop(): void } {
  let stop = () => undefined as void;
  const aborted = new Promise<never>((_, reject) => {
    if (!signal) return;
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    stop = () => signal.removeEventListener('abort', onAbort);
  });
  aborted.catch(() => undefined);
  return { aborted, stop };
}
