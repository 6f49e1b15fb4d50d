#!/usr/bin/env node
/**
 * Pictures of the built-in themes and of a statement slide for the README,
 * made from the tool's own build of the seeds (PNG slides, in Chromium):
 *   npm run compile && node scripts/theme-gallery.mjs
 * writes docs/images/theme-<name>.png (title, section, an initiative and a
 * statement slide of the July–September 2022 deck, 520 px wide),
 * docs/images/slide-statement.png, and the brand pictures
 * docs/images/brand-title.png and brand-initiative.png (the `init` example
 * with the README's brand config and a small logo, 960 px wide).
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../dist/index.js';

// The browser session and build's `browser` option are internal (not in the published types): loaded by path, untyped.
const { launchBrowser } = await import(new URL('../dist/export/browser/launch.js', import.meta.url).href);
const { build } = await import(new URL('../dist/build.js', import.meta.url).href);
const { initProject } = await import(new URL('../dist/init.js', import.meta.url).href);

const THEMES = ['default', 'dark', 'high-contrast', 'paper'];
const DECK = 'backstage-2022-q3';
// Title, a section divider, a long initiative (scaled down), a statement (scaled up).
const SLIDES = [1, 3, 5, 11];
const STATEMENT = 10;
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"><circle cx="10" cy="10" r="10" fill="#0d9488"/><path d="M4 14l4-6 3 4 2-2 3 4z" fill="#fff"/></svg>';
const BRAND = { logo: 'logo.svg', accent: '#0d9488', dark: '#134e4a', footer: 'Example community call · March 2025' };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const images = join(root, 'docs', 'images');
const out = await mkdtemp(join(tmpdir(), 'roadmap-deck-themes-'));
const session = await launchBrowser();

/**
 * A picture `width` wide of the given PNGs in a grid of `columns`, drawn by Chromium.
 * @param {Buffer[]} pngs
 * @param {number} columns
 * @param {number} width
 * @param {number} height
 * @param {string} file
 */
async function sheet(pngs, columns, width, height, file) {
  const page = await session.browser.newPage();
  await page.setViewport({ width, height });
  const cells = pngs
    .map((/** @type {Buffer} */ png) => `<img src="data:image/png;base64,${png.toString('base64')}">`)
    .join('');
  await page.setContent(
    `<style>body{margin:0;display:grid;grid-template-columns:repeat(${columns},1fr);gap:4px;background:#9ca3af}img{width:100%;display:block}</style>${cells}`,
  );
  await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
  const box = await page.$eval('body', (/** @type {Element} */ b) => b.getBoundingClientRect().height);
  await page.setViewport({ width, height: Math.ceil(box) });
  await writeFile(file, await page.screenshot({ type: 'png' }));
  await page.close();
}

try {
  const config = await loadConfig({ cwd: root });
  const files = ['backstage-2022-q3.md', 'backstage-2024-fall.md'].map((f) => join(root, 'roadmaps', f));
  for (const theme of THEMES) {
    const dir = join(out, theme);
    await build({ cwd: root, config, files, outDir: dir, browser: session, formats: ['png'], theme });
    const slides = join(dir, DECK, 'slides');
    const names = (await readdir(slides)).sort();
    const png = (/** @type {number} */ n) => readFile(join(slides, names[n - 1] ?? ''));
    await sheet(await Promise.all(SLIDES.map(png)), 2, 520, 294, join(images, `theme-${theme}.png`));
    if (theme === 'default') await sheet([await png(STATEMENT)], 1, 640, 360, join(images, 'slide-statement.png'));
  }
  // The brand pictures: the init example with a logo, colours and a footer.
  const project = join(out, 'brand');
  await initProject(project);
  await writeFile(join(project, 'logo.svg'), LOGO);
  const file = join(project, 'roadmap-deck.config.json');
  await writeFile(file, JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), brand: BRAND }, null, 2));
  await build({ cwd: project, config: await loadConfig({ cwd: project }), browser: session, formats: ['png'] });
  const brandSlides = join(project, 'output', 'example-2025-spring', 'slides');
  const brandNames = (await readdir(brandSlides)).sort();
  for (const [name, n] of /** @type {const} */ ([
    ['brand-title', 1],
    ['brand-initiative', 4],
  ]))
    await sheet([await readFile(join(brandSlides, brandNames[n - 1] ?? ''))], 1, 960, 540, join(images, `${name}.png`));
  console.log(
    `wrote ${THEMES.map((t) => `docs/images/theme-${t}.png`).join(', ')}, docs/images/slide-statement.png, docs/images/brand-title.png, docs/images/brand-initiative.png`,
  );
} finally {
  await session.close();
  await rm(out, { recursive: true, force: true });
}
