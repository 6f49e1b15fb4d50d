/**
 * Slides that use their space, measured in Chromium on both seed decks: no
 * initiative slide's text covers less than 35% of its content area, unless
 * it is a statement (its title and at most one short sentence, set large in
 * the middle, its status and section still shown). The fit decisions are the
 * same in the Markdown, the HTML and the PDF.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { MAX_SCALE, MIN_SCALE } from '../../src/render/fit-plan.js';
import { openWithAxe, showSlide, slideCount } from '../helpers/axe.js';
import { SEED_2022, SEED_2024, tempDir } from '../helpers/paths.js';

interface Measured {
  n: number;
  classes: string[];
  /** Text scale in percent, as drawn (--fit: a class in the Markdown, CSS by slide id in the HTML). */
  scale: number;
  /** Bounding box of every line of text and picture, over the content box (inside the padding). */
  coverage: number;
  body: string;
  /** Status badge and section shown (when the slide has them). */
  metaVisible: boolean;
  titleFontPx: number;
  title: string;
}

/** Runs in the page, on the section marked by showSlide. */
function measure(section: Element): Omit<Measured, 'n'> {
  const box = section.getBoundingClientRect();
  const zoom = box.width / (section as HTMLElement).offsetWidth;
  const style = getComputedStyle(section);
  const px = (v: string) => parseFloat(v) * zoom;
  const content = {
    left: box.left + px(style.paddingLeft),
    right: box.right - px(style.paddingRight),
    top: box.top + px(style.paddingTop),
    bottom: box.bottom - px(style.paddingBottom),
  };
  const rects: DOMRect[] = [];
  for (const child of Array.from(section.children)) {
    if (child.matches('footer, header')) continue;
    const walker = document.createTreeWalker(child, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      rects.push(...Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0));
    }
    for (const img of Array.from(child.querySelectorAll('img'))) rects.push(img.getBoundingClientRect());
  }
  const left = Math.min(...rects.map((r) => r.left));
  const right = Math.max(...rects.map((r) => r.right));
  const top = Math.min(...rects.map((r) => r.top));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  const visible = (el: Element | null) =>
    !el || (el.getBoundingClientRect().height > 0 && getComputedStyle(el).display !== 'none');
  const h2 = section.querySelector('h2')!;
  return {
    classes: Array.from(section.classList),
    scale: Math.round(parseFloat(getComputedStyle(section).getPropertyValue('--fit')) * 100),
    coverage: ((right - left) * (bottom - top)) / ((content.right - content.left) * (content.bottom - content.top)),
    body: section.querySelector('.body')?.textContent?.trim() ?? '',
    metaVisible:
      visible(section.querySelector('.badge[class*="status-"]:not(.status-unknown)')) &&
      visible(section.querySelector('.where')),
    titleFontPx: parseFloat(getComputedStyle(h2).fontSize),
    title: h2.textContent?.trim() ?? '',
  };
}

const DECKS = ['backstage-2022-q3', 'backstage-2024-fall'];
let session: BrowserSession;
let dir: string;

beforeAll(async () => {
  session = await launchBrowser();
  dir = await tempDir();
  const result = await build({
    files: [SEED_2022, SEED_2024],
    outDir: join(dir, 'out'),
    formats: ['md', 'html', 'pdf'],
    browser: session,
    cwd: dir,
  });
  expect(result.failures).toEqual([]);
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe.each(DECKS)('%s', (deck) => {
  const slides: Measured[] = [];
  let markdown: string;

  beforeAll(async () => {
    markdown = await readFile(join(dir, 'out', deck, `${deck}.md`), 'utf8');
    const page: Page = await openWithAxe(session, join(dir, 'out', deck, 'index.html'));
    const count = await slideCount(page);
    for (let n = 1; n <= count; n++) {
      const selector = await showSlide(page, n);
      if (!(await page.$eval(selector, (s) => s.classList.contains('initiative')))) continue;
      slides.push({ n, ...(await page.$eval(selector, measure)) });
    }
    await page.close();
  }, 120_000);

  it('has initiative slides, some scaled up and some statements', () => {
    expect(slides.length).toBeGreaterThan(5);
    expect(slides.some((s) => s.scale > 100)).toBe(true);
    expect(slides.some((s) => s.classes.includes('statement'))).toBe(true);
  });

  it('no initiative text block covers less than 35% of the content area, unless a one-sentence statement', () => {
    const thin = slides.filter((s) => s.coverage < 0.35);
    for (const s of thin) {
      expect(s.classes, `slide ${s.n} "${s.title}" covers ${(s.coverage * 100).toFixed(0)}%`).toContain('statement');
      // A single short sentence: no sentence end before the last word.
      expect(s.body.split(/\s+/).filter(Boolean).length, `slide ${s.n}`).toBeLessThanOrEqual(30);
      expect(s.body, `slide ${s.n}`).not.toMatch(/[.!?](?=\s+\S)/);
    }
    // Every slide's coverage, for the record.
    console.log(
      deck,
      slides
        .map((s) => `${s.n}:${(s.coverage * 100).toFixed(0)}%${s.classes.includes('statement') ? 's' : ''}`)
        .join(' '),
    );
  });

  it('statement slides keep their status and section in view', () => {
    for (const s of slides.filter((x) => x.classes.includes('statement')))
      expect(s.metaVisible, `slide ${s.n}`).toBe(true);
  });

  it('scales stay between the minimum and the maximum', () => {
    for (const s of slides) {
      expect(s.scale).toBeGreaterThanOrEqual(MIN_SCALE);
      expect(s.scale).toBeLessThanOrEqual(MAX_SCALE);
    }
  });

  it('the Markdown carries the same decision as the HTML on every initiative slide', () => {
    const classes = [...markdown.matchAll(/<!-- _class: ([^>]*?) -->/g)].map((m) => m[1]!.split(/\s+/));
    for (const s of slides) {
      const own = classes[s.n - 1]!;
      const fit = own.find((c) => /^fit-\d+$/.test(c));
      expect(fit ? Number(fit.slice(4)) : 100, `slide ${s.n}`).toBe(s.scale);
      expect(own.includes('statement'), `slide ${s.n}`).toBe(s.classes.includes('statement'));
    }
  });

  it('the PDF sets each title at the size the HTML does', () => {
    // Title heights in the PDF, over the HTML's font size: one constant for the whole deck.
    const xml = execFileSync('pdftotext', ['-bbox', join(dir, 'out', deck, `${deck}.pdf`), '-'], { encoding: 'utf8' });
    const pages = xml.split('<page ').slice(1);
    const ratios = slides.map((s) => {
      const first = s.title.split(/\s+/)[0]!;
      const word = [...pages[s.n - 1]!.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].find(
        (m) => m[3] === first.replace(/&/g, '&amp;'),
      );
      expect(word, `slide ${s.n} "${first}"`).toBeDefined();
      return (Number(word![2]) - Number(word![1])) / s.titleFontPx;
    });
    const mid = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!;
    for (const [i, r] of ratios.entries()) expect(Math.abs(r / mid - 1), `slide ${slides[i]!.n}`).toBeLessThan(0.05);
    // And the sizes differ: scaled-up titles are larger in the PDF too.
    expect(new Set(slides.map((s) => Math.round(s.titleFontPx))).size).toBeGreaterThan(1);
  });
});
