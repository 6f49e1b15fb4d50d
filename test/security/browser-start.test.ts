/**
 * How the browser is found and started: the command line Chromium gets keeps
 * every default puppeteer would pass (tagged PDFs, outlines, no background
 * throttling…), a browser that cannot start gives a one-line reason and exit
 * code 3 and leaves nothing running, and puppeteer is only asked for its own
 * browser when it could have one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BrowserStartError } from '../../src/errors.js';
import { puppeteerMayHaveBrowser } from '../../src/export/browser/find.js';
import { CHROMIUM_ARGS, launchBrowser, removeStaleProfiles } from '../../src/export/browser/launch.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';

const switchValue = (args: string[], name: string) =>
  args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);

describe('the Chromium command line', () => {
  it("has every one of puppeteer's defaults for a headless launch", () => {
    const defaults = puppeteer.defaultArgs({ headless: true }).filter((a) => a.startsWith('--'));
    for (const arg of defaults) {
      if (arg.startsWith('--disable-features=') || arg.startsWith('--enable-features=')) continue;
      expect(CHROMIUM_ARGS).toContain(arg);
    }
    for (const name of ['--disable-features', '--enable-features']) {
      const ours = new Set(switchValue(CHROMIUM_ARGS, name)?.split(','));
      for (const feature of switchValue(defaults, name)?.split(',') ?? []) expect(ours).toContain(feature);
      expect(CHROMIUM_ARGS.filter((a) => a.startsWith(`${name}=`))).toHaveLength(1);
    }
  });
});

describe('a browser that cannot start', () => {
  const saved = process.env.PUPPETEER_EXECUTABLE_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH;
    else process.env.PUPPETEER_EXECUTABLE_PATH = saved;
  });

  it('is reported in one line with what it said', async () => {
    const dir = await tempDir();
    const fake = join(dir, 'chrome');
    await writeFile(
      fake,
      '#!/bin/sh\necho "[0101/000000.000000:FATAL:zygote_host_impl_linux.cc(127)] No usable sandbox!" >&2\nexit 1\n',
      { mode: 0o755 },
    );
    process.env.PUPPETEER_EXECUTABLE_PATH = fake;
    const error = await launchBrowser({ timeoutMs: 10_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrowserStartError);
    expect((error as Error).message).toBe(
      `could not start ${fake}: No usable sandbox! ("roadmap-deck doctor" checks the browser)`,
    );
  });
});

describe('a browser that never answers', () => {
  it('fails the build with exit code 3, and leaves nothing running that it started', async () => {
    const dir = await tempDir();
    const fake = join(dir, 'silent-chrome');
    // A "browser" that starts a helper and then says nothing on its pipe.
    await writeFile(fake, '#!/bin/sh\nsleep 44.321 &\nsleep 44.321\n', { mode: 0o755 });
    await writeFile(join(dir, 'tool.md'), '# Tool Roadmap\n\n## Now\n\n- **One:** first\n- **Two:** second\n');
    const result = runCli(['build', 'tool.md', '--format', 'pdf', '--timeout', '2'], {
      cwd: dir,
      env: { PUPPETEER_EXECUTABLE_PATH: fake },
      timeoutMs: 30_000,
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`✗ could not start ${fake}: the browser did not start within 2 s`);
    const left = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes(fake) || line.includes('sleep 44.321'));
    expect(left).toEqual([]);
  }, 40_000);
});

describe("puppeteer's own browser", () => {
  const home = process.env.HOME;
  afterEach(() => {
    process.env.HOME = home;
  });

  it('is looked for only when its cache holds one or a config may point at one', async () => {
    const root = await tempDir();
    process.env.HOME = join(root, 'home');
    const project = join(root, 'project');
    await mkdir(join(process.env.HOME, '.cache', 'puppeteer', 'chrome'), { recursive: true });
    await mkdir(project, { recursive: true });
    expect(puppeteerMayHaveBrowser(project)).toBe(false);

    // A config that only skips the download changes nothing; one that names a browser does.
    await writeFile(join(project, '.puppeteerrc.cjs'), 'module.exports = { skipDownload: true };\n');
    expect(puppeteerMayHaveBrowser(project)).toBe(false);
    await writeFile(join(project, '.puppeteerrc.cjs'), "module.exports = { executablePath: '/opt/chrome' };\n");
    expect(puppeteerMayHaveBrowser(project)).toBe(true);
    // package.json comes first, as for puppeteer.
    await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'x', puppeteer: { skipDownload: true } }));
    expect(puppeteerMayHaveBrowser(project)).toBe(false);
    await writeFile(
      join(project, 'package.json'),
      JSON.stringify({ name: 'x', puppeteer: { cacheDirectory: '.cache' } }),
    );
    expect(puppeteerMayHaveBrowser(project)).toBe(true);

    // A download in the cache.
    const other = join(root, 'other');
    await mkdir(other);
    expect(puppeteerMayHaveBrowser(other)).toBe(false);
    await mkdir(join(process.env.HOME, '.cache', 'puppeteer', 'chrome', 'linux-150.0.0.0'));
    expect(puppeteerMayHaveBrowser(other)).toBe(true);
  });
});

describe('profiles of killed builds', () => {
  it('are removed once their browser is gone; live ones stay', async () => {
    const profile = () => mkdtemp(join(tmpdir(), 'roadmap-deck-chromium-'));
    const dead = await profile();
    await symlink(`${hostname()}-2147483646`, join(dead, 'SingletonLock'));
    const live = await profile();
    await symlink(`${hostname()}-${process.pid}`, join(live, 'SingletonLock'));
    const oldUnlocked = await profile();
    const hoursAgo = new Date(Date.now() - 2 * 3_600_000);
    await utimes(oldUnlocked, hoursAgo, hoursAgo);
    const newUnlocked = await profile();
    await removeStaleProfiles();
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(oldUnlocked)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(newUnlocked)).toBe(true);
    await removeStaleProfiles(); // nothing else changes
    expect(existsSync(live) && existsSync(newUnlocked)).toBe(true);
    await Promise.all([live, newUnlocked].map((dir) => rm(dir, { recursive: true, force: true })));
  });
});
