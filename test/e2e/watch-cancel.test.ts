/**
 * Two saves in quick succession, the second while the first one's PDF and
 * handout are being made (on a page long enough that they take a while):
 * the open deck shows the second save, the first save's PDF work is given up
 * rather than finished, nothing of it is written after the second save's
 * deck, and the PDFs that stay are the second save's.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { startWatch, type WatchEvent, type WatchSession } from '../../src/watch/index.js';
import { tempDir } from '../helpers/paths.js';
import { readPdf } from '../helpers/pdf.js';

/** Forty initiatives, each a paragraph with its tracking link: seconds of PDF and handout. */
function longPage(marker: string): string {
  const lines = ['# Long Roadmap', '', '## Next', '', `${marker} This page is long on purpose.`, ''];
  for (let i = 1; i <= 40; i++) {
    lines.push(
      `### Initiative number ${i}`,
      '',
      `Initiative ${i} improves one part of the project for the people who use it, ` +
        `in steps: a design first, then the work behind a flag, then documentation. See the [tracking issue](https://example.org/issues/${i}).`,
      '',
    );
  }
  return lines.join('\n');
}

let dir: string;
let file: string;
let watch: WatchSession;
let viewer: BrowserSession;
const events: WatchEvent[] = [];
const waiters = new Set<() => void>();

/** Resolves once an event like `wanted` has been seen. */
function seen(wanted: Partial<WatchEvent>): Promise<void> {
  const matches = () =>
    events.some((e) => Object.entries(wanted).every(([k, v]) => (e as Record<string, unknown>)[k] === v));
  return new Promise((resolve) => {
    const check = () => {
      if (!matches()) return;
      waiters.delete(check);
      resolve();
    };
    waiters.add(check);
    check();
  });
}

beforeAll(async () => {
  dir = await tempDir();
  await mkdir(join(dir, 'roadmaps'));
  file = join(dir, 'roadmaps', 'long.md');
  await writeFile(file, longPage('Saved at the start.'));
  // The default formats: md, html, then pdf and handout.
  watch = await startWatch({
    cwd: dir,
    port: 0,
    onEvent: (event) => {
      events.push(event);
      for (const check of [...waiters]) check();
    },
  });
  await watch.idle();
  viewer = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await viewer?.close();
  await watch?.close();
});

describe("watch with a save during the previous save's PDFs", () => {
  it("shows the second save and gives up the first save's PDFs instead of waiting for them", async () => {
    const page = await viewer.browser.newPage();
    await page.goto(`${watch.url}long/#3`, { waitUntil: 'load' });
    await page.waitForSelector('body.rd-ready');
    expect(events.filter((e) => e.type === 'formats')).toHaveLength(1);
    events.length = 0;

    // Save 1; as soon as its PDF work begins, save 2.
    await writeFile(file, longPage('First save.'));
    await seen({ type: 'formats-start' });
    const first = events.find((e) => e.type === 'formats-start')!.round;
    await writeFile(file, longPage('Second save.'));

    await page.waitForFunction(
      () => document.body.classList.contains('rd-ready') && document.body.textContent!.includes('Second save.'),
      { timeout: 60_000 },
    );
    await watch.idle();
    const order = events.map((e) => `${e.type} ${e.round}`);
    const last = Math.max(...events.map((e) => e.round));
    expect(last).toBeGreaterThan(first);

    // The first save's PDF work began after its deck, and was given up without writing anything.
    expect(order.indexOf(`deck ${first}`)).toBeLessThan(order.indexOf(`formats-start ${first}`));
    expect(order).toContain(`cancelled ${first}`);
    expect(order).not.toContain(`formats ${first}`);
    // The second save's deck was built once that work had stopped, not once it had finished.
    const later = events.findIndex((e) => e.round > first);
    expect(later).toBeGreaterThan(order.indexOf(`cancelled ${first}`));
    expect(events[later]!.type).toBe('deck');
    // No PDF was written before the last deck; the last save's PDFs came after it, and last of all.
    expect(order.findIndex((o) => o.startsWith('formats '))).toBeGreaterThan(order.lastIndexOf(`deck ${last}`));
    expect(order.at(-1)).toBe(`formats ${last}`);
    // The PDFs on disk are the second save's.
    const written = events.find((e) => e.type === 'formats' && e.round === last) as Extract<
      WatchEvent,
      { type: 'formats' }
    >;
    const pdf = written.files.find((f) => f.endsWith('long.pdf'))!;
    const text = (await readPdf(pdf)).pages.map((p) => p.text).join(' ');
    expect(text).toContain('Second save.');
    expect(text).not.toContain('First save.');
    // The page stayed on the slide it was on (the board's second slide: forty initiatives take several).
    expect(await page.$eval('#rd-counter', (el) => el.textContent)).toMatch(/^3 \//);
    await page.close();
  });
});
