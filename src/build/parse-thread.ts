/**
 * Parsing with a deadline: every page is parsed in a worker thread (see
 * ./parse-worker.ts) that is stopped when it runs past the deadline or out of
 * its memory, and started afresh for the next page. The main thread only
 * waits, so a signal stops the build at once even while a page is parsed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorFromData, LimitExceededError, RoadmapError, type RoadmapErrorData } from '../errors.js';
import type { RoadmapSource } from '../load/read-source.js';
import type { ParseOptions, ParseResult } from '../parse/index.js';
import { contentHash } from '../hash.js';
import { PACKAGE_ROOT } from '../package-root.js';
import type { ParseRequest } from './parse-worker.js';

/** Longest a page may take to parse. Real pages take milliseconds; 5 MB of prose takes about a second. */
const PARSE_TIMEOUT_MS = 10_000;
/** Heap for the parser's thread: a page that needs more is refused, not the build. */
const PARSE_HEAP_MB = 512;

export type ParseReply = { id: number; result: ParseResult } | { id: number; error: RoadmapErrorData };

/** The worker script beside this module; from the TypeScript sources (tests), the compiled one. */
function workerUrl(): URL {
  const beside = new URL('./parse-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  return pathToFileURL(join(PACKAGE_ROOT, 'dist', 'build', 'parse-worker.js'));
}

export class ParseThread {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  /** Parses one page; pages are parsed one after another. */
  parse(source: RoadmapSource, options: ParseOptions = {}, timeoutMs = PARSE_TIMEOUT_MS): Promise<ParseResult> {
    const run = this.queue.then(() => this.run(source, options, timeoutMs));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Starts the thread now, so that it loads the parser while other work goes on. */
  warm(): void {
    this.start();
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerUrl(), { resourceLimits: { maxOldGenerationSizeMb: PARSE_HEAP_MB } });
    // An idle parser never keeps the process alive.
    worker.unref();
    worker.once('exit', () => {
      if (this.worker === worker) this.worker = undefined;
    });
    this.worker = worker;
    return worker;
  }

  private run(source: RoadmapSource, options: ParseOptions, timeoutMs: number): Promise<ParseResult> {
    const worker = this.start();
    const id = this.nextId++;
    const file = source.file;
    return new Promise<ParseResult>((resolve, reject) => {
      const settle = (stop: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        worker.unref();
        if (stop) {
          if (this.worker === worker) this.worker = undefined;
          void worker.terminate();
        }
      };
      const onMessage = (reply: ParseReply) => {
        if (reply.id !== id) return;
        settle(false);
        if ('error' in reply) reject(errorFromData(reply.error));
        else resolve(reply.result);
      };
      const onError = (error: Error) => {
        settle(true);
        const memory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
        reject(
          memory
            ? new LimitExceededError(
                `parsing needed more than ${PARSE_HEAP_MB} MB of memory and was stopped`,
                { file, line: 1 },
                { cause: error },
              )
            : new RoadmapError(`the parser failed: ${error.message}`, { file }, { cause: error }),
        );
      };
      const onExit = (code: number) => {
        settle(false);
        reject(new RoadmapError(`the parser stopped unexpectedly (exit code ${code})`, { file }));
      };
      const timer = setTimeout(() => {
        settle(true);
        reject(
          new LimitExceededError(
            `parsing took more than ${timeoutMs / 1000} s and was stopped; simplify deeply nested or heavily repeated markup`,
            { file, line: 1 },
          ),
        );
      }, timeoutMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.ref();
      worker.postMessage({ id, source, options } satisfies ParseRequest);
    });
  }
}

let shared: ParseThread | undefined;

/** Starts the process's parser thread ahead of the first page, when the caller knows pages will come. */
export function warmParseThread(): void {
  shared ??= new ParseThread();
  shared.warm();
}

/**
 * Pages parsed lately, by everything a parse reads (the file's name and text, the options).
 * `watch` builds again after every save; the pages that did not change, such as the older
 * edition read for the "what changed" slide, are then not parsed again.
 */
const recent = new Map<string, ParseResult>();
const RECENT_PAGES = 16;

/** Parses in the process's parser thread, started on first use. */
export async function parseInThread(
  source: RoadmapSource,
  timeoutMs: number | undefined,
  options: ParseOptions = {},
): Promise<ParseResult> {
  const key = contentHash([source.file, source.text, options]);
  const known = recent.get(key);
  if (known) {
    recent.delete(key);
    recent.set(key, known);
    // Each caller gets its own copy: a build adds the page's pictures to its edition.
    return structuredClone(known);
  }
  shared ??= new ParseThread();
  const result = await shared.parse(source, options, timeoutMs);
  recent.set(key, structuredClone(result));
  if (recent.size > RECENT_PAGES) recent.delete(recent.keys().next().value!);
  return result;
}
