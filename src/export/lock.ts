/**
 * One build at a time per output folder: a lock file holding the builder's
 * PID. A second build waits its turn (up to a limit, then stops with a clear
 * message); a lock left by a process that no longer runs is taken over.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { OutputLockedError } from '../errors.js';
import { trackTemporaryFile, untrackTemporaryFile } from './write.js';

export const LOCK_NAME = '.roadmap-deck.lock';

/** Whether a process with this PID is running (one we may not signal counts). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface LockOptions {
  /** How long to wait for another build to finish. */
  waitMs?: number;
  onWait?: (holderPid: number) => void;
}

/** Takes the lock on `outDir`; resolves to the function that releases it. */
export async function lockOutput(outDir: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, LOCK_NAME);
  const deadline = Date.now() + (options.waitMs ?? 120_000);
  let told = false;
  for (;;) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${JSON.stringify({ pid: process.pid, started: new Date().toISOString() })}\n`);
      await handle.close();
      trackTemporaryFile(file);
      return async () => {
        untrackTemporaryFile(file);
        await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(JSON.parse(await readFile(file, 'utf8').catch(() => '{}') || '{}').pid);
    if (!holder || !isAlive(holder)) {
      // Left behind by a build that was killed: take it over.
      await rm(file, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new OutputLockedError(`another build (pid ${holder}) is writing to ${outDir}; run again when it has finished`, { file: outDir });
    }
    if (!told) {
      options.onWait?.(holder);
      told = true;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}
