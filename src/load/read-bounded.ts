/**
 * Reading a file named by untrusted input without being turned against the
 * machine: only a regular file is read (never a FIFO that blocks for ever, a
 * device such as /dev/zero that never ends, or a socket), and never more
 * than a byte limit, even if the file grows while it is read.
 */
import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';

export type ReadRefusal =
  | { kind: 'missing'; cause: unknown }
  | { kind: 'not-a-file'; what: string }
  | { kind: 'too-large'; bytes: number };

export class ReadRefusedError extends Error {
  constructor(readonly refusal: ReadRefusal) {
    super(describeRefusal(refusal));
  }
}

export function describeRefusal(refusal: ReadRefusal): string {
  switch (refusal.kind) {
    case 'missing':
      return 'no such file';
    case 'not-a-file':
      return `is ${refusal.what}, not a regular file`;
    case 'too-large':
      return `is over ${(refusal.bytes / 1024 / 1024).toFixed(0)} MB`;
  }
}

/**
 * The bytes of a regular file, at most `maxBytes`. `O_NONBLOCK` makes opening
 * a FIFO return at once (it is then refused by its type); the type is checked
 * on the opened handle, so a file swapped after a check is never read.
 * `noFollow` refuses a symbolic link in the last path component.
 */
export async function readRegularFile(
  path: string,
  maxBytes: number,
  options: { noFollow?: boolean } = {},
): Promise<Buffer> {
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (options.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0);
  let handle: FileHandle;
  try {
    handle = await open(path, flags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new ReadRefusedError({ kind: 'not-a-file', what: 'a symbolic link' });
    if (code === 'ENXIO') throw new ReadRefusedError({ kind: 'not-a-file', what: 'a socket' });
    if (code === 'EISDIR') throw new ReadRefusedError({ kind: 'not-a-file', what: 'a directory' });
    throw new ReadRefusedError({ kind: 'missing', cause: error });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new ReadRefusedError({ kind: 'not-a-file', what: kindOf(info) });
    if (info.size > maxBytes) throw new ReadRefusedError({ kind: 'too-large', bytes: maxBytes });
    // /proc files report size 0 and files can grow: read until the end, refusing past the limit.
    let buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw new ReadRefusedError({ kind: 'too-large', bytes: maxBytes });
        const bigger = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) return buffer.subarray(0, length);
      length += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

function kindOf(info: import('node:fs').Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}
