/**
 * Reads one roadmap file from disk into a `RoadmapSource`: checked, decoded
 * and split from its front matter. This is the only parsing step that touches
 * the file system.
 */
import { stemOf } from '../inputs.js';
import {
  EmptyInputError,
  InputEncodingError,
  InputNotFileError,
  InputNotFoundError,
  InputTooLargeError,
} from '../errors.js';
import { splitFrontMatter, type FrontMatter } from './front-matter.js';
import { describeRefusal, readRegularFile, ReadRefusedError } from './read-bounded.js';

/** Inputs larger than this are refused rather than risk a hang. */
const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export interface RoadmapSource {
  /** Path as given by the user. */
  file: string;
  /** File name without extension. */
  stem: string;
  /** Whole file text, line endings normalized to `\n`. */
  text: string;
  frontMatter: FrontMatter;
  /**
   * Markdown body with the front matter replaced by blank lines, so that
   * positions reported by the Markdown parser are positions in the file.
   */
  body: string;
}

export async function readSource(file: string): Promise<RoadmapSource> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file, MAX_INPUT_BYTES);
  } catch (error) {
    if (!(error instanceof ReadRefusedError)) throw error;
    const { refusal } = error;
    if (refusal.kind === 'missing') throw new InputNotFoundError('no such file', { file }, { cause: refusal.cause });
    if (refusal.kind === 'too-large') {
      throw new InputTooLargeError(
        `file is over ${MAX_INPUT_BYTES / 1024 / 1024} MB; roadmap pages that large are refused`,
        { file },
      );
    }
    if (refusal.what === 'a directory') throw new InputNotFileError('is a directory, not a roadmap file', { file });
    throw new InputNotFileError(`${describeRefusal(refusal)}; only regular files are read`, { file });
  }
  return sourceFromBytes(file, bytes);
}

/** Decodes and splits file bytes; exported for tests and for in-memory inputs. */
export function sourceFromBytes(file: string, bytes: Uint8Array): RoadmapSource {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputTooLargeError(`input over ${MAX_INPUT_BYTES / 1024 / 1024} MB is refused`, { file });
  }
  const text = decodeUtf8(file, bytes).replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new EmptyInputError('file is empty', { file });
  const { frontMatter, body } = splitFrontMatter(file, text);
  // (Front matter that holds lists of entries may be the page's roadmap, kept as data for its site.)
  if (body.trim() === '' && !frontMatter.itemLines)
    throw new EmptyInputError('file has front matter but no content', { file, line: 1 });
  return { file, stem: stemOf(file), text, frontMatter, body };
}

function decodeUtf8(file: string, bytes: Uint8Array): string {
  // A page saved as UTF-16 says so with its byte order mark (Windows editors do): read it as such.
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  if (utf16) return decodeUtf16(file, bytes, utf16);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new InputEncodingError('binary file (contains NUL bytes), not a Markdown roadmap', {
      file,
      line: lineAtByte(bytes, nul),
    });
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    const offset = firstInvalidUtf8(bytes);
    throw new InputEncodingError(
      'not valid UTF-8 text; save the file as UTF-8',
      {
        file,
        line: lineAtByte(bytes, offset),
      },
      { cause: error },
    );
  }
}

function decodeUtf16(file: string, bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
  } catch (error) {
    throw new InputEncodingError(
      `not valid ${encoding.toUpperCase()} text; save the file as UTF-8`,
      { file },
      { cause: error },
    );
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const line = text.slice(0, nul).split('\n').length;
    throw new InputEncodingError('binary file (contains NUL characters), not a Markdown roadmap', { file, line });
  }
  return text;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Byte offset of the first invalid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
