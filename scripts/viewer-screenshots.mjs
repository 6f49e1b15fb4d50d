#!/usr/bin/env node
/**
 * Pictures of the HTML deck's presenter view and overview for the README,
 * made from the tool's own build of the 2024 Fall seed in Chromium:
 *   npm run compile && node scripts/viewer-screenshots.mjs
 * writes docs/images/viewer-presenter.png and docs/images/viewer-overview.png.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadConfig } from '../dist/index.js';

// The browser session and build's `browser` option are internal (not in the published types): loaded by path, untyped.
const { launchBrowser } = await import(new URL('../dist/export/browser/launch.js', import.meta.url).href);
const { build } = await import(new URL('../dist/build.js', import.meta.url).href);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const images = join(root, 'docs', 'images');
const out = await mkdtemp(join(tmpdir(), 'roadmap-deck-pictures-'));
const session = await launchBrowser();
try {
  const files = ['backstage-2022-q3.md', 'backstage-2024-fall.md'].map((f) => join(root, 'roadmaps', f));
  // The project's config gives the pages' published URL, against which their relative links resolve.
  await build({
    cwd: root,
    config: await loadConfig({ cwd: root }),
    files,
    outDir: out,
    browser: session,
    formats: ['html'],
  });
  const deck = pathToFileURL(join(out, 'backstage-2024-fall', 'index.html')).href;

  const presenter = await session.browser.newPage();
  await presenter.setViewport({ width: 1280, height: 800 });
  // Twelve and a half minutes into the talk, so the timer shows what it is for.
  await presenter.evaluateOnNewDocument(() => {
    sessionStorage.setItem('roadmap-deck:timer', JSON.stringify({ counted: 0, since: Date.now() - 754_000 }));
  });
  await presenter.goto(`${deck}#backend-system-1-0&presenter`, { waitUntil: 'load' });
  await presenter.waitForSelector('body.rd-presenter.rd-ready');
  await presenter.evaluate(() => document.fonts.ready);
  await presenter.screenshot({ path: join(images, 'viewer-presenter.png') });

  const audience = await session.browser.newPage();
  await audience.setViewport({ width: 1280, height: 720 });
  await audience.goto(`${deck}#5`, { waitUntil: 'load' });
  await audience.waitForSelector('body.rd-ready');
  await audience.keyboard.press('o');
  await audience.evaluate(() => document.fonts.ready);
  await audience.screenshot({ path: join(images, 'viewer-overview.png') });
  console.log('wrote docs/images/viewer-presenter.png, docs/images/viewer-overview.png');
} finally {
  await session.close();
  await rm(out, { recursive: true, force: true });
}
