/**
 * How long a save takes to reach an open deck in `watch`: from writing the
 * file to the server telling the page to reload (the rebuilt HTML is on disk
 * by then).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BIN, median } from './lib.mjs';

/**
 * @param {string} work folder to work in
 * @param {string[]} seeds pages to watch
 * @param {number} samples saves to time
 */
export async function measureWatchLatency(work, seeds, samples) {
  const dir = join(work, 'watch');
  mkdirSync(join(dir, 'roadmaps'), { recursive: true });
  for (const seed of seeds) cpSync(seed, join(dir, 'roadmaps', basename(seed)));
  const child = spawn(process.execPath, [BIN, 'watch', '--port', '0', '--format', 'md,html,pdf'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (c) => { log += String(c); });
  child.stderr.on('data', (c) => { log += String(c); });
  try {
    const deadline = Date.now() + 60_000;
    while (!/http:\/\/127\.0\.0\.1:\d+\//.test(log) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(log)?.[0];
    if (!url) throw new Error(`watch printed no address within 60 s:\n${log}`);
    const response = await fetch(`${url}__roadmap-deck/events`);
    if (!response.body) throw new Error(`no event stream at ${url}: ${response.status}`);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const nextReload = async () => {
      for (;;) {
        const i = buffer.indexOf('event: reload');
        if (i !== -1) {
          buffer = buffer.slice(i + 13);
          return;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('event stream closed');
        buffer += decoder.decode(value);
      }
    };
    const last = seeds.at(-1);
    if (!last) throw new Error('no page to watch');
    const file = join(dir, 'roadmaps', basename(last));
    const original = readFileSync(file, 'utf8');
    const times = [];
    for (let i = 0; i < samples; i++) {
      await new Promise((r) => setTimeout(r, 1500)); // let the PDFs of the previous save finish
      buffer = '';
      const started = performance.now();
      writeFileSync(file, `${original}\n\nEdit number ${i}.\n`);
      await nextReload();
      times.push((performance.now() - started) / 1000);
    }
    await reader.cancel();
    return { samples: times, median: median(times) };
  } finally {
    // The caller removes the work folder: the watcher must have stopped writing to it.
    const exited = new Promise((r) => child.once('exit', r));
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
