/**
 * Crash-safe output: every file is written next to its target under a
 * temporary name and renamed into place, so a reader (or an interrupted
 * build) only ever sees the old file or the new one.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files still on disk, removed if the process is interrupted. */
const pending = new Set<string>();

export function pendingTemporaryFiles(): string[] {
  return [...pending];
}

/** Registers a file to be removed if the process is interrupted (a lock, a staging file). */
export function trackTemporaryFile(file: string): void {
  pending.add(file);
}

export function untrackTemporaryFile(file: string): void {
  pending.delete(file);
}

export async function removePendingTemporaryFiles(): Promise<void> {
  await Promise.all([...pending].map((file) => rm(file, { force: true })));
  pending.clear();
}

/** Writes several files so that each one appears complete or not at all. */
export async function writeFilesAtomically(files: { path: string; data: string | Uint8Array }[]): Promise<void> {
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      const temp = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      pending.add(temp);
      await writeFile(temp, file.data);
      staged.push({ temp, path: file.path });
    }
    // Only once every file is staged does any of them replace its old version.
    for (const { temp, path } of staged) {
      await rename(temp, path);
      pending.delete(temp);
    }
  } finally {
    await Promise.all(staged.filter(({ temp }) => pending.has(temp)).map(({ temp }) => rm(temp, { force: true }).then(() => pending.delete(temp))));
  }
}
