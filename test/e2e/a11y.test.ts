/**
 * axe-core in Chromium on every slide of both seed decks and on the index
 * page: zero violations of any impact. Where axe cannot decide a contrast
 * (the title slide's gradient, a logo behind text, the page number drawn by
 * ::after), the test measures it itself: every piece of text against the
 * colour actually behind it.
 *
 * The viewer's own controls and presenter layout are not part of this run
 * (scoped to the slides' `section` elements); the index page is checked whole.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import { loadConfig } from '../../src/config.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import {
  describeFailures,
  measureContrast,
  openWithAxe,
  runAxe,
  showSlide,
  slideCount,
  type AxeFinding,
} from '../helpers/axe.js';
import { ROOT, SEED_2022, SEED_2024, tempDir } from '../helpers/paths.js';

let session: BrowserSession;
let outDir: string;
let result: BuildResult;

beforeAll(async () => {
  session = await launchBrowser();
  outDir = await tempDir();
  // The seeds as the repository builds them (its config names the project and the page's URL).
  const config = await loadConfig({ cwd: ROOT });
  result = await build({ files: [SEED_2022, SEED_2024], outDir, formats: ['html'], config, browser: session });
  expect(result.failures).toEqual([]);
}, 120_000);

afterAll(async () => {
  await session?.close();
});

const show = (findings: AxeFinding[]) =>
  findings
    .map((f) => `${f.id} (${f.impact}): ${f.help}\n  ${f.nodes.map((n) => `${n.target} — ${n.summary}`).join('\n  ')}`)
    .join('\n');

describe.each(['backstage-2022-q3', 'backstage-2024-fall'])('%s', (stem) => {
  let page: Page;
  beforeAll(async () => {
    page = await openWithAxe(session, join(outDir, stem, 'index.html'));
  });
  afterAll(async () => {
    await page?.close();
  });

  it('has no axe violation, and every text reaches AA contrast, on every slide', async () => {
    const slides = await slideCount(page);
    expect(slides).toBe(result.editions.find((e) => e.stem === stem)!.slides);
    const undecided: string[] = [];
    for (let n = 1; n <= slides; n++) {
      const slide = await showSlide(page, n);
      const axe = await runAxe(page, slide);
      expect(axe.violations, `slide ${n}:\n${show(axe.violations)}`).toEqual([]);
      // What axe leaves open: contrast only (anything else would need a look).
      expect(
        axe.incomplete.filter((f) => f.id !== 'color-contrast'),
        `slide ${n}:\n${show(axe.incomplete)}`,
      ).toEqual([]);
      const measured = await measureContrast(page, slide);
      expect(measured.length).toBeGreaterThan(0);
      expect(describeFailures(measured.filter((t) => t.ratio < t.required)), `slide ${n}`).toBe('');
      for (const f of axe.incomplete) undecided.push(...f.nodes.map((node) => `${n}: ${node.target}`));
    }
    // Only the title slide's gradient is left to the measurement above.
    expect(undecided.every((u) => u.startsWith('1: '))).toBe(true);
  });

  it('measures the page number and the footer it draws', async () => {
    const measured = await measureContrast(page, await showSlide(page, 2));
    const pageNumber = measured.find((t) => t.what.includes('::after'))!;
    expect(pageNumber.what).toContain('"2"');
    expect(pageNumber.ratio).toBeGreaterThanOrEqual(4.5);
    const footer = measured.find((t) => t.what.startsWith('footer'))!;
    expect(footer.ratio).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the index page', () => {
  it('has no axe violation, and every text reaches AA contrast', async () => {
    const page = await openWithAxe(session, join(outDir, 'index.html'));
    const axe = await runAxe(page);
    expect(axe.violations, show(axe.violations)).toEqual([]);
    const measured = await measureContrast(page, 'body');
    expect(measured.length).toBeGreaterThan(5);
    expect(describeFailures(measured.filter((t) => t.ratio < t.required))).toBe('');
    await page.close();
  });
});
