/**
 * End to end with real Chromium: both Backstage editions built through the
 * API, then the real PDF and HTML read back.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { allInitiatives } from '../../src/model/types.js';
import { readPdf, squash } from '../helpers/pdf.js';
import { BACKSTAGE_URL, SEED_2022, SEED_2024, tempDir } from '../helpers/paths.js';

let outDir: string;
let result: BuildResult;

beforeAll(async () => {
  outDir = await tempDir();
  result = await build({
    files: [SEED_2024, SEED_2022],
    outDir,
    config: { config: { url: BACKSTAGE_URL, project: 'Backstage' }, baseDir: outDir },
  });
});

describe('build of both Backstage editions', () => {
  it('succeeds and writes md, html, pdf and handout per edition plus the index', async () => {
    expect(result.failures).toEqual([]);
    expect(result.ok).toBe(true);
    for (const stem of ['backstage-2024-fall', 'backstage-2022-q3']) {
      for (const name of [`${stem}.md`, 'index.html', `${stem}.pdf`, `${stem}-handout.pdf`]) {
        await expect(readFile(join(outDir, stem, name))).resolves.toBeInstanceOf(Buffer);
      }
    }
    const index = await readFile(join(outDir, 'index.html'), 'utf8');
    expect(index).toContain('2024 Fall');
    expect(index).toContain('July–September 2022');
    expect(index).toContain('backstage-2024-fall/backstage-2024-fall.pdf');
  });

  it('prints one PDF page per slide (pdfinfo agrees)', async () => {
    for (const r of result.editions) {
      const pdf = join(outDir, r.stem, `${r.stem}.pdf`);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(r.slides);
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).toMatch(/Page size:\s+960 x 540 pts/);
    }
    expect(result.editions.find((r) => r.stem === 'backstage-2024-fall')!.slides).toBeGreaterThanOrEqual(11);
    expect(result.editions.find((r) => r.stem === 'backstage-2022-q3')!.slides).toBeGreaterThanOrEqual(12);
  });

  it('shows each initiative with its title and full text on exactly one page of its own', async () => {
    for (const r of result.editions) {
      const pdf = await readPdf(join(outDir, r.stem, `${r.stem}.pdf`));
      for (const initiative of allInitiatives(r.edition)) {
        const slide = r.exported!.slides.find((s) => s.id === initiative.id)!;
        const page = pdf.pages[slide.number - 1]!;
        expect(squash(page.text)).toContain(squash(initiative.title));
        // Bullets are drawn, not text: drop the "- " markers of the plain-text form.
        expect(squash(page.text)).toContain(squash(initiative.text.replace(/^\s*- /gm, '')));
        // The text appears on no other page (an overview may repeat titles only).
        const others = pdf.pages.filter(
          (p, i) => i !== slide.number - 1 && squash(p.text).includes(squash(initiative.text.split('\n')[0]!)),
        );
        expect(others).toHaveLength(0);
      }
    }
  });

  it('makes links clickable annotations with absolute URLs', async () => {
    const r = result.editions.find((e) => e.stem === 'backstage-2024-fall')!;
    const pdf = await readPdf(join(outDir, r.stem, `${r.stem}.pdf`));
    const backend = r.exported!.slides.find((s) => s.title === 'Backend System 1.0')!;
    expect(pdf.pages[backend.number - 1]!.links).toEqual(
      expect.arrayContaining([
        'https://backstage.io/docs/backend-system/',
        'https://github.com/backstage/backstage/issues/24493',
      ]),
    );
    for (const page of pdf.pages) for (const url of page.links) expect(url).toMatch(/^https?:\/\//);
    // The overview links to the initiative slides inside the document.
    expect(pdf.pages[1]!.internalLinks).toBeGreaterThanOrEqual(9);
    // Bookmarks: section → initiative, one per initiative.
    const nested = pdf.outline.flatMap((entry) => entry.items.map((item) => item.title));
    expect(nested).toEqual(allInitiatives(r.edition).map((i) => i.title));
  });

  it('says what changed since the previous edition, in the PDF of the later one', async () => {
    const r = result.editions.find((e) => e.stem === 'backstage-2024-fall')!;
    const pdf = await readPdf(join(outDir, r.stem, `${r.stem}.pdf`));
    const changes = r.exported!.slides.find((s) => s.kind === 'changes')!;
    expect(changes.title).toBe('What changed since July–September 2022');
    const text = squash(pdf.pages[changes.number - 1]!.text);
    expect(text).toContain(squash('What changed since July–September 2022'));
    expect(text).toContain(squash('Continued (1)'));
    expect(text).toContain(squash('Backstage Security Audit'));
    const audit = r.exported!.slides.find((s) => s.title === 'Backstage Security Audit')!;
    expect(squash(pdf.pages[audit.number - 1]!.text)).toContain(squash('CONTINUED · SINCE JULY–SEPTEMBER 2022'));
    // The earlier edition has nothing to compare with.
    expect(
      result.editions.find((e) => e.stem === 'backstage-2022-q3')!.exported!.slides.some((s) => s.kind === 'changes'),
    ).toBe(false);
  });

  it('writes an HTML deck with one <section> per slide', async () => {
    for (const r of result.editions) {
      const html = await readFile(join(outDir, r.stem, 'index.html'), 'utf8');
      expect(html.match(/<section\b/g)).toHaveLength(r.slides);
      expect(html).toContain('Content-Security-Policy');
    }
  });
});

describe('the HTML deck in Chromium', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads from file:// with zero network requests and navigates with the keyboard', async () => {
    const file = join(outDir, 'backstage-2022-q3', 'index.html');
    const url = pathToFileURL(file).href;
    const page = await session.browser.newPage();
    const requests: string[] = [];
    page.on('request', (req) => {
      if (req.url() !== url) requests.push(req.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('body.rd-ready');
    expect(await page.$eval('#rd-counter', (el) => el.textContent)).toMatch(/^1 \/ 15$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.$eval('#rd-counter', (el) => el.textContent)).toMatch(/^3 \/ 15$/);
    expect(await page.evaluate(() => location.hash)).toBe('#3');
    const visible = await page.$$eval('.marpit > svg', (svgs) =>
      svgs.map((s) => getComputedStyle(s).display !== 'none'),
    );
    expect(visible.filter(Boolean)).toHaveLength(1);
    expect(visible[2]).toBe(true);
    await page.keyboard.press('End');
    expect(await page.$eval('#rd-counter', (el) => el.textContent)).toBe('15 / 15');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
