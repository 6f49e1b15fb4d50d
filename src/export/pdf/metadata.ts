/**
 * PDF metadata: title, subject, author, keywords and creator, written as an
 * incremental update (a new document-information dictionary appended after
 * the file Chrome printed, the way PDF editors save). No byte of Chrome's
 * output moves, so the tags, the outline and the links stay exactly as
 * they were.
 */

import { readObjectDictionary, readTrailer, referenceNumber } from './structure.js';

export interface PdfInfo {
  title?: string;
  subject?: string;
  author?: string;
  keywords?: string[];
  creator?: string;
}

/** A PDF text string: UTF-16BE with a byte-order mark, written in hex. */
function pdfText(value: string): string {
  let hex = 'FEFF';
  for (const unit of value) {
    const code = unit.codePointAt(0)!;
    if (code > 0xffff) {
      const v = code - 0x10000;
      hex += (0xd800 + (v >> 10)).toString(16).padStart(4, '0') + (0xdc00 + (v & 0x3ff)).toString(16).padStart(4, '0');
    } else {
      hex += code.toString(16).padStart(4, '0');
    }
  }
  return `<${hex.toUpperCase()}>`;
}

export function setPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  // The trailer the file's own last `startxref` points at: never a search of its text.
  const trailer = readTrailer(text);
  const size = trailer?.entries.get('Size');
  const root = trailer?.entries.get('Root');
  // Without a classic cross-reference table to extend, the file is left as printed.
  if (!trailer || !size || !/^\d+$/.test(size) || referenceNumber(root) === undefined) return pdf;
  const infoNumber = referenceNumber(trailer.entries.get('Info'));
  const oldInfo = infoNumber === undefined ? undefined : readObjectDictionary(text, trailer, infoNumber)?.entries;
  // Dates and producer carry over from Chrome's dictionary.
  const kept = ['CreationDate', 'ModDate', 'Producer']
    .map((key) => {
      const value = oldInfo?.get(key);
      return value && /^[(<]/.test(value) ? `/${key} ${value}` : '';
    })
    .filter(Boolean)
    .join(' ');
  const entries = [
    info.title ? `/Title ${pdfText(info.title)}` : '',
    info.subject ? `/Subject ${pdfText(info.subject)}` : '',
    info.author ? `/Author ${pdfText(info.author)}` : '',
    info.keywords?.length ? `/Keywords ${pdfText(info.keywords.join(', '))}` : '',
    `/Creator ${pdfText(info.creator ?? 'roadmap-deck')}`,
    kept,
  ]
    .filter(Boolean)
    .join(' ');
  const number = Number(size);
  const objectOffset = pdf.length + 1;
  const object = `\n${number} 0 obj\n<< ${entries} >>\nendobj\n`;
  const xrefOffset = pdf.length + Buffer.byteLength(object, 'latin1');
  const id = trailer.entries.get('ID');
  const update = `${object}xref\n${number} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${number + 1} /Root ${root} /Info ${number} 0 R /Prev ${trailer.xrefOffset}${id?.startsWith('[') ? ` /ID ${id}` : ''} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([Buffer.from(pdf), Buffer.from(update, 'latin1')]));
}

/**
 * The document-information dictionaries the file's trailers name (its own and
 * those of earlier revisions), as offset ranges: the only places where its
 * dates are. Empty when the file has no classic cross-reference table.
 */
export function infoDictionaryRanges(pdf: Uint8Array | string): { start: number; end: number }[] {
  const text = typeof pdf === 'string' ? pdf : Buffer.from(pdf).toString('latin1');
  const trailer = readTrailer(text);
  if (!trailer) return [];
  const numbers = new Set(
    trailer.chain.map((entries) => referenceNumber(entries.get('Info'))).filter((n) => n !== undefined),
  );
  return [...numbers].flatMap((n) => {
    const found = readObjectDictionary(text, trailer, n);
    return found ? [{ start: found.start, end: found.end }] : [];
  });
}
