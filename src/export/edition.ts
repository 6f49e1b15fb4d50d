/**
 * export: one edition → its output files. Renders, lays the deck out in the
 * browser page it was given, fits every slide, then prints from that same
 * page. Nothing is written here: files come back as data for the caller to
 * write atomically.
 */
import { basename, join } from 'node:path';
import type { Marp } from '@marp-team/marp-core';
import { RenderTimeoutError } from '../errors.js';
import type { Format } from '../formats.js';
import { wordsFor } from '../i18n/index.js';
import type { MarpOutput } from '../marp/index.js';
import type { Diagnostic, RoadmapEdition } from '../model/types.js';
import type { SlideFit } from '../render/fit-plan.js';
import type { RenderOptions, SlideInfo, TemplateSet } from '../render/index.js';
import type { BlockedPage } from './browser/launch.js';
import { fitSlides, measureSlides, type SlideMeasure } from './fit.js';
import { findMissingGlyphs, glyphWarnings } from './glyphs.js';
import { handoutFooter, handoutHtml, type HandoutLayout } from './html/handout-html.js';
import { HANDOUT_MARGIN } from './html/handout-layout.js';
import type { HandoutOrientation } from '../settings/defaults.js';
import { pdfInfoOf } from './pdf/info.js';
import { fitWarnings } from './fit-warnings.js';
import { PREVIEW_NAME, screenshotSlides, slidePngName } from './pictures.js';
import { printPdf, waitForAssets } from './pdf/print.js';
import { MANIFEST, type ChangeCounts, type DeckManifest } from './index-page.js';
import type { ExportStage } from './stage.js';
import { pptxFile } from './pptx/index.js';
import { prepareDeck, type PreparedDeck } from './prepare.js';

export { FORMATS, type Format } from '../formats.js';
export { prepareDeck, type PreparedDeck } from './prepare.js';

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
      const info = pdfInfoOf(edition, options.pdfInfo?.author, words);
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

export type { MarpOutput };
