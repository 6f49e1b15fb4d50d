/**
 * watch: build, serve the output folder with live reload, and on every save
 * rebuild what the change touches (one edition, or all of them when a
 * template, the theme or the config changes). The HTML deck comes first and
 * an open page reloads as soon as its deck is written; the PDFs follow and
 * are dropped when a newer save comes (rounds.ts). A page with errors leaves
 * the last good deck in place and shows the errors over it.
 */
import { loadConfig } from '../config.js';
import { RoadmapError } from '../errors.js';
import { launchBrowser, type BrowserSession } from '../export/browser/launch.js';
import { BUILTIN_TEMPLATES } from '../render/templates.js';
import { DEFAULTS, resolveSettings, type Settings, type SettingsInput } from '../settings/index.js';
import { checkHandoutNotes, checkOutDir, findInputs } from '../settings/preflight.js';
import { dirname, resolve } from 'node:path';
import { roundBuilds } from './round-builds.js';
import type { WatchEvent } from './watch-event.js';
import { checkPort } from './port.js';
import { Rounds } from './rounds.js';
import { startPreviewServer, type PreviewServer } from './server.js';
import { watchSources } from './sources.js';

export type { WatchEvent } from './watch-event.js';

/** What to build (files, outDir, formats…, see SettingsInput), and where to serve it. */
export interface WatchOptions extends SettingsInput {
  port?: number;
  configFile?: string;
  cwd?: string;
  log?: (line: string) => void;
  /** Told what each rebuild wrote, or gave up, in order (tests and tools; the log says it in words). */
  onEvent?: (event: WatchEvent) => void;
}

export interface WatchSession {
  url: string;
  /** Resolves when the builds started by the latest change (if any), PDFs included, have finished. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** An error as the lines shown, each with its file and line when it has them (a config error keeps its place). */
const describe = (error: unknown): string[] =>
  (error instanceof RoadmapError ? error.format() : error instanceof Error ? error.message : String(error)).split('\n');

export async function startWatch(options: WatchOptions = {}): Promise<WatchSession> {
  const { port: givenPort, configFile, cwd: givenCwd, log: givenLog, onEvent, ...input } = options;
  const port = checkPort(givenPort ?? DEFAULTS.port);
  const cwd = givenCwd ?? process.cwd();
  const log = givenLog ?? (() => undefined);
  let settings: Settings = resolveSettings(input, await loadConfig({ cwd, file: configFile }), cwd);
  // The output folder stays what it was at the start: it is the folder being served.
  const { outDir } = settings;
  // Nothing to watch, or an output folder that cannot be one, is said before a port or a browser is taken.
  await findInputs(settings);
  await checkOutDir(settings);
  checkHandoutNotes(settings);
  // The port before the browser: a port in use is reported with no Chromium to clean up.
  const server: PreviewServer = await startPreviewServer(outDir, port, { log });
  const session: BrowserSession = await launchBrowser().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  let stopping = false;
  // After close, builds failing because their browser was closed are not news.
  const say = (line: string) => {
    if (!stopping) log(line);
  };
  const showError = (error: unknown) => {
    if (stopping) return;
    for (const line of describe(error)) say(`✗ ${line}`);
    server.problems(describe(error));
  };

  const builds = roundBuilds({
    input,
    cwd,
    outDir,
    session,
    server,
    settings: () => settings,
    say,
    onEvent,
    stopping: () => stopping,
  });
  const rounds = new Rounds(builds, showError);
  let sources: { close(): void } | undefined;

  let closed: Promise<void> | undefined;
  // The server, the watchers and the browser, closed once, on every way out. The browser goes
  // before the running build is awaited: that build then ends at once instead of finishing PDFs.
  const close = () => {
    closed ??= (async () => {
      stopping = true;
      rounds.stop();
      sources?.close();
      await server.close();
      await session.close();
      await rounds.idle();
    })();
    return closed;
  };

  try {
    // The first deck before the address is given; its PDFs follow while the page is opened.
    await rounds.request();
    const pageDirs = new Set((await findInputs(settings)).files.map((file) => resolve(cwd, dirname(file))));
    sources = watchSources({
      pageDirs,
      templates: settings.templates ?? BUILTIN_TEMPLATES,
      configFile: settings.config.file,
      say,
      onChange: ({ config }) => {
        void (async () => {
          if (config) {
            try {
              settings = resolveSettings(input, await loadConfig({ cwd, file: configFile }), cwd);
            } catch (error) {
              showError(error);
              return;
            }
          }
          await rounds.request();
        })();
      },
    });
    say(
      `Serving ${outDir} at ${server.url} — watching ${pageDirs.size === 1 ? '1 folder' : `${pageDirs.size} folders`}; Ctrl-C to stop`,
    );
  } catch (error) {
    await close();
    throw error;
  }

  return {
    url: server.url,
    idle: async () => {
      // A save just written is noticed after the watchers gather it.
      await new Promise((r) => setTimeout(r, 60));
      await rounds.idle();
    },
    close,
  };
}
