/** Pages saved as UTF-16 with a byte order mark are read as text; what is not text is still refused. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';

const PAGE = '# Roadmap\r\n\r\n## Now\r\n\r\n- Plugins ✅\r\n- Thèmes 🚧\r\n';
const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return new Uint8Array([0xfe, 0xff, ...le]);
};

describe('a page saved as UTF-16', () => {
  it.each([
    ['UTF-16 little-endian', utf16le(PAGE)],
    ['UTF-16 big-endian', utf16be(PAGE)],
    ['UTF-8 with a byte order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(PAGE)])],
  ])('%s reads as the same text', (_, bytes) => {
    expect(sourceFromBytes('page.md', bytes).text).toBe(PAGE.replace(/\r\n/g, '\n'));
  });

  it('refuses UTF-16 that holds NUL characters, naming the line', () => {
    expect(() => sourceFromBytes('page.md', utf16le('# Roadmap\n\n- a\0b\n'))).toThrow(/NUL characters/);
    try {
      sourceFromBytes('page.md', utf16le('# Roadmap\n\n- a\0b\n'));
    } catch (error) {
      expect((error as { line?: number }).line).toBe(3);
    }
  });

  it('refuses a UTF-16 page cut in the middle of a character', () => {
    expect(() => sourceFromBytes('page.md', new Uint8Array([0xff, 0xfe, 0x23, 0x00, 0x3d]))).toThrow(
      /not valid UTF-16LE text/,
    );
  });

  it('still refuses a binary file without a byte order mark', () => {
    expect(() => sourceFromBytes('page.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))).toThrow(
      /binary file/,
    );
  });
});
