/**
 * The two builds of a watch round, over one browser: the deck (md, html),
 * whose open pages reload edition by edition as each deck is written, and
 * the formats that follow (pdf, handout, png, and the index page's preview
 * pictures), which stop when their signal aborts.
 */
import { build, type BuildEvent, type BuildResult } from '../build.js';
import type { RoadmapError } from '../errors.js';
import type { BlockedPage, BrowserSession } from '../export/browser/launch.js';
import type { Format } from '../formats.js';
import type { Settings, SettingsInput } from '../settings/index.js';
import { findInputs } from '../settings/preflight.js';
import type { RoundWork } from './rounds.js';
import type { WatchEvent } from './watch-event.js';
import type { PreviewServer } from './server.js';

/** Formats that make the deck people look at while editing; the rest follow. */
const FIRST: Format[] = ['md', 'html'];

export interface RoundContext {
  input: SettingsInput;
  cwd: string;
  outDir: string;
  session: BrowserSession;
  server: PreviewServer;
  /** The settings now (the config may have been reloaded since the start). */
  settings(): Settings;
  say(line: string): void;
  onEvent?: (event: WatchEvent) => void;
  stopping(): boolean;
}

/**
 * The session with pages of its own. A build that is aborted closes the page it was printing on;
 * were that the page the decks are built on, the next save's deck would first wait for a new one.
 */
function withOwnPages(session: BrowserSession): BrowserSession {
  const idle: BlockedPage[] = [];
  return {
    ...session,
    async newPage(options = {}) {
      for (let page = options.allowOrigin ? undefined : idle.shift(); page; page = idle.shift())
        if (!page.page.isClosed()) return page;
      return session.newPage(options);
    },
    release(target) {
      if (target.page.isClosed()) return;
      target.blocked.length = 0;
      idle.push(target);
    },
  };
}

export function roundBuilds(ctx: RoundContext): RoundWork {
  const { server } = ctx;
  const deckBrowser = withOwnPages(ctx.session);
  const restBrowser = withOwnPages(ctx.session);
  const report = (result: BuildResult) => {
    for (const r of result.editions)
      if (!r.skipped) ctx.say(`✓ ${r.stem}  ${r.edition.label}  ${r.slides} slides  ${r.seconds.toFixed(2)} s`);
    for (const f of result.failures) ctx.say(`✗ ${f.error.format()}`);
  };
  const common = async (browser: BrowserSession) => {
    const settings = ctx.settings();
    return {
      ...ctx.input,
      files: (await findInputs(settings)).files,
      outDir: ctx.outDir,
      config: settings.config,
      browser,
      cwd: ctx.cwd,
    };
  };
  const split = () => {
    const { formats } = ctx.settings();
    return {
      first: formats.filter((f) => FIRST.includes(f)),
      rest: formats.filter((f) => !FIRST.includes(f)),
      html: formats.includes('html'),
    };
  };

  return {
    async deck(round) {
      const { first, rest } = split();
      // Problems of this build as they are known: every page is read before any deck is written, so a
      // page reloaded mid-build already hears the problems of the pages that failed to read.
      const failures: RoadmapError[] = [];
      const onEvent = (event: BuildEvent) => {
        if (event.type === 'edition-failed') failures.push(event.error);
        if (event.type !== 'edition-done' || event.result.skipped || ctx.stopping()) return;
        server.problems(failures.map((error) => error.format()));
        server.reload([event.result.stem]);
        ctx.onEvent?.({ type: 'deck', round, stem: event.result.stem, files: event.result.files });
      };
      // The index page's preview picture is taken with the formats that follow, off the path
      // between a save and the reload.
      const result = await build({
        ...(await common(deckBrowser)),
        formats: first,
        preview: rest.length ? false : undefined,
        onEvent,
      });
      report(result);
      server.problems(result.failures.map((f) => f.error.format()));
      if (result.editions.some((e) => !e.skipped)) server.reloadIndex();
    },

    async rest(round, signal) {
      const { rest, html } = split();
      if (!rest.length || ctx.stopping()) return;
      const onEvent = (event: BuildEvent) => {
        if (event.type !== 'edition-done' || event.result.skipped) return;
        ctx.onEvent?.({ type: 'formats', round, stem: event.result.stem, files: event.result.files });
      };
      ctx.onEvent?.({ type: 'formats-start', round });
      const result = await build({ ...(await common(restBrowser)), formats: rest, preview: html, onEvent, signal });
      report(result);
      if (result.cancelled) {
        ctx.onEvent?.({ type: 'cancelled', round });
        return;
      }
      // The preview pictures changed: the index page shows them.
      if (html && result.editions.some((e) => !e.skipped)) server.reloadIndex();
    },
  };
}
