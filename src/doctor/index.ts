/**
 * doctor: what this machine has for building decks (browser, fonts, Node.js),
 * and `--fix`: find a browser, else download puppeteer's, else (as root on
 * Debian or Ubuntu) install Chromium with apt-get; then the emoji and CJK
 * fonts, and the fonts the pages need; otherwise say exactly what to run.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { findBrowser, type FoundBrowser } from '../export/browser/find.js';
import { downloadChrome } from './download.js';
import { cjkFontCheck, pageFontCheck, type PageToCheck } from './fonts.js';

const run = promisify(execFile);

interface Check {
  name: string;
  ok: boolean;
  detail: string;
  hint?: string;
  /** Debian packages that would fix it. */
  packages?: string[];
}

export type { PageToCheck } from './fonts.js';

async function browserVersion(path: string): Promise<string | undefined> {
  try {
    const { stdout } = await run(path, ['--version'], { timeout: 15_000 });
    return stdout.trim().split('\n').pop()?.trim();
  } catch {
    return undefined;
  }
}

async function fontFamilies(): Promise<string[] | undefined> {
  try {
    const { stdout } = await run('fc-list', [':', 'family'], { timeout: 15_000 });
    return stdout
      .split('\n')
      .flatMap((line) => line.split(','))
      .map((f) => f.trim())
      .filter(Boolean);
  } catch {
    return undefined;
  }
}

/** What this machine has; `pages` are the roadmap pages about to be built, whose text needs fonts. */
export async function checks(pages: PageToCheck[] = [], themeCss?: string): Promise<Check[]> {
  const out: Check[] = [];
  const major = Number(process.versions.node.split('.')[0]);
  out.push({
    name: 'Node.js',
    ok: major >= 20,
    detail: process.version,
    hint: major >= 20 ? undefined : 'roadmap-deck needs Node.js 20 or newer',
  });
  let browser: FoundBrowser | undefined;
  try {
    browser = await findBrowser();
    const version = await browserVersion(browser.executablePath);
    out.push({
      name: 'Browser',
      ok: Boolean(version),
      detail: `${browser.executablePath} (${browser.source})${version ? `: ${version}` : ': does not start'}`,
    });
  } catch (error) {
    out.push({
      name: 'Browser',
      ok: false,
      detail: (error as Error).message,
      hint: 'run: npx roadmap-deck doctor --fix',
    });
  }
  const families = await fontFamilies();
  if (!families) {
    out.push({ name: 'Fonts', ok: true, detail: 'fc-list not available; cannot check fonts' });
  } else {
    const has = (name: string) => families.some((f) => f.toLowerCase().includes(name.toLowerCase()));
    const text = ['DejaVu Sans', 'Liberation Sans', 'Noto Sans', 'Arial'].filter(has);
    out.push({
      name: 'Text font',
      ok: text.length > 0,
      detail: text.length ? text.join(', ') : 'none of DejaVu Sans, Liberation Sans, Noto Sans, Arial',
      hint: text.length ? undefined : 'install fonts-dejavu-core (Debian/Ubuntu)',
    });
    out.push({
      name: 'Emoji font',
      ok: has('Noto Color Emoji'),
      detail: has('Noto Color Emoji') ? 'Noto Color Emoji' : 'missing: emoji show as boxes',
      hint: has('Noto Color Emoji') ? undefined : 'install fonts-noto-color-emoji (Debian/Ubuntu)',
    });
  }
  out.push(await cjkFontCheck());
  out.push(await pageFontCheck(pages, themeCss));
  return out;
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, command)));
}

function isDebianLike(): boolean {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
  } catch {
    return false;
  }
}

/** Runs a command, its output shown as it goes. */
function stream(
  command: string,
  args: string[],
  log: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = 600_000,
): Promise<boolean> {
  return new Promise((resolve) => {
    log(`$ ${command} ${args.join(' ')}`);
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    const done = (ok: boolean) => {
      clearTimeout(timer);
      resolve(ok);
    };
    child.on('error', () => done(false));
    child.on('exit', (code) => done(code === 0));
  });
}

/** Makes a browser and the fonts (the pages' too) available. Returns true when a browser is usable afterwards. */
export async function fix(log: (line: string) => void, pages: PageToCheck[] = [], themeCss?: string): Promise<boolean> {
  const usable = async () => {
    try {
      const found = await findBrowser();
      return Boolean(await browserVersion(found.executablePath));
    } catch {
      return false;
    }
  };
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = root && isDebianLike() && existsSync('/usr/bin/apt-get');
  let ok = await usable();
  if (ok) {
    log('A browser is already available.');
  } else {
    log('No browser found; trying to download the one puppeteer uses…');
    if (await downloadChrome(log)) ok = await usable();
    if (!ok && apt) {
      log('Download not possible; installing Chromium with apt-get…');
      await stream('apt-get', ['update'], log);
      await stream(
        'apt-get',
        [
          'install',
          '-y',
          '--no-install-recommends',
          'chromium',
          'fonts-noto-color-emoji',
          'fonts-noto-cjk',
          'fonts-dejavu-core',
          'poppler-utils',
        ],
        log,
        { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      );
      ok = await usable();
    }
    if (!ok) {
      log('Could not install a browser automatically. Do one of these, then run "npx roadmap-deck doctor":');
      log('  Debian/Ubuntu:  sudo apt-get install -y chromium fonts-noto-color-emoji fonts-noto-cjk');
      log('  with network:   npx puppeteer browsers install chrome');
      log('  any Chrome:     export PUPPETEER_EXECUTABLE_PATH=/path/to/chrome');
      return false;
    }
  }
  // The emoji and CJK fonts for slides, the fonts the pages need, and poppler-utils for the PDF checks in the tests.
  const fonts = await fontFamilies();
  const missing = [
    ...new Set([
      ...(fonts && !fonts.some((f) => f.includes('Noto Color Emoji')) ? ['fonts-noto-color-emoji'] : []),
      ...((await cjkFontCheck()).packages ?? []),
      ...((await pageFontCheck(pages, themeCss)).packages ?? []),
      ...(onPath('pdfinfo') ? [] : ['poppler-utils']),
    ]),
  ];
  if (missing.length) {
    if (apt) {
      if (
        !(await stream('apt-get', ['install', '-y', '--no-install-recommends', ...missing], log, {
          ...process.env,
          DEBIAN_FRONTEND: 'noninteractive',
        }))
      ) {
        await stream('apt-get', ['update'], log);
        await stream('apt-get', ['install', '-y', '--no-install-recommends', ...missing], log, {
          ...process.env,
          DEBIAN_FRONTEND: 'noninteractive',
        });
      }
    } else {
      log(`Also recommended: sudo apt-get install -y ${missing.join(' ')}`);
    }
  }
  return ok;
}
