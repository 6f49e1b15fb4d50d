/**
 * export: one edition → its output files. Renders, lays the deck out in the
 * browser page it was given, fits every slide, then prints from that same
 * page. Nothing is written here: files come back as data for the caller to
 * write atomically.
 */
import { basename, join } from 'node:path';
import type { Marp } from '@marp-team/marp-core';
import { RenderTimeoutError, TemplateError } from '../errors.js';
import type { Format } from '../formats.js';
import { wordsFor, type Words } from '../i18n/index.js';
import { renderMarp, type MarpOutput } from '../marp/index.js';
import type { Diagnostic, RoadmapEdition } from '../model/types.js';
import { withLabel, shownLabel } from '../model/label.js';
import { roadmapName } from '../model/types.js';
import { fitCss, type SlideFit } from '../render/fit-plan.js';
import { renderDeck, type RenderOptions, type SlideInfo, type TemplateSet } from '../render/index.js';
import type { BlockedPage } from './browser/launch.js';
import { fitSlides, measureSlides, type SlideMeasure } from './fit.js';
import { findMissingGlyphs, glyphWarnings } from './glyphs.js';
import { deckHtml } from './html/deck-html.js';
import { handoutFooter, handoutHtml, type HandoutLayout } from './html/handout-html.js';
import { HANDOUT_MARGIN } from './html/handout-layout.js';
import type { HandoutOrientation } from '../settings/defaults.js';
import type { PdfInfo } from './pdf/metadata.js';
import { printPdf, waitForAssets } from './pdf/print.js';
import { MANIFEST, type ChangeCounts, type DeckManifest } from './index-page.js';
import type { ExportStage } from './stage.js';
import { pptxFile } from './pptx/index.js';

export { FORMATS, type Format } from '../formats.js';

export interface ExportOptions {
  outDir: string;
  formats: Format[];
  timeoutMs: number;
  paper: 'A4' | 'Letter';
  handoutLayout: HandoutLayout;
  /** Default portrait. */
  handoutOrientation?: HandoutOrientation;
  /** Ruled note lines beside each handout slide. */
  handoutLines?: boolean;
  /** What changed since the previous edition, for the index page. */
  changes?: ChangeCounts;
  /** Author notes in the handout (layout 1), above each initiative's full text. */
  handoutNotes?: boolean;
  /** What to render; `render.lang` is the deck's language. */
  render: RenderOptions;
  /** The page's text, to point warnings about missing fonts at its lines. */
  sourceText?: string;
  /** Extra PDF metadata. */
  pdfInfo?: { author?: string };
  /** Write `preview.png` (the title slide, small) for the index page; default: with html. */
  preview?: boolean;
  /** Told what the export is doing, for progress displays. */
  onStage?: (stage: ExportStage) => void;
}

interface OutputFile {
  format: Format | 'manifest';
  path: string;
  data: string | Uint8Array;
}

export interface ExportedEdition {
  files: OutputFile[];
  slides: SlideInfo[];
  /** Final measurement of every slide (after fitting). */
  measures: SlideMeasure[];
  fit: Record<number, SlideFit>;
  warnings: Diagnostic[];
  /** Requests the pages tried to make and were refused. */
  blocked: string[];
  markdown: string;
  html: string;
}

const MAX_FIT_ROUNDS = 3;
/** Each time a board slide is too full at its smallest text, its cards get this share of the room. */
const BOARD_DENSITY_STEP = 0.7;
const MAX_BOARD_SPLITS = 6;

/** Whether a board slide still overflows after fitting (it is never cut: it is split further). */
function boardOverflows(deck: PreparedDeck, measures: SlideMeasure[]): boolean {
  return measures.some((m) => m.overflows && deck.deck.slides[m.slide - 1]?.kind === 'board');
}

/** `<stem>-07.png`; numbers are padded to the width of the slide count, so names sort in order. */
function slidePngName(stem: string, number: number, count: number): string {
  return `${stem}-${String(number).padStart(Math.max(2, String(count).length), '0')}.png`;
}

const PREVIEW_NAME = 'preview.png';

/**
 * One page of a browser takes pictures at a time. Chromium draws frames for the tab
 * in front only: a picture of a page behind another waits for a frame that never comes.
 */
const pictureTurns = new WeakMap<object, Promise<unknown>>();

/** Each slide of the fitted page as a PNG (the page is laid out for print: slides stacked). */
async function screenshotSlides(page: BlockedPage['page'], count: number, scale = 1): Promise<Uint8Array[]> {
  const browser = page.browser();
  const previous = pictureTurns.get(browser) ?? Promise.resolve();
  const turn = previous.then(async () => {
    await page.bringToFront();
    const shots: Uint8Array[] = [];
    for (let i = 0; i < count; i++) {
      const box = await page.$eval(`.marpit > svg:nth-of-type(${i + 1})`, (svg) => {
        const r = svg.getBoundingClientRect();
        return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
      });
      const shot = await page.screenshot({ type: 'png', clip: { ...box, scale: 1 }, captureBeyondViewport: true });
      shots.push(scale === 1 ? shot : await scalePicture(page, shot, scale));
    }
    return shots;
  });
  pictureTurns.set(
    browser,
    turn.catch(() => undefined),
  );
  return turn;
}

/**
 * A PNG scaled in the page's canvas. Chromium's own scaled screenshots differ
 * by a shade here and there from one run to the next (seen on gradients in 1
 * of 6 builds), which made `preview.png` and the index page change with no
 * change of input; a canvas scales the same pixels the same way every time.
 */
async function scalePicture(page: BlockedPage['page'], png: Uint8Array, scale: number): Promise<Uint8Array> {
  const src = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const scaled = await page.evaluate(
    async (url: string, factor: number) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(img.naturalWidth * factor);
      canvas.height = Math.round(img.naturalHeight * factor);
      const context = canvas.getContext('2d')!;
      context.imageSmoothingQuality = 'high';
      context.drawImage(img, 0, 0, canvas.width, canvas.height);
      return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
    },
    src,
    scale,
  );
  return Buffer.from(scaled, 'base64');
}

function outputPaths(outDir: string, stem: string) {
  const dir = join(outDir, stem);
  return {
    dir,
    md: join(dir, `${stem}.md`),
    html: join(dir, 'index.html'),
    pdf: join(dir, `${stem}.pdf`),
    handout: join(dir, `${stem}-handout.pdf`),
    pptx: join(dir, `${stem}.pptx`),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string, file: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new RenderTimeoutError(`${what} did not finish within ${Math.round(ms / 1000)} s`, { file })),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A deck rendered to Markdown and HTML, before it meets the browser. */
export interface PreparedDeck {
  deck: ReturnType<typeof renderDeck>;
  marped: MarpOutput;
  html: string;
}

/** Title, subject, author and keywords (the section names) for the PDFs. */
function pdfInfoOf(edition: RoadmapEdition, options: ExportOptions, words: Words): PdfInfo {
  const name = roadmapName(edition.title, edition.project);
  const initiatives = words.count(
    'initiatives',
    edition.sections.reduce((n, s) => n + s.initiatives.length, 0),
  );
  return {
    title: deckTitle(edition),
    subject:
      edition.description ??
      (shownLabel(edition)
        ? words.text('pdfSubject', { name, label: edition.label, initiatives })
        : words.text('pdfSubjectUnlabelled', { name, initiatives })),
    author: options.pdfInfo?.author,
    keywords: [
      ...new Set([
        ...(edition.project ? [edition.project] : []),
        ...(shownLabel(edition) ? [edition.label] : []),
        ...edition.sections.filter((s) => !s.implicit).map((s) => s.title),
      ]),
    ],
  };
}

function deckTitle(edition: RoadmapEdition): string {
  return withLabel(roadmapName(edition.title, edition.project), edition);
}

/** Renders an edition (CPU only): can run while the browser is still starting. */
export function prepareDeck(
  edition: RoadmapEdition,
  templates: TemplateSet,
  marp: Marp,
  options: Pick<ExportOptions, 'render'>,
  fit: Record<number, SlideFit> = {},
  /** Slides already rendered before the fit was known: reused, with the fit given by CSS. */
  rendered?: MarpOutput,
): PreparedDeck {
  const deck = renderDeck(edition, templates, { ...options.render, fit });
  const marped = rendered ? { ...rendered, css: rendered.css + fitCss(fit) } : renderMarp(marp, deck.markdown);
  if (marped.slideCount !== deck.slides.length) {
    throw new TemplateError(
      `templates produced ${marped.slideCount} slides where ${deck.slides.length} were expected; a template must not add or remove slide separators`,
      { file: edition.source.file },
    );
  }
  const slides = deck.slides.map(({ kind, id, title }) => (id ? { kind, id, title } : { kind, title }));
  const html = deckHtml({
    title: deckTitle(edition),
    slidesHtml: marped.html,
    css: marped.css,
    notes: marped.notes,
    slides,
    words: wordsFor(options.render.lang),
    description: edition.description,
  });
  return { deck, marped, html };
}

export async function exportEdition(
  edition: RoadmapEdition,
  templates: TemplateSet,
  marp: Marp,
  target: BlockedPage,
  options: ExportOptions,
  prepared?: PreparedDeck,
): Promise<ExportedEdition> {
  const { page, blocked } = target;
  const file = edition.source.file;
  const words = wordsFor(options.render.lang);
  const marker = words.text('continuedMarker');
  let fit: Record<number, SlideFit> = {};
  // Lowered when a board slide does not fit at its smallest card text: its cards then go over more slides.
  let boardDensity = options.render.boardDensity ?? 1;
  const build = (rendered?: MarpOutput) =>
    prepareDeck(edition, templates, marp, { render: { ...options.render, boardDensity } }, fit, rendered);
  const load = async (html: string) => {
    await page.setContent(html, { waitUntil: 'load', timeout: options.timeoutMs });
    await waitForAssets(page);
  };

  return withTimeout(
    (async () => {
      const stage = options.onStage ?? (() => undefined);
      stage('loading');
      await page.setViewport({ width: 1280, height: 720 });
      await page.emulateMediaType('print');
      let current = prepared ?? build();
      await load(current.html);
      stage('fitting');
      let measures = await fitSlides(page, marker);
      for (let split = 0; split < MAX_BOARD_SPLITS && boardOverflows(current, measures); split++) {
        boardDensity *= BOARD_DENSITY_STEP;
        fit = {};
        prepared = undefined;
        current = build();
        await load(current.html);
        measures = await fitSlides(page, marker);
      }
      // A slide changed when it overflowed (scaled down or cut) or had room (scaled up).
      const changed = (m: SlideMeasure) => m.overflowed || m.fit.scale > 100;
      for (let round = 0; round < MAX_FIT_ROUNDS && measures.some(changed); round++) {
        for (const m of measures) if (changed(m)) fit[m.slide] = m.fit;
        fit = { ...fit };
        // Scaling only changes text size: the page already shows it, and the slides already
        // rendered get it by CSS (Marp need not render them again). Cut slides are rendered,
        // loaded again and checked.
        if (!measures.some((m) => m.overflows || (m.overflowed && m.fit.keep !== undefined))) {
          current = build(round === 0 ? (prepared ?? current).marped : undefined);
          break;
        }
        current = build();
        await load(current.html);
        measures = await measureSlides(page, marker);
        if (!measures.some((m) => m.overflows)) break;
        measures = await fitSlides(page, marker);
      }
      // Measured on the fitted deck, as it will be printed.
      const missingGlyphs = glyphWarnings(await findMissingGlyphs(page), file, options.sourceText);

      const paths = outputPaths(options.outDir, edition.source.stem);
      const files: OutputFile[] = [];
      if (options.formats.includes('md')) files.push({ format: 'md', path: paths.md, data: current.deck.markdown });
      if (options.formats.includes('html')) files.push({ format: 'html', path: paths.html, data: current.html });
      const info = pdfInfoOf(edition, options, words);
      // A small picture of the title slide for the index page. Pictures are taken one page at a
      // time: taken before the PDF, it waits less for other editions' pictures.
      if (options.preview ?? options.formats.includes('html')) {
        files.push({
          format: 'html',
          path: join(paths.dir, PREVIEW_NAME),
          data: (await screenshotSlides(page, 1, 0.5))[0]!,
        });
      }
      if (options.formats.includes('pdf')) stage('printing PDF');
      if (options.formats.includes('pdf'))
        files.push({
          format: 'pdf',
          path: paths.pdf,
          data: await printPdf(page, { timeoutMs: options.timeoutMs, info }),
        });
      if (options.formats.includes('png')) {
        stage('taking pictures');
        const shots = await screenshotSlides(page, current.deck.slides.length);
        for (const [i, data] of shots.entries())
          files.push({
            format: 'png',
            path: join(paths.dir, 'slides', slidePngName(edition.source.stem, i + 1, shots.length)),
            data,
          });
      }
      if (options.formats.includes('pptx')) {
        stage('building PPTX');
        files.push({ format: 'pptx', path: paths.pptx, data: await pptxFile(page, current, info, words.tag) });
      }
      if (options.formats.includes('handout')) {
        stage('printing handout');
        const shortened = new Set(
          Object.entries(fit)
            .filter(([, f]) => f.keep !== undefined)
            .map(([n]) => Number(n)),
        );
        await page.emulateMediaType('screen');
        await load(
          handoutHtml({
            edition,
            slides: current.deck.slides,
            slideSvgs: current.marped.slides,
            css: current.marped.css,
            layout: options.handoutLayout,
            paper: options.paper,
            shortened,
            words,
            authorNotes: options.handoutNotes,
            orientation: options.handoutOrientation,
            lines: options.handoutLines,
            aspect: options.render.size === '4:3' ? 4 / 3 : 16 / 9,
          }),
        );
        files.push({
          format: 'handout',
          path: paths.handout,
          data: await printPdf(page, {
            timeoutMs: options.timeoutMs,
            format: options.paper,
            landscape: options.handoutOrientation === 'landscape',
            headerFooter: handoutFooter(edition, words),
            margin: Object.fromEntries(Object.entries(HANDOUT_MARGIN).map(([side, mm]) => [side, `${mm}mm`])),
            info: { ...info, title: words.text('handoutTitle', { title: info.title ?? '' }) },
          }),
        });
        // Content set into a page lives under the Content-Security-Policy of the document it is
        // set into: the next deck on this page gets a new document, not the handout's (which
        // forbids the deck's script).
        await page.goto('about:blank');
      }
      const manifest: DeckManifest = {
        stem: edition.source.stem,
        title: edition.title,
        ...(edition.project ? { project: edition.project } : {}),
        label: edition.label,
        ...(edition.date ? { date: edition.date } : {}),
        ...(edition.lastUpdated ? { lastUpdated: edition.lastUpdated } : {}),
        slides: current.deck.slides.length,
        initiatives: edition.sections.reduce((n, s) => n + s.initiatives.length, 0),
        lang: words.tag,
        ...(edition.source.baseUrl ? { url: edition.source.baseUrl } : {}),
        ...(edition.source.origin ? { origin: edition.source.origin } : {}),
        ...(options.changes ? { changes: options.changes } : {}),
        files: files.map((f) => ({ format: f.format, name: basename(f.path) })),
      };
      files.push({
        format: 'manifest',
        path: join(paths.dir, MANIFEST),
        data: `${JSON.stringify(manifest, null, 2)}\n`,
      });
      return {
        files,
        slides: current.deck.slides,
        measures,
        fit,
        warnings: [...fitWarnings(edition, current.deck.slides, fit, measures), ...missingGlyphs],
        blocked: [...blocked],
        markdown: current.deck.markdown,
        html: current.html,
      };
    })(),
    options.timeoutMs,
    'rendering',
    file,
  );
}

function fitWarnings(
  edition: RoadmapEdition,
  slides: SlideInfo[],
  fit: Record<number, SlideFit>,
  measures: SlideMeasure[],
): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  for (const [number, decision] of Object.entries(fit)) {
    if (decision.keep === undefined) continue;
    const slide = slides[Number(number) - 1]!;
    warnings.push({
      file: edition.source.file,
      line: slide.line ?? 1,
      column: 1,
      severity: 'warning',
      rule: 'slide-shortened',
      message: `slide ${number} "${slide.title}" was too long even at ${decision.scale}% text size and was shortened; the full text is in the speaker notes and the handout`,
    });
  }
  for (const m of measures.filter((x) => x.overflows)) {
    const slide = slides[m.slide - 1]!;
    warnings.push({
      file: edition.source.file,
      line: slide.line ?? 1,
      column: 1,
      severity: 'error',
      rule: 'slide-overflow',
      message: `slide ${m.slide} "${slide.title}" still overflows after fitting`,
    });
  }
  return warnings;
}

export type { MarpOutput };
