/**
 * Reading the few parts of a PDF's structure that metadata needs: the last
 * cross-reference table (where the final `startxref` points), its trailer,
 * and the objects it locates. Positions come only from the file's own
 * pointers, never from searching its text: the text of a slide (an outline
 * title, say) can spell `trailer << /Root … >>` or `/ModDate (D:…)`, and a
 * search would take that for the real thing and corrupt the file.
 */

export interface Trailer {
  /** Raw values of the trailer dictionary, by key (`Size` → `12`, `Root` → `3 0 R`). */
  entries: Map<string, string>;
  /** This trailer's entries, then those of each earlier table's trailer (`/Prev`), newest first. */
  chain: Map<string, string>[];
  /** Offset of the cross-reference table the final `startxref` names. */
  xrefOffset: number;
  /** Byte offset of an in-use object by number, from this table and the ones before it (`/Prev`). */
  offsetOf(object: number): number | undefined;
}

const WHITESPACE = /[\0\t\n\f\r ]/;
const DELIMITER = /[\0\t\n\f\r ()<>[\]{}/%]/;
/** Tables followed through `/Prev`: Chrome writes one; an edited file a few. */
const MAX_SECTIONS = 64;

/** The trailer of the file's last cross-reference table; undefined when it has none (a cross-reference stream). */
export function readTrailer(text: string): Trailer | undefined {
  const tail = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  if (!tail) return undefined;
  const xrefOffset = Number(tail[1]);
  const first = readSection(text, xrefOffset);
  if (!first) return undefined;
  const sections = [first];
  for (
    let prev = first.entries.get('Prev');
    prev && sections.length < MAX_SECTIONS;
    prev = sections[sections.length - 1]!.entries.get('Prev')
  ) {
    const offset = Number(prev);
    // Each earlier table lies before the one naming it: no loop.
    if (!/^\d+$/.test(prev) || offset >= sections[sections.length - 1]!.at) break;
    const section = readSection(text, offset);
    if (!section) break;
    sections.push(section);
  }
  return {
    entries: first.entries,
    chain: sections.map((section) => section.entries),
    xrefOffset,
    offsetOf: (object) => {
      for (const section of sections) if (section.offsets.has(object)) return section.offsets.get(object);
      return undefined;
    },
  };
}

/** The dictionary of object `number` (`N G obj << … >>`) as raw values, with where it lies; undefined when it is not one. */
export function readObjectDictionary(
  text: string,
  trailer: Trailer,
  number: number,
): { entries: Map<string, string>; start: number; end: number } | undefined {
  const offset = trailer.offsetOf(number);
  if (offset === undefined) return undefined;
  const head = new RegExp(`${number}\\s+\\d+\\s+obj\\s*`, 'y');
  head.lastIndex = offset;
  if (!head.exec(text)) return undefined;
  try {
    const { entries, end } = readDictionary(text, head.lastIndex);
    return { entries, start: head.lastIndex, end };
  } catch {
    return undefined;
  }
}

/** An indirect reference `N G R` as its object number. */
export function referenceNumber(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^(\d+)\s+\d+\s+R$/.exec(value);
  return match ? Number(match[1]) : undefined;
}

interface Section {
  at: number;
  entries: Map<string, string>;
  offsets: Map<number, number>;
}

/** `xref`, its subsections of 20-byte entries, then `trailer << … >>`. */
function readSection(text: string, at: number): Section | undefined {
  if (!text.startsWith('xref', at)) return undefined;
  const offsets = new Map<number, number>();
  const subsection = /\s*(\d+)\s+(\d+)[ \t]*\r?\n/y;
  const entry = /(\d{10}) (\d{5}) ([nf])[ \r\n]{2}/y;
  let pos = at + 4;
  for (;;) {
    subsection.lastIndex = pos;
    const header = subsection.exec(text);
    if (!header) break;
    const start = Number(header[1]);
    const count = Number(header[2]);
    pos = subsection.lastIndex;
    for (let i = 0; i < count; i++) {
      entry.lastIndex = pos;
      const found = entry.exec(text);
      if (!found) return undefined;
      if (found[3] === 'n' && !offsets.has(start + i)) offsets.set(start + i, Number(found[1]));
      pos = entry.lastIndex;
    }
  }
  const keyword = /\s*trailer\s*/y;
  keyword.lastIndex = pos;
  if (!keyword.exec(text)) return undefined;
  try {
    return { at, entries: readDictionary(text, keyword.lastIndex).entries, offsets };
  } catch {
    return undefined;
  }
}

/** A dictionary starting at `<<`: each key's raw value, and the offset after `>>`. Throws on malformed input. */
function readDictionary(text: string, start: number): { entries: Map<string, string>; end: number } {
  if (!text.startsWith('<<', start)) throw new Error('not a dictionary');
  const entries = new Map<string, string>();
  let pos = start + 2;
  for (;;) {
    pos = skipSpace(text, pos);
    if (text.startsWith('>>', pos)) return { entries, end: pos + 2 };
    if (text[pos] !== '/') throw new Error('dictionary key expected');
    const keyEnd = tokenEnd(text, pos + 1);
    const key = text.slice(pos + 1, keyEnd);
    const valueStart = skipSpace(text, keyEnd);
    const valueEnd = valueEndAt(text, valueStart);
    if (!entries.has(key)) entries.set(key, text.slice(valueStart, valueEnd));
    pos = valueEnd;
  }
}

/** The end of the object that starts at `pos`: string, hex string, name, array, dictionary, number or reference. */
function valueEndAt(text: string, pos: number): number {
  const c = text[pos];
  if (c === undefined) throw new Error('value expected');
  if (text.startsWith('<<', pos)) return readDictionary(text, pos).end;
  if (c === '<') {
    const close = text.indexOf('>', pos);
    if (close === -1) throw new Error('unclosed hex string');
    return close + 1;
  }
  if (c === '(') return literalEnd(text, pos);
  if (c === '[') {
    let at = skipSpace(text, pos + 1);
    while (text[at] !== ']') at = skipSpace(text, valueEndAt(text, at));
    return at + 1;
  }
  if (c === '/') return tokenEnd(text, pos + 1);
  const end = tokenEnd(text, pos);
  if (end === pos) throw new Error('value expected');
  // `12 0 R` is one value.
  const reference = /\s+\d+\s+R(?=[\0\t\n\f\r ()<>[\]{}/%]|$)/y;
  reference.lastIndex = end;
  return /^\d+$/.test(text.slice(pos, end)) && reference.exec(text) ? reference.lastIndex : end;
}

/** After a literal string `( … )`: balanced parentheses, backslash escapes. */
function literalEnd(text: string, pos: number): number {
  let depth = 0;
  for (let i = pos; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new Error('unclosed string');
}

function tokenEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !DELIMITER.test(text[i]!)) i++;
  return i;
}

function skipSpace(text: string, pos: number): number {
  let i = pos;
  for (;;) {
    while (i < text.length && WHITESPACE.test(text[i]!)) i++;
    if (text[i] !== '%') return i;
    while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  }
}
