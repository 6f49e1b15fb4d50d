/**
 * PDF metadata: title, subject, author, keywords and creator, written as an
 * incremental update (a new document-information dictionary appended after
 * the file Chrome printed, the way PDF editors save). No byte of Chrome's
 * output moves, so the tags, the outline and the links stay exactly as
 * they were.
 */

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
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const trailers = [...text.matchAll(/trailer\s*<<([\s\S]*?)>>\s*startxref/g)];
  const trailer = trailers[trailers.length - 1]?.[1];
  const size = trailer && /\/Size\s+(\d+)/.exec(trailer)?.[1];
  const root = trailer && /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  // Without a classic cross-reference table to extend, the file is left as printed.
  if (!startxref || !trailer || !size || !root) return pdf;
  const oldInfoRef = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer);
  const oldInfo = oldInfoRef ? new RegExp(`(?:^|\\s)${oldInfoRef[1]}\\s+${oldInfoRef[2]}\\s+obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(text)?.[1] ?? '' : '';
  // Dates and producer carry over from Chrome's dictionary.
  const kept = ['CreationDate', 'ModDate', 'Producer']
    .map((key) => new RegExp(`/${key}\\s*(\\([^)]*\\)|<[^>]*>)`).exec(oldInfo)?.[0])
    .filter(Boolean)
    .join(' ');
  const entries = [
    info.title ? `/Title ${pdfText(info.title)}` : '',
    info.subject ? `/Subject ${pdfText(info.subject)}` : '',
    info.author ? `/Author ${pdfText(info.author)}` : '',
    info.keywords?.length ? `/Keywords ${pdfText(info.keywords.join(', '))}` : '',
    `/Creator ${pdfText(info.creator ?? 'roadmap-deck')}`,
    kept,
  ].filter(Boolean).join(' ');
  const number = Number(size);
  const objectOffset = pdf.length + 1;
  const object = `\n${number} 0 obj\n<< ${entries} >>\nendobj\n`;
  const xrefOffset = pdf.length + Buffer.byteLength(object, 'latin1');
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1];
  const update = `${object}xref\n${number} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${number + 1} /Root ${root} /Info ${number} 0 R /Prev ${startxref[1]}${id ? ` /ID ${id}` : ''} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([Buffer.from(pdf), Buffer.from(update, 'latin1')]));
}
