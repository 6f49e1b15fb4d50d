/**
 * Where the open deck stands after a save: on the same initiative, found by
 * its id, even when an initiative was inserted before it; on the same slide
 * number when the initiative itself was renamed (its id changed). A link to
 * `#<initiative-id>` opens on that initiative.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { startWatch, type WatchSession } from '../../src/watch/index.js';
import { tempDir } from '../helpers/paths.js';

const initiative = (name: string, text: string) => `### ${name}\n\n${text}\n`;
const PAGE = [
  '# Position Roadmap\n\n## Now\n',
  initiative('Alpha work', 'The alpha work makes the first part of the project faster for everyone who uses it.'),
  initiative('Beta work', 'The beta work explains the configuration in the documentation, with examples.'),
  initiative('Gamma work', 'The gamma work adds a plugin system so that others can extend the project.'),
].join('\n');
const DELTA = initiative('Delta work', 'The delta work, inserted before the others, moves every later slide by one.');

let dir: string;
let file: string;
let watch: WatchSession;
let viewer: BrowserSession;

beforeAll(async () => {
  dir = await tempDir();
  await mkdir(join(dir, 'roadmaps'));
  file = join(dir, 'roadmaps', 'position.md');
  await writeFile(file, PAGE);
  watch = await startWatch({ cwd: dir, port: 0, formats: ['md', 'html'] });
  viewer = await launchBrowser();
});

afterAll(async () => {
  await viewer?.close();
  await watch?.close();
});

/** The counter and the words of the slide shown. */
const shown = (page: Page) =>
  page.evaluate(() => ({
    counter: document.getElementById('rd-counter')?.textContent ?? '',
    slide: document.querySelector('.marpit > svg.rd-active')?.textContent?.replace(/\s+/g, ' ') ?? '',
  }));

/** Saves `text` and resolves once the open page has reloaded with `expected` in it. */
async function saveAndReload(page: Page, text: string, expected: string): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { marker?: number }).marker = 1;
  });
  await writeFile(file, text);
  await page.waitForFunction(
    (words: string) =>
      !(window as unknown as { marker?: number }).marker &&
      document.body.classList.contains('rd-ready') &&
      document.body.textContent!.includes(words),
    { timeout: 30_000 },
    expected,
  );
}

describe('watch keeps the place in the deck', () => {
  it('opens #<initiative-id> on that initiative, and stays on it when one is inserted before it', async () => {
    const page = await viewer.browser.newPage();
    await page.goto(`${watch.url}position/#gamma-work`, { waitUntil: 'load' });
    await page.waitForSelector('body.rd-ready');
    // Title, overview, the section "Now", Alpha, Beta, Gamma, closing.
    const before = await shown(page);
    expect(before.counter).toBe('6 / 7');
    expect(before.slide).toContain('Gamma work');

    // A new initiative before Alpha: Gamma is slide 7 now, and the page shows it there.
    const inserted = PAGE.replace('### Alpha work', `${DELTA}\n### Alpha work`);
    await saveAndReload(page, inserted, 'Delta work');
    const after = await shown(page);
    expect(after.counter).toBe('7 / 8');
    expect(after.slide).toContain('Gamma work');
    expect(after.slide).not.toContain('Beta work');

    // The initiative shown renamed (a new id): the slide number stands.
    await saveAndReload(page, inserted.replace('### Gamma work', '### Gamma work, renamed'), 'Gamma work, renamed');
    const renamed = await shown(page);
    expect(renamed.counter).toBe('7 / 8');
    expect(renamed.slide).toContain('Gamma work, renamed');

    // Moved back to Beta by hand, then Delta taken out: the page follows Beta to its new number.
    await page.keyboard.press('ArrowLeft');
    expect((await shown(page)).slide).toContain('Beta work');
    await saveAndReload(page, PAGE.replace('### Gamma work', '### Gamma work, renamed'), 'Gamma work, renamed');
    const removed = await shown(page);
    expect(removed.counter).toBe('5 / 7');
    expect(removed.slide).toContain('Beta work');
    await page.close();
  });

  it('opens a deep link to an initiative from a fresh page too', async () => {
    const page = await viewer.browser.newPage();
    await page.goto(`${watch.url}position/#alpha-work`, { waitUntil: 'load' });
    await page.waitForSelector('body.rd-ready');
    const at = await shown(page);
    expect(at.counter).toBe('4 / 7');
    expect(at.slide).toContain('Alpha work');
    // The address then names the slide by number, as navigation keeps it.
    expect(await page.evaluate(() => location.hash)).toBe('#4');
    expect(await readFile(file, 'utf8')).toContain('Gamma work, renamed');
    await page.close();
  });
});
