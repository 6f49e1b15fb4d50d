/**
 * watch: build, serve the output folder with live reload, and on every save
 * rebuild what the change touches (one edition, or all of them when a
 * template, the theme or the config changes). The HTML deck comes first and
 * open pages reload; the PDFs follow. A page with errors leaves the last
 * good deck in place and shows the errors over it.
 */
import { watch as watchFs, type FSWatcher } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build, type BuildResult } from '../build.js';
import { loadConfig } from '../config.js';
import { RoadmapError } from '../errors.js';
import { launchBrowser, type BrowserSession } from '../export/browser/launch.js';
import type { Format } from '../formats.js';
import { BUILTIN_TEMPLATES } from '../render/templates.js';
import { DEFAULTS, resolveSettings, type Settings, type SettingsInput } from '../settings/index.js';
import { checkOutDir, findInputs } from '../settings/preflight.js';
import { checkPort } from './port.js';
import { startPreviewServer, type PreviewServer } from './server.js';

/** What to build (files, outDir, formats…, see SettingsInput), and where to serve it. */
export interface WatchOptions extends SettingsInput {
  port?: number;
  configFile?: string;
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

/** An error as the lines shown, each with its file and line when it has them (a config error keeps its place). */
const describe = (error: unknown): string[] => (error instanceof RoadmapError ? error.format() : error instanceof Error ? error.message : String(error)).split('\n');

export async function startWatch(options: WatchOptions = {}): Promise<WatchSession> {
  const { port: givenPort, configFile, cwd: givenCwd, log: givenLog, ...input } = options;
  const port = checkPort(givenPort ?? DEFAULTS.port);
  const cwd = givenCwd ?? process.cwd();
  const log = givenLog ?? (() => undefined);
  let settings: Settings = resolveSettings(input, await loadConfig({ cwd, file: configFile }), cwd);
  // The output folder stays what it was at the start: it is the folder being served.
  const { outDir } = settings;
  // Nothing to watch, or an output folder that cannot be one, is said before a port or a browser is taken.
  await findInputs(settings);
  await checkOutDir(settings);
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

  const inputs = async () => (await findInputs(settings)).files;
  const report = (result: BuildResult) => {
    for (const r of result.editions) if (!r.skipped) say(`✓ ${r.stem}  ${r.edition.label}  ${r.slides} slides  ${r.seconds.toFixed(2)} s`);
    for (const f of result.failures) say(`✗ ${f.error.format()}`);
  };

  const runOnce = async () => {
    const { formats } = settings;
    const common = { ...input, files: await inputs(), outDir, config: settings.config, browser: session, cwd };
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
          for (const line of describe(error)) say(`✗ ${line}`);
          server.problems(describe(error));
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
              settings = resolveSettings(input, await loadConfig({ cwd, file: configFile }), cwd);
            } catch (error) {
              for (const line of describe(error)) say(`✗ ${line}`);
              server.problems(describe(error));
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
    const templates = settings.templates ?? BUILTIN_TEMPLATES;
    watchDir(templates, (name) => /\.(hbs|css)$/.test(name));
    watchDir(resolve(templates, 'partials'), (name) => name.endsWith('.hbs'));
    const configPath = settings.config.file;
    if (configPath) watchDir(dirname(configPath), (name) => resolve(dirname(configPath), name) === configPath, true);
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
