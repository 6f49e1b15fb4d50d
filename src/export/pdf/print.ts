/**
 * Printing a loaded page to PDF with Chrome: backgrounds, tagged structure
 * and a document outline built from the slide headings.
 */
import type { Page, PDFOptions } from 'puppeteer';

export interface PrintOptions {
  timeoutMs: number;
  /** Paper for handouts; slides take their page size from CSS. */
  format?: 'A4' | 'Letter';
  headerFooter?: { header: string; footer: string };
  margin?: PDFOptions['margin'];
}

export async function printPdf(page: Page, options: PrintOptions): Promise<Uint8Array> {
  return page.pdf({
    printBackground: true,
    preferCSSPageSize: !options.format,
    ...(options.format ? { format: options.format } : {}),
    tagged: true,
    outline: true,
    timeout: options.timeoutMs,
    ...(options.headerFooter
      ? { displayHeaderFooter: true, headerTemplate: options.headerFooter.header, footerTemplate: options.headerFooter.footer }
      : {}),
    ...(options.margin ? { margin: options.margin } : {}),
  });
}

/** Waits until fonts and images are ready: no fixed delays. */
export async function waitForAssets(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(Array.from(document.images).map((img) => (img.complete ? undefined : img.decode().catch(() => undefined))));
  });
}
