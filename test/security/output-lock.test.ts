/**
 * The output lock: of any number of builds that want one output folder at
 * the same instant, exactly one holds it at any time, and every one of them
 * gets its turn: within one process, across processes, and when they start
 * from a lock left by a build that died. A late build can never remove a
 * newer, live lock.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OutputLockedError } from '../../src/errors.js';
import { LOCK_NAME, lockOutput } from '../../src/export/lock.js';
import { ROOT, tempDir } from '../helpers/paths.js';

/** A PID above the kernel's limit: never a running process. */
const DEAD_PID = 2147483646;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Takes the lock `count` times at once; each holder checks that it is alone while it holds. */
async function contend(outDir: string, count: number): Promise<{ acquired: number; maxHolders: number }> {
  let holders = 0;
  let maxHolders = 0;
  let acquired = 0;
  await Promise.all(
    Array.from({ length: count }, async () => {
      const release = await lockOutput(outDir, { waitMs: 120_000 });
      holders++;
      maxHolders = Math.max(maxHolders, holders);
      expect(holders).toBe(1);
      await sleep(2 + Math.random() * 3);
      holders--;
      acquired++;
      await release();
    }),
  );
  return { acquired, maxHolders };
}

/** What is left in the folder besides what the test put there: no lock, no temporary file, no takeover marker. */
const leftovers = async (dir: string) => (await readdir(dir)).filter((name) => name.startsWith(LOCK_NAME));

/** A child process that takes the lock `count` times at once, logging each hold to a file shared by all. */
const CHILD = `
import { appendFileSync } from 'node:fs';
const { lockOutput } = await import(process.env.LOCK_MODULE);
const [outDir, log, count] = process.argv.slice(2);
let holders = 0;
await Promise.all(Array.from({ length: Number(count) }, async (_, i) => {
  const release = await lockOutput(outDir, { waitMs: 120000 });
  const id = process.pid + '-' + i;
  if (++holders !== 1) throw new Error('two holders in one process');
  appendFileSync(log, '+' + id + '\\n');
  await new Promise((r) => setTimeout(r, 2 + Math.random() * 3));
  appendFileSync(log, '-' + id + '\\n');
  holders--;
  await release();
}));
`;

/** Runs `processes` children of `each` attempts on one folder; replays their shared log. */
async function contendAcrossProcesses(outDir: string, processes: number, each: number) {
  const dir = await tempDir();
  const script = join(dir, 'contend.mjs');
  const log = join(dir, 'holds.log');
  await writeFile(script, CHILD);
  await writeFile(log, '');
  const env = { ...process.env, LOCK_MODULE: pathToFileURL(join(ROOT, 'dist', 'export', 'lock.js')).href };
  const codes = await Promise.all(
    Array.from(
      { length: processes },
      () =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, [script, outDir, log, String(each)], {
            env,
            stdio: ['ignore', 'ignore', 'inherit'],
          });
          child.on('exit', resolve);
        }),
    ),
  );
  // Appends are ordered: replaying them gives the number of holders at every moment.
  let holders = 0;
  let maxHolders = 0;
  let acquired = 0;
  for (const line of (await readFile(log, 'utf8')).split('\n').filter(Boolean)) {
    holders += line.startsWith('+') ? 1 : -1;
    if (line.startsWith('+')) acquired++;
    maxHolders = Math.max(maxHolders, holders);
  }
  return { codes, acquired, maxHolders, holdersAtEnd: holders };
}

describe('the output lock', () => {
  it('has one holder at a time among 100 attempts in one process, and all of them get it', async () => {
    const out = await tempDir();
    expect(await contend(out, 100)).toEqual({ acquired: 100, maxHolders: 1 });
    expect(await leftovers(out)).toEqual([]);
  });

  it('has one holder at a time among 100 attempts in four processes, and all of them get it', async () => {
    const out = await tempDir();
    const result = await contendAcrossProcesses(out, 4, 25);
    expect(result).toEqual({ codes: [0, 0, 0, 0], acquired: 100, maxHolders: 1, holdersAtEnd: 0 });
    expect(await leftovers(out)).toEqual([]);
  });

  it('is taken over from a build that died, by exactly one of 100 attempts at a time (one process)', async () => {
    const out = await tempDir();
    await writeFile(
      join(out, LOCK_NAME),
      `${JSON.stringify({ pid: DEAD_PID, nonce: `${DEAD_PID}-0123456789abcdef` })}\n`,
    );
    expect(await contend(out, 100)).toEqual({ acquired: 100, maxHolders: 1 });
    expect(await leftovers(out)).toEqual([]);
  });

  it('is taken over from a build that died, by exactly one of 100 attempts at a time (four processes)', async () => {
    const out = await tempDir();
    await writeFile(
      join(out, LOCK_NAME),
      `${JSON.stringify({ pid: DEAD_PID, nonce: `${DEAD_PID}-0123456789abcdef` })}\n`,
    );
    const result = await contendAcrossProcesses(out, 4, 25);
    expect(result).toEqual({ codes: [0, 0, 0, 0], acquired: 100, maxHolders: 1, holdersAtEnd: 0 });
    expect(await leftovers(out)).toEqual([]);
  });

  it("is taken over from an older version's lock (no nonce) and from one this process's PID left before", async () => {
    for (const content of [
      { pid: DEAD_PID, started: '2025-01-01T00:00:00.000Z' },
      { pid: process.pid, nonce: `${process.pid}-ffffffffffffffff` },
    ]) {
      const out = await tempDir();
      await writeFile(join(out, LOCK_NAME), JSON.stringify(content));
      expect(await contend(out, 20)).toEqual({ acquired: 20, maxHolders: 1 });
      expect(await leftovers(out)).toEqual([]);
    }
  });

  it('waits for a lock whose content is still being written, and takes over one that never was', async () => {
    const out = await tempDir();
    const lock = join(out, LOCK_NAME);
    await writeFile(lock, '');
    await expect(lockOutput(out, { waitMs: 300 })).rejects.toBeInstanceOf(OutputLockedError);
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(lock, minuteAgo, minuteAgo);
    await (await lockOutput(out, { waitMs: 300 }))();
    expect(await leftovers(out)).toEqual([]);
  });

  it('leaves a dead lock alone while another build is taking it over, and never removes a live lock', async () => {
    const out = await tempDir();
    const lock = join(out, LOCK_NAME);
    const dead = `${DEAD_PID}-0123456789abcdef`;
    await writeFile(lock, JSON.stringify({ pid: DEAD_PID, nonce: dead }));
    // A live process is taking the dead lock over: it holds the takeover marker.
    const taker = spawn('sleep', ['60'], { stdio: 'ignore' });
    const marker = `${lock}.stale-${dead}`;
    await writeFile(marker, JSON.stringify({ pid: taker.pid, nonce: `${taker.pid}-1111111111111111` }));
    try {
      await expect(lockOutput(out, { waitMs: 400 })).rejects.toBeInstanceOf(OutputLockedError);
      expect(JSON.parse(await readFile(lock, 'utf8')).nonce).toBe(dead);
    } finally {
      taker.kill('SIGKILL');
      await new Promise((r) => taker.once('exit', r));
    }
    // The taker died half-way: its marker is a dead lock in turn, taken over the same way.
    const release = await lockOutput(out, { waitMs: 5_000 });
    const held = JSON.parse(await readFile(lock, 'utf8')) as { pid: number; nonce: string };
    expect(held.pid).toBe(process.pid);
    // A live lock (even this process's own) is waited for, never removed.
    await expect(lockOutput(out, { waitMs: 300 })).rejects.toThrow(
      `another build (pid ${process.pid}) is writing to ${out}`,
    );
    expect(JSON.parse(await readFile(lock, 'utf8')).nonce).toBe(held.nonce);
    await release();
    expect(await leftovers(out)).toEqual([]);
  });
});
