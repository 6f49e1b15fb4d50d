import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRegularFile, ReadRefusedError, type ReadRefusal } from '../../src/load/read-bounded.js';
import { sniffImageType } from '../../src/load/images.js';
import { tempDir } from '../helpers/paths.js';

let dir: string;

beforeAll(async () => {
  dir = await tempDir();
  await writeFile(join(dir, 'small.txt'), 'hello');
  await writeFile(join(dir, 'big.txt'), Buffer.alloc(200_000, 'a'));
  await mkdir(join(dir, 'folder'));
  execFileSync('mkfifo', [join(dir, 'pipe')]);
  await symlink(join(dir, 'small.txt'), join(dir, 'link.txt'));
});

const refusal = async (path: string, max = 100_000, noFollow = false): Promise<ReadRefusal | undefined> => {
  try {
    await readRegularFile(path, max, { noFollow });
    return undefined;
  } catch (error) {
    if (error instanceof ReadRefusedError) return error.refusal;
    throw error;
  }
};

describe('readRegularFile', () => {
  it('reads a regular file', async () => {
    expect((await readRegularFile(join(dir, 'small.txt'), 10)).toString()).toBe('hello');
  });
  const cases: [string, () => string, Partial<ReadRefusal>, number?, boolean?][] = [
    ['a missing file', () => join(dir, 'nope'), { kind: 'missing' }],
    ['a file over the limit', () => join(dir, 'big.txt'), { kind: 'too-large' }],
    ['a folder', () => join(dir, 'folder'), { kind: 'not-a-file', what: 'a directory' }],
    ['a FIFO, at once', () => join(dir, 'pipe'), { kind: 'not-a-file', what: 'a named pipe' }],
    ['/dev/zero, which never ends', () => '/dev/zero', { kind: 'not-a-file', what: 'a device' }],
    ['/proc/self/environ, which reports size 0, past the limit', () => '/proc/self/environ', { kind: 'too-large' }, 8],
    [
      'a symbolic link when links are refused',
      () => join(dir, 'link.txt'),
      { kind: 'not-a-file', what: 'a symbolic link' },
      100,
      true,
    ],
  ];
  for (const [name, path, expected, max, noFollow] of cases) {
    it(`refuses ${name}`, async () => expect(await refusal(path(), max, noFollow)).toMatchObject(expected));
  }
});

describe('sniffImageType', () => {
  const cases: [string, Uint8Array, string | undefined][] = [
    ['PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png'],
    ['JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
    ['GIF', Buffer.from('GIF89a....'), 'image/gif'],
    ['WebP', Buffer.from('RIFF\0\0\0\0WEBPVP8 '), 'image/webp'],
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'image/svg+xml'],
    [
      'SVG after a declaration and comment',
      Buffer.from('\uFEFF<?xml version="1.0"?>\n<!-- x -->\n<!DOCTYPE svg>\n<svg>'),
      'image/svg+xml',
    ],
    ['environment variables', Buffer.from('PATH=/usr/bin\0HOME=/root\0'), undefined],
    ['HTML', Buffer.from('<html><svg></svg></html>'), undefined],
    ['empty', new Uint8Array(), undefined],
  ];
  for (const [name, bytes, type] of cases) it(`${name} → ${type}`, () => expect(sniffImageType(bytes)).toBe(type));
});
