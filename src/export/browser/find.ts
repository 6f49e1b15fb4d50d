/**
 * Finds a Chrome or Chromium to drive, in this order:
 * 1. `PUPPETEER_EXECUTABLE_PATH`, then `CHROME_PATH`;
 * 2. the browser puppeteer downloaded into its cache;
 * 3. a system Chrome or Chromium.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { BrowserNotFoundError } from '../../errors.js';

export type BrowserSource = 'env' | 'puppeteer-cache' | 'system';

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

/** Where puppeteer keeps the browser it downloads, if it has one. */
async function puppeteerCachedBrowser(): Promise<string | undefined> {
  try {
    const puppeteer = (await import('puppeteer')).default;
    const path = puppeteer.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function systemBrowsers(): string[] {
  const fixed = SYSTEM_PATHS[process.platform] ?? [];
  const onPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean)
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
  const cached = await puppeteerCachedBrowser();
  if (cached) return { executablePath: cached, source: 'puppeteer-cache' };
  const system = systemBrowsers()[0];
  if (system) return { executablePath: system, source: 'system' };
  throw new BrowserNotFoundError(
    'no Chrome or Chromium found. Run "npx roadmap-deck doctor --fix" (or "npm run setup") to install one, '
    + 'or set PUPPETEER_EXECUTABLE_PATH to a Chrome/Chromium executable. On Debian/Ubuntu: sudo apt-get install -y chromium',
  );
}
