/** Helpers shared by the benchmark scripts. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'roadmap-deck.js');
export const MARP = join(ROOT, 'node_modules', '.bin', 'marp');
const PEAK = join(ROOT, 'bench', 'peak-rss.cjs');

/** @param {number[]} values @returns {number} NaN for no values */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? NaN;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? NaN) + upper) / 2;
};

/**
 * Runs a command in a fresh process; returns wall time in seconds and, for
 * Node commands, the process's peak resident memory in MB.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: Record<string, string>, cwd?: string, node?: boolean }} [options]
 * @returns {{ seconds: number, peakMb: number | undefined, stdout: string }}
 */
export function timed(command, args, { env = {}, cwd = ROOT, node = false } = {}) {
  const rssFile = join(tmpdir(), `roadmap-deck-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const fullArgs = node ? ['-r', PEAK, ...args] : args;
  const started = process.hrtime.bigint();
  const result = spawnSync(command, fullArgs, {
    cwd,
    env: { ...process.env, ...env, ROADMAP_DECK_PEAK_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr || result.stdout}`);
  /** @type {number | undefined} */
  let peakMb;
  if (node) {
    try {
      peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
      rmSync(rssFile, { force: true });
    } catch {
      /* no report */
    }
  }
  return { seconds, peakMb, stdout: result.stdout };
}

export function browserPath() {
  for (const candidate of [
    process.env.PUPPETEER_EXECUTABLE_PATH,
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]) {
    if (!candidate) continue;
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore' });
      return candidate;
    } catch {
      /* next */
    }
  }
  throw new Error('no Chromium found; set CHROME_PATH');
}

/** @param {number} s seconds */
export const fmt = (s) => `${s.toFixed(2)} s`;
/** @param {boolean} ok */
export const verdict = (ok) => (ok ? 'met' : 'NOT met');
