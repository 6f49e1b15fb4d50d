/**
 * A page whose renderer crashed never answers again: every call on it waits
 * for the render timeout. Chromium says so at once (puppeteer's page 'error'
 * event, from Inspector.targetCrashed), and so does a browser that went away
 * ('disconnected'): an export raced against this watch fails at that moment,
 * with the reason.
 */
import type { Page } from 'puppeteer-core';
import { BrowserGoneError, RendererCrashError } from '../../errors.js';

interface PageWatch {
  /** Rejects when the page's renderer crashes or the browser goes away; never resolves. */
  failed: Promise<never>;
  stop(): void;
}

export function watchPage(page: Page, file?: string): PageWatch {
  const browser = page.browser();
  let stop: () => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    const onCrash = (error: Error) =>
      reject(new RendererCrashError("the browser's renderer crashed", { file }, { cause: error }));
    const onGone = () => reject(new BrowserGoneError('the browser closed while rendering', { file }));
    page.once('error', onCrash);
    browser.once('disconnected', onGone);
    stop = () => {
      page.off('error', onCrash);
      browser.off('disconnected', onGone);
    };
  });
  failed.catch(() => undefined);
  return { failed, stop };
}

/**
 * A call that was waiting on the page when its renderer crashed fails with
 * puppeteer's "Target crashed" error, sometimes before the 'error' event
 * arrives: that is the same crash.
 */
export function asCrash(error: unknown, file?: string): unknown {
  if (error instanceof RendererCrashError) return error;
  return error instanceof Error && /target crashed/i.test(error.message)
    ? new RendererCrashError("the browser's renderer crashed", { file }, { cause: error })
    : error;
}
