/**
 * One headless Chromium per build, kept off the network, with a throw-away
 * profile that is removed when the browser closes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { readdir, readlink, rm, stat } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { Browser, ConnectionTransport, HTTPRequest, Page } from 'puppeteer';
import { BrowserStartError } from '../../errors.js';
import { isAlive } from '../lock.js';
import { findBrowser, type FoundBrowser } from './find.js';

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

const importPuppeteer = () => import('puppeteer');
let puppeteerLoading: ReturnType<typeof importPuppeteer> | undefined;

/** Loads puppeteer (once); a build waits for it before its long synchronous work. */
export function loadPuppeteer(): ReturnType<typeof importPuppeteer> {
  puppeteerLoading ??= importPuppeteer();
  return puppeteerLoading;
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
    if (sandboxArgs(false).length || !(error instanceof BrowserStartError)) throw error;
    return launchOnce(options, true);
  }
}

async function launchOnce(options: { timeoutMs?: number }, noSandbox: boolean): Promise<BrowserSession> {
  const found = await findBrowser();
  // Synchronously: Chromium is started before this process gets back to loading modules.
  const profile = mkdtempSync(join(tmpdir(), PROFILE_PREFIX));
  let started: { browser: Browser; child: ChildProcess };
  try {
    started = await startChromium(found.executablePath, [...CHROMIUM_ARGS, ...sandboxArgs(noSandbox), `--user-data-dir=${profile}`], options.timeoutMs ?? 30_000);
  } catch (error) {
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
    throw new BrowserStartError(`could not start ${found.executablePath}: ${(error as Error).message.split('\n')[0]} ("roadmap-deck doctor" checks the browser)`, {}, { cause: error });
  }
  const { browser, child } = started;
  void removeStaleProfiles(profile);
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      openSessions.delete(session);
      const running = () => child.exitCode === null && child.signalCode === null;
      if (process.platform === 'linux' && running()) {
        // The profile is thrown away, so nothing needs saving: on Linux, ending the browser process
        // ends all of Chromium at once (its helpers exit with it), ~100 ms sooner than a polite close.
        const exited = new Promise((r) => child.once('exit', r));
        browser.disconnect().catch(() => undefined);
        killBrowser(child);
        await exited;
      } else if (running()) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        await Promise.race([browser.close().catch(() => undefined), new Promise((r) => { timer = setTimeout(r, 5_000); })]);
        clearTimeout(timer);
        if (running()) killBrowser(child);
      }
      process.off('exit', killAtExit);
      await rm(profile, { recursive: true, force: true, maxRetries: 3 });
    })();
    return closed;
  };
  // Should this process end without closing the browser, the browser ends with it.
  const killAtExit = () => killBrowser(child);
  process.on('exit', killAtExit);
  const spare = (await browser.pages()).filter((p) => p.url() === 'about:blank').slice(0, 1);
  const idle: BlockedPage[] = [];
  const session: BrowserSession = {
    browser,
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
  return session.pid;
}

/**
 * Starts Chromium with its DevTools protocol on a pipe, then loads puppeteer (which takes a
 * while) and connects to it: the two overlap.
 */
async function startChromium(executablePath: string, args: string[], timeoutMs: number): Promise<{ browser: Browser; child: ChildProcess }> {
  // In a process group of its own, so that ending it ends every process it started.
  const child = spawn(executablePath, [...args, '--remote-debugging-pipe', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    detached: process.platform !== 'win32',
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { if (stderr.length < 20_000) stderr += String(chunk); });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const failed = new Promise<never>((_, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      // Chromium's own explanation, when it gave one ("No usable sandbox!", a missing library…).
      const reason = stderr.split('\n').map((line) => line.replace(/^\[[^\]]*\]\s*/, '').trim()).find((line) => line && !/^(Fontconfig|DevTools listening)/.test(line));
      reject(new Error(reason ?? `the browser exited at start (${signal ?? `code ${code}`})`));
    });
    timer = setTimeout(() => reject(new Error(`the browser did not start within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
  });
  try {
    const connected = (async () => {
      const puppeteer = (await loadPuppeteer()).default;
      const transport = pipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable);
      return puppeteer.connect({ transport, defaultViewport: null, protocolTimeout: Math.max(timeoutMs, 60_000) });
    })();
    connected.catch(() => undefined);
    failed.catch(() => undefined);
    const browser = await Promise.race([connected, failed]).catch(async (error: unknown) => {
      // A browser that exits at start closes its pipe first: its own reason, when it gives one
      // within a second, says more than the lost connection.
      const exit = await Promise.race([failed.then(() => undefined, (e: unknown) => e), new Promise((r) => { setTimeout(r, 1_000).unref(); })]);
      throw exit ?? error;
    });
    return { browser, child };
  } catch (error) {
    failed.catch(() => undefined);
    killBrowser(child);
    // Whatever it left behind must not hold this process open through its pipes.
    for (const stream of child.stdio) stream?.destroy();
    child.unref();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Ends the browser and every process in its group. */
function killBrowser(child: ChildProcess): void {
  try {
    if (process.platform !== 'win32' && child.pid) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    // Already gone.
  }
}

/** The DevTools protocol over Chromium's pipe: JSON messages, each ended by a NUL byte. */
function pipeTransport(write: Writable, read: Readable): ConnectionTransport {
  let pending: Buffer[] = [];
  let open = true;
  const transport: ConnectionTransport = {
    send(message) {
      if (open) write.write(`${message}\0`);
    },
    close() {
      open = false;
      write.end();
    },
  };
  read.on('data', (chunk: Buffer) => {
    let end = chunk.indexOf(0);
    if (end === -1) {
      pending.push(chunk);
      return;
    }
    let start = 0;
    while (end !== -1) {
      const message = Buffer.concat([...pending, chunk.subarray(start, end)]).toString('utf8');
      pending = [];
      transport.onmessage?.(message);
      start = end + 1;
      end = chunk.indexOf(0, start);
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  });
  read.on('close', () => {
    open = false;
    transport.onclose?.();
  });
  // A closed pipe shows as its end; errors on it add nothing.
  read.on('error', () => undefined);
  write.on('error', () => undefined);
  return transport;
}

const PROFILE_PREFIX = 'roadmap-deck-chromium-';

/**
 * Profiles left behind by builds that were killed outright (no chance to clean up): removed
 * once their browser is gone. Chromium names its process in the profile's SingletonLock
 * (`host-pid`); a profile without one is removed after an hour.
 */
export async function removeStaleProfiles(current?: string): Promise<void> {
  try {
    const names = (await readdir(tmpdir())).filter((name) => name.startsWith(PROFILE_PREFIX));
    for (const name of names) {
      const dir = join(tmpdir(), name);
      if (dir === current) continue;
      let stale: boolean;
      try {
        const [host, pid] = /^(.*)-(\d+)$/.exec(await readlink(join(dir, 'SingletonLock')))?.slice(1) ?? [];
        stale = host === hostname() && !isAlive(Number(pid));
      } catch {
        stale = Date.now() - (await stat(dir)).mtimeMs > 3_600_000;
      }
      if (stale) await rm(dir, { recursive: true, force: true });
    }
  } catch {
    // Tidying up is best effort.
  }
}
