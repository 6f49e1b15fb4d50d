#!/usr/bin/env node
/**
 * The floor: the least any tool could do to turn finished HTML decks into
 * PDFs with Chromium — one browser, load each deck, print it. No parsing,
 * rendering or fitting. `node bench/floor.mjs deck1.html deck2.html`
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH,
  headless: true,
  pipe: true,
  userDataDir: mkdtempSync(join(tmpdir(), 'floor-')),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--host-resolver-rules=MAP * ~NOTFOUND',
  ],
});
try {
  await Promise.all(
    process.argv.slice(2).map(async (file, i) => {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
      writeFileSync(join(tmpdir(), `floor-${process.pid}-${i}.pdf`), pdf);
      rmSync(join(tmpdir(), `floor-${process.pid}-${i}.pdf`));
    }),
  );
} finally {
  await browser.close();
}
