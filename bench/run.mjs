#!/usr/bin/env node
/**
 * npm run bench — roadmap-deck side by side with marp-cli, in one run.
 *
 * Each measurement is a fresh process, as a user would run it; medians of
 * --runs (default 5). Ratios are ours / theirs; absolute times depend on the
 * machine, ratios travel.
 *
 *   ours        roadmap-deck build --format md,html,pdf   (both editions, one process)
 *   marp-cli    marp --pdf  and  marp --html on the same generated Marp Markdown
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) > 0 && args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
const inputs = ['roadmaps/backstage-2024-fall.md', 'roadmaps/backstage-2022-q3.md'].map((f) => join(ROOT, f));
const BIN = join(ROOT, 'bin', 'roadmap-deck.js');
const MARP = join(ROOT, 'node_modules', '.bin', 'marp');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function timed(command, commandArgs, env = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    throw new Error(`${command} ${commandArgs.join(' ')} failed (${result.status}):\n${result.stderr || result.stdout}`);
  }
  return seconds;
}

function browserPath() {
  if (process.env.PUPPETEER_EXECUTABLE_PATH) return process.env.PUPPETEER_EXECUTABLE_PATH;
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore' });
      return candidate;
    } catch { /* next */ }
  }
  throw new Error('no Chromium found for marp-cli; set CHROME_PATH');
}

const work = mkdtempSync(join(tmpdir(), 'roadmap-deck-bench-'));
try {
  const chrome = browserPath();
  // The Marp Markdown both tools convert: generated once by roadmap-deck.
  const mdDir = join(work, 'md');
  timed(process.execPath, [BIN, 'build', ...inputs, '--format', 'md', '--out', mdDir, '-q']);
  const markdown = readdirSync(mdDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(mdDir, d.name, `${d.name}.md`));
  const theme = join(work, 'theme.css');
  cpSync(join(ROOT, 'templates', 'theme.css'), theme);
  const marpEnv = { CHROME_PATH: chrome, BROWSER_PATH: chrome };

  const ours = [];
  const marpPdf = [];
  const marpHtml = [];
  const marpDeckPdf = [];
  const marpDeckHtml = [];
  // Warm-up: file system caches and the browser binary, for both tools alike.
  timed(process.execPath, [BIN, 'build', ...inputs, '--format', 'md,html,pdf', '--out', join(work, 'warm'), '-q']);
  timed(MARP, ['--pdf', '--theme-set', theme, '--browser-path', chrome, '-o', join(work, 'warm-marp'), '--input-dir', mdDir], marpEnv);
  for (let i = 0; i < runs; i++) {
    ours.push(timed(process.execPath, [BIN, 'build', ...inputs, '--format', 'md,html,pdf', '--out', join(work, `ours-${i}`), '-q']));
    marpPdf.push(timed(MARP, ['--pdf', '--theme-set', theme, '--browser-path', chrome, '-o', join(work, `marp-pdf-${i}`), '--input-dir', mdDir], marpEnv));
    marpHtml.push(timed(MARP, ['--html', '--theme-set', theme, '-o', join(work, `marp-html-${i}`), '--input-dir', mdDir], marpEnv));
    // One process per deck and format: `marp deck.md --pdf`, as marp-cli is usually run.
    marpDeckPdf.push(markdown.reduce((sum, md, k) => sum + timed(MARP, [md, '--pdf', '--theme-set', theme, '--browser-path', chrome, '-o', join(work, `deck-${i}-${k}.pdf`)], marpEnv), 0));
    marpDeckHtml.push(markdown.reduce((sum, md, k) => sum + timed(MARP, [md, '--html', '--theme-set', theme, '-o', join(work, `deck-${i}-${k}.html`)], marpEnv), 0));
  }
  const o = median(ours);
  const mp = median(marpPdf);
  const mh = median(marpHtml);
  const dp = median(marpDeckPdf);
  const dh = median(marpDeckHtml);
  const fmt = (s) => `${s.toFixed(2)} s`;
  console.log(`roadmap-deck bench: ${inputs.length} editions (${markdown.length} Marp Markdown files), median of ${runs} fresh processes each`);
  console.log('');
  console.log(`  roadmap-deck build (md, html, pdf; fitted)   ${fmt(o)}`);
  console.log(`  marp-cli, one process per deck and format:`);
  console.log(`    marp deck.md --pdf   (both decks)          ${fmt(dp)}`);
  console.log(`    marp deck.md --html  (both decks)          ${fmt(dh)}`);
  console.log(`    PDF + HTML                                 ${fmt(dp + dh)}`);
  console.log(`  marp-cli, one process per format (--input-dir):`);
  console.log(`    marp --pdf                                 ${fmt(mp)}`);
  console.log(`    marp --html                                ${fmt(mh)}`);
  console.log(`    PDF + HTML                                 ${fmt(mp + mh)}`);
  console.log('');
  const perDeck = o / (dp + dh);
  const batch = o / (mp + mh);
  console.log(`  ratio ours / marp-cli per deck (PDF + HTML)  ${perDeck.toFixed(2)}×   target ≤ 0.50×  ${perDeck <= 0.5 ? 'met' : 'NOT met'}`);
  console.log(`  ratio ours / marp-cli batched  (PDF + HTML)  ${batch.toFixed(2)}×   target ≤ 0.50×  ${batch <= 0.5 ? 'met' : 'NOT met'}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
