/**
 * The template view: the model, numbered into slides and escaped. Every
 * string here is either Marp Markdown produced by `src/escape` from roadmap
 * text, or a value the tool itself chose (an enum, a number, a label).
 */
import { blocksToMarkdown, inlineToMarkdown, textToMarkdown } from '../escape/index.js';
import { wordsFor, type Words } from '../i18n/index.js';
import type { Block, Initiative, RoadmapEdition, Section, Status } from '../model/types.js';
import { shownLabel } from '../model/label.js';
import { roadmapName, STATUSES } from '../model/types.js';
import { blocksToText } from '../parse/text.js';
import { cutBlocks, isStatement, splitLongParagraphs, type SlideFit } from './fit-plan.js';
import { boardSlides, planBoard, timelinePeriods, timelineSlide } from './board-view.js';
import { type BodyFn, closingView, lastUpdatedView, titleBody } from './edges-view.js';
import { overviewView } from './overview-view.js';
import { initiativeNotes, speakerNotes } from './notes.js';
import { qrDataUrl } from './qr.js';
import { pageWord } from './status-word.js';

type SlideKind = 'title' | 'board' | 'timeline' | 'overview' | 'changes' | 'section' | 'initiative' | 'closing';

/** One slide of the deck, as the renderer numbered it. */
export interface SlideInfo {
  number: number;
  kind: SlideKind;
  /** Model id of the section or initiative shown, if any. */
  id?: string;
  /** Plain-text title, for tests, warnings and the handout. */
  title: string;
  /** Where the slide's content comes from in the roadmap file. */
  line?: number;
}

export { pageWord };

/** English status labels, for the command line (`inspect`); decks take theirs from the page's language. */
export const STATUS_LABELS = Object.fromEntries(
  STATUSES.map((status) => [status, wordsFor('en').status(status)]),
) as Record<Status, string>;

/** What changed for an initiative since the previous edition (filled in by the editions stage). */
export interface ChangeMark {
  kind: 'new' | 'continued';
  label: string;
}

export interface ViewOptions {
  theme: string;
  size: '16:9' | '4:3';
  /** Fit decisions per slide number, from a previous measurement. */
  fit?: Record<number, SlideFit>;
  /** Per initiative id, its change since the previous edition. */
  changes?: Record<string, ChangeMark>;
  /** Extra slides after the overview (e.g. "What changed"), as rendered blocks. */
  extraSlides?: { heading: string; body: Block[]; notes: string }[];
  /** Show a QR code for each initiative's tracking link. */
  qr?: boolean;
  footer?: string;
  /** Language tag of the deck (its own words, `lang` attributes); default English. */
  lang?: string;
  /** The overview as a board of cards, as the old list, or both (default board). */
  overview?: OverviewKind;
  /** Share of the estimated room each board slide fills (1 at first; lowered when one measured too full). */
  boardDensity?: number;
}

export type OverviewKind = 'board' | 'list' | 'both';

interface DeckView {
  deck: { theme: string; size: string; footerYaml: string; lang: string };
  edition: Record<string, string | undefined>;
  overview: Record<string, unknown> & { show: boolean };
  boards: Record<string, unknown>[];
  timeline?: Record<string, unknown>;
  extras: Record<string, unknown>[];
  sections: Record<string, unknown>[];
  closing?: Record<string, unknown>;
}

export function buildView(edition: RoadmapEdition, options: ViewOptions): { view: DeckView; slides: SlideInfo[] } {
  const words = wordsFor(options.lang);
  const slides: SlideInfo[] = [];
  const add = (kind: SlideKind, title: string, id?: string, line?: number) => {
    const info: SlideInfo = {
      number: slides.length + 1,
      kind,
      title,
      ...(id ? { id } : {}),
      ...(line ? { line } : {}),
    };
    slides.push(info);
    return info.number;
  };

  // Number every slide first: in-page links point at slide numbers.
  const label = shownLabel(edition);
  add('title', label ? `${edition.title} — ${label}` : edition.title);
  const kind = options.overview ?? 'board';
  const plan =
    kind === 'list' ? undefined : planBoard(edition, options.size === '4:3' ? 960 : 1280, options.boardDensity, words);
  const boardFirst = slides.length + 1;
  for (const [i] of (plan?.pages ?? []).entries())
    add(
      'board',
      plan!.pages.length > 1 ? `${words.text('overview')} (${i + 1}/${plan!.pages.length})` : words.text('overview'),
    );
  const periods = timelinePeriods(edition);
  const timelineNumber = periods ? add('timeline', words.text('timeline')) : 0;
  const overviewNumber = kind === 'board' ? 0 : add('overview', words.text('overview'));
  const extraNumbers = (options.extraSlides ?? []).map((extra) => add('changes', extra.heading));
  const slideOf = new Map<string, number>();
  for (const section of edition.sections) {
    if (!section.implicit) slideOf.set(section.id, add('section', section.title, section.id, section.position.line));
    for (const initiative of section.initiatives) {
      const number = add('initiative', initiative.title, initiative.id, initiative.position.line);
      slideOf.set(initiative.id, number);
      if (section.implicit && !slideOf.has(section.id)) slideOf.set(section.id, number);
    }
  }
  add('closing', edition.closing?.title ?? words.text('thankYou'), undefined, edition.closing?.position.line);

  const rewriteUrl = (url: string) => {
    if (!url.startsWith('#')) return url;
    const number = slideOf.get(url.slice(1));
    return number ? `#${number}` : undefined;
  };
  const slideLink = (id: string) => rewriteUrl(`#${id}`);
  const fitOf = (number: number) => options.fit?.[number];
  const fitClass = (number: number) => {
    const scale = fitOf(number)?.scale;
    return scale && scale !== 100 ? `fit-${scale}` : '';
  };
  const body = (number: number, blocks: Block[]) => {
    const fit = fitOf(number);
    const prepared = splitLongParagraphs(blocks);
    const kept = fit?.keep !== undefined ? cutBlocks(prepared, fit.keep) : prepared;
    return {
      body: blocksToMarkdown(kept, { rewriteUrl }),
      continued: fit?.keep !== undefined ? textToMarkdown(words.text('continuedMarker')) : undefined,
    };
  };

  const heading = roadmapName(edition.title, edition.project);
  const view: DeckView = {
    deck: {
      theme: options.theme,
      size: options.size,
      footerYaml: JSON.stringify(textToMarkdown(options.footer ?? (label ? `${heading} · ${label}` : heading))),
      // Marp sets it on every slide, so the Markdown output keeps its language wherever it is rendered.
      lang: JSON.stringify(words.tag),
    },
    ...titleBody(edition, body, fitClass),
    edition: {
      heading: textToMarkdown(heading),
      label: label && label !== heading ? textToMarkdown(label) : undefined,
      ...lastUpdatedView(edition, words),
      origin: edition.source.origin
        ? textToMarkdown(
            words.text('fromCommit', {
              path: edition.source.origin.path,
              commit: edition.source.origin.commit.slice(0, 7),
              date: words.date(edition.source.origin.date),
            }),
          )
        : undefined,
      url: edition.source.baseUrl
        ? inlineToMarkdown([
            { type: 'link', url: edition.source.baseUrl, children: [{ type: 'text', value: edition.source.baseUrl }] },
          ])
        : undefined,
      notes: speakerNotes(
        words,
        heading,
        [label ? words.text('notesGroup', { group: heading, titles: label }) : heading, blocksToText(edition.intro)]
          .filter(Boolean)
          .join('\n\n'),
      ),
    },
    overview: overviewNumber ? overviewView(edition, slideOf, overviewNumber, fitClass, body, words) : { show: false },
    boards: plan ? boardSlides(edition, plan, slideLink, words, fitClass, boardFirst) : [],
    timeline: periods ? timelineSlide(edition, periods, slideLink, words, fitClass(timelineNumber)) : undefined,
    extras: (options.extraSlides ?? []).map((extra, i) => {
      const number = extraNumbers[i]!;
      return {
        heading: textToMarkdown(extra.heading),
        ...body(number, extra.body),
        fitClass: fitClass(number),
        notes: speakerNotes(words, extra.heading, extra.notes),
      };
    }),
    sections: edition.sections.map((section) => ({
      showDivider: !section.implicit,
      ...sectionView(section, slideOf.get(section.id) ?? 0, fitClass, body, words),
      initiatives: section.initiatives.map((initiative) =>
        initiativeView(initiative, section, slideOf.get(initiative.id)!, options, fitClass, body, rewriteUrl, words),
      ),
    })),
    closing: closingView(edition, slides.length, fitClass, body, words),
  };
  return { view, slides };
}

function sectionView(section: Section, number: number, fitClass: (n: number) => string, body: BodyFn, words: Words) {
  const shown = body(number, section.intro);
  const status = section.status ?? 'unknown';
  const bucket = section.bucket && section.bucket.label !== section.title ? section.bucket.label : undefined;
  const statusLabel = status === 'unknown' ? '' : (section.statusText ?? words.status(status));
  return {
    id: section.id,
    badges: Boolean(bucket || statusLabel),
    title: textToMarkdown(section.title),
    bucket: bucket ? textToMarkdown(bucket) : undefined,
    status,
    statusLabel: statusLabel ? textToMarkdown(statusLabel) : '',
    ...shown,
    countLabel: textToMarkdown(words.count('initiatives', section.initiatives.length)),
    fitClass: fitClass(number),
    notes: speakerNotes(
      words,
      section.title,
      [section.title, blocksToText(section.intro)].filter(Boolean).join('\n\n'),
    ),
  };
}

function initiativeView(
  initiative: Initiative,
  section: Section,
  number: number,
  options: ViewOptions,
  fitClass: (n: number) => string,
  body: BodyFn,
  rewriteUrl: (url: string) => string | undefined,
  words: Words,
) {
  const shown = body(number, initiative.body);
  const tracking = initiative.tracking;
  const statusLabel =
    initiative.status === 'unknown' ? '' : (pageWord(initiative.statusText) ?? words.status(initiative.status));
  const bucket =
    initiative.bucket &&
    initiative.bucket.label.toLowerCase() !== statusLabel.toLowerCase() &&
    initiative.bucket.label.toLowerCase() !== initiative.statusText?.toLowerCase()
      ? initiative.bucket.label
      : undefined;
  return {
    id: initiative.id,
    number,
    title: inlineToMarkdown(initiative.titleRich, { rewriteUrl }),
    status: initiative.status,
    statusLabel: statusLabel ? textToMarkdown(statusLabel) : '',
    bucket: bucket ? textToMarkdown(bucket) : undefined,
    titleOnly: initiative.body.length === 0,
    statement: isStatement(initiative.body),
    where: section.implicit ? '' : textToMarkdown(section.title),
    change: options.changes?.[initiative.id]
      ? { kind: options.changes[initiative.id]!.kind, label: textToMarkdown(options.changes[initiative.id]!.label) }
      : undefined,
    ...shown,
    // The tracking link, unless the title already is that link.
    tracking:
      tracking &&
      tracking.kind === 'external' &&
      !(titleIsLink(initiative) && initiative.links[0]?.url === tracking.url)
        ? {
            link: inlineToMarkdown([
              { type: 'link', url: tracking.url, children: [{ type: 'text', value: tracking.text }] },
            ]),
            // The label and the link, as the language puts them together ("Tracking: …", "進捗：…").
            line: inlineToMarkdown([
              { type: 'text', value: words.text('tracking') },
              { type: 'link', url: tracking.url, children: [{ type: 'text', value: tracking.text }] },
            ]),
            url: tracking.url,
            qrAlt: textToMarkdown(words.text('trackingQr')),
            qr: options.qr ? qrDataUrl(tracking.url) : undefined,
          }
        : undefined,
    fitClass: fitClass(number),
    notes: speakerNotes(words, initiative.title, initiativeNotes(initiative, section, words)),
  };
}

function titleIsLink(initiative: Initiative): boolean {
  return initiative.titleRich.length === 1 && initiative.titleRich[0]!.type === 'link';
}
