/**
 * The build API: roadmap files in, decks out. One browser for the whole
 * build, one page per edition in flight (bounded by the number of cores),
 * every output written atomically, every failure reported per edition.
 */
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { editionOverrides, resolveFrom, type LoadedConfig } from './config.js';
import { BrowserError, RenderTimeoutError, RoadmapError, toRoadmapError } from './errors.js';
import { launchBrowser, type BrowserSession } from './export/browser/launch.js';
import { DEFAULT_FORMATS } from './formats.js';
import { exportEdition, prepareDeck, type ExportedEdition, type Format, type PreparedDeck } from './export/edition.js';
import type { HandoutLayout } from './export/html/handout-html.js';
import { writeIndexPage } from './export/index-page.js';
import { lockOutput } from './export/lock.js';
import { removePendingTemporaryFiles, writeFilesAtomically } from './export/write.js';
import { inlineLocalImages } from './load/images.js';
import { readSource } from './load/read-source.js';
import { createMarp } from './marp/index.js';
import type { Diagnostic, RoadmapEdition } from './model/types.js';
import { parseRoadmap } from './parse/index.js';
import { loadTemplates } from './render/templates.js';
import { expandInputs } from './inputs.js';

export interface BuildOptions {
  /** Roadmap files or globs; default from config `input`, else `roadmaps/*.md`. */
  files?: string[];
  outDir?: string;
  formats?: Format[];
  config?: LoadedConfig;
  cwd?: string;
  /** Pages rendered at once; default the number of cores (at most 8). */
  concurrency?: number;
  timeoutMs?: number;
  paper?: 'A4' | 'Letter';
  handoutLayout?: HandoutLayout;
  /** Progress callback, one event per edition. */
  onEvent?: (event: BuildEvent) => void;
  /** A browser session (or one starting) to use instead of launching one; the caller closes it. */
  browser?: BrowserSession | Promise<BrowserSession>;
  signal?: AbortSignal;
}

export type BuildEvent =
  | { type: 'edition-start'; file: string }
  | { type: 'edition-done'; file: string; result: EditionResult }
  | { type: 'edition-failed'; file: string; error: RoadmapError }
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
  exported: ExportedEdition;
}

export interface BuildResult {
  ok: boolean;
  editions: EditionResult[];
  failures: { file: string; error: RoadmapError }[];
  indexFile?: string;
  seconds: number;
}

export const DEFAULT_INPUT = ['roadmaps/*.md'];

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const loaded = options.config ?? { config: {}, baseDir: cwd };
  const config = loaded.config;
  const outDir = resolve(cwd, options.outDir ?? (config.outDir ? resolveFrom(loaded.baseDir, config.outDir) : 'output'));
  const formats = options.formats ?? config.formats ?? [...DEFAULT_FORMATS];
  const timeoutMs = options.timeoutMs ?? (config.timeout ? config.timeout * 1000 : 60_000);
  const patterns = options.files?.length ? options.files : config.input ?? DEFAULT_INPUT;
  const files = await expandInputs(patterns, options.files?.length ? cwd : loaded.baseDir);

  // Two builds into one folder take turns.
  const unlock = await lockOutput(outDir, { onWait: (pid) => options.onEvent?.({ type: 'waiting-for-lock', file: outDir, pid }) });
  try {
    return await buildLocked(options, { outDir, formats, timeoutMs, files, config, loaded, started });
  } finally {
    await unlock();
  }
}

interface Resolved {
  outDir: string;
  formats: Format[];
  timeoutMs: number;
  files: string[];
  config: LoadedConfig['config'];
  loaded: LoadedConfig;
  started: number;
}

async function buildLocked(options: BuildOptions, { outDir, formats, timeoutMs, files, config, loaded, started }: Resolved): Promise<BuildResult> {
  const templates = loadTemplates(config.templates ? resolveFrom(loaded.baseDir, config.templates) : undefined);
  const marp = createMarp(templates.themeCss);
  const failures: { file: string; error: RoadmapError }[] = [];
  const editions: EditionResult[] = [];

  // Chromium starts, in its own process, as soon as one edition has parsed, and boots while
  // the others are parsed and rendered. Builds where nothing parses never start it.
  let launching: Promise<BrowserSession> | undefined = options.browser ? Promise.resolve(options.browser) : undefined;
  const startBrowser = () => {
    if (!launching) {
      launching = launchBrowser({ timeoutMs }).catch((error: unknown) => {
        // A browser that fails to start gets one more try; a missing browser does not.
        if (error instanceof RoadmapError && error.code === 'E_NO_BROWSER') throw error;
        return launchBrowser({ timeoutMs });
      });
      launching.catch(() => undefined);
    }
  };
  const exportOptions = {
    outDir, formats, timeoutMs,
    paper: options.paper ?? config.paper ?? 'A4',
    handoutLayout: options.handoutLayout ?? (config.handoutLayout ?? 1) as HandoutLayout,
    lang: config.lang,
    render: { size: config.size ?? '16:9', footer: config.footer },
  } as const;

  // Parse everything first: bad input fails fast and never costs a browser page.
  const parsed: { file: string; edition: RoadmapEdition; diagnostics: Diagnostic[]; prepared: PreparedDeck }[] = [];
  for (const file of files) {
    try {
      const source = await readSource(file);
      const overrides = editionOverrides(config, source.stem);
      const { edition, diagnostics } = parseRoadmap(source, {
        baseUrl: overrides.url ?? config.url,
        label: overrides.label,
        title: overrides.title,
        project: overrides.project ?? config.project,
        date: overrides.date,
      });
      diagnostics.push(...(await inlineLocalImages(edition)));
      startBrowser();
      parsed.push({ file, edition, diagnostics, prepared: prepareDeck(edition, templates, marp, exportOptions) });
    } catch (error) {
      const wrapped = toRoadmapError(error, { file });
      failures.push({ file, error: wrapped });
      options.onEvent?.({ type: 'edition-failed', file, error: wrapped });
    }
  }

  let session: BrowserSession | undefined;
  const ownsBrowser = !options.browser;
  try {
    if (parsed.length) session = await launching!;
    const limit = Math.max(1, Math.min(options.concurrency ?? Math.min(availableParallelism(), 8), parsed.length));
    const queue = [...parsed];
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        if (options.signal?.aborted) return;
        const { file, edition, diagnostics, prepared } = item;
        options.onEvent?.({ type: 'edition-start', file });
        const t0 = performance.now();
        try {
          const exported = await exportWithRetry(session!, edition, templates, marp, exportOptions, prepared);
          if (options.signal?.aborted) return;
          await writeFilesAtomically(exported.files);
          const result: EditionResult = {
            file, stem: edition.source.stem, edition,
            slides: exported.slides.length,
            files: exported.files.map((f) => f.path),
            warnings: [...diagnostics, ...exported.warnings],
            blocked: exported.blocked,
            seconds: (performance.now() - t0) / 1000,
            exported,
          };
          editions.push(result);
          options.onEvent?.({ type: 'edition-done', file, result });
        } catch (error) {
          const wrapped = toRoadmapError(error, { file });
          failures.push({ file, error: wrapped });
          options.onEvent?.({ type: 'edition-failed', file, error: wrapped });
        }
      }
    };
    await Promise.all(Array.from({ length: limit }, worker));
  } finally {
    if (ownsBrowser) await (session ?? (await launching?.catch(() => undefined)))?.close();
    await removePendingTemporaryFiles();
  }

  let indexFile: string | undefined;
  if (editions.length && (formats.includes('html') || formats.includes('pdf'))) {
    indexFile = join(outDir, 'index.html');
    await writeIndexPage(indexFile, outDir);
  }
  const order = new Map(files.map((f, i) => [f, i]));
  editions.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return { ok: failures.length === 0, editions, failures, indexFile, seconds: (performance.now() - started) / 1000 };
}

/** A crashed or hung page is retried once on a fresh page before the edition is reported as failed. */
async function exportWithRetry(
  session: BrowserSession,
  edition: RoadmapEdition,
  templates: ReturnType<typeof loadTemplates>,
  marp: ReturnType<typeof createMarp>,
  options: Parameters<typeof exportEdition>[4],
  prepared: PreparedDeck,
): Promise<ExportedEdition> {
  for (let attempt = 1; ; attempt++) {
    const target = await session.newPage();
    try {
      return await exportEdition(edition, templates, marp, target, options, prepared);
    } catch (error) {
      const retryable = !(error instanceof RoadmapError) || error.code === 'E_TIMEOUT' || error.code === 'E_BROWSER';
      if (!retryable) throw error;
      if (attempt >= 2) {
        const file = edition.source.file;
        if (error instanceof RenderTimeoutError) {
          throw new RenderTimeoutError(`${error.message}, twice; allow more time with --timeout (seconds)`, { file }, { cause: error });
        }
        const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        throw new BrowserError(`the browser failed while rendering this edition, twice: ${reason}`, { file }, { cause: error });
      }
    } finally {
      await target.page.close().catch(() => undefined);
    }
  }
}
