/**
 * One headless Chromium per build, kept off the network, with a throw-away
 * profile that is removed when the browser closes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, HTTPRequest, Page } from 'puppeteer';
import { BrowserError } from '../../errors.js';
import { findBrowser, type FoundBrowser } from './find.js';

export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-component-extensions-with-background-pages',
  '--disable-features=Translate,MediaRouter,DialMediaRouteProvider,OptimizationHints,InterestFeedContentSuggestions,CertificateTransparencyComponentUpdater,AutofillServerCommunication,PrivacySandboxSettings4,CalculateNativeWinOcclusion',
  '--disable-ipc-flooding-protection',
  '--disable-hang-monitor',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-domain-reliability',
  '--metrics-recording-only',
  '--password-store=basic',
  '--use-mock-keychain',
  '--no-pings',
  '--no-first-run',
  '--no-default-browser-check',
  '--mute-audio',
  // Pages render side by side; none may be treated as a background tab (which stops painting
  // and stalls loads and screenshots).
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--font-render-hinting=none',
  // No DNS look-up ever leaves the machine (a blocked one can stall a page for seconds).
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

export interface BrowserSession {
  browser: Browser;
  found: FoundBrowser;
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

/** Browsers this process started and has not closed yet (closed on interrupt). */
const openSessions = new Set<BrowserSession>();

export async function closeAllBrowsers(): Promise<void> {
  await Promise.all([...openSessions].map((session) => session.close()));
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
    if (sandboxArgs(false).length || !(error instanceof BrowserError)) throw error;
    return launchOnce(options, true);
  }
}

async function launchOnce(options: { timeoutMs?: number }, noSandbox: boolean): Promise<BrowserSession> {
  const found = await findBrowser();
  const puppeteer = (await import('puppeteer')).default;
  const profile = await mkdtemp(join(tmpdir(), 'roadmap-deck-chromium-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath: found.executablePath,
      headless: true,
      pipe: true,
      userDataDir: profile,
      args: [...CHROMIUM_ARGS, ...sandboxArgs(noSandbox)],
      timeout: options.timeoutMs ?? 30_000,
      protocolTimeout: Math.max(options.timeoutMs ?? 60_000, 60_000),
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw new BrowserError(`could not start ${found.executablePath}: ${(error as Error).message.split('\n')[0]}`, {}, { cause: error });
  }
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      openSessions.delete(session);
      const child = browser.process();
      const running = () => child && child.exitCode === null && child.signalCode === null;
      if (process.platform === 'linux' && child && running()) {
        // The profile is thrown away, so nothing needs saving: on Linux, ending the browser process
        // ends all of Chromium at once (its helpers exit with it), ~100 ms sooner than a polite close.
        const exited = new Promise((r) => child.once('exit', r));
        browser.disconnect().catch(() => undefined);
        child.kill('SIGKILL');
        await exited;
      } else {
        let timer: ReturnType<typeof setTimeout> | undefined;
        await Promise.race([browser.close().catch(() => undefined), new Promise((r) => { timer = setTimeout(r, 5_000); })]);
        clearTimeout(timer);
        if (running()) child!.kill('SIGKILL');
      }
      await rm(profile, { recursive: true, force: true, maxRetries: 3 });
    })();
    return closed;
  };
  const spare = (await browser.pages()).filter((p) => p.url() === 'about:blank').slice(0, 1);
  const idle: BlockedPage[] = [];
  const session: BrowserSession = {
    browser,
    found,
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
      const page = spare.shift() ?? await browser.newPage();
      const blocked: string[] = [];
      // Chromium refuses every network URL for this page at the network layer (no round trip
      // per request); host names resolve to nothing and the deck's CSP allows no remote load
      // besides. Every request a page attempts is noted.
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.setBlockedURLs', { urls: ['http://*', 'https://*', 'ws://*', 'wss://*', 'ftp://*', 'file://*'].filter((u) => !pageOptions.allowOrigin?.startsWith(u.slice(0, -1))) });
      page.on('request', (request: HTTPRequest) => {
        const url = request.url();
        if (url.startsWith('data:') || url === 'about:blank' || (pageOptions.allowOrigin && url.startsWith(pageOptions.allowOrigin))) return;
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
  openSessions.add(session);
  return session;
}

/** The PID of the browser process, for tests and crash cleanup. */
export function browserPid(session: BrowserSession): number | undefined {
  return session.browser.process()?.pid;
}
