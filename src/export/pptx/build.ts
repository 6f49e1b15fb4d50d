/**
 * The PPTX file, built natively from the measured layout: one editable text
 * box per block (paragraphs, bullet levels, bold/italic/code runs, links),
 * badges as filled shapes, pictures as images, speaker notes, sections and
 * document properties. Text is always set as text; the library escapes XML.
 */
import JSZip from 'jszip';
import PptxModule from 'pptxgenjs';

// The package's types are read as CommonJS; at run time the ES build's default export is the class.
const PptxGenJS = PptxModule as unknown as typeof PptxModule.default;
type TextProps = PptxModule.default.TextProps;
type Slide = PptxModule.default.Slide;
import type { Block, Paragraph, SlideLayout, TextBlock } from './measure.js';

const PX_PER_IN = 96;
const PT_PER_PX = 0.75;

export interface PptxSlide {
  kind: string;
  title: string;
  notes: string;
  layout: SlideLayout;
}

export interface PptxInfo {
  title: string;
  subject?: string;
  author?: string;
  keywords: string[];
  lang: string;
}

const pt = (px: number) => Math.max(6, Math.round(px * PT_PER_PX * 10) / 10);
const inch = (px: number) => Math.round((px / PX_PER_IN) * 1000) / 1000;

/** The first family of a CSS font list, unquoted. */
function firstFont(css: string): string {
  const first = (css.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, '');
  return first && !/^(system-ui|sans-serif|serif|-apple-system)$/.test(first) ? first : 'Arial';
}

function runsOf(block: TextBlock, paragraphs: Paragraph[]): TextProps[] {
  const out: TextProps[] = [];
  paragraphs.forEach((p, i) => {
    p.runs.forEach((run, j) => {
      const last = j === p.runs.length - 1 && i < paragraphs.length - 1;
      const text = j === 0 ? run.text.replace(/^\s+/, '') : run.text;
      out.push({
        text: j === p.runs.length - 1 ? text.replace(/\s+$/, '') : text,
        options: {
          ...(p.fontPx && Math.abs(p.fontPx - block.fontPx) > 0.5 ? { fontSize: pt(p.fontPx) } : {}),
          bold: !!run.bold,
          ...(run.italic ? { italic: true } : {}),
          ...(run.code ? { fontFace: 'Courier New' } : {}),
          ...(run.colour && run.colour !== block.colour ? { color: run.colour } : {}),
          ...(run.href ? { hyperlink: { url: run.href, tooltip: run.href } } : {}),
          ...(j === 0 && p.level > 0
            ? { bullet: p.ordered ? { type: 'number' as const } : true, indentLevel: p.level - 1 }
            : {}),
          ...(last ? { breakLine: true } : {}),
        },
      });
    });
  });
  return out;
}

function addBlock(slide: Slide, block: Block, lang: string): void {
  const place = { x: inch(block.box.x), y: inch(block.box.y), w: inch(block.box.w), h: inch(block.box.h) };
  if (block.type === 'picture') {
    slide.addImage({ data: block.data, ...place });
    return;
  }
  // A box with no text of its own (a card, its coloured edge): a plain shape under what it holds.
  if (block.paragraphs.length === 0) {
    slide.addShape('rect' as PptxModule.default.ShapeType, {
      ...place,
      fill: block.fill ? { color: block.fill } : { type: 'none' },
      line: block.outline ? { color: block.outline, width: 0.75 } : { type: 'none' },
    });
    return;
  }
  // A little room: PowerPoint and LibreOffice lay text out slightly wider than Chromium.
  const w = block.align === 'left' && !block.fill ? Math.min(inch(block.box.w * 1.04), 13.333 - place.x) : place.w;
  slide.addText(runsOf(block, block.paragraphs), {
    ...place,
    w,
    margin: 0,
    lang,
    fontSize: pt(block.fontPx),
    fontFace: firstFont(block.font),
    color: block.colour || '000000',
    align: block.align,
    valign: block.fill ? 'middle' : 'top',
    fit: 'none',
    // A line Chromium kept whole stays whole (another renderer's wider glyphs would break it mid-word).
    wrap: !block.fill && block.box.h > block.fontPx * 1.9,
    ...(block.fill
      ? { fill: { color: block.fill }, shape: 'roundRect' as PptxModule.default.ShapeType, rectRadius: 0.08 }
      : {}),
  });
}

/** The whole deck as a PPTX package. */
export async function buildPptx(slides: PptxSlide[], info: PptxInfo): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = info.title;
  if (info.subject) pptx.subject = info.subject;
  if (info.author) pptx.author = info.author;
  pptx.company = '';
  let section: string | undefined;
  slides.forEach((s, i) => {
    if (s.kind === 'section' || i === 0) {
      section = `${i + 1}. ${s.title}`.slice(0, 200);
      pptx.addSection({ title: section });
    }
    const slide = pptx.addSlide(section ? { sectionTitle: section } : undefined);
    slide.background = { color: s.layout.background };
    for (const block of s.layout.blocks) addBlock(slide, block, info.lang);
    if (i > 0) slide.slideNumber = { x: 12.4, y: 7.0, w: 0.7, h: 0.3, fontSize: 10, color: '808080', align: 'right' };
    if (s.notes) slide.addNotes(s.notes);
  });
  const data = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return withKeywords(data, info);
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Keywords and language in the document properties (the library writes neither). */
async function withKeywords(data: Uint8Array, info: PptxInfo): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const core = await zip.file('docProps/core.xml')?.async('string');
  if (!core) return data;
  const extra = `<cp:keywords>${xmlText(info.keywords.join(', '))}</cp:keywords><dc:language>${xmlText(info.lang)}</dc:language>`;
  zip.file('docProps/core.xml', core.replace('</cp:coreProperties>', `${extra}</cp:coreProperties>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
