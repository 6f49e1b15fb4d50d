/** `--format pptx`: the fitted deck in the page → an editable PowerPoint file. */
import type { Page } from 'puppeteer-core';
import type { PdfInfo } from '../pdf/metadata.js';
import { buildPptx } from './build.js';
import { measureLayout, type SlideLayout } from './measure.js';

interface Deck {
  deck: { slides: { kind: string; title: string }[] };
  marped: { notes: string[] };
}

/** Every link of a slide, written out so the notes carry them. */
function linksOf(layout: SlideLayout): string[] {
  const urls = new Set<string>();
  for (const b of layout.blocks)
    if (b.type === 'text') for (const p of b.paragraphs) for (const r of p.runs) if (r.href) urls.add(r.href);
  return [...urls];
}

/** Measures the page as it stands (fitted, laid out for print) and builds the PPTX from it. */
export async function pptxFile(page: Page, current: Deck, info: PdfInfo, lang: string): Promise<Uint8Array> {
  const layouts = await measureLayout(page);
  const slides = current.deck.slides.map((s, i) => {
    const layout = layouts[i] ?? { background: 'FFFFFF', blocks: [] };
    const links = linksOf(layout);
    const notes = [current.marped.notes[i] ?? '', ...(links.length ? [links.join('\n')] : [])]
      .filter((n) => n.trim())
      .join('\n\n');
    return { kind: s.kind, title: s.title, notes, layout };
  });
  return buildPptx(slides, {
    title: info.title ?? '',
    subject: info.subject,
    author: info.author,
    keywords: info.keywords ?? [],
    lang,
  });
}
