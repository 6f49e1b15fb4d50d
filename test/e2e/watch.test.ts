/**
 * watch, driven like a maintainer editing before a session: the open deck
 * reloads with each save, shows errors over the last good deck, and clears
 * them once the page is fixed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { ROOT, SEED_2022, SEED_2024, tempDir } from '../helpers/paths.js';

declare global {
  /** Set on the open deck by the test; a reload clears it. */
  interface Window {
    marker?: number;
  }
}

let dir: string;
let child: ChildProcess;
let url: string;
let session: BrowserSession;
let log = '';

beforeAll(async () => {
  dir = await tempDir();
  await mkdir(join(dir, 'roadmaps'));
  await cp(SEED_2022, join(dir, 'roadmaps', 'backstage-2022-q3.md'));
  await cp(SEED_2024, join(dir, 'roadmaps', 'backstage-2024-fall.md'));
  child = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'roadmap-deck.js'), 'watch', '--port', '0', '--format', 'md,html'],
    { cwd: dir, env: { ...process.env, NO_COLOR: '1' } },
  );
  child.stdout!.on('data', (chunk) => {
    log += String(chunk);
  });
  child.stderr!.on('data', (chunk) => {
    log += String(chunk);
  });
  const deadline = Date.now() + 60_000;
  while (!/http:\/\/127\.0\.0\.1:\d+\//.test(log) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  url = /http:\/\/127\.0\.0\.1:\d+\//.exec(log)![0];
  session = await launchBrowser();
}, 90_000);

afterAll(async () => {
  child?.kill('SIGINT');
  await session?.close();
});

describe('watch', () => {
  it('reloads the open deck with the change after a save, and shows problems over the last good deck', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${url}backstage-2024-fall/#6`, { waitUntil: 'load' });
    await page.waitForSelector('body.rd-ready');
    expect(await page.$eval('#rd-counter', (el) => el.textContent)).toMatch(/^6 \//);
    const file = join(dir, 'roadmaps', 'backstage-2024-fall.md');
    const original = await readFile(file, 'utf8');

    // A save: the page reloads by itself, on the same slide, with the new text.
    await page.evaluate(() => {
      window.marker = 1;
    });
    await writeFile(file, original.replace('### Plugin Metadata', '### Plugin Metadata Everywhere'));
    await page.waitForFunction(
      () => !window.marker && document.body.textContent!.includes('Plugin Metadata Everywhere'),
      { timeout: 20_000 },
    );
    expect(await page.$eval('#rd-counter', (el) => el.textContent)).toMatch(/^6 \//);

    // A broken save: the error shows over the deck, which stays the last good one.
    await writeFile(file, `---\ntitle: [broken\n---\n${original}`);
    await page.waitForSelector('#rd-problem', { timeout: 20_000 });
    expect(await page.$eval('#rd-problem', (el) => el.textContent)).toMatch(
      /backstage-2024-fall\.md:\d+:\d+: invalid YAML in front matter/,
    );
    expect(await page.evaluate(() => document.body.textContent!.includes('Plugin Metadata Everywhere'))).toBe(true);

    // Fixed: the problem goes away and the deck follows again.
    await writeFile(file, original);
    await page.waitForFunction(
      () =>
        !document.getElementById('rd-problem') && !document.body.textContent!.includes('Plugin Metadata Everywhere'),
      { timeout: 20_000 },
    );
    await page.close();
  }, 90_000);

  it('serves an index page with each edition and its preview picture', async () => {
    const html = await (await fetch(url)).text();
    expect(
      html.match(/<a class="preview" href="[^"]+"><img alt="Open the slides: [^"]+" src="data:image\/png;base64,/g),
    ).toHaveLength(2);
    expect(html).toContain('backstage-2022-q3/index.html');
    expect(html).toContain('backstage-2024-fall/index.html');
  });

  it('serves with a CSP that allows only the deck script and the live-reload script', async () => {
    const response = await fetch(`${url}backstage-2022-q3/`);
    const html = await response.text();
    const csp = /Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!;
    expect(csp).toMatch(/script-src 'sha256-[^']+' 'sha256-[^']+'/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).toMatch(/default-src 'none'/);
  });
});
