/**
 * Where the browser comes from, now that roadmap-deck depends on puppeteer-core
 * only: the environment first, then puppeteer's download (a project's own
 * puppeteer, else puppeteer's cache), then the system's Chrome or Chromium.
 * Each case runs `roadmap-deck doctor`, which names the browser and its source.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';

/** A stand-in browser that only answers --version. */
async function fakeChrome(file: string, version: string): Promise<string> {
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, `#!/bin/sh\necho "Google Chrome for Testing ${version}"\n`, { mode: 0o755 });
  return file;
}

/** The environment of a machine with no browser settings, and a HOME of its own. */
async function cleanEnv(extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
  return { PUPPETEER_EXECUTABLE_PATH: '', CHROME_PATH: '', PUPPETEER_CACHE_DIR: '', HOME: await tempDir(), ...extra };
}

const browserLine = (stdout: string) => stdout.split('\n').find((line) => line.includes('Browser:'));

describe('the browser finder', () => {
  it("takes the newest Chrome in puppeteer's cache over the system one", async () => {
    const cache = await tempDir();
    await fakeChrome(join(cache, 'chrome', 'linux-146.0.7680.0', 'chrome-linux64', 'chrome'), '146.0.7680.0');
    const newest = await fakeChrome(
      join(cache, 'chrome', 'linux-148.0.7778.97', 'chrome-linux64', 'chrome'),
      '148.0.7778.97',
    );
    const result = runCli(['doctor'], { cwd: await tempDir(), env: await cleanEnv({ PUPPETEER_CACHE_DIR: cache }) });
    expect(browserLine(result.stdout)).toBe(
      `✓ Browser: ${newest} (puppeteer-cache): Google Chrome for Testing 148.0.7778.97`,
    );
  });

  it("asks a project's own puppeteer for its browser", async () => {
    const project = await tempDir();
    const chrome = await fakeChrome(join(project, 'browsers', 'chrome'), '148.0.7778.97');
    const pkg = join(project, 'node_modules', 'puppeteer');
    await mkdir(pkg, { recursive: true });
    await writeFile(
      join(pkg, 'package.json'),
      JSON.stringify({ name: 'puppeteer', version: '24.0.0', main: 'index.js' }),
    );
    await writeFile(
      join(pkg, 'index.js'),
      `module.exports = { default: { executablePath: () => ${JSON.stringify(chrome)} } };\n`,
    );
    // A puppeteer config that names a browser is what tells the finder that puppeteer may have one.
    await writeFile(
      join(project, '.puppeteerrc.cjs'),
      `module.exports = { executablePath: ${JSON.stringify(chrome)} };\n`,
    );
    const result = runCli(['doctor'], { cwd: project, env: await cleanEnv() });
    expect(browserLine(result.stdout)).toBe(
      `✓ Browser: ${chrome} (puppeteer-cache): Google Chrome for Testing 148.0.7778.97`,
    );
  });

  it('puts PUPPETEER_EXECUTABLE_PATH before everything else', async () => {
    const cache = await tempDir();
    await fakeChrome(join(cache, 'chrome', 'linux-148.0.7778.97', 'chrome-linux64', 'chrome'), '148.0.7778.97');
    const chosen = await fakeChrome(join(await tempDir(), 'chrome'), '150.0.0.0');
    const result = runCli(['doctor'], {
      cwd: await tempDir(),
      env: await cleanEnv({ PUPPETEER_CACHE_DIR: cache, PUPPETEER_EXECUTABLE_PATH: chosen }),
    });
    expect(browserLine(result.stdout)).toBe(`✓ Browser: ${chosen} (env): Google Chrome for Testing 150.0.0.0`);
  });

  it('falls back to the system Chromium', async () => {
    const result = runCli(['doctor'], { cwd: await tempDir(), env: await cleanEnv() });
    expect(browserLine(result.stdout)).toMatch(/^✓ Browser: \/\S+ \(system\): /);
  });
});
