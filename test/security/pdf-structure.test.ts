/**
 * PDF metadata is written against the file's real structure: the trailer the
 * last `startxref` points at and the objects its table locates. A slide whose
 * text spells a trailer or a date entry (outline titles are written as PDF
 * strings) can neither redirect the update nor be rewritten by it.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { setPdfInfo } from '../../src/export/pdf/metadata.js';
import { stampPdfDates } from '../../src/export/pdf/print.js';
import { readTrailer } from '../../src/export/pdf/structure.js';
import { tempDir } from '../helpers/paths.js';

const FAKE = 'trailer << /Size 2 /Root 3 0 R /ID [<00><00>] /ModDate (D:20990101000000Z)';

/** A small PDF with a classic cross-reference table, a slide-text string spelling a trailer, and an info dictionary. */
function samplePdf(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /Outlines 3 0 R >>',
    '<< /Type /Pages /Kids [] /Count 0 >>',
    `<< /Type /Outlines /Title (${FAKE}) >>`,
    "<< /Producer (Skia/PDF) /CreationDate (D:20240101000000+00'00') /ModDate (D:20240101000000+00'00') >>",
  ];
  let pdf = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R /ID [<AB><AB>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return pdf;
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('the real trailer', () => {
  it('is the one the last startxref points at, not text that spells one', () => {
    const updated = latin1(setPdfInfo(Buffer.from(samplePdf(), 'latin1'), { title: 'Deck' }));
    const trailer = readTrailer(updated)!;
    expect(Object.fromEntries(trailer.entries)).toMatchObject({
      Size: '6',
      Root: '1 0 R',
      Info: '5 0 R',
      ID: '[<AB><AB>]',
    });
    expect(trailer.entries.get('Prev')).toBe(String(samplePdf().lastIndexOf('\nxref\n') + 1));
    // Chrome's dates carried over from the real info dictionary, not from the slide's text.
    expect(updated.slice(updated.lastIndexOf('5 0 obj'))).toContain("/CreationDate (D:20240101000000+00'00')");
    expect(updated).toContain(FAKE);
  });

  it('dates are stamped only in the information dictionaries', () => {
    const updated = setPdfInfo(Buffer.from(samplePdf(), 'latin1'), { title: 'Deck' });
    const stamped = latin1(stampPdfDates(updated, '1700000000'));
    expect(stamped).toContain(FAKE);
    expect(stamped.match(/\/CreationDate \(D:20231114221320\+00'00'\)/g)).toHaveLength(2);
    expect(stamped).not.toContain('D:20240101000000');
  });

  it('a file without a classic table (a cross-reference stream) is left as printed', () => {
    const pdf = Buffer.from(samplePdf().replace(/xref\n[\s\S]*$/, 'startxref\n12\n%%EOF\n'), 'latin1');
    expect(setPdfInfo(pdf, { title: 'Deck' })).toBe(pdf);
  });
});

describe('a heading that spells a trailer', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('leaves both PDFs readable, with their metadata and the heading as text', async () => {
    const dir = await tempDir();
    const heading = 'trailer << /Size 2 /Root 3 0 R /ID [<00><00>]';
    await writeFile(
      join(dir, 'acme.md'),
      `# Acme Roadmap\n\n## Now\n\n### ${heading}\n\nText.\n\n### /ModDate (D:20990101000000Z)\n\nMore.\n`,
    );
    const result = await build({
      files: [join(dir, 'acme.md')],
      outDir: join(dir, 'out'),
      browser: session,
      formats: ['pdf', 'handout'],
      diff: false,
    });
    expect(result.failures).toEqual([]);
    const pdfs = result.editions[0]!.files.filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toHaveLength(2);
    for (const pdf of pdfs) {
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/^Title:\s+Acme Roadmap/m);
      expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBeGreaterThan(0);
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('trailer << /Size 2 /Root 3 0 R');
      expect(readTrailer(await readFile(pdf, 'latin1'))?.entries.get('Size')).not.toBe('2');
    }
  });
});
