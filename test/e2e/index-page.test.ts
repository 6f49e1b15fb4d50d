/**
 * The index page a community can use: both Backstage editions built with a
 * project name, a logo and the page's URL from the config, then the page
 * read as HTML and opened in Chromium, on a desktop and on a phone, offline.
 */
import { stat, writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { fileSize } from '../../src/export/html/index-html.js';
import { a11yViolations, axeSource, axeViolations } from '../helpers/a11y.js';
import { BACKSTAGE_URL, SEED_2022, SEED_2024, tempDir } from '../helpers/paths.js';

const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#0d9488"/></svg>';
let dir: string;
let result: BuildResult;
let html: string;
let session: BrowserSession;

beforeAll(async () => {
  dir = await tempDir();
  await writeFile(join(dir, 'logo.svg'), LOGO);
  session = await launchBrowser();
  result = await build({
    files: [SEED_2022, SEED_2024],
    outDir: join(dir, 'out'),
    browser: session,
    config: { config: { project: 'Backstage', url: BACKSTAGE_URL, brand: { logo: 'logo.svg' } }, baseDir: dir },
  });
  html = await readFile(join(dir, 'out', 'index.html'), 'utf8');
}, 120_000);

afterAll(async () => {
  await session?.close();
});

const text = (markup: string) => markup.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('the index page', () => {
  it('names the project and shows its logo', () => {
    expect(result.failures).toEqual([]);
    expect(html).toContain('<title>Backstage roadmap decks</title>');
    expect(html).toMatch(
      /<header><img alt="" src="data:image\/svg\+xml;base64,[^"]+"><h1>Backstage roadmap decks<\/h1><\/header>/,
    );
  });

  it('lists every edition newest first, with its date, label, slide and initiative counts', () => {
    const fall = html.indexOf('2024 Fall');
    const q3 = html.indexOf('July–September 2022');
    expect(fall).toBeGreaterThan(0);
    expect(q3).toBeGreaterThan(fall);
    for (const e of result.editions) {
      const initiatives = e.edition.sections.reduce((n, s) => n + s.initiatives.length, 0);
      expect(text(html)).toContain(`${e.slides} slides · ${initiatives} initiatives`);
    }
    expect(html).toContain('<time datetime="2024-09-01">September 1, 2024</time>');
    expect(html).toContain('<time datetime="2022-07-01">July 1, 2022</time>');
  });

  it('says what changed since the edition before: new, continued, no longer listed', () => {
    const diff = result.editions.find((e) => e.stem === 'backstage-2024-fall')!.diff!;
    expect(diff.added.length + diff.continued.length + diff.removed.length).toBeGreaterThan(0);
    expect(html).toContain(
      `<p class="changes">Since July–September 2022: ${diff.added.length} new, ${diff.continued.length} continued, ${diff.removed.length} no longer listed</p>`,
    );
    // The first edition of the series has nothing to compare with.
    expect(html.match(/class="changes"/g)).toHaveLength(1);
  });

  it('links the source page and gives each file its size', async () => {
    expect(
      html.match(new RegExp(`Source page: <a href="${BACKSTAGE_URL}">backstage.io/docs/overview/roadmap</a>`, 'g')),
    ).toHaveLength(2);
    for (const e of result.editions) {
      for (const [name, words] of [
        ['index.html', 'Slides (HTML)'],
        [`${e.stem}.pdf`, 'PDF'],
        [`${e.stem}-handout.pdf`, 'Handout PDF'],
      ]) {
        const bytes = (await stat(join(dir, 'out', e.stem, name!))).size;
        expect(html).toContain(
          `<a href="${e.stem}/${name}">${words}</a> <span class="size">${fileSize(bytes, 'en')}</span>`,
        );
      }
    }
    expect(fileSize(181_234, 'en')).toBe('181 kB');
    expect(fileSize(1_234_567, 'de')).toBe('1,2 MB');
  });

  it('names each preview link by the deck it opens', () => {
    expect(html).toMatch(
      /<a class="preview" href="backstage-2024-fall\/index.html"><img alt="Open the slides: Backstage Roadmap — 2024 Fall" src="data:image\/png;base64,/,
    );
    expect(html).not.toMatch(/<img alt=""[^>]*src="data:image\/png/);
  });

  it('has no accessibility violations, loads nothing from anywhere, and fits a phone', async () => {
    const source = await axeSource();
    const page = await session.browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && !r.url().startsWith('file:')) requests.push(r.url());
    });
    if (source) await page.setBypassCSP(true);
    for (const width of [1280, 375]) {
      await page.setViewport({ width, height: 800 });
      await page.goto(pathToFileURL(join(dir, 'out', 'index.html')).href, { waitUntil: 'load' });
      expect(await a11yViolations(page), `at ${width} px`).toEqual([]);
      if (source) expect(await axeViolations(page, source), `axe at ${width} px`).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `no sideways scrolling at ${width} px`,
      ).toBeLessThanOrEqual(width);
      expect(await page.$$eval('img', (imgs) => imgs.every((img) => img.complete && img.naturalWidth > 0))).toBe(true);
    }
    await page.close();
    expect(requests).toEqual([]);
    if (!source) console.warn('axe-core is not installed: ran the built-in checks only (test/helpers/a11y.ts)');
  });

  it('finds the checks’ faults: an unnamed picture link and pale text are reported', async () => {
    const page = await session.browser.newPage();
    await page.setContent(
      '<!DOCTYPE html><html lang="en"><head><title>t</title><meta name="viewport" content="width=device-width"></head><body><main><h1>x</h1><a href="a"><img alt="" src="data:,"></a><p style="color:#9ca3af">pale</p></main></body></html>',
    );
    expect((await a11yViolations(page)).map((v) => v.rule).sort()).toEqual(['color-contrast', 'link-name']);
    await page.close();
  });
});
