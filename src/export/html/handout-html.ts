/**
 * The handout: one page per slide, with the full story under it where the
 * slide could not tell it all (shortened, or links whose URLs it does not
 * show), or N slides per page, each as large as the paper allows; ruled
 * note lines beside each slide when asked. Built from the model and the
 * fitted slides; no script.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fill, wordsFor, type Words } from '../../i18n/index.js';
import type { Block, RoadmapEdition, Section } from '../../model/types.js';
import { withLabel } from '../../model/label.js';
import { allInitiatives, roadmapName } from '../../model/types.js';
import { pageWord, type SlideInfo } from '../../render/view.js';
import type { HandoutLayout, HandoutOrientation, Paper } from '../../settings/defaults.js';
import { handoutGeometry, handoutLayoutCss } from './handout-layout.js';
import { AUTHOR_NOTES_CSS, authorNotesHtml } from './author-notes-html.js';

export type { HandoutLayout };

export interface HandoutInput {
  edition: RoadmapEdition;
  slides: SlideInfo[];
  /** Each slide's inline SVG, fitted. */
  slideSvgs: string[];
  css: string;
  layout: HandoutLayout;
  paper: Paper;
  /** Default portrait. */
  orientation?: HandoutOrientation;
  /** Ruled note lines beside each slide (default none). */
  lines?: boolean;
  /** Slide width / height (default 16:9). */
  aspect?: number;
  /** Slides whose body was shortened on screen. */
  shortened: Set<number>;
  /** The deck's language (default English). */
  words?: Words;
  /** Print each initiative's author notes above its full text (layout 1). */
  authorNotes?: boolean;
}

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Rich text as HTML for print: links are followed by their URL in parentheses. */
export function blocksToPrintHtml(blocks: Block[] | RootContent[]): string {
  return (blocks as RootContent[]).map(blockHtml).join('\n');
}

function blockHtml(block: RootContent): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.children)}</p>`;
    case 'heading':
      return `<p><strong>${inlineHtml(block.children)}</strong></p>`;
    case 'blockquote':
      return `<blockquote>${blocksToPrintHtml(block.children)}</blockquote>`;
    case 'code':
      return `<pre>${escapeHtml(block.value)}</pre>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start && block.start !== 1 ? ` start="${block.start}"` : '';
      return `<${tag}${start}>${block.children
        .map((item) => {
          // A checklist item shows its box where the bullet would be, not a bullet and a box.
          if (typeof item.checked !== 'boolean') return `<li>${blocksToPrintHtml(item.children)}</li>`;
          return `<li class="task"><span class="task-box">${item.checked ? '☑' : '☐'}</span> ${blocksToPrintHtml(item.children)}</li>`;
        })
        .join('')}</${tag}>`;
    }
    case 'table':
      return `<table>${block.children
        .map(
          (row, r) =>
            `<tr>${row.children
              .map((cell) => {
                const tag = r === 0 ? 'th' : 'td';
                return `<${tag}>${inlineHtml(cell.children)}</${tag}>`;
              })
              .join('')}</tr>`,
        )
        .join('')}</table>`;
    case 'thematicBreak':
    case 'html':
    case 'definition':
      return '';
    default:
      return 'children' in block ? blocksToPrintHtml((block as { children: RootContent[] }).children) : '';
  }
}

function inlineHtml(nodes: PhrasingContent[]): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
          return escapeHtml(node.value);
        case 'inlineCode':
          return `<code>${escapeHtml(node.value)}</code>`;
        case 'strong':
          return `<strong>${inlineHtml(node.children)}</strong>`;
        case 'emphasis':
          return `<em>${inlineHtml(node.children)}</em>`;
        case 'delete':
          return `<del>${inlineHtml(node.children)}</del>`;
        case 'break':
          return '<br>';
        case 'link': {
          const text = inlineHtml(node.children);
          if (node.url.startsWith('#')) return text;
          const plain = node.children.map((c) => ('value' in c ? c.value : '')).join('');
          return plain === node.url
            ? `<a href="${escapeHtml(node.url)}">${escapeHtml(node.url)}</a>`
            : `${text} <span class="url">(<a href="${escapeHtml(node.url)}">${escapeHtml(node.url)}</a>)</span>`;
        }
        case 'image':
          return escapeHtml(node.alt ?? '');
        case 'html':
          return '';
        default:
          return 'children' in node ? inlineHtml((node as { children: PhrasingContent[] }).children) : '';
      }
    })
    .join('');
}

/** Does printed text add something the slide cannot: a link's address (the slide shows its words)? */
function writesOutLinks(nodes: readonly unknown[]): boolean {
  return nodes.some((node) => {
    const n = node as { type?: string; url?: string; children?: unknown[] };
    if (n.type === 'link' && n.url && !n.url.startsWith('#')) {
      const plain = (n.children ?? []).map((c) => (c as { value?: string }).value ?? '').join('');
      if (plain !== n.url) return true;
    }
    return Array.isArray(n.children) && writesOutLinks(n.children);
  });
}

/**
 * The full text of a slide, for a one-slide page. It is printed only where
 * the paper adds something: the slide was shortened, or the text has links
 * whose addresses the slide does not show. Otherwise it would repeat the
 * slide right under it.
 */
function textFor(
  slide: SlideInfo,
  edition: RoadmapEdition,
  shortened: boolean,
  words: Words,
  authorNotes = false,
): string {
  const note = shortened ? `<p class="note">${escapeHtml(words.text('handoutShortened'))}</p>` : '';
  const worth = (blocks: Block[], extra = false) => shortened || extra || writesOutLinks(blocks);
  switch (slide.kind) {
    case 'title':
      return worth(edition.intro) ? note + blocksToPrintHtml(edition.intro) : '';
    case 'section': {
      const section = edition.sections.find((s) => s.id === slide.id);
      return section && worth(section.intro) ? note + blocksToPrintHtml(section.intro) : '';
    }
    case 'initiative': {
      const initiative = allInitiatives(edition).find((i) => i.id === slide.id);
      if (!initiative) return '';
      const tracked = initiative.tracking !== undefined && initiative.tracking.text !== initiative.tracking.url;
      if (!worth(initiative.body, tracked || (authorNotes && !!initiative.authorNotes))) return '';
      const section = edition.sections.find((s) => s.initiatives.includes(initiative)) as Section;
      const status =
        initiative.status !== 'unknown'
          ? `<span class="status status-${initiative.status}">${escapeHtml(pageWord(initiative.statusText) ?? words.status(initiative.status))}</span>`
          : '';
      const where = section && !section.implicit ? `<span class="where">${escapeHtml(section.title)}</span>` : '';
      const tracking = initiative.tracking
        ? `<p class="tracking">${escapeHtml(words.text('tracking'))}${escapeHtml(initiative.tracking.text)} (<a href="${escapeHtml(initiative.tracking.url)}">${escapeHtml(initiative.tracking.url)}</a>)</p>`
        : '';
      const author = authorNotes ? authorNotesHtml(initiative.authorNotes, words) : '';
      return `${note}<h2>${escapeHtml(initiative.title)}</h2><p class="meta">${[status, where].filter(Boolean).join(' · ')}</p>${author}${blocksToPrintHtml(initiative.body)}${tracking}`;
    }
    case 'closing':
      return edition.closing && worth(edition.closing.body) ? note + blocksToPrintHtml(edition.closing.body) : '';
    default:
      return '';
  }
}

const handoutCss = `
html, body { margin: 0; background: #fff; color: #111827; font-family: 'DejaVu Sans', 'Liberation Sans', Arial, 'Noto Color Emoji', sans-serif; font-size: 10.5pt; line-height: 1.45; }
.page { break-after: page; }
.page:last-child { break-after: auto; }
.slide { box-sizing: border-box; border: 1px solid #d1d5db; border-radius: 4px; overflow: hidden; break-inside: avoid; }
.slide .marpit > svg { display: block; width: 100%; height: auto; }
.notes { margin-top: 5mm; hyphens: auto; }
.notes:lang(ko) { word-break: keep-all; }
.notes h2 { font-size: 13pt; margin: 0 0 1mm; }
.notes .meta { color: #4b5563; margin: 0 0 3mm; }
.notes .note { color: #4b5563; font-style: italic; }
.notes p { margin: 0 0 2.5mm; }
.notes ul, .notes ol { margin: 0 0 2.5mm; padding-left: 6mm; }
.notes li.task { list-style: none; }
.notes li.task > .task-box { display: inline-block; width: 1.2em; margin-left: -1.2em; }
.notes li.task > p:first-of-type { display: inline; }
.notes a { color: #1d4ed8; text-decoration: none; }
.notes .url { color: #374151; word-break: break-all; }
.notes table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
.notes th, .notes td { border: 1px solid #e5e7eb; padding: 1mm 2mm; text-align: left; vertical-align: top; }
.notes pre { white-space: pre-wrap; background: #f3f4f6; padding: 2mm; }
.notes blockquote { margin: 0 0 2.5mm; padding-left: 3mm; border-left: 2px solid #d1d5db; color: #374151; }
.cell { break-inside: avoid; overflow: hidden; }
`;

export function handoutHtml(input: HandoutInput): string {
  const { edition, slides, slideSvgs, layout } = input;
  const words = input.words ?? wordsFor();
  const geometry = handoutGeometry({
    layout,
    paper: input.paper,
    orientation: input.orientation ?? 'portrait',
    lines: input.lines ?? false,
    aspect: input.aspect ?? 16 / 9,
  });
  const rules = geometry.lines.count
    ? `<div class="lines" aria-hidden="true">${'<div class="rule"></div>'.repeat(geometry.lines.count)}</div>`
    : '';
  const figure = (i: number, caption = '') =>
    `<div class="figure"><div class="shot"><div class="slide"><div class="marpit">${slideSvgs[i] ?? ''}</div></div>${caption}</div>${rules}</div>`;
  const ruled = rules ? ' ruled' : '';
  let pages: string[];
  if (layout === 1) {
    pages = slides.map((slide, i) => {
      const text = textFor(slide, edition, input.shortened.has(slide.number), words, input.authorNotes);
      return `<div class="page one${ruled}">${figure(i)}${text ? `<div class="notes">${text}</div>` : ''}</div>`;
    });
  } else {
    pages = [];
    for (let i = 0; i < slides.length; i += layout) {
      const cells = slides
        .slice(i, i + layout)
        .map(
          (slide, k) =>
            `<div class="cell">${figure(i + k, `<div class="caption">${slide.number}. ${escapeHtml(slide.title)}</div>`)}</div>`,
        );
      pages.push(`<div class="page"><div class="grid n${layout}${ruled}">${cells.join('')}</div></div>`);
    }
  }
  return `<!DOCTYPE html>
<html lang="${escapeHtml(words.tag)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>${escapeHtml(words.text('handoutTitle', { title: withLabel(edition.title, edition) }))}</title>
<style>${input.css}</style><style>${handoutCss}${handoutLayoutCss(geometry, input.paper)}${input.authorNotes ? AUTHOR_NOTES_CSS : ''}</style></head>
<body>${pages.join('\n')}</body></html>`;
}

/** Chrome header/footer templates (they cannot load fonts or scripts). */
export function handoutFooter(edition: RoadmapEdition, words: Words = wordsFor()): { header: string; footer: string } {
  const title = escapeHtml(withLabel(roadmapName(edition.title, edition.project), edition, ' · '));
  // Chrome fills the page numbers into these two elements.
  const page = fill(escapeHtml(words.text('handoutPage')), {
    page: '<span class="pageNumber"></span>',
    pages: '<span class="totalPages"></span>',
  });
  return {
    header: '<span></span>',
    footer: `<div lang="${escapeHtml(words.tag)}" style="font-size:8px;font-family:sans-serif;color:#6b7280;width:100%;padding:0 14mm;display:flex;justify-content:space-between;"><span>${title}</span><span>${page}</span></div>`,
  };
}

export type { Nodes };
