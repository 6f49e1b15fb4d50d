/**
 * Downloads the Chrome that puppeteer-core is made for into puppeteer's cache,
 * as `npx puppeteer browsers install chrome` would, so that the browser finder
 * (its second step) picks it up. roadmap-deck does not depend on puppeteer
 * itself: its install-time download is what used to fail whole installs on
 * machines that cannot reach the download host. Here it is asked for, and a
 * failure is one line, not a failed install.
 */
import { puppeteerCacheDir } from '../export/browser/find.js';

export async function downloadChrome(log: (line: string) => void): Promise<boolean> {
  const [{ Browser, detectBrowserPlatform, install }, { PUPPETEER_REVISIONS }] = await Promise.all([
    import('@puppeteer/browsers'),
    // The build puppeteer pins, read where the puppeteer package itself reads it.
    import('puppeteer-core/internal/revisions.js'),
  ]);
  const platform = detectBrowserPlatform();
  if (!platform) {
    log('  no Chrome download exists for this platform');
    return false;
  }
  const buildId = PUPPETEER_REVISIONS.chrome;
  const cacheDir = puppeteerCacheDir();
  log(`$ download Chrome ${buildId} into ${cacheDir}`);
  try {
    await install({ browser: Browser.CHROME, buildId, cacheDir, platform });
    return true;
  } catch (error) {
    // "All providers failed…" wraps the reason worth showing (ENOTFOUND, a proxy's answer).
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
    const reason = [error instanceof Error ? error.message : String(error), cause]
      .join(' ')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    log(
      `  failed: ${reason.find((l) => /ENOTFOUND|EAI_AGAIN|ECONN|ETIMEDOUT|status|certificate/i.test(l)) ?? reason[0] ?? 'unknown error'}`,
    );
    return false;
  }
}
