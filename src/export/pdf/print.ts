/**
 * Printing a loaded page to PDF with Chrome: backgrounds, tagged structure
 * and a document outline built from the slide headings.
 */
import type { Page, PDFOptions } from 'puppeteer-core';
import { infoDictionaryRanges, setPdfInfo, type PdfInfo } from './metadata.js';

interface PrintOptions {
  timeoutMs: number;
  /** Document metadata written into the PDF. */
  info?: PdfInfo;
  /** Paper for handouts; slides take their page size from CSS. */
  format?: 'A4' | 'Letter';
  /** The paper on its side (with `format`). */
  landscape?: boolean;
  headerFooter?: { header: string; footer: string };
  margin?: PDFOptions['margin'];
}

export async function printPdf(page: Page, options: PrintOptions): Promise<Uint8Array> {
  const printed = await page.pdf({
    printBackground: true,
    preferCSSPageSize: !options.format,
    ...(options.format ? { format: options.format, landscape: options.landscape ?? false } : {}),
    tagged: true,
    outline: true,
    timeout: options.timeoutMs,
    ...(options.headerFooter
      ? {
          displayHeaderFooter: true,
          headerTemplate: options.headerFooter.header,
          footerTemplate: options.headerFooter.footer,
        }
      : {}),
    ...(options.margin ? { margin: options.margin } : {}),
  });
  return stampPdfDates(options.info ? setPdfInfo(printed, options.info) : printed);
}

/** Waits until fonts and images are ready: no fixed delays. */
export async function waitForAssets(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(
      Array.from(document.images).map((img) => (img.complete ? undefined : img.decode().catch(() => undefined))),
    );
  });
}

/**
 * Reproducible PDFs: Chrome writes the current time as the creation and
 * modification dates. With SOURCE_DATE_EPOCH set (reproducible-builds.org),
 * both dates become that time. The dates sit in an uncompressed info
 * dictionary and are replaced by strings of the same length, so no byte
 * offset in the file moves.
 */
export function stampPdfDates(pdf: Uint8Array, epoch = process.env.SOURCE_DATE_EPOCH): Uint8Array {
  if (!epoch || !/^\d+$/.test(epoch)) return pdf;
  const when = new Date(Number(epoch) * 1000).toISOString().replace(/[-:T]/g, '').slice(0, 14);
  let text = Buffer.from(pdf).toString('latin1');
  const original = text;
  // Only inside the information dictionaries the trailers name: a slide's text can spell a date entry too.
  for (const { start, end } of infoDictionaryRanges(text)) {
    const stamped = text
      .slice(start, end)
      .replace(/\/(CreationDate|ModDate) \(D:\d{14}([^)]*)\)/g, (whole, key: string, zone: string) => {
        const utc = zone.length === 7 ? "+00'00'" : zone.length === 1 ? 'Z' : zone;
        const replacement = `/${key} (D:${when}${utc})`;
        return replacement.length === whole.length ? replacement : whole;
      });
    text = text.slice(0, start) + stamped + text.slice(end);
  }
  return text === original ? pdf : new Uint8Array(Buffer.from(text, 'latin1'));
}
