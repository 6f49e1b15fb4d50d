/**
 * The markup of `output/index.html`: the project's name and logo, then every
 * edition, newest first, with its date, counts, what changed since the one
 * before, its source page, and its files with their sizes. One file, no
 * script, nothing loaded from anywhere (pictures are data URLs), readable on
 * a phone; every colour meets WCAG AA contrast (4.5:1) on its background.
 */
import { fill, wordsFor, type Words } from '../../i18n/index.js';
import { roadmapName, type SourceOrigin } from '../../model/types.js';
import { escapeHtml } from './handout-html.js';

/** What changed since the edition before, as counts. */
export interface ChangeCounts {
  /** Label of the edition compared with. */
  since: string;
  added: number;
  continued: number;
  removed: number;
}

/** What the index page shows of an edition, as its `deck.json` records it. */
export interface EditionSummary {
  stem: string;
  title: string;
  project?: string;
  label: string;
  /** YYYY-MM-DD. */
  date?: string;
  /** "Last updated" as the page wrote it. */
  lastUpdated?: string;
  slides: number;
  initiatives: number;
  /** Language tag of the deck. */
  lang?: string;
  /** Published URL of the roadmap page (config or front matter `url`). */
  url?: string;
  /** What changed since the previous edition of the series. */
  changes?: ChangeCounts;
  /** The commit the page was read from (builds from git history). */
  origin?: SourceOrigin;
}

export interface IndexEntry extends EditionSummary {
  /** The outputs present, with their sizes in bytes. */
  files: { format: string; name: string; bytes: number }[];
  /** The title slide as a data URL, if there is one. */
  preview?: string;
}

export interface IndexSite {
  /** The project's name (config `project`), else the one all editions share. */
  project?: string;
  /** A section below the editions, and its style (the series' timeline, when built from git history). */
  timeline?: { html: string; css: string };
  /** The brand's logo as a data URL. */
  logo?: string;
}

/** Bytes as the language writes them: "412 kB", "1,2 MB". */
export function fileSize(bytes: number, tag: string): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [Math.max(bytes / 1e3, 1), 'kilobyte'];
  return new Intl.NumberFormat(locale(tag), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

function locale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const LINK_WORDS: Record<string, 'indexSlides' | 'indexPdf' | 'indexHandout'> = {
  html: 'indexSlides',
  pdf: 'indexPdf',
  handout: 'indexHandout',
};

const href = (stem: string, name: string) => escapeHtml(`${encodeURIComponent(stem)}/${encodeURIComponent(name)}`);

function entryHtml(entry: IndexEntry, page: Words): string {
  const words = wordsFor(entry.lang ?? 'en');
  const lang = words.tag === page.tag ? '' : ` lang="${escapeHtml(words.tag)}"`;
  const name = roadmapName(entry.title, entry.project);
  const date = entry.lastUpdated
    ? escapeHtml(words.text('lastUpdated', { date: words.date(entry.lastUpdated) }))
    : entry.date
      ? `<time datetime="${escapeHtml(entry.date)}">${escapeHtml(words.date(entry.date))}</time>`
      : '';
  const counts = [
    date,
    escapeHtml(words.count('slides', entry.slides)),
    escapeHtml(words.count('initiatives', entry.initiatives)),
  ]
    .filter(Boolean)
    .join(' · ');
  const changes = entry.changes
    ? `<p class="changes">${escapeHtml(
        words.text('indexChanges', {
          label: entry.changes.since,
          new: words.count('countNew', entry.changes.added),
          continued: words.count('countContinued', entry.changes.continued),
          removed: words.count('countRemoved', entry.changes.removed),
        }),
      )}</p>`
    : '';
  const source = entry.url
    ? `<p class="source">${fill(escapeHtml(words.text('indexSource')), { link: `<a href="${escapeHtml(entry.url)}">${escapeHtml(entry.url.replace(/^https?:\/\//, ''))}</a>` })}</p>`
    : '';
  const files = entry.files
    .map((f) => {
      const text = LINK_WORDS[f.format] ? words.text(LINK_WORDS[f.format]!) : f.format;
      return `<li><a href="${href(entry.stem, f.name)}">${escapeHtml(text)}</a> <span class="size">${escapeHtml(fileSize(f.bytes, words.tag))}</span></li>`;
    })
    .join('');
  // The picture is the link's only content: its alt text names the link (what it opens).
  const deck = entry.files.find((f) => f.format === 'html');
  const preview =
    entry.preview && deck
      ? `<a class="preview" href="${href(entry.stem, deck.name)}"><img alt="${escapeHtml(words.text('indexPreview', { title: `${name} — ${entry.label}` }))}" src="${entry.preview}"></a>`
      : '';
  return (
    `<li class="edition"${lang}><div class="about"><h2>${escapeHtml(name)} <span class="label">${escapeHtml(entry.label)}</span></h2>` +
    `<p class="meta">${counts}</p>${changes}${files ? `<ul class="files">${files}</ul>` : ''}${source}</div>${preview}</li>`
  );
}

const CSS = `
*, *::before, *::after { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', system-ui, sans-serif; margin: 0; background: #f8fafc; color: #0f172a; line-height: 1.5; }
header, main { max-width: 960px; margin: 0 auto; padding: 0 16px; }
header { display: flex; align-items: center; gap: 14px; padding-top: 28px; }
header img { height: 48px; width: auto; max-width: 160px; }
h1 { font-size: 1.75rem; margin: 0; line-height: 1.2; }
main > ul { list-style: none; padding: 0; margin: 24px 0 40px; }
.edition { display: grid; grid-template-columns: minmax(0, 1fr); gap: 14px; background: #fff; border: 1px solid #cbd5e1; border-radius: 10px; padding: 16px; margin-bottom: 16px; }
@media (min-width: 700px) { .edition { grid-template-columns: minmax(0, 1fr) 280px; padding: 20px 24px; } }
h2 { font-size: 1.25rem; margin: 0 0 4px; } .label { color: #1d4ed8; white-space: nowrap; }
p { margin: 4px 0; color: #334155; }
.files { list-style: none; padding: 0; margin: 8px 0; display: flex; flex-wrap: wrap; gap: 6px 18px; }
.size { color: #475569; font-size: 0.875rem; white-space: nowrap; }
.source { overflow-wrap: anywhere; }
a { color: #1d4ed8; } a:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.preview { display: block; align-self: start; }
.preview img { display: block; width: 100%; height: auto; border: 1px solid #cbd5e1; border-radius: 4px; }
`;

export function indexHtml(entries: IndexEntry[], site: IndexSite = {}): string {
  // The page speaks the language its decks share, else English; each deck's entry speaks its own.
  const langs = new Set(entries.map((e) => e.lang ?? 'en'));
  const page = wordsFor(langs.size === 1 ? [...langs][0] : 'en');
  const projects = new Set(entries.map((e) => e.project).filter(Boolean));
  const project = site.project ?? (projects.size === 1 ? [...projects][0] : undefined);
  const title = project ? page.text('indexProjectTitle', { project }) : page.text('indexTitle');
  // The name is written beside it: the logo adds no words of its own.
  const logo = site.logo ? `<img alt="" src="${escapeHtml(site.logo)}">` : '';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.tag)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}${site.timeline?.css ?? ''}</style></head>
<body><header>${logo}<h1>${escapeHtml(title)}</h1></header><main><ul>
${entries.map((e) => entryHtml(e, page)).join('\n')}
</ul>${site.timeline ? `\n${site.timeline.html}` : ''}</main></body></html>
`;
}
