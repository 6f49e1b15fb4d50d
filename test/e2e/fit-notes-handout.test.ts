/**
 * Every slide fits, and the full story travels in speaker notes and
 * handouts: a fixture with a 600-word initiative, a 25-row table, a
 * 200-character URL and a three-level list, built with real Chromium.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { MAX_SCALE } from '../../src/render/fit-plan.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { measureSlides } from '../../src/export/fit.js';
import { deckHtml } from '../../src/export/html/deck-html.js';
import { createMarp, renderMarp } from '../../src/marp/index.js';
import { allInitiatives } from '../../src/model/types.js';
import { loadTemplates, renderDeck } from '../../src/render/index.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';

const FIXTURE = join(FIXTURES, 'fit.md');
let outDir: string;
let result: BuildResult;
let session: BrowserSession;

async function loadForPrint(page: Page, url: string) {
  await page.setViewport({ width: 1280, height: 720 });
  await page.emulateMediaType('print');
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
}

beforeAll(async () => {
  outDir = await tempDir();
  session = await launchBrowser();
  result = await build({ files: [FIXTURE], outDir, browser: session });
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('fitting', () => {
  it('would overflow without fitting: the measurement sees it', async () => {
    const templates = loadTemplates();
    const edition = result.editions[0]!.edition;
    const { markdown } = renderDeck(edition, templates);
    const marped = renderMarp(createMarp(templates.themeCss), markdown);
    const page = await session.browser.newPage();
    await page.setViewport({ width: 1280, height: 720 });
    await page.emulateMediaType('print');
    await page.setContent(
      deckHtml({ title: 'unfitted', slidesHtml: marped.html, css: marped.css, notes: marped.notes }),
      { waitUntil: 'load' },
    );
    const overflowing = (await measureSlides(page)).filter((m) => m.overflows).map((m) => m.slide);
    await page.close();
    expect(overflowing.length).toBeGreaterThanOrEqual(2);
  });

  it('leaves zero overflowing slides in the final HTML deck', async () => {
    const page = await session.browser.newPage();
    await loadForPrint(page, pathToFileURL(join(outDir, 'fit', 'index.html')).href);
    const measures = await measureSlides(page);
    await page.close();
    expect(measures).toHaveLength(result.editions[0]!.slides);
    expect(measures.filter((m) => m.overflows)).toEqual([]);
  });

  it('scales before it cuts, never below 60%, and marks what it cut', async () => {
    const r = result.editions[0]!;
    const slideOf = (title: string) => r.exported!.slides.find((s) => s.title === title)!.number;
    const long = r.exported!.fit[slideOf('A 600-word initiative')]!;
    const table = r.exported!.fit[slideOf('A table of 25 rows')]!;
    expect(long).toMatchObject({ scale: 60 });
    expect(long.keep).toBeGreaterThan(0);
    expect(table).toMatchObject({ scale: 60 });
    expect(table.keep).toBeGreaterThanOrEqual(10);
    expect(table.keep).toBeLessThan(25);
    // Short slides are set larger (at most 140%), never cut.
    expect(r.exported!.fit[slideOf('A short one')]).toEqual({ scale: MAX_SCALE });
    const html = await readFile(join(outDir, 'fit', 'index.html'), 'utf8');
    expect(html.match(/continued in the speaker notes and the handout/g)).toHaveLength(2);
    expect(r.warnings.filter((w) => w.rule === 'slide-shortened').map((w) => w.line)).toEqual([10, 93]);
  });
});

describe('speaker notes and handout', () => {
  it('carry every word and every link URL', async () => {
    const r = result.editions[0]!;
    const notes = JSON.parse(
      /<script type="application\/json" id="rd-notes">([\s\S]*?)<\/script>/.exec(
        await readFile(join(outDir, 'fit', 'index.html'), 'utf8'),
      )![1]!,
    ) as string[];
    const words = (text: string) =>
      text
        .replace(/[^\p{L}\p{N}\s]/gu, ' ')
        .split(/\s+/)
        .filter(Boolean);
    // Page footers fall between the words of a long text; -raw keeps hyphens at line ends (URLs).
    const handout = execFileSync('pdftotext', ['-raw', join(outDir, 'fit', 'fit-handout.pdf'), '-'], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter((line) => !/^(Fit fixture · 2025 Spring)?\s*(Page \d+ of \d+)?$/.test(line.trim()))
      .join('\n');
    const handoutWords = words(handout).join(' ');
    const squashed = handout.replace(/\s+/g, '');
    for (const initiative of allInitiatives(r.edition)) {
      const slide = r.exported!.slides.find((s) => s.id === initiative.id)!;
      const note = notes[slide.number - 1]!;
      expect(words(note).join(' ')).toContain(words(initiative.text).join(' '));
      for (const link of initiative.links) expect(note).toContain(link.url);
    }
    const long = allInitiatives(r.edition).find((i) => i.title === 'A 600-word initiative')!;
    expect(words(long.text).length).toBeGreaterThanOrEqual(600);
    expect(handoutWords).toContain(words(long.text).join(' '));
    for (const link of allInitiatives(r.edition).find((i) => i.title === 'A very long URL')!.links)
      expect(squashed).toContain(link.url);
  });

  it('prints the handout on A4 portrait with the edition title and page numbers', () => {
    const info = execFileSync('pdfinfo', [join(outDir, 'fit', 'fit-handout.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.9\d x 841\.9\d pts \(A4\)/);
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', join(outDir, 'fit', 'fit-handout.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(first).toMatch(/Fit fixture · 2025 Spring/);
    expect(first).toMatch(/Page 1 of \d+/);
  });
});

describe('presenter view', () => {
  it('opens with p, shows the notes, and keeps the audience window in step', async () => {
    const context = await session.browser.createBrowserContext();
    const audience = await context.newPage();
    await audience.goto(`${pathToFileURL(join(outDir, 'fit', 'index.html')).href}#4`, { waitUntil: 'load' });
    await audience.waitForSelector('body.rd-ready');
    const popup = new Promise<Page>((resolve) => audience.once('popup', (p) => resolve(p!)));
    await audience.keyboard.press('p');
    const presenter = await popup;
    await presenter.waitForSelector('body.rd-presenter');
    await presenter.waitForFunction(() =>
      (document.getElementById('rd-presenter-notes')?.textContent ?? '').includes('A 600-word initiative'),
    );
    const notes = await presenter.$eval('#rd-presenter-notes', (el) => el.textContent ?? '');
    expect(notes).toContain('Catalog process review initiative release');
    expect(await presenter.$$eval('#rd-presenter-current svg, #rd-presenter-next svg', (svgs) => svgs.length)).toBe(2);
    // The copies are laid out by the deck's own CSS, like the audience's slides.
    expect(await presenter.$eval('#rd-presenter-current section', (el) => getComputedStyle(el).width)).toBe('1280px');
    expect(await presenter.$eval('#rd-presenter-counter', (el) => el.textContent)).toMatch(/^Slide 4 of \d+$/);
    expect(await presenter.$eval('#rd-presenter-timer', (el) => el.textContent)).toMatch(/^\d\d:\d\d$/);
    await presenter.keyboard.press('ArrowRight');
    await audience.waitForFunction(() => document.getElementById('rd-counter')?.textContent?.startsWith('5 /'));
    await audience.keyboard.press('ArrowRight');
    await presenter.waitForFunction(() =>
      (document.getElementById('rd-presenter-notes')?.textContent ?? '').includes('A very long URL'),
    );
    await context.close();
  });
});

describe('handout layouts', () => {
  it('prints N slides per page on Letter paper when asked', async () => {
    const dir = await tempDir();
    const nUp = await build({
      files: [FIXTURE],
      outDir: dir,
      formats: ['handout'],
      browser: session,
      handoutLayout: 4,
      paper: 'Letter',
    });
    expect(nUp.ok).toBe(true);
    const info = execFileSync('pdfinfo', [join(dir, 'fit', 'fit-handout.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(Math.ceil(nUp.editions[0]!.slides / 4));
  });
});
