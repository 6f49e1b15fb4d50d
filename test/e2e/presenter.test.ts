/**
 * The presenter's tools, each exercised in Chromium on the 2024 Fall seed:
 * named anchors in the audience and presenter windows, the wall clock, the
 * timer (pause, reset, kept over a reload), prev/next buttons, the overview
 * grid, go-to by number and by `g`, blank screens, notes size and the list
 * of keys.
 */
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { SEED_2022, SEED_2024, tempDir } from '../helpers/paths.js';
import {
  counter,
  deckUrl,
  isShown,
  openDeck,
  presenterCounter,
  waitForCounter,
  waitForPresenterCounter,
} from '../helpers/viewer.js';

let outDir: string;
let session: BrowserSession;
let context: BrowserContext;
const FALL = 'backstage-2024-fall';
const PRESENTER_SIZE = { width: 1280, height: 800 };

beforeAll(async () => {
  outDir = await tempDir();
  session = await launchBrowser();
  const result = await build({ files: [SEED_2022, SEED_2024], outDir, browser: session, formats: ['html'] });
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

/** The audience window at `hash`, and the presenter window it opens with `p`. */
async function openBoth(hash: string): Promise<{ audience: Page; presenter: Page }> {
  const audience = await openDeck(context, deckUrl(outDir, FALL, hash));
  const popup = new Promise<Page>((resolve) => audience.once('popup', (p) => resolve(p!)));
  await audience.keyboard.press('p');
  const presenter = await popup;
  await presenter.setViewport(PRESENTER_SIZE);
  await presenter.waitForSelector('body.rd-presenter.rd-ready');
  return { audience, presenter };
}

const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('named anchors', () => {
  it('open an initiative by its readable anchor or by its id, in both windows', async () => {
    const { audience, presenter } = await openBoth('#backend-system-1-0');
    expect(await counter(audience)).toBe('5 / 14');
    await waitForPresenterCounter(presenter, 'Slide 5 of 14');
    expect(await textOf(presenter, '#rd-presenter-current')).toContain('Backend System 1.0');
    // The copy is laid out as the slide is, per-slide fitting included.
    const sizes = await presenter.evaluate(() =>
      [
        document.querySelector('#rd-presenter-current section')!,
        document.querySelectorAll('body > .marpit > svg')[4]!.querySelector('section')!,
      ].map((section) => getComputedStyle(section).fontSize),
    );
    expect(sizes[0]).toBe(sizes[1]);

    for (const [hash, slide] of [
      ['#backend-system-10', '5 / 14'],
      ['#new-frontend-system-ready-for-adoption', '6 / 14'],
      ['#rework-pull-request-issue-process', '12 / 14'],
      ['#rework-pull-request--issue-process', '12 / 14'],
      ['#2024-fall-roadmap', '4 / 14'],
      ['#closing', '14 / 14'],
      ['#3', '3 / 14'],
    ] as const) {
      const page = await openDeck(context, deckUrl(outDir, FALL, hash));
      expect(await counter(page), hash).toBe(slide);
    }

    const direct = await openDeck(context, deckUrl(outDir, FALL, '#catalog-observability&presenter'), PRESENTER_SIZE);
    expect(await presenterCounter(direct)).toBe('Slide 13 of 14');
    expect(await textOf(direct, '#rd-presenter-notes')).toContain('Catalog Observability');
  });

  it('follow the slug form in the older edition too', async () => {
    const page = await openDeck(context, deckUrl(outDir, 'backstage-2022-q3', '#1'));
    const anchors = await page.$eval(
      '#rd-slides',
      (el) => JSON.parse(el.textContent!) as { id?: string; alias?: string; title?: string }[],
    );
    for (const [i, slide] of anchors.entries()) {
      if (!slide.id) continue;
      for (const name of [slide.id, slide.alias ?? slide.id]) {
        await page.evaluate((hash: string) => {
          location.hash = hash;
        }, name);
        await waitForCounter(page, `${i + 1} / ${anchors.length}`);
      }
      expect(slide.alias ?? slide.id).toMatch(/^[\p{Ll}\p{N}]+(-[\p{Ll}\p{N}]+)*$/u);
    }
  });
});

describe('presenter window', () => {
  it('shows a ticking wall clock and a timer that pauses, resumes and resets', async () => {
    const { presenter } = await openBoth('#5');
    expect(await isShown(presenter, '#rd-presenter-clock')).toBe(true);
    const clock = await textOf(presenter, '#rd-presenter-clock');
    expect(clock).toMatch(/^\d{1,2}:\d\d:\d\d/);
    // Polled on a timer, not on animation frames (a window in the background gets few), with room
    // for a loaded machine: the timer is read from the wall clock, so a late look sees a later second.
    const ticking = { polling: 100, timeout: 10_000 };
    await presenter.waitForFunction(
      (before: string) => document.getElementById('rd-presenter-clock')?.textContent !== before,
      ticking,
      clock,
    );

    await presenter.waitForFunction(
      () => document.getElementById('rd-presenter-timer')?.textContent !== '00:00',
      ticking,
    );
    expect(await textOf(presenter, '#rd-presenter-timer')).toMatch(/^00:\d\d$/);
    await presenter.click('[data-rd-action="timer-pause"]');
    expect(await textOf(presenter, '[data-rd-action="timer-pause"]')).toBe('Resume');
    const paused = await textOf(presenter, '#rd-presenter-timer');
    await sleep(1300);
    expect(await textOf(presenter, '#rd-presenter-timer')).toBe(paused);

    await presenter.click('[data-rd-action="timer-reset"]');
    expect(await textOf(presenter, '#rd-presenter-timer')).toBe('00:00');
    await sleep(1100);
    expect(await textOf(presenter, '#rd-presenter-timer')).toBe('00:00');
    await presenter.click('[data-rd-action="timer-pause"]');
    expect(await textOf(presenter, '[data-rd-action="timer-pause"]')).toBe('Pause');
    await presenter.waitForFunction(
      () => document.getElementById('rd-presenter-timer')?.textContent !== '00:00',
      ticking,
    );
    expect(await textOf(presenter, '#rd-presenter-timer')).toMatch(/^00:0[1-9]$/);

    // A reload (a save under watch) keeps the time spoken.
    await sleep(1000);
    await presenter.reload({ waitUntil: 'load' });
    await presenter.waitForSelector('body.rd-ready');
    expect(await textOf(presenter, '#rd-presenter-timer')).toMatch(/^00:(0[2-9]|[1-5]\d)$/);
  });

  it('moves both windows with its previous and next buttons', async () => {
    const { audience, presenter } = await openBoth('#5');
    await presenter.click('.rd-presenter-nav [data-rd-action="next"]');
    await waitForPresenterCounter(presenter, 'Slide 6 of 14');
    await waitForCounter(audience, '6 / 14');
    await presenter.click('.rd-presenter-nav [data-rd-action="prev"]');
    await presenter.click('.rd-presenter-nav [data-rd-action="prev"]');
    await waitForPresenterCounter(presenter, 'Slide 4 of 14');
    await waitForCounter(audience, '4 / 14');
  });

  it('sets the notes size with + and − and the buttons, and remembers it', async () => {
    const { presenter } = await openBoth('#5');
    const size = () => presenter.$eval('#rd-presenter-notes', (el) => getComputedStyle(el).fontSize);
    expect(await size()).toBe('20px');
    await presenter.keyboard.press('+');
    await presenter.keyboard.press('=');
    expect(await size()).toBe('24px');
    await presenter.click('[data-rd-action="notes-smaller"]');
    expect(await size()).toBe('22px');
    expect(await presenter.evaluate(() => localStorage.getItem('roadmap-deck:notes-size'))).toBe('22');
    await presenter.reload({ waitUntil: 'load' });
    await presenter.waitForSelector('body.rd-ready');
    expect(await size()).toBe('22px');
    await presenter.keyboard.press('-');
    expect(await size()).toBe('20px');
  });
});

describe('overview', () => {
  it('opens with o, shows every slide as a thumbnail, jumps with the keyboard or a click, closes with Escape', async () => {
    const { audience, presenter } = await openBoth('#5');
    await audience.keyboard.press('o');
    expect(await isShown(audience, '#rd-overview')).toBe(true);
    const thumbs = await audience.$$eval('#rd-overview .rd-thumb', (buttons) =>
      buttons.map((b) => ({
        name: b.textContent?.trim().split('\n')[0],
        svg: !!b.querySelector('.marpit > svg section'),
        width: b.getBoundingClientRect().width,
        current: b.getAttribute('aria-current'),
      })),
    );
    expect(thumbs).toHaveLength(14);
    expect(thumbs.every((t) => t.svg && t.width > 150 && t.width < 400)).toBe(true);
    expect(thumbs[4]!.current).toBe('step');
    expect(await audience.evaluate(() => document.activeElement?.getAttribute('data-rd-slide'))).toBe('4');
    // Thumbnails are pictures: nothing in them takes focus, only the sections keep their ids (per-slide CSS selects them).
    expect(
      await audience.$$eval('#rd-overview .rd-thumb [id]', (els) =>
        els.every((el) => el.tagName.toLowerCase() === 'section'),
      ),
    ).toBe(true);
    expect(
      await audience.$$eval('#rd-overview .rd-thumb a[href]', (links) =>
        links.every((a) => a.tabIndex === -1 && !!a.closest('[inert]')),
      ),
    ).toBe(true);

    await audience.keyboard.press('ArrowRight');
    await audience.keyboard.press('ArrowDown');
    const target = Number(await audience.evaluate(() => document.activeElement?.getAttribute('data-rd-slide')));
    expect(target).toBeGreaterThan(5);
    await audience.keyboard.press('Enter');
    expect(await isShown(audience, '#rd-overview')).toBe(false);
    await waitForCounter(audience, `${target + 1} / 14`);
    await waitForPresenterCounter(presenter, `Slide ${target + 1} of 14`);

    // In the presenter window, the same grid moves the audience.
    await presenter.keyboard.press('o');
    expect(await isShown(presenter, '#rd-overview')).toBe(true);
    await presenter.click('#rd-overview [data-rd-slide="1"]');
    await waitForCounter(audience, '2 / 14');
    await presenter.keyboard.press('o');
    await presenter.keyboard.press('Escape');
    expect(await isShown(presenter, '#rd-overview')).toBe(false);
    expect(await presenterCounter(presenter)).toBe('Slide 2 of 14');
  });
});

describe('go to a slide', () => {
  it('by typing its number and Enter, or with g and a number or an anchor', async () => {
    const page = await openDeck(context, deckUrl(outDir, FALL, '#1'));
    await page.keyboard.press('1');
    expect(await isShown(page, '#rd-goto')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rd-goto-input');
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await waitForCounter(page, '12 / 14');
    expect(await isShown(page, '#rd-goto')).toBe(false);

    await page.keyboard.press('g');
    expect(await page.$eval('#rd-goto-input', (el) => (el as HTMLInputElement).value)).toBe('');
    await page.keyboard.type('backend-system-1-0');
    await page.keyboard.press('Enter');
    await waitForCounter(page, '5 / 14');

    // Keys typed in the field are the field's: n, arrows and Space do not move the deck.
    await page.keyboard.press('g');
    await page.keyboard.type('n o b ');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    expect(await page.$eval('#rd-goto-input', (el) => el.getAttribute('aria-invalid'))).toBe('true');
    expect(await textOf(page, '#rd-goto-error')).toContain('1 to 14');
    expect(await counter(page)).toBe('5 / 14');
    await page.keyboard.press('Escape');
    expect(await isShown(page, '#rd-goto')).toBe(false);
    expect(await counter(page)).toBe('5 / 14');
    expect(await isShown(page, '#rd-blank')).toBe(false);
  });
});

describe('blank screen', () => {
  it('b blanks black and w white; any key or the same key brings the slide back; the presenter window drives it', async () => {
    const { audience, presenter } = await openBoth('#5');
    await audience.bringToFront();
    const cover = () =>
      audience.$eval('#rd-blank', (el) => (el.getClientRects().length ? getComputedStyle(el).backgroundColor : 'none'));

    await audience.keyboard.press('b');
    expect(await cover()).toBe('rgb(0, 0, 0)');
    await presenter.waitForFunction(() => !document.getElementById('rd-presenter-blank')!.hidden);
    await audience.keyboard.press('b');
    expect(await cover()).toBe('none');
    await presenter.waitForFunction(() => document.getElementById('rd-presenter-blank')!.hidden);

    await audience.keyboard.press('w');
    expect(await cover()).toBe('rgb(255, 255, 255)');
    // Any key brings the slide back, and does only that.
    await audience.keyboard.press('ArrowRight');
    expect(await cover()).toBe('none');
    expect(await counter(audience)).toBe('5 / 14');
    // The presenter window hears of it before its own keys are tried (else its `b` would unblank).
    await presenter.waitForFunction(() => document.getElementById('rd-presenter-blank')!.hidden);

    // Keys go to the window in front, as a presenter's would.
    await presenter.bringToFront();
    await presenter.keyboard.press('b');
    await audience.waitForFunction(() => document.getElementById('rd-blank')!.getClientRects().length > 0);
    expect(await cover()).toBe('rgb(0, 0, 0)');
    expect(await textOf(presenter, '#rd-presenter-blank')).toBe('Audience screen is black · any key shows the slide');
    // The presenter's own view stays on the slides.
    expect(await isShown(presenter, '#rd-presenter-current')).toBe(true);
    await presenter.keyboard.press('x');
    await audience.waitForFunction(() => document.getElementById('rd-blank')!.getClientRects().length === 0);
    expect(await isShown(presenter, '#rd-presenter-blank')).toBe(false);
  });
});

describe('list of keys', () => {
  it('opens with ? and the button, lists every key, closes with Escape or ?', async () => {
    const page = await openDeck(context, deckUrl(outDir, FALL, '#5'));
    await page.keyboard.press('?');
    expect(await isShown(page, '#rd-help')).toBe(true);
    expect(await page.$eval('#rd-help', (el) => el.getAttribute('aria-modal'))).toBe('true');
    const rows = await page.$$eval('#rd-help tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('kbd')].map((kbd) => kbd.textContent).join(' ')),
    );
    for (const keys of [
      '→ ↓ Space Enter n',
      '← ↑ Backspace',
      'Home End',
      '1…9 Enter',
      'g',
      'o',
      'b w',
      'f',
      'p',
      '+ −',
      '?',
      'Esc',
    ])
      expect(rows).toContain(keys);
    // The rest of the page is out of reach while the list is open.
    expect(await page.$eval('body > .marpit', (el) => (el as HTMLElement).inert)).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await counter(page)).toBe('5 / 14');
    await page.keyboard.press('?');
    expect(await isShown(page, '#rd-help')).toBe(false);
    expect(await page.$eval('body > .marpit', (el) => (el as HTMLElement).inert)).toBe(false);

    await page.mouse.move(600, 600);
    await page.click('.rd-ui [data-rd-action="help"]');
    expect(await isShown(page, '#rd-help')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await isShown(page, '#rd-help')).toBe(false);
  });
});
