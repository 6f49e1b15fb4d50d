/** Reads real PDFs in tests: text per page, link annotations, outline, metadata. */
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  text: string;
  links: string[];
  internalLinks: number;
  /** The page (1-based) each internal link goes to, in the order the page lists them. */
  internalTargets: number[];
}

export interface PdfSummary {
  pages: PdfPage[];
  outline: { title: string; items: { title: string }[] }[];
  info: Record<string, unknown>;
}

export async function readPdf(file: string): Promise<PdfSummary> {
  const data = new Uint8Array(await readFile(file));
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ' '}` : '')).join('');
    const annotations = await page.getAnnotations();
    const links = annotations.filter((a) => a.subtype === 'Link' && a.url).map((a) => a.url as string);
    const internal = annotations.filter((a) => a.subtype === 'Link' && !a.url && a.dest);
    const internalTargets: number[] = [];
    for (const a of internal) {
      const dest = typeof a.dest === 'string' ? await doc.getDestination(a.dest) : a.dest;
      internalTargets.push(dest?.[0] ? (await doc.getPageIndex(dest[0])) + 1 : 0);
    }
    pages.push({ text: text.replace(/\s+/g, ' '), links, internalLinks: internal.length, internalTargets });
  }
  const outline = ((await doc.getOutline()) ?? []).map((o) => ({
    title: o.title,
    items: (o.items ?? []).map((c) => ({ title: c.title })),
  }));
  // pdf.js types the info dictionary as a bare Object.
  const info = (await doc.getMetadata()).info as Record<string, unknown>;
  await doc.destroy();
  return { pages, outline, info };
}

/**
 * Text reduced for comparison: PDF text extraction splits runs at links and
 * ligatures ("e ff orts"), so all whitespace is removed on both sides, and it
 * drops the emoji presentation selector (U+FE0F) a glyph does not print. A CJK
 * font may map an ideograph's glyph to its compatibility twin ("支" read back as
 * the Kangxi radical "⽀"): both sides are compared in NFKC.
 */
export function squash(text: string): string {
  return text.normalize('NFKC').replace(/(?:\s|\u00a0|\ufe0e|\ufe0f)+/g, '');
}

/**
 * Whether squashed page text holds squashed `text`. An ideograph may also come back as a CJK
 * radical-supplement character ("齐" as "⻬"), which has no NFKC form: it stands for any ideograph.
 */
export function holdsText(page: string, text: string): boolean {
  const [haystack, needle] = [squash(page), squash(text)];
  if (haystack.includes(needle)) return true;
  const pattern = [...needle]
    .map((c) => (/\p{Script=Han}/u.test(c) ? `(?:${c}|[\u2e80-\u2eff])` : c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')))
    .join('');
  return new RegExp(pattern, 'u').test(haystack);
}
