/**
 * One headless Chromium per build, kept off the network, with a throw-away
 * profile that is removed when the browser closes.
 */
import type { ChildProcess } from 'node:child_process';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { BrowserStartError } from '../../errors.js';
import { findBrowser, type FoundBrowser } from './find.js';
import { createProfile, removeProfile, removeProfileSync, removeStaleProfiles } from './profile.js';
import { connectChromium, killBrowser, spawnChromium } from './start.js';

export { loadPuppeteer } from './start.js';
export { removeStaleProfiles } from './profile.js';

/**
 * Chromium's command line. Chromium is started here, not by puppeteer.launch, so that it boots
 * while puppeteer and the rest are still loading; these are puppeteer's own defaults for a
 * headless launch (kept in step by a test) with ours merged in.
 */
export const CHROMIUM_ARGS = [
  // puppeteer's defaults
  '--allow-pre-commit-input',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--enable-automation',
  // Tagged PDFs with a document outline (bookmarks).
  '--export-tagged-pdf',
  '--generate-pdf-document-outline',
  '--force-color-profile=srgb',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--enable-features=PdfOopif',
  '--headless=new',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-extensions',
  // ours
  '--disable-gpu',
  '--disable-component-update',
  '--disable-domain-reliability',
  '--no-pings',
  '--no-default-browser-check',
  '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes,DialMediaRouteProvider,InterestFeedContentSuggestions,CertificateTransparencyComponentUpdater,AutofillServerCommunication,PrivacySandboxSettings4,CalculateNativeWinOcclusion',
  '--font-render-hinting=none',
  // No DNS look-up ever leaves the machine (a blocked one can stall a page for seconds).
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

export interface BrowserSession {
  browser: Browser;
  found: FoundBrowser;
  /** The browser process. */
  pid: number | undefined;
  /** A page that blocks and counts every network request except to `allowOrigin`. */
  newPage(options?: { allowOrigin?: string }): Promise<BlockedPage>;
  /** Gives a page back for reuse (a build in watch mode does not pay for a new page each time). */
  release(page: BlockedPage): void;
  close(): Promise<void>;
}

export interface BlockedPage {
  page: Page;
  /** URLs the page tried to load and was refused. */
  blocked: string[];
}

/** How to end each browser this process started, or is starting, and has not closed yet: run on interrupt. */
const openBrowsers = new Set<() => Promise<void>>();

export async function closeAllBrowsers(): Promise<void> {
  await Promise.all([...openBrowsers].map((close) => close()));
}

/**
 * Chromium's sandbox cannot run as root, and often not inside containers:
 * there it is turned off (as root, or with ROADMAP_DECK_NO_SANDBOX=1).
 * Elsewhere a failed start with the sandbox is retried without it.
 */
function sandboxArgs(forceOff: boolean): string[] {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  return forceOff || root || process.env.ROADMAP_DECK_NO_SANDBOX === '1' ? ['--no-sandbox'] : [];
}

export async function launchBrowser(options: { timeoutMs?: number } = {}): Promise<BrowserSession> {
  try {
    return await launchOnce(options, false);
  } catch (error) {
    if (sandboxArgs(false).length || !(error instanceof BrowserStartError)) throw error;
    return launchOnce(options, true);
  }
}

async function launchOnce(options: { timeoutMs?: number }, noSandbox: boolean): Promise<BrowserSession> {
  const found = await findBrowser();
  const profile = createProfile();
  const child = spawnChromium(found.executablePath, [
    ...CHROMIUM_ARGS,
    ...sandboxArgs(noSandbox),
    `--user-data-dir=${profile}`,
  ]);
  // Should this process end without closing the browser, the browser ends with it, and its profile goes.
  const atExit = () => {
    killBrowser(child);
    removeProfileSync(profile);
  };
  process.on('exit', atExit);
  const abort = new AbortController();
  const connecting = connectChromium(child, options.timeoutMs ?? 30_000, abort.signal);
  let browser: Browser | undefined;
  // From the moment Chromium runs, one function ends it and removes its profile: on close, after a
  // failed start, and on an interrupt that comes while it is still starting.
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      abort.abort();
      await connecting.catch(() => undefined);
      await endChromium(child, browser);
      openBrowsers.delete(close);
      process.off('exit', atExit);
      await removeProfile(profile).catch(() => undefined);
    })();
    return closed;
  };
  openBrowsers.add(close);
  try {
    browser = await connecting;
    if (abort.signal.aborted) throw new Error('the browser start was interrupted');
  } catch (error) {
    await close();
    throw new BrowserStartError(
      `could not start ${found.executablePath}: ${(error as Error).message.split('\n')[0]} ("roadmap-deck doctor" checks the browser)`,
      {},
      { cause: error },
    );
  }
  void removeStaleProfiles(profile);
  const ready = browser;
  const spare = (await ready.pages().catch(() => [] as Page[])).filter((p) => p.url() === 'about:blank').slice(0, 1);
  const idle: BlockedPage[] = [];
  const session: BrowserSession = {
    browser: ready,
    found,
    pid: child.pid,
    close,
    release(target) {
      if (target.page.isClosed()) return;
      target.blocked.length = 0;
      idle.push(target);
    },
    async newPage(pageOptions = {}) {
      const reused = !pageOptions.allowOrigin ? idle.shift() : undefined;
      if (reused) return reused;
      // The tab Chromium opens at start is the first page: one page fewer to create.
      const page = spare.shift() ?? (await ready.newPage());
      const blocked: string[] = [];
      // Chromium refuses every network URL for this page at the network layer (no round trip
      // per request); host names resolve to nothing and the deck's CSP allows no remote load
      // besides. Every request a page attempts is noted.
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.setBlockedURLs', {
        urls: ['http://*', 'https://*', 'ws://*', 'wss://*', 'ftp://*', 'file://*'].filter(
          (u) => !pageOptions.allowOrigin?.startsWith(u.slice(0, -1)),
        ),
      });
      page.on('request', (request: HTTPRequest) => {
        const url = request.url();
        if (
          url.startsWith('data:') ||
          url === 'about:blank' ||
          (pageOptions.allowOrigin && url.startsWith(pageOptions.allowOrigin))
        )
          return;
        blocked.push(url);
      });
      // The deck's Content-Security-Policy stops most loads before they become requests:
      // Chromium reports those on the console, and they are counted too.
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!/Content Security Policy/.test(text)) return;
        // "Loading the image 'https://…' violates …" (older: "Refused to load the image 'https://…' because it violates …")
        const url = /'([^']+)' (?:because it )?violates/.exec(text)?.[1];
        blocked.push(url ?? (/inline/i.test(text) ? '(inline script or style)' : text.slice(0, 120)));
      });
      return { page, blocked };
    },
  };
  return session;
}

/**
 * Ends Chromium and waits (briefly) until it has exited, so that its profile can go. The profile is
 * thrown away, so nothing needs saving: on Linux, ending the browser process ends all of Chromium at
 * once (its helpers exit with it), ~100 ms sooner than a polite close.
 */
async function endChromium(child: ChildProcess, browser: Browser | undefined): Promise<void> {
  const running = () => child.exitCode === null && child.signalCode === null;
  if (!running()) return;
  const timers: ReturnType<typeof setTimeout>[] = [];
  const exited = new Promise((r) => child.once('exit', r));
  // The timer also keeps this process alive until the exit is seen (the child may be unref'd).
  const within = (ms: number) =>
    new Promise((r) => {
      timers.push(setTimeout(r, ms));
    });
  if (process.platform !== 'linux' && browser) {
    await Promise.race([browser.close().catch(() => undefined), within(5_000)]);
  } else {
    browser?.disconnect().catch(() => undefined);
  }
  if (running()) killBrowser(child);
  await Promise.race([exited, within(5_000)]);
  for (const timer of timers) clearTimeout(timer);
}
