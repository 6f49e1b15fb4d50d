/**
 * The HTML deck with a keyboard and a screen reader, in Chromium: slide keys
 * never take Enter or Space from a focused link or button, controls show
 * when the keyboard reaches them, a polite live region says where you are,
 * the presenter layout is in the accessibility tree only while it is shown,
 * reduced motion and overscroll are honoured, a click or a swipe moves the
 * deck; and axe-core finds nothing wrong with the viewer's own UI in the
 * audience view, the overview, the list of keys and the presenter view of
 * both seed decks.
 */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { FIXTURES, SEED_2022, SEED_2024, tempDir } from '../helpers/paths.js';
import {
  counter,
  deckUrl,
  isShown,
  openDeck,
  runAxe,
  tabTo,
  waitForCounter,
  type AxeFinding,
} from '../helpers/viewer.js';

let outDir: string;
let session: BrowserSession;
let context: BrowserContext;
const FALL = 'backstage-2024-fall';
const SUMMER = 'backstage-2022-q3';
const GERMAN = 'lotse-2025-fruehjahr';

beforeAll(async () => {
  outDir = await tempDir();
  session = await launchBrowser();
  const german = join(outDir, `${GERMAN}.md`);
  await cp(join(FIXTURES, 'languages', `${GERMAN}.md`), german);
  const result = await build({ files: [SEED_2022, SEED_2024, german], outDir, browser: session, formats: ['html'] });
  expect(result.failures).toEqual([]);
}, 120_000);

afterAll(async () => {
  await session?.close();
});

beforeEach(async () => {
  context = await session.browser.createBrowserContext();
});
afterEach(async () => {
  await context?.close();
});

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el
      ? `${el.tagName.toLowerCase()}${el.getAttribute('data-rd-action') ? `[${el.getAttribute('data-rd-action')}]` : ''}`
      : '';
  });

describe('keys on focused links and buttons', () => {
  it('leaves Enter on a focused link to the link: it opens, the slide stays', async () => {
    const page = await openDeck(context, deckUrl(outDir, FALL, '#5'));
    await tabTo(page, '.marpit > svg.rd-active a[href^="http"]');
    const popup = new Promise<Page | null>((resolve) => {
      page.once('popup', resolve);
      setTimeout(() => resolve(null), 5000);
    });
    await page.keyboard.press('Enter');
    const opened = await popup;
    expect(opened, 'the link opened a window').not.toBeNull();
    await opened?.close();
    expect(await counter(page)).toBe('5 / 14');
  });

  it('leaves Enter and Space on a focused button to the button, and shows the focused controls', async () => {
    const page = await openDeck(context, deckUrl(outDir, FALL, '#5'));
    // Controls rest invisible until the pointer moves or the keyboard reaches them.
    expect(await isShown(page, '.rd-ui')).toBe(false);
    await tabTo(page, '.rd-ui [data-rd-action="overview"]');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.rd-ui')!).opacity === '1');
    expect(await isShown(page, '.rd-ui [data-rd-action="overview"]')).toBe(true);
    expect(await page.$eval('.rd-ui', (el) => getComputedStyle(el).visibility)).toBe('visible');

    await page.keyboard.press('Enter');
    expect(await isShown(page, '#rd-overview')).toBe(true);
    expect(await counter(page)).toBe('5 / 14');
    await page.keyboard.press('Escape');
    expect(await isShown(page, '#rd-overview')).toBe(false);
    // Focus comes back to the button that opened the overview.
    expect(await active(page)).toBe('button[overview]');

    await tabTo(page, '.rd-ui [data-rd-action="help"]');
    await page.keyboard.press(' ');
    expect(await isShown(page, '#rd-help')).toBe(true);
    expect(await counter(page)).toBe('5 / 14');
    await page.keyboard.press('Escape');
    expect(await active(page)).toBe('button[help]');
  });

  it('moves with the arrows from a focused button and from the slides', async () => {
    const page = await openDeck(context, deckUrl(outDir, FALL, '#5'));
    await tabTo(page, '.rd-ui [data-rd-action="fullscreen"]');
    await page.keyboard.press('ArrowRight');
    await waitForCounter(page, '6 / 14');
    await page.keyboard.press('ArrowLeft');
    await waitForCounter(page, '5 / 14');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'] as const) await page.keyboard.press(key);
    await waitForCounter(page, '10 / 14');
    await page.keyboard.press('Home');
    await waitForCounter(page, '1 / 14');
    await page.keyboard.press('End');
    await waitForCounter(page, '14 / 14');
  });

  it('gives focus back to the slides when the slide it was on is left', async () => {
    const page = await openDeck(context, deckUrl(outDir, FALL, '#5'));
    await tabTo(page, '.marpit > svg.rd-active a[href]');
    await page.keyboard.press('ArrowRight');
    await waitForCounter(page, '6 / 14');
    expect(await page.evaluate(() => document.activeElement?.matches('body > .marpit'))).toBe(true);
    await page.keyboard.press(' ');
    await waitForCounter(page, '7 / 14');
  });
});

describe('screen readers', () => {
  it('hear where they are from a polite live region, in the deck’s words', async () => {
    const page = await openDeck(context, deckUrl(outDir, FALL, '#4'));
    expect(await page.$eval('#rd-live', (el) => [el.getAttribute('aria-live'), el.textContent])).toEqual([
      'polite',
      '',
    ]);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      () => document.getElementById('rd-live')?.textContent === 'Slide 5 of 14: Backend System 1.0',
    );
    await page.keyboard.press('End');
    await page.waitForFunction(
      () => document.getElementById('rd-live')?.textContent === 'Slide 14 of 14: How to influence the roadmap',
    );

    const german = await openDeck(context, deckUrl(outDir, GERMAN, '#1'));
    await german.keyboard.press('ArrowRight');
    await german.waitForFunction(() =>
      /^Folie 2 von \d+: Überblick$/.test(document.getElementById('rd-live')?.textContent ?? ''),
    );
    await german.keyboard.press('?');
    expect(await german.$eval('#rd-help h2', (el) => el.textContent)).toBe('Tastenkürzel');
    expect(await german.$eval('#rd-help', (el) => el.textContent)).toContain('Leertaste');
  });

  it('find the slides as the main part of the page, and the presenter layout only while it is shown', async () => {
    const page = await openDeck(context, deckUrl(outDir, FALL, '#5'));
    expect(await page.$eval('body > .marpit', (el) => el.getAttribute('role'))).toBe('main');
    expect(
      await page.$$eval(
        '[aria-hidden="true"]',
        (els) => els.filter((el) => el.closest('.rd-presenter-layout') === el).length,
      ),
    ).toBe(0);
    expect(await page.$eval('.rd-presenter-layout', (el) => getComputedStyle(el).display)).toBe('none');

    const presenter = await openDeck(context, deckUrl(outDir, FALL, '#5&presenter'), { width: 1280, height: 800 });
    expect(
      await presenter.$eval('.rd-presenter-layout', (el) => [
        getComputedStyle(el).display,
        el.getAttribute('role'),
        el.getAttribute('aria-hidden'),
      ]),
    ).toEqual(['grid', 'main', null]);
    expect(await presenter.$eval('body > .marpit', (el) => getComputedStyle(el).display)).toBe('none');
    const tree = await presenter.accessibility.snapshot({ interestingOnly: true });
    const names = JSON.stringify(tree);
    expect(names).toContain('Current slide');
    expect(names).toContain('Backend System 1.0');
    expect(names).toContain('Speaker notes');
  });
});

describe('motion and gestures', () => {
  it('honours prefers-reduced-motion and keeps a swipe from going back in history', async () => {
    const page = await openDeck(context, deckUrl(outDir, FALL, '#5'));
    expect(await page.$eval('.rd-ui', (el) => getComputedStyle(el).transitionDuration)).toBe('0.2s');
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(await page.$eval('.rd-ui', (el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    for (const selector of ['html', 'body']) {
      expect(
        await page.$eval(selector, (el) => [
          getComputedStyle(el).overscrollBehaviorX,
          getComputedStyle(el).overscrollBehaviorY,
        ]),
      ).toEqual(['none', 'none']);
    }
  });
});

describe('mouse and touch', () => {
  it('moves on with a click on the slide, back with one on its left third, never with one on a control', async () => {
    const page = await openDeck(context, deckUrl(outDir, FALL, '#5'));
    const { width, height } = page.viewport() ?? { width: 1280, height: 720 };
    await page.mouse.click(width * 0.8, height / 2);
    await waitForCounter(page, '6 / 14');
    await page.mouse.click(width * 0.1, height / 2);
    await waitForCounter(page, '5 / 14');
    await page.mouse.move(width / 2, height / 2);
    expect(await page.evaluate(() => document.body.classList.contains('rd-pointer'))).toBe(true);
    await page.click('.rd-ui [data-rd-action="help"]');
    expect(await isShown(page, '#rd-help')).toBe(true);
    await page.mouse.click(width * 0.8, height / 2);
    expect(await counter(page)).toBe('5 / 14');
  });

  it('moves on with a swipe to the left and back with one to the right; a short drag does nothing', async () => {
    const page = await openDeck(context, deckUrl(outDir, FALL, '#5'));
    const swipe = (from: number, to: number) =>
      page.evaluate(
        (a, b) => {
          const touch = (x: number) => new Touch({ identifier: 1, target: document.body, clientX: x, clientY: 300 });
          document.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(a)], changedTouches: [touch(a)] }));
          document.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(b)] }));
        },
        from,
        to,
      );
    await swipe(700, 400);
    await waitForCounter(page, '6 / 14');
    await swipe(400, 700);
    await waitForCounter(page, '5 / 14');
    await swipe(400, 420);
    expect(await counter(page)).toBe('5 / 14');
  });
});

describe('axe-core', () => {
  const ui = (findings: AxeFinding[]) => findings.filter((f) => !f.inSlide);
  const slideFindings: AxeFinding[] = [];
  afterAll(() => {
    // The slides' own content and theme are not the viewer's: said, not failed.
    if (slideFindings.length)
      console.info(
        'axe on slide content:',
        slideFindings.map((f) => `${f.rule} ${f.target}`),
      );
  });

  it.each([FALL, SUMMER])(
    'finds nothing wrong with the viewer’s UI in %s: every slide, the controls, the overview, the keys, the go-to field',
    async (stem) => {
      const page = await context.newPage();
      // Without motion the controls are shown or hidden, never caught by axe halfway through a fade.
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await page.setBypassCSP(true);
      await page.setViewport({ width: 1280, height: 720 });
      await page.goto(deckUrl(outDir, stem, '#1'), { waitUntil: 'load' });
      await page.waitForSelector('body.rd-ready');
      const total = await page.$$eval('.marpit > svg', (svgs) => svgs.length);
      for (let slide = 1; slide <= total; slide++) {
        const findings = await runAxe(page);
        slideFindings.push(...findings.filter((f) => f.inSlide));
        expect(ui(findings), `slide ${slide}`).toEqual([]);
        await page.keyboard.press('ArrowRight');
      }
      // The controls shown (their contrast is checked only when visible).
      await tabTo(page, '.rd-ui [data-rd-action="prev"]');
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.rd-ui')!).opacity === '1');
      expect(ui(await runAxe(page))).toEqual([]);
      await page.keyboard.press('o');
      expect(await isShown(page, '#rd-overview')).toBe(true);
      expect(ui(await runAxe(page))).toEqual([]);
      await page.keyboard.press('Escape');
      await page.keyboard.press('?');
      expect(ui(await runAxe(page))).toEqual([]);
      await page.keyboard.press('Escape');
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
      await page.keyboard.press('g');
      await page.keyboard.type('nothing');
      await page.keyboard.press('Enter');
      expect(await isShown(page, '#rd-goto-error')).toBe(true);
      expect(ui(await runAxe(page))).toEqual([]);
    },
  );

  it.each([FALL, SUMMER])(
    'finds nothing wrong with the presenter view of %s, blank badge and overview included',
    async (stem) => {
      const page = await context.newPage();
      // Without motion the controls are shown or hidden, never caught by axe halfway through a fade.
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await page.setBypassCSP(true);
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(deckUrl(outDir, stem, '#5&presenter'), { waitUntil: 'load' });
      await page.waitForSelector('body.rd-presenter.rd-ready');
      const findings = await runAxe(page);
      slideFindings.push(...findings.filter((f) => f.inSlide));
      expect(ui(findings)).toEqual([]);
      await page.keyboard.press('b');
      expect(await isShown(page, '#rd-presenter-blank')).toBe(true);
      expect(ui(await runAxe(page))).toEqual([]);
      await page.keyboard.press('b');
      await page.keyboard.press('o');
      expect(ui(await runAxe(page))).toEqual([]);
    },
  );
});
