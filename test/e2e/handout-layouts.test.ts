/**
 * Handouts as printed: built in Chromium, rendered back to pixels with
 * pdftoppm, and measured. The title slide (dark) gives each layout's drawn
 * slide width; ruled note lines are long grey rows beside it.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildOptions } from '../../src/build.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { handoutGeometry } from '../../src/export/html/handout-layout.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';
import { readPdf } from '../helpers/pdf.js';
import { bands, longestRuns, mm, rasterPage, type Raster } from '../helpers/raster.js';

const FIXTURE = join(FIXTURES, 'fit.md');
let session: BrowserSession;

beforeAll(async () => {
  session = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

let slides = 0;
const built = new Map<string, Promise<string>>();

/** The fixture's handout alone, built once for each set of options; the PDF's path. */
function handout(options: Partial<BuildOptions>): Promise<string> {
  const key = JSON.stringify(options);
  if (!built.has(key)) {
    built.set(
      key,
      (async () => {
        const outDir = await tempDir();
        const result = await build({ files: [FIXTURE], outDir, formats: ['handout'], browser: session, ...options });
        expect(result.failures).toEqual([]);
        slides = result.editions[0]!.slides;
        return join(outDir, 'fit', 'fit-handout.pdf');
      })(),
    );
  }
  return built.get(key)!;
}

/** The first slide on a page (the dark title slide): its box in pixels. */
function titleSlide(page: Raster) {
  const runs = longestRuns(page, (v) => v < 140).filter((r) => mm(page, r.length) > 20);
  const rows = bands(runs)[0]!;
  const width = Math.max(...rows.map((r) => r.length));
  return { x: Math.min(...rows.map((r) => r.x)), y: rows[0]!.y, width, height: rows.length };
}

/** Long grey rules to the right of the title slide, from its top down `heightMm`. */
function rulesBeside(page: Raster, heightMm: number): number {
  const slide = titleSlide(page);
  const x = slide.x + slide.width + 10;
  const box = { x, y: slide.y, width: page.width - x, height: Math.round((heightMm / 25.4) * page.dpi) };
  // A rule is grey (#9ca3af), thin, and long; a slide's border is paler, its text broken by spaces.
  return bands(longestRuns(page, (v) => v < 200, box).filter((r) => mm(page, r.length) > 30)).filter(
    (band) => band.length <= 4,
  ).length;
}

const pageSize = (pdf: string) =>
  /Page size:\s+([\d.]+) x ([\d.]+) pts/
    .exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))!
    .slice(1)
    .map(Number);

describe('N-up handouts draw slides as large as the page allows', () => {
  const widths: Record<string, number> = {};

  beforeAll(async () => {
    for (const [name, options] of [
      ['2', { handoutLayout: 2 }],
      ['4', { handoutLayout: 4 }],
      ['6', { handoutLayout: 6 }],
      ['4 landscape', { handoutLayout: 4, handoutOrientation: 'landscape' }],
    ] as [string, Partial<BuildOptions>][]) {
      const page = rasterPage(await handout(options), 1);
      widths[name] = mm(page, titleSlide(page).width);
    }
  }, 120_000);

  it('2-up > 4-up > 6-up, each as wide as the layout plans', () => {
    console.log(
      `drawn slide widths (mm): ${Object.entries(widths)
        .map(([k, v]) => `${k}: ${v.toFixed(1)}`)
        .join(', ')}`,
    );
    expect(widths['2']!).toBeGreaterThan(widths['4']! + 20);
    expect(widths['4']!).toBeGreaterThan(widths['6']! + 5);
    for (const [name, layout, orientation] of [
      ['2', 2, 'portrait'],
      ['4', 4, 'portrait'],
      ['6', 6, 'portrait'],
      ['4 landscape', 4, 'landscape'],
    ] as const) {
      const planned = handoutGeometry({ layout, paper: 'A4', orientation, lines: false, aspect: 16 / 9 }).slide.width;
      expect(Math.abs(widths[name]! - planned), name).toBeLessThan(2.5);
    }
  });

  it('2-up gives each slide about half the page', async () => {
    const page = rasterPage(await handout({ handoutLayout: 2 }), 1);
    const slide = titleSlide(page);
    expect(slide.height / page.height).toBeGreaterThan(0.3);
    expect(slide.width / page.width).toBeGreaterThan(0.8);
  });

  it('prints 4-up landscape on A4 turned on its side, slides larger than upright', async () => {
    const pdf = await handout({ handoutLayout: 4, handoutOrientation: 'landscape' });
    const [width, height] = pageSize(pdf);
    expect(width).toBeGreaterThan(height!);
    expect(Math.round(width!)).toBe(842);
    expect(widths['4 landscape']!).toBeGreaterThan(widths['4']! * 1.2);
    const pdfText = await readPdf(pdf);
    expect(pdfText.pages.length).toBe(Math.ceil(slides / 4));
  });
});

describe('ruled note lines', () => {
  it.each([
    [1, 'portrait'],
    [2, 'portrait'],
    [4, 'portrait'],
    [6, 'portrait'],
    [4, 'landscape'],
  ] as const)('are beside each slide at %i-up %s when asked, and absent otherwise', async (layout, orientation) => {
    const without = rasterPage(await handout({ handoutLayout: layout, handoutOrientation: orientation }), 1);
    const withLines = rasterPage(
      await handout({ handoutLayout: layout, handoutOrientation: orientation, handoutLines: true }),
      1,
    );
    const planned = handoutGeometry({ layout, paper: 'A4', orientation, lines: true, aspect: 16 / 9 });
    expect(rulesBeside(without, planned.lines.height)).toBe(0);
    expect(rulesBeside(withLines, planned.lines.height)).toBe(planned.lines.count);
    expect(planned.lines.count).toBeGreaterThanOrEqual(3);
  });
});

describe('1-up', () => {
  it('omits the text under a slide that shows it all, and keeps it under a shortened one', async () => {
    const pdf = await readPdf(await handout({ handoutLayout: 1 }));
    const count = (text: string, what: string) => text.split(what).length - 1;
    const short = pdf.pages.filter((p) => p.text.includes('Just one line.'));
    expect(short).toHaveLength(1);
    expect(count(short[0]!.text, 'Just one line.')).toBe(1);
    expect(count(short[0]!.text, 'A short one')).toBe(1);
    const list = pdf.pages.find((p) => p.text.includes('Level three, second'))!;
    expect(count(list.text, 'Level three, second')).toBe(1);
    const long = pdf.pages.find(
      (p) => p.text.includes('A 600-word initiative') && p.text.includes('here is all of it'),
    )!;
    expect(count(long.text, 'A 600-word initiative')).toBe(2);
    // A slide whose links the paper writes out keeps its text: the URLs are what the paper adds.
    const url = pdf.pages.find((p) => p.text.includes('A very long URL') && p.text.includes('Tracking:'))!;
    expect(count(url.text, 'A very long URL')).toBe(2);
  });
});
