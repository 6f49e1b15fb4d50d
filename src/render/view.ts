/**
 * The template view: the model, numbered into slides and escaped. Every
 * string here is either Marp Markdown produced by `src/escape` from roadmap
 * text, or a value the tool itself chose (an enum, a number, a label).
 */
import type { List, ListItem, PhrasingContent, RootContent } from 'mdast';
import { blocksToMarkdown, inlineToMarkdown, notesComment, textToMarkdown } from '../escape/index.js';
import type { Block, Initiative, Link, RoadmapEdition, Section, Status } from '../model/types.js';
import { roadmapName } from '../model/types.js';
import { blocksToText, countWords } from '../parse/text.js';
import { CONTINUED_TEXT, cutBlocks, splitLongParagraphs, type SlideFit } from './fit-plan.js';
import { qrDataUrl } from './qr.js';

export type SlideKind = 'title' | 'overview' | 'changes' | 'section' | 'initiative' | 'closing';

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

/**
 * The page's own word for a status ("In design", "Public Beta"), when it is a
 * short phrase; a marker (✅, [x]) or a sentence gives way to the standard
 * label. The badge's colour comes from the normalized status either way.
 */
function pageWord(text: string | undefined): string | undefined {
  const word = text?.trim();
  if (!word || !/\p{L}{2,}/u.test(word) || word.split(/\s+/).length > 4 || /^\[.\]$/.test(word)) return undefined;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export const STATUS_LABELS: Record<Status, string> = {
  done: 'Done',
  'in-progress': 'In progress',
  planned: 'Planned',
  future: 'Future',
  unknown: '',
};

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
}

export interface DeckView {
  deck: { theme: string; size: string; footerYaml: string };
  edition: Record<string, string | undefined>;
  overview: Record<string, unknown> & { show: boolean };
  extras: Record<string, unknown>[];
  sections: Record<string, unknown>[];
  closing?: Record<string, unknown>;
}

/** Above this many initiatives the overview lists sections and counts, not every title. */
const OVERVIEW_TITLE_LIMIT = 24;

export function buildView(edition: RoadmapEdition, options: ViewOptions): { view: DeckView; slides: SlideInfo[] } {
  const slides: SlideInfo[] = [];
  const add = (kind: SlideKind, title: string, id?: string, line?: number) => {
    const info: SlideInfo = { number: slides.length + 1, kind, title, ...(id ? { id } : {}), ...(line ? { line } : {}) };
    slides.push(info);
    return info.number;
  };

  // Number every slide first: in-page links point at slide numbers.
  add('title', `${edition.title} — ${edition.label}`);
  add('overview', 'Overview');
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
  add('closing', edition.closing?.title ?? CLOSING_FALLBACK, undefined, edition.closing?.position.line);

  const rewriteUrl = (url: string) => {
    if (!url.startsWith('#')) return url;
    const number = slideOf.get(url.slice(1));
    return number ? `#${number}` : undefined;
  };
  const fitOf = (number: number) => options.fit?.[number];
  const fitClass = (number: number) => {
    const scale = fitOf(number)?.scale;
    return scale && scale < 100 ? `fit-${scale}` : '';
  };
  const body = (number: number, blocks: Block[]) => {
    const fit = fitOf(number);
    const prepared = splitLongParagraphs(blocks);
    const kept = fit?.keep !== undefined ? cutBlocks(prepared, fit.keep) : prepared;
    return { body: blocksToMarkdown(kept, { rewriteUrl }), continued: fit?.keep !== undefined ? textToMarkdown(CONTINUED_TEXT) : undefined };
  };

  const heading = roadmapName(edition.title, edition.project);
  const view: DeckView = {
    deck: {
      theme: options.theme,
      size: options.size,
      footerYaml: JSON.stringify(textToMarkdown(options.footer ?? `${heading} · ${edition.label}`)),
    },
    ...titleBody(edition, body, fitClass),
    edition: {
      heading: textToMarkdown(heading),
      label: edition.label !== heading ? textToMarkdown(edition.label) : undefined,
      lastUpdated: edition.lastUpdated && edition.lastUpdated !== edition.label ? textToMarkdown(edition.lastUpdated) : undefined,
      url: edition.source.baseUrl ? inlineToMarkdown([{ type: 'link', url: edition.source.baseUrl, children: [{ type: 'text', value: edition.source.baseUrl }] }]) : undefined,
      notes: notesComment(heading, [`${heading}: ${edition.label}`, blocksToText(edition.intro)].filter(Boolean).join('\n\n')),
    },
    overview: overviewView(edition, slideOf, 2, fitClass, body),
    extras: (options.extraSlides ?? []).map((extra, i) => {
      const number = extraNumbers[i]!;
      return { heading: textToMarkdown(extra.heading), ...body(number, extra.body), fitClass: fitClass(number), notes: notesComment(extra.heading, extra.notes) };
    }),
    sections: edition.sections.map((section) => ({
      showDivider: !section.implicit,
      ...sectionView(section, slideOf.get(section.id) ?? 0, fitClass, body),
      initiatives: section.initiatives.map((initiative) => initiativeView(initiative, section, slideOf.get(initiative.id)!, options, fitClass, body, rewriteUrl)),
    })),
    closing: closingView(edition, slides.length, fitClass, body),
  };
  return { view, slides };
}

type BodyFn = (number: number, blocks: Block[]) => { body: string; continued?: string };

/** Words above which the intro's first paragraph stays in the notes instead of the title slide. */
const LEAD_MAX_WORDS = 70;

/** The title slide shows the page's opening paragraph (or its description) as a lead. */
function titleBody(edition: RoadmapEdition, body: BodyFn, fitClass: (n: number) => string) {
  // Intro parts that came from a heading start with that heading as a bold line: skip it.
  const first = edition.intro.find((block) => block.type === 'paragraph' && !(block.children.length === 1 && block.children[0]!.type === 'strong'));
  // A sentence that introduces a list ("… are considered production ready:") does not stand alone.
  const standsAlone = first && !/:\s*$/.test(blocksToText([first]));
  const lead = first && standsAlone && countWords(blocksToText([first])) <= LEAD_MAX_WORDS
    ? [first]
    : edition.description
      ? [{ type: 'paragraph', children: [{ type: 'text', value: edition.description }] } as Block]
      : [];
  return { ...body(1, lead), fitClass: fitClass(1) };
}

/** Title of the closing slide when the page has no "how to influence the roadmap" part. */
const CLOSING_FALLBACK = 'Thank you';

function closingView(edition: RoadmapEdition, number: number, fitClass: (n: number) => string, body: BodyFn) {
  if (edition.closing) {
    return {
      title: textToMarkdown(edition.closing.title),
      ...body(number, edition.closing.body),
      fitClass: fitClass(number),
      notes: notesComment(edition.closing.title, [blocksToText(edition.closing.body), linksText(edition.closing.links)].filter(Boolean).join('\n\n')),
    };
  }
  // No closing part in the page: thank the audience and point at the roadmap itself.
  const url = edition.source.baseUrl;
  const blocks: Block[] = url
    ? [{ type: 'paragraph', children: [{ type: 'text', value: 'The roadmap: ' }, { type: 'link', url, children: [{ type: 'text', value: url }] }] }]
    : [];
  return {
    title: textToMarkdown(CLOSING_FALLBACK),
    ...body(number, blocks),
    fitClass: fitClass(number),
    notes: notesComment(CLOSING_FALLBACK, `${edition.title}: ${edition.label}`),
  };
}

function overviewView(edition: RoadmapEdition, slideOf: Map<string, number>, number: number, fitClass: (n: number) => string, body: BodyFn) {
  const total = edition.sections.reduce((n, s) => n + s.initiatives.length, 0);
  const showTitles = total <= OVERVIEW_TITLE_LIMIT;
  const entry = (initiative: Initiative): ListItem => ({
    type: 'listItem', spread: false,
    children: [{ type: 'paragraph', children: [linkTo(initiative.title, initiative.id, slideOf)] }],
  });
  // Initiatives outside any section are listed on their own.
  const items: ListItem[] = edition.sections.flatMap((section): ListItem[] => {
    if (section.implicit) return showTitles ? section.initiatives.map(entry) : [];
    const head: PhrasingContent[] = [linkTo(section.title, section.id, slideOf), { type: 'text', value: ` (${section.initiatives.length})` }];
    const children: RootContent[] = [{ type: 'paragraph', children: head }];
    if (showTitles) {
      children.push({ type: 'list', ordered: false, spread: false, children: section.initiatives.map(entry) } as List);
    }
    return [{ type: 'listItem', spread: false, children } as ListItem];
  });
  const list: List = { type: 'list', ordered: false, spread: false, children: items };
  const shown = body(number, [list]);
  const notes = edition.sections.map((s) => `${s.title}: ${s.initiatives.map((i) => i.title).join('; ')}`).join('\n');
  const named = edition.sections.filter((s) => !s.implicit).length;
  const initiatives = `${total} ${total === 1 ? 'initiative' : 'initiatives'}`;
  // A short list reads down one column; a long one is split in two.
  const lines = (showTitles ? total : 0) + named;
  return {
    show: true,
    heading: textToMarkdown('Overview'),
    countLabel: textToMarkdown(named ? `${initiatives} in ${named} ${named === 1 ? 'section' : 'sections'}` : initiatives),
    oneColumn: lines <= 8,
    ...shown,
    fitClass: fitClass(number),
    notes: notesComment('Overview', notes),
  };
}

/** A link to the slide showing a model id; the renderer rewrites `#id` to the slide number. */
function linkTo(title: string, id: string, slideOf: Map<string, number>): PhrasingContent {
  return slideOf.has(id) ? { type: 'link', url: `#${id}`, children: [{ type: 'text', value: title }] } : { type: 'text', value: title };
}

function sectionView(section: Section, number: number, fitClass: (n: number) => string, body: BodyFn) {
  const shown = body(number, section.intro);
  const status = section.status ?? 'unknown';
  const bucket = section.bucket && section.bucket.label !== section.title ? section.bucket.label : undefined;
  const statusLabel = status === 'unknown' ? '' : section.statusText ?? STATUS_LABELS[status];
  return {
    id: section.id,
    badges: Boolean(bucket || statusLabel),
    title: textToMarkdown(section.title),
    bucket: bucket ? textToMarkdown(bucket) : undefined,
    status,
    statusLabel: statusLabel ? textToMarkdown(statusLabel) : '',
    ...shown,
    countLabel: textToMarkdown(`${section.initiatives.length} ${section.initiatives.length === 1 ? 'initiative' : 'initiatives'}`),
    fitClass: fitClass(number),
    notes: notesComment(section.title, [section.title, blocksToText(section.intro)].filter(Boolean).join('\n\n')),
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
) {
  const shown = body(number, initiative.body);
  const tracking = initiative.tracking;
  const statusLabel = initiative.status === 'unknown' ? '' : pageWord(initiative.statusText) ?? STATUS_LABELS[initiative.status];
  const bucket = initiative.bucket && initiative.bucket.label.toLowerCase() !== statusLabel.toLowerCase() && initiative.bucket.label.toLowerCase() !== initiative.statusText?.toLowerCase()
    ? initiative.bucket.label : undefined;
  return {
    id: initiative.id,
    number,
    title: inlineToMarkdown(initiative.titleRich, { rewriteUrl }),
    status: initiative.status,
    statusLabel: statusLabel ? textToMarkdown(statusLabel) : '',
    bucket: bucket ? textToMarkdown(bucket) : undefined,
    titleOnly: initiative.body.length === 0,
    where: section.implicit ? '' : textToMarkdown(section.title),
    change: options.changes?.[initiative.id]
      ? { kind: options.changes[initiative.id]!.kind, label: textToMarkdown(options.changes[initiative.id]!.label) }
      : undefined,
    ...shown,
    // The tracking link, unless the title already is that link.
    tracking: tracking && tracking.kind === 'external' && !(titleIsLink(initiative) && initiative.links[0]?.url === tracking.url)
      ? {
        link: inlineToMarkdown([{ type: 'link', url: tracking.url, children: [{ type: 'text', value: tracking.text }] }]),
        url: tracking.url,
        qr: options.qr ? qrDataUrl(tracking.url) : undefined,
      }
      : undefined,
    fitClass: fitClass(number),
    notes: notesComment(initiative.title, initiativeNotes(initiative, section)),
  };
}

function titleIsLink(initiative: Initiative): boolean {
  return initiative.titleRich.length === 1 && initiative.titleRich[0]!.type === 'link';
}

/** Speaker notes: every word of the initiative and every link as a URL. */
export function initiativeNotes(initiative: Initiative, section: Section): string {
  const status = initiative.status === 'unknown' ? '' : `Status: ${initiative.statusText ?? STATUS_LABELS[initiative.status]}`;
  const where = section.implicit ? '' : `Section: ${section.title}${section.bucket && section.bucket.label !== section.title ? ` (${section.bucket.label})` : ''}`;
  return [
    [where, status].filter(Boolean).join(' · '),
    initiative.text,
    linksText(initiative.links),
  ].filter(Boolean).join('\n\n');
}

function linksText(links: Link[]): string {
  const external = links.filter((link) => link.kind === 'external');
  if (!external.length) return '';
  return ['Links:', ...external.map((link) => `- ${link.text === link.url ? link.url : `${link.text}: ${link.url}`}`)].join('\n');
}
