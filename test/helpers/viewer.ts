/** Opening built decks in Chromium and asking about the viewer's state, for the viewer's e2e tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'puppeteer-core';

export const deckUrl = (outDir: string, stem: string, hash = '') =>
  pathToFileURL(join(outDir, stem, 'index.html')).href + hash;

/** A deck opened in a new page of `context`, its script run. */
export async function openDeck(
  context: BrowserContext,
  url: string,
  viewport = { width: 1280, height: 720 },
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewport(viewport);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('body.rd-ready');
  return page;
}

/** The audience window's counter ("5 / 14"). */
export const counter = (page: Page) => page.$eval('#rd-counter', (el) => el.textContent ?? '');
/** The presenter window's counter ("Slide 5 of 14"). */
export const presenterCounter = (page: Page) => page.$eval('#rd-presenter-counter', (el) => el.textContent ?? '');

export const waitForCounter = (page: Page, text: string) =>
  page.waitForFunction(
    (want: string) => document.getElementById('rd-counter')?.textContent === want,
    { timeout: 5000 },
    text,
  );
export const waitForPresenterCounter = (page: Page, text: string) =>
  page.waitForFunction(
    (want: string) => document.getElementById('rd-presenter-counter')?.textContent === want,
    { timeout: 5000 },
    text,
  );

/** Whether an element is shown: laid out, not hidden, not transparent (itself or an ancestor). */
export const isShown = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    if (!(el as HTMLElement).getClientRects().length) return false;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.visibility === 'hidden' || style.opacity === '0' || style.display === 'none') return false;
    }
    return true;
  });

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s: string) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  rule: string;
  impact: string | null;
  target: string;
  summary: string;
  /** Inside a slide (the deck's content and theme) rather than the viewer's own UI. */
  inSlide: boolean;
}

/**
 * axe-core's findings on the page as it is now. The deck's CSP allows only its own script, so
 * the page must have been opened after `page.setBypassCSP(true)`.
 */
export async function runAxe(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document): Promise<{
            violations: { id: string; impact: string | null; nodes: { target: string[]; failureSummary?: string }[] }[];
          }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document);
    return violations.flatMap((v) =>
      v.nodes.map((node) => {
        const target = node.target.join(' ');
        const el = document.querySelector(target);
        return {
          rule: v.id,
          impact: v.impact,
          target,
          summary: node.failureSummary ?? '',
          inSlide: !!el?.closest('.marpit'),
        };
      }),
    );
  });
}
