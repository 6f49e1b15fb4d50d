/**
 * Every real roadmap page builds to an HTML deck with real Chromium; every
 * initiative's title shows on its slide; no slide overflows; site-generator
 * syntax never shows raw. (The PDF of a deck is printed from the same page:
 * the end-to-end tests of outputs, fit and handouts read real PDFs.)
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { measureSlides } from '../../src/export/fit.js';
import { allInitiatives } from '../../src/model/types.js';
import { CORPUS, corpusPageNames, tempDir } from '../helpers/paths.js';
import { holdsText } from '../helpers/pdf.js';

const FILES = corpusPageNames().map((f) => join(CORPUS, f));
let outDir: string;
let result: BuildResult;
let session: BrowserSession;

// Building all 153 decks takes about three minutes beside the other end-to-end files on two cores: the
// allowance leaves room for slower machines.
beforeAll(async () => {
  outDir = await tempDir();
  session = await launchBrowser();
  result = await build({ files: FILES, outDir, formats: ['html'], browser: session });
}, 600_000);

afterAll(async () => {
  await session?.close();
});

describe('the corpus, built', () => {
  it('builds every page that has initiatives, and says so for the ones that have none', () => {
    // keda-ROADMAP lists only release dates and points to a project board: no initiatives in the page.
    // (polychromatic keeps its roadmap as data in the front matter: it is read from there, and built.)
    const none = (name: string) =>
      `${join(CORPUS, name)}:1: no initiatives found: expected headings, list items or table rows describing the work`;
    expect(result.failures.map((f) => f.error.format()).sort()).toEqual([none('keda-ROADMAP.md')]);
    expect(result.editions).toHaveLength(FILES.length - 1);
  });

  it('shows Hugo shortcodes, MkDocs admonitions, progress bars and icon codes as text, never as syntax', async () => {
    for (const r of result.editions) {
      const html = await readFile(join(outDir, r.stem, 'index.html'), 'utf8');
      const slides = html.slice(html.indexOf('<div class="marpit">'), html.indexOf('<script type="application/json"'));
      expect({ stem: r.stem, raw: slides.match(/\{\{[<%]|!!! |\[= \d|:material-|<span style/g) }).toEqual({
        stem: r.stem,
        raw: null,
      });
    }
  });

  it('shows every initiative title on its slide, and no overflowing slide, when the final HTML decks are measured at 1280×720; makes no request', async () => {
    const page = await session.browser.newPage();
    await page.setViewport({ width: 1280, height: 720 });
    await page.emulateMediaType('print');
    let overflowing: string[] = [];
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (request) => {
      if (!/^(file|data):/.test(request.url())) requests.push(request.url());
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const r of result.editions) {
      await page.goto(pathToFileURL(join(outDir, r.stem, 'index.html')).href, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const measures = await measureSlides(page);
      expect(measures).toHaveLength(r.slides);
      // The words each slide shows, as laid out (hidden text is not shown).
      const shown = await page.$$eval('div.marpit > svg > foreignObject > section', (sections) =>
        // biome-ignore lint/performance/useDomNodeTextContent: the laid-out text is what is checked, hidden text left out
        sections.map((section) => (section as HTMLElement).innerText),
      );
      expect({ stem: r.stem, slides: shown.length }).toEqual({ stem: r.stem, slides: r.slides });
      for (const initiative of allInitiatives(r.edition)) {
        const slide = r.exported!.slides.find((s) => s.id === initiative.id)!;
        const title = initiative.title.replace(/…$/, '');
        expect({ stem: r.stem, title, found: holdsText(shown[slide.number - 1]!, title) }).toEqual({
          stem: r.stem,
          title,
          found: true,
        });
      }
      overflowing = overflowing.concat(measures.filter((m) => m.overflows).map((m) => `${r.stem} #${m.slide}`));
    }
    expect(overflowing).toEqual([]);
    // And no deck asks the network for anything, or opens a dialog.
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
