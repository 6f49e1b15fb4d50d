/**
 * The bench's viewer: a real Chromium with the deck open, as the person
 * editing has it. Every document the tab loads reports, on its first frame,
 * which edit of the page it shows, the slide it is on and when (wall clock,
 * the same clock the bench writes the page by). Chromium here is a second
 * browser, apart from the one `watch` renders with, as the user's would be.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserPath } from './lib.mjs';

/** @typedef {{ edit: number, at: number, counter: string, ready: boolean }} Shown */

/** Runs in each document the tab loads, before the page's own scripts; CSP does not apply to it. */
function reportFirstFrame() {
  const send = () => {
    const edit = /Edit (\d+)\./.exec(document.body?.textContent ?? '');
    const counter = document.getElementById('rd-counter')?.textContent ?? '';
    // The deck's viewer marks itself ready before DOMContentLoaded; the frame after it is the one shown.
    /** @type {{ __deckShown: (edit: number, at: number, counter: string, ready: boolean) => void }} */ (
      /** @type {unknown} */ (window)
    ).__deckShown(
      edit ? Number(edit[1]) : -1,
      Date.now(),
      counter,
      document.body?.classList.contains('rd-ready') ?? false,
    );
  };
  document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => send()));
}

/** @param {string} url */
export async function openViewer(url) {
  const profile = mkdtempSync(join(tmpdir(), 'roadmap-deck-bench-viewer-'));
  const browser = await puppeteer.launch({
    executablePath: browserPath(),
    headless: true,
    pipe: true,
    userDataDir: profile,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
  });
  /** @type {Shown[]} */
  const shown = [];
  /** @type {Set<() => void>} */
  const waiters = new Set();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 720 });
    await page.exposeFunction(
      '__deckShown',
      /** @type {(edit: number, at: number, counter: string, ready: boolean) => void} */ (
        (edit, at, counter, ready) => {
          shown.push({ edit, at, counter, ready });
          for (const w of [...waiters]) w();
        }
      ),
    );
    await page.evaluateOnNewDocument(`(${reportFirstFrame.toString()})()`);
    await page.goto(url, { waitUntil: 'load' });
    return {
      shown,
      /**
       * Resolves with the first document shown at or after `since` with edit `edit` or a later one.
       * @param {number} edit
       * @param {number} since
       * @returns {Promise<Shown>}
       */
      async waitForEdit(edit, since, timeoutMs = 20_000) {
        const find = () => shown.find((s) => s.at >= since && s.edit >= edit);
        const deadline = Date.now() + timeoutMs;
        for (let hit = find(); ; hit = find()) {
          if (hit) return hit;
          if (Date.now() > deadline) throw new Error(`edit ${edit} was not shown within ${timeoutMs / 1000} s`);
          await /** @type {Promise<void>} */ (
            new Promise((resolve) => {
              const done = () => {
                waiters.delete(done);
                clearTimeout(timer);
                resolve();
              };
              const timer = setTimeout(done, 250);
              waiters.add(done);
            })
          );
        }
      },
      close: async () => {
        await browser.close();
        rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
      },
    };
  } catch (error) {
    await browser.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    throw error;
  }
}
