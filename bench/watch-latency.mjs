/**
 * How long a save takes to reach the open deck in `watch`: from writing the
 * page to the deck, reloaded by its live-reload client in a real Chromium,
 * showing the new text (its first frame). Saves come at three rates: every
 * 0.5 s (typing with autosave), every 2 s, and isolated (everything of the
 * previous save, PDFs included, finished first). `watch` builds the default
 * formats, so each save also has its PDF and handout to make.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BIN, median } from './lib.mjs';
import { openViewer } from './watch-viewer.mjs';

export const RATES = [
  { name: 'every 0.5 s', intervalMs: 500 },
  { name: 'every 2 s', intervalMs: 2000 },
  { name: 'isolated', intervalMs: undefined },
];

/**
 * Nearest-rank percentile.
 * @param {number[]} values
 * @param {number} p
 * @returns {number}
 */
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

/** @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The initiative the viewer looks at, and the sentence each save adds to it (the viewer reads the number back). */
const EDITED = '### Plugin Metadata';
const EDITED_ID = 'plugin-metadata';
/**
 * @param {string} text
 * @param {number} n
 */
const withEdit = (text, n) => text.replace(/(### Plugin Metadata\n\n[^\n]+)/, `$1 Edit ${n}.`);

/**
 * @param {string} work folder to work in
 * @param {string[]} seeds pages to watch (the last one is edited)
 * @param {number} [samples] saves per rate
 */
export async function measureWatchLatency(work, seeds, samples = 20) {
  const dir = join(work, 'watch');
  mkdirSync(join(dir, 'roadmaps'), { recursive: true });
  for (const seed of seeds) cpSync(seed, join(dir, 'roadmaps', basename(seed)));
  const last = seeds.at(-1);
  if (!last) throw new Error('no page to watch');
  const file = join(dir, 'roadmaps', basename(last));
  const stem = basename(file, '.md');
  const original = readFileSync(file, 'utf8');
  if (!original.includes(EDITED)) throw new Error(`${file} has no "${EDITED}" to edit`);
  const handout = join(dir, 'output', stem, `${stem}-handout.pdf`);
  const index = join(dir, 'output', 'index.html');
  const child = spawn(process.execPath, [BIN, 'watch', '--port', '0'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (c) => {
    log += String(c);
  });
  child.stderr.on('data', (c) => {
    log += String(c);
  });
  let viewer;
  try {
    const deadline = Date.now() + 60_000;
    while (!/http:\/\/127\.0\.0\.1:\d+\//.test(log) && Date.now() < deadline) await sleep(50);
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(log)?.[0];
    if (!url) throw new Error(`watch did not start:\n${log}`);
    // Everything a save makes is finished once its handout is written and, after it, the index
    // page with the new preview picture.
    /** @param {number} since */
    const settled = async (since) => {
      const until = Date.now() + 60_000;
      /** @param {string} path */
      const mtime = (path) => {
        try {
          return statSync(path).mtimeMs;
        } catch {
          return 0;
        }
      };
      const done = () => mtime(handout) >= since && mtime(index) >= mtime(handout);
      while (!done() && Date.now() < until) await sleep(50);
      await sleep(200);
    };
    await settled(0);
    viewer = await openViewer(`${url}${stem}/#${EDITED_ID}`);
    while (!viewer.shown.length) await sleep(20);
    const startSlide = viewer.shown[0]?.counter;
    let edit = 0;
    const results = [];
    for (const rate of RATES) {
      const saves = [];
      const begin = Date.now();
      for (let i = 0; i < samples; i++) {
        if (rate.intervalMs) await sleep(Math.max(0, begin + i * rate.intervalMs - Date.now()));
        edit += 1;
        const at = Date.now();
        writeFileSync(file, withEdit(original, edit));
        saves.push({ edit, at });
        if (!rate.intervalMs) {
          await viewer.waitForEdit(edit, at);
          await settled(at);
        }
      }
      const times = [];
      for (const save of saves) times.push(((await viewer.waitForEdit(save.edit, save.at)).at - save.at) / 1000);
      const moved = viewer.shown.filter((s) => s.at >= begin && s.counter !== startSlide).length;
      results.push({ ...rate, samples: times, median: median(times), p95: percentile(times, 95), moved });
      await settled(saves.at(-1)?.at ?? 0);
    }
    return results;
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nwatch said:\n${log}`, { cause: error });
  } finally {
    await viewer?.close().catch(() => undefined);
    // The caller removes the work folder: the watcher must have stopped writing to it.
    const exited = new Promise((r) => child.once('exit', r));
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    await Promise.race([exited, sleep(10_000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
