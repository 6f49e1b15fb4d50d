/**
 * Finds a Chrome or Chromium to drive, in this order:
 * 1. `PUPPETEER_EXECUTABLE_PATH`, then `CHROME_PATH`;
 * 2. the browser puppeteer downloaded: the project's own puppeteer's, else the newest in
 *    puppeteer's cache;
 * 3. a system Chrome or Chromium.
 */
import { accessSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { BrowserNotFoundError } from '../../errors.js';

type BrowserSource = 'env' | 'puppeteer-cache' | 'system';

export interface FoundBrowser {
  executablePath: string;
  source: BrowserSource;
}

const SYSTEM_PATHS: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
    '/usr/lib/chromium/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
  ],
  win32: [
    join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
    join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Google\\Chrome\\Application\\chrome.exe'),
    join(process.env.LOCALAPPDATA ?? '', 'Google\\Chrome\\Application\\chrome.exe'),
  ],
};

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const PUPPETEER_CONFIG_FILES = [
  '.puppeteerrc',
  '.puppeteerrc.json',
  '.puppeteerrc.yaml',
  '.puppeteerrc.yml',
  '.puppeteerrc.js',
  '.puppeteerrc.ts',
  '.puppeteerrc.cjs',
  '.puppeteerrc.mjs',
  '.config/puppeteerrc',
  '.config/puppeteerrc.json',
  '.config/puppeteerrc.yaml',
  '.config/puppeteerrc.yml',
  '.config/puppeteerrc.js',
  '.config/puppeteerrc.ts',
  '.config/puppeteerrc.cjs',
  '.config/puppeteerrc.mjs',
  'puppeteer.config.js',
  'puppeteer.config.ts',
  'puppeteer.config.cjs',
  'puppeteer.config.mjs',
];

function nonEmptyDir(dir: string): boolean {
  try {
    return readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}

/** Puppeteer settings that change which browser it would use. */
const BROWSER_KEYS = [
  'executablePath',
  'cacheDirectory',
  'defaultBrowser',
  'chrome',
  'chrome-headless-shell',
  'browserRevision',
];

/** Whether a puppeteer config file may point at a browser: read when it is JSON or CommonJS, else assumed. */
function configMayNameBrowser(file: string): boolean {
  try {
    let config: unknown;
    if (file.endsWith('.json')) config = JSON.parse(readFileSync(file, 'utf8'));
    else if (file.endsWith('.cjs')) {
      const load = createRequire(file);
      delete load.cache[load.resolve(file)];
      config = load(file);
    }
    if (!config || typeof config !== 'object') return true;
    return BROWSER_KEYS.some((key) => key in config);
  } catch {
    return true;
  }
}

/**
 * Whether puppeteer could have a browser of its own: a download in its cache, or a config
 * file (found the way puppeteer finds it) that may point elsewhere. Loading puppeteer to ask
 * takes ~0.2 s that the browser start would otherwise wait for.
 */
export function puppeteerMayHaveBrowser(cwd = process.cwd()): boolean {
  if (process.env.PUPPETEER_CACHE_DIR || process.env.PUPPETEER_CONFIG_FILE || process.env.PUPPETEER_BROWSER)
    return true;
  const cache = puppeteerCacheDir();
  if (['chrome', 'chrome-headless-shell'].some((name) => nonEmptyDir(join(cache, name)))) return true;
  if (existsSync(join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'puppeteer'))) return true;
  // Puppeteer uses the first config it finds from the working folder up.
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
      if ('puppeteer' in pkg)
        return (
          !pkg.puppeteer ||
          typeof pkg.puppeteer !== 'object' ||
          BROWSER_KEYS.some((key) => key in (pkg.puppeteer as object))
        );
    } catch {
      // no package.json here, or not one puppeteer could read
    }
    const file = PUPPETEER_CONFIG_FILES.map((name) => join(dir, name)).find((f) => existsSync(f));
    if (file) return configMayNameBrowser(file);
    if (dirname(dir) === dir) return false;
  }
}

/**
 * The browser puppeteer downloaded, if there is one. roadmap-deck itself depends only on
 * puppeteer-core; a project that has puppeteer installed gets the browser puppeteer would use
 * (its config respected), else the newest Chrome in puppeteer's cache (where
 * `roadmap-deck doctor --fix` and `npx puppeteer browsers install chrome` put it).
 */
async function puppeteerBrowser(cwd: string): Promise<string | undefined> {
  if (!puppeteerMayHaveBrowser(cwd)) return undefined;
  const usable = (path: string | undefined) => (path && isExecutable(path) ? path : undefined);
  return usable(projectPuppeteerPath(cwd)) ?? usable(await newestCachedChrome());
}

/** `puppeteer.executablePath()` of the puppeteer installed in the project (or beside roadmap-deck), if any. */
function projectPuppeteerPath(cwd: string): string | undefined {
  for (const from of [join(resolve(cwd), 'package.json'), import.meta.url]) {
    // puppeteer is not a dependency, so it has no types here: the one function used is checked instead.
    let api: { executablePath?: unknown; default?: { executablePath?: unknown } };
    try {
      api = createRequire(from)('puppeteer');
    } catch {
      continue;
    }
    try {
      const puppeteer = typeof api.executablePath === 'function' ? api : api.default;
      return typeof puppeteer?.executablePath === 'function' ? String(puppeteer.executablePath()) : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Puppeteer's cache folder, as puppeteer computes it by default. */
export function puppeteerCacheDir(): string {
  return process.env.PUPPETEER_CACHE_DIR || join(homedir(), '.cache', 'puppeteer');
}

/** Chrome builds (`148.0.7778.97`) in numeric order, newest first. */
const newestFirst = (a: string, b: string): number => {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((y[i] ?? 0) !== (x[i] ?? 0)) return (y[i] ?? 0) - (x[i] ?? 0);
  return 0;
};

async function newestCachedChrome(): Promise<string | undefined> {
  try {
    const { Browser, getInstalledBrowsers } = await import('@puppeteer/browsers');
    const chromes = (await getInstalledBrowsers({ cacheDir: puppeteerCacheDir() })).filter(
      (b) =>
        (b.browser === Browser.CHROME || b.browser === Browser.CHROMEHEADLESSSHELL) && isExecutable(b.executablePath),
    );
    return chromes.sort((a, b) => newestFirst(a.buildId, b.buildId))[0]?.executablePath;
  } catch {
    return undefined;
  }
}

function systemBrowsers(): string[] {
  const fixed = SYSTEM_PATHS[process.platform] ?? [];
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => PATH_NAMES.map((name) => join(dir, name)));
  return [...new Set([...fixed, ...onPath])].filter(isExecutable);
}

export async function findBrowser(): Promise<FoundBrowser> {
  for (const name of ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const) {
    const value = process.env[name];
    if (!value) continue;
    if (isExecutable(value)) return { executablePath: value, source: 'env' };
    throw new BrowserNotFoundError(`${name} is set to "${value}", which is not an executable browser`);
  }
  const cached = await puppeteerBrowser(process.cwd());
  if (cached) return { executablePath: cached, source: 'puppeteer-cache' };
  const system = systemBrowsers()[0];
  if (system) return { executablePath: system, source: 'system' };
  throw new BrowserNotFoundError(
    'no Chrome or Chromium found. Run "npx roadmap-deck doctor --fix" (or "npm run setup") to install one, ' +
      'or set PUPPETEER_EXECUTABLE_PATH to a Chrome/Chromium executable. On Debian/Ubuntu: sudo apt-get install -y chromium',
  );
}
