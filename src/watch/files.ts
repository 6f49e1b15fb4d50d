/**
 * Serving a file of the output folder: only a regular file whose real path
 * (every link resolved) lies inside the real output folder, never one of the
 * build's own files, and HTML pages with the live-reload script added.
 */
import { constants } from 'node:fs';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { withLiveReload } from './live-reload.js';
import { COMMON_HEADERS, isInternalName } from './request-guard.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

export type FoundFile = { status: 200; handle: FileHandle; path: string; size: number } | { status: 403 | 404 };

/** Whether `path` is `root` or lies below it (both real paths). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

async function realTarget(root: string, segments: string[]): Promise<{ realRoot: string; real: string } | undefined> {
  try {
    const realRoot = await realpath(root);
    let real = await realpath(join(realRoot, ...segments));
    if ((await stat(real)).isDirectory()) real = await realpath(join(real, 'index.html'));
    return { realRoot, real };
  } catch {
    return undefined;
  }
}

// O_NOFOLLOW: a link swapped in after the checks is refused, not followed. O_NONBLOCK: a FIFO
// placed in the folder does not hold a thread waiting for a writer (it is then refused as no file).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** The file that `segments` names under `root`, opened, or the status to answer instead. */
export async function lookUpFile(root: string, segments: string[]): Promise<FoundFile> {
  if (segments.some(isInternalName)) return { status: 404 };
  const target = await realTarget(root, segments);
  if (!target) return { status: 404 };
  if (!isInside(target.realRoot, target.real)) return { status: 403 };
  // A link inside the folder may still lead to one of the build's own files.
  if (relative(target.realRoot, target.real).split(sep).some(isInternalName)) return { status: 404 };
  let handle: FileHandle;
  try {
    handle = await open(target.real, OPEN_FLAGS);
  } catch {
    return { status: 404 };
  }
  const info = await handle.stat().catch(() => undefined);
  if (!info?.isFile()) {
    await handle.close();
    return { status: 404 };
  }
  return { status: 200, handle, path: target.real, size: info.size };
}

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Answers with a found file and closes it. */
export async function sendFile(res: ServerResponse, file: Extract<FoundFile, { status: 200 }>): Promise<void> {
  const type = contentType(file.path);
  if (type.startsWith('text/html')) {
    let html: string;
    try {
      html = await file.handle.readFile('utf8');
    } finally {
      await file.handle.close();
    }
    res.writeHead(200, { ...COMMON_HEADERS, 'content-type': type }).end(withLiveReload(html));
    return;
  }
  res.writeHead(200, { ...COMMON_HEADERS, 'content-type': type, 'content-length': file.size });
  // The stream closes the file however it ends; a page closed mid-download is no server error.
  await pipeline(file.handle.createReadStream(), res).catch(() => res.destroy());
}
