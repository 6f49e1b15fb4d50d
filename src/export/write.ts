/**
 * Crash-safe output: every file is written next to its target under a
 * temporary name and renamed into place, so a reader (or an interrupted
 * build) only ever sees the old file or the new one. A write that fails
 * (full disk, read-only folder) removes its temporary files and says which
 * output it could not write, in one line.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { getSystemErrorMap } from 'node:util';
import { OutputWriteError, RoadmapError } from '../errors.js';

/** Temporary files still on disk, removed if the process is interrupted. */
const pending = new Set<string>();

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

/** `output/x/x.pdf` when under the working folder, else the absolute path. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/**
 * "cannot write output/x/x.pdf: no space left on device": the output the user asked for, and the
 * system's reason in its own words. `mkdir -p` over a file says EEXIST; that is a file standing
 * where a folder is needed, so it reads as "not a directory".
 */
export function cannotWrite(error: unknown, path: string): RoadmapError {
  if (error instanceof RoadmapError) return error;
  const errno = error as NodeJS.ErrnoException;
  const code = errno.code === 'EEXIST' && errno.syscall === 'mkdir' ? 'ENOTDIR' : errno.code;
  const known = typeof errno.errno === 'number' ? getSystemErrorMap().get(errno.errno) : undefined;
  const reason = code === 'ENOTDIR' ? 'not a directory' : (known?.[1] ?? String(errno.message ?? error).split('\n')[0]);
  return new OutputWriteError(`cannot write ${shown(path)}: ${reason}`, path, { cause: error });
}

/**
 * Writes several files so that each one appears complete or not at all. Every
 * path must lie inside `root` (the output folder): names come partly from
 * pages, and a page must never make the build write anywhere else.
 */
export async function writeFilesAtomically(
  root: string,
  files: { path: string; data: string | Uint8Array }[],
): Promise<void> {
  for (const { path } of files) {
    const rel = relative(resolve(root), resolve(path));
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
      throw new OutputWriteError(
        `refusing to write ${shown(path)}: it is outside the output folder ${shown(root)}`,
        path,
      );
    }
  }
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true }).catch((error: unknown) => {
        throw cannotWrite(error, file.path);
      });
      const temp = join(
        dirname(file.path),
        `.${basename(file.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
      );
      // Staged before the write: a write that fails half-way (full disk) leaves a file to remove too.
      pending.add(temp);
      staged.push({ temp, path: file.path });
      await writeFile(temp, file.data, { flag: 'wx' }).catch((error: unknown) => {
        throw cannotWrite(error, file.path);
      });
    }
    // Only once every file is staged does any of them replace its old version.
    for (const { temp, path } of staged) {
      await rename(temp, path).catch((error: unknown) => {
        throw cannotWrite(error, path);
      });
      pending.delete(temp);
    }
  } finally {
    // A temporary file that cannot be removed now stays listed, for the removal at exit.
    await Promise.all(
      staged
        .filter(({ temp }) => pending.has(temp))
        .map(({ temp }) =>
          rm(temp, { force: true }).then(
            () => pending.delete(temp),
            () => undefined,
          ),
        ),
    );
  }
}
