/**
 * A hostile roadmap page: template expressions, Marp directives, slide
 * separators, raw HTML, script, event handlers and dangerous URLs. The deck
 * shows the page's text and nothing more acts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { DECK_CSP } from '../../src/export/html/deck-html.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';

let outDir: string;
let result: BuildResult;
let session: BrowserSession;
let html: string;
let slides: string;
let markdown: string;

beforeAll(async () => {
  outDir = await tempDir();
  session = await launchBrowser();
  result = await build({
    files: [join(FIXTURES, 'hostile.md')],
    outDir,
    browser: session,
    formats: ['md', 'html', 'pdf'],
  });
  html = await readFile(join(outDir, 'hostile', 'index.html'), 'utf8');
  slides = html.slice(html.indexOf('<div class="marpit">'), html.indexOf('<div class="rd-presenter-layout"'));
  markdown = await readFile(join(outDir, 'hostile', 'hostile.md'), 'utf8');
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('a hostile page', () => {
  it('builds', () => {
    expect(result.failures).toEqual([]);
  });

  it('prints template expressions literally', () => {
    expect(slides).toContain("{{constructor.constructor('alert(1)')()}}");
    expect(slides).toContain('{{title}} and {{{body}}} and {{#each x}}{{/each}}');
    expect(slides).toContain('{{&gt; partial}}');
  });

  it('never splits a slide on ---, *** or ___ from the page, nor starts one at its H1', () => {
    expect(html.match(/<section\b/g)).toHaveLength(result.editions[0]!.slides);
    expect(markdown.split(/\n---\n/).length - 1).toBe(result.editions[0]!.slides);
  });

  it('lets no HTML comment or front-matter key of the page become a Marp directive', () => {
    expect(slides).not.toMatch(/class="[^"]*\blead\b/);
    expect(slides).not.toMatch(/background-color:\s*red|background:\s*red/i);
    expect(slides).not.toMatch(/data-theme="(gaia|uncover)"/);
    expect(slides).toMatch(/data-theme="roadmap-deck"/);
    expect(slides).toMatch(/data-paginate="true"/);
    expect(markdown).toMatch(/^---\nmarp: true\ntheme: roadmap-deck\n/);
    expect(markdown).not.toMatch(/^(headingDivider|style|backgroundImage):/m);
  });

  it('keeps no script, handler, frame, object or dangerous URL from the page', () => {
    expect(slides).not.toMatch(/<script/i);
    expect(slides).not.toMatch(/<(iframe|object|embed|style)\b/i);
    expect(slides).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
    expect(slides).not.toMatch(/href\s*=\s*"\s*(javascript|vbscript|data):/i);
    expect(slides).not.toMatch(/src\s*=\s*"https?:/i);
    // Harmless formatting survives.
    expect(slides).toMatch(/<strong>bold stays<\/strong>/);
    expect(slides).toMatch(/<code>Ctrl<\/code>/);
  });

  it("only runs the deck's own script, allowed by hash in a Content-Security-Policy", () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${DECK_CSP}">`);
    expect(DECK_CSP).toMatch(/default-src 'none'/);
    expect(DECK_CSP).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(DECK_CSP).not.toMatch(/unsafe-inline[^;]*;?\s*$|script-src[^;]*unsafe-inline/);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('loads in Chromium with zero network requests and zero dialogs', async () => {
    const page = await session.browser.newPage();
    const url = pathToFileURL(join(outDir, 'hostile', 'index.html')).href;
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('body.rd-ready');
    for (let i = 0; i < result.editions[0]!.slides; i++) {
      await page.keyboard.press('ArrowRight');
      await page.mouse.move(200 + i * 10, 300);
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
