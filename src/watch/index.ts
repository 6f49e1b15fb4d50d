/**
 * watch: build, serve the output folder with live reload, and on every save
 * rebuild what the change touches (one edition, or all of them when a
 * template, the theme or the config changes). The HTML deck comes first and
 * open pages reload; the PDFs follow. A page with errors leaves the last
 * good deck in place and shows the errors over it.
 */
import { watch as watchFs, type FSWatcher } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build, DEFAULT_INPUT, type BuildResult } from '../build.js';
import { loadConfig, resolveFrom, type LoadedConfig } from '../config.js';
import { launchBrowser, type BrowserSession } from '../export/browser/launch.js';
import { DEFAULT_FORMATS, type Format } from '../formats.js';
import { expandInputs } from '../inputs.js';
import { BUILTIN_TEMPLATES } from '../render/templates.js';
import { checkPort } from './port.js';
import { startPreviewServer, type PreviewServer } from './server.js';

export interface WatchOptions {
  files?: string[];
  outDir?: string;
  port?: number;
  configFile?: string;
  formats?: Format[];
  cwd?: string;
  log?: (line: string) => void;
}

export interface WatchSession {
  url: string;
  /** Resolves when the build started by the latest change (if any) has finished. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** Formats that make the deck people look at while editing; the rest follow. */
const FIRST: Format[] = ['md', 'html'];

export async function startWatch(options: WatchOptions = {}): Promise<WatchSession> {
  const port = checkPort(options.port ?? 4321);
  const cwd = options.cwd ?? process.cwd();
  const log = options.log ?? (() => undefined);
  let loaded: LoadedConfig = await loadConfig({ cwd, file: options.configFile });
  const outDir = resolve(cwd, options.outDir ?? (loaded.config.outDir ? resolveFrom(loaded.baseDir, loaded.config.outDir) : 'output'));
  const formats = options.formats ?? loaded.config.formats ?? [...DEFAULT_FORMATS];
  // The port before the browser: a port in use is reported with no Chromium to clean up.
  const server: PreviewServer = await startPreviewServer(outDir, port, { log });
  const session: BrowserSession = await launchBrowser().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const watchers: FSWatcher[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopping = false;
  // After close, builds failing because their browser was closed are not news.
  const say = (line: string) => {
    if (!stopping) log(line);
  };

  const inputs = () => expandInputs(options.files?.length ? options.files : loaded.config.input ?? DEFAULT_INPUT, options.files?.length ? cwd : loaded.baseDir);
  const report = (result: BuildResult) => {
    for (const r of result.editions) if (!r.skipped) say(`✓ ${r.stem}  ${r.edition.label}  ${r.slides} slides  ${r.seconds.toFixed(2)} s`);
    for (const f of result.failures) say(`✗ ${f.error.format()}`);
  };

  const runOnce = async () => {
    const files = await inputs();
    const common = { files, outDir, config: loaded, browser: session, cwd };
    const rest = formats.filter((f) => !FIRST.includes(f));
    // The index page's preview picture is taken with the formats that follow, off the
    // path between a save and the reload.
    const first = await build({ ...common, formats: formats.filter((f) => FIRST.includes(f)), preview: rest.length ? false : undefined });
    report(first);
    server.problems(first.failures.map((f) => f.error.format()));
    const rebuilt = first.editions.filter((e) => !e.skipped).map((e) => e.stem);
    if (rebuilt.length) server.reload(rebuilt);
    if (rest.length && !stopping) report(await build({ ...common, formats: rest, preview: formats.includes('html') }));
  };

  // One build at a time; changes during a build start one more afterwards.
  let running: Promise<void> = Promise.resolve();
  let pending = false;
  let active = false;
  const schedule = () => {
    if (active || stopping) {
      pending = !stopping;
      return running;
    }
    active = true;
    running = (async () => {
      do {
        pending = false;
        try {
          await runOnce();
        } catch (error) {
          say(`✗ ${(error as Error).message}`);
          server.problems([(error as Error).message]);
        }
      } while (pending && !stopping);
      active = false;
    })();
    return running;
  };

  let closed: Promise<void> | undefined;
  // The server, the watchers and the browser, closed once, on every way out. The browser goes
  // before the running build is awaited: that build then ends at once instead of finishing PDFs.
  const close = () => {
    closed ??= (async () => {
      stopping = true;
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      await server.close();
      await session.close();
      await running.catch(() => undefined);
    })();
    return closed;
  };

  try {
    await schedule();
    const changed = (reloadConfig: boolean) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        void (async () => {
          if (reloadConfig) {
            try {
              loaded = await loadConfig({ cwd, file: options.configFile });
            } catch (error) {
              say(`✗ ${(error as Error).message}`);
              server.problems([(error as Error).message]);
              return;
            }
          }
          await schedule();
        })();
      }, 25);
    };
    const watchDir = (dir: string, filter: (name: string) => boolean, reloadConfig = false) => {
      try {
        watchers.push(watchFs(dir, (_event, name) => {
          if (name && filter(String(name))) changed(reloadConfig);
        }));
      } catch {
        say(`(not watching ${dir}: it cannot be watched)`);
      }
    };
    const watchedDirs = new Set((await inputs()).map((file) => resolve(cwd, dirname(file))));
    for (const dir of watchedDirs) watchDir(dir, (name) => name.toLowerCase().endsWith('.md'));
    const templates = loaded.config.templates ? resolveFrom(loaded.baseDir, loaded.config.templates) : BUILTIN_TEMPLATES;
    watchDir(templates, (name) => /\.(hbs|css)$/.test(name));
    watchDir(resolve(templates, 'partials'), (name) => name.endsWith('.hbs'));
    if (loaded.file) watchDir(dirname(loaded.file), (name) => resolve(dirname(loaded.file!), name) === loaded.file, true);
    say(`Serving ${outDir} at ${server.url} — watching ${watchedDirs.size === 1 ? '1 folder' : `${watchedDirs.size} folders`}; Ctrl-C to stop`);
  } catch (error) {
    await close();
    throw error;
  }

  return {
    url: server.url,
    idle: async () => {
      await new Promise((r) => setTimeout(r, 60));
      await running;
    },
    close,
  };
}
