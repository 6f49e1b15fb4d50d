/**
 * Rendering and writing the editions of a build in one browser: a bounded
 * number at a time, each on its own page, retried once when its renderer
 * crashes, stopped when the build is aborted. Decks prepared lately are
 * reused (watch renders a save's deck twice: for its HTML, then its PDFs).
 */
import type { BuildOptions, EditionResult } from '../build.js';
import type { EditionDiff } from '../editions/diff.js';
import {
  BrowserError,
  BrowserGoneError,
  RenderTimeoutError,
  RendererCrashError,
  RoadmapError,
  toRoadmapError,
} from '../errors.js';
import { asCrash, watchPage } from '../export/browser/crash.js';
import { launchBrowser, type BlockedPage, type BrowserSession } from '../export/browser/launch.js';
import type { ExportedEdition, ExportOptions, PreparedDeck } from '../export/edition.js';
import type { ExportStage } from '../export/stage.js';
import { removePendingTemporaryFiles, writeFilesAtomically } from '../export/write.js';
import type { RoadmapEdition } from '../model/types.js';
import type { RenderOptions } from '../render/index.js';
import type { TemplateSet } from '../render/templates.js';
import type { LoadedEdition } from './load-editions.js';
import { blockedWarning } from './brand-setup.js';

export type Engine = typeof import('./engine.js');
export type Marp = ReturnType<Engine['createMarp']>;

/**
 * Decks rendered lately (before the browser), by all their rendering depends on. `watch` renders
 * each save's deck for its HTML, then again for its PDFs: the second time comes from here, which
 * spares the CPU and lets a newer save stop those PDFs sooner. Nothing changes a prepared deck.
 */
const recentDecks = new Map<string, PreparedDeck>();
const RECENT_DECKS = 8;

export interface Todo {
  loaded: LoadedEdition;
  key: string;
  /** Everything the deck's rendering depends on (not the formats asked for). */
  renderKey: string;
  render: RenderOptions;
  slot: string;
  sourceHash: string;
}

export function launchWithRetry(timeoutMs: number): Promise<BrowserSession> {
  return launchBrowser({ timeoutMs }).catch((error: unknown) => {
    // A browser that fails to start gets one more try; a missing browser does not.
    if (error instanceof RoadmapError && error.code === 'E_NO_BROWSER') throw error;
    return launchBrowser({ timeoutMs });
  });
}

export interface ExportContext {
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
export async function exportAll(
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
  let stop = (): void => undefined;
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
