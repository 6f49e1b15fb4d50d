/**
 * The self-contained HTML deck: Marp's slides and CSS, the viewer's CSS and
 * script, the speaker notes, and a Content-Security-Policy that allows
 * nothing to load from anywhere and only this deck's own script to run.
 */
import { createHash } from 'node:crypto';
import { wordsFor, type Words } from '../../i18n/index.js';
import { deckViewer, type ViewerLabels } from './viewer.js';

export interface DeckHtmlInput {
  title: string;
  /** The deck's language: its `lang` and the viewer's words (default English). */
  words?: Words;
  /** Marp HTML (`<div class="marpit">…`). */
  slidesHtml: string;
  /** Marp CSS. */
  css: string;
  notes: string[];
  /** What each slide shows: its kind and, for a section or an initiative, the model id (the viewer keeps its place by it). */
  slides?: { kind: string; id?: string }[];
  description?: string;
}

const VIEWER_SCRIPT = `(${deckViewer.toString()})();`;
const VIEWER_HASH = createHash('sha256').update(VIEWER_SCRIPT).digest('base64');

const VIEWER_CSS = `
html, body { margin: 0; padding: 0; background: #0b1020; height: 100%; overflow: hidden; font-family: 'DejaVu Sans', Arial, sans-serif; }
.marpit > svg { display: none; position: absolute; inset: 0; width: 100vw; height: 100vh; }
.marpit > svg.rd-active { display: block; }
body:not(.rd-ready) .marpit > svg:first-child { display: block; }
.rd-ui { position: fixed; right: 14px; bottom: 12px; display: flex; gap: 6px; align-items: center; opacity: 0; transition: opacity .2s; z-index: 10; }
body.rd-pointer .rd-ui, .rd-ui:hover { opacity: 1; }
.rd-ui button { font: inherit; font-size: 14px; color: #e5e7eb; background: rgba(17,24,39,.85); border: 1px solid #374151; border-radius: 6px; padding: 4px 10px; cursor: pointer; }
#rd-counter { color: #e5e7eb; background: rgba(17,24,39,.85); border-radius: 6px; padding: 4px 10px; font-size: 14px; min-width: 56px; text-align: center; }
.rd-presenter-layout { display: none; }
body.rd-presenter > .marpit { display: none; }
body.rd-presenter .rd-presenter-layout { display: grid; grid-template-columns: 62fr 38fr; grid-template-rows: auto 1fr 1fr; gap: 14px; padding: 14px; box-sizing: border-box; height: 100vh; color: #e5e7eb; }
.rd-presenter-bar { grid-column: 1 / 3; display: flex; justify-content: space-between; font-size: 18px; }
.rd-presenter-current { grid-row: 2 / 4; display: flex; align-items: center; }
.rd-presenter-current .marpit, .rd-presenter-next .marpit { width: 100%; }
.rd-presenter-current .marpit > svg, .rd-presenter-next .marpit > svg { display: block !important; position: static !important; width: 100%; height: auto; max-height: 100%; }
.rd-presenter-next { display: flex; align-items: flex-start; color: #9ca3af; }
.rd-presenter-notes { overflow: auto; white-space: pre-wrap; font-size: 20px; line-height: 1.45; background: #111827; border-radius: 8px; padding: 12px 16px; }
@media print {
  @page { size: 1280px 720px; margin: 0; }
  html, body { background: none; height: auto; overflow: visible; }
  .marpit > svg, body:not(.rd-ready) .marpit > svg { display: block !important; position: static; width: 1280px; height: 720px; break-after: page; break-inside: avoid; }
  .marpit > svg:last-child { break-after: auto; }
  .rd-ui, .rd-presenter-layout { display: none !important; }
}
`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JSON that can sit inside a `<script>` element without ever closing it. */
const safeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export const DECK_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  `script-src 'sha256-${VIEWER_HASH}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "object-src 'none'",
].join('; ');

export function deckHtml(input: DeckHtmlInput): string {
  const words = input.words ?? wordsFor();
  const t = (key: Parameters<Words['text']>[0]) => escapeHtml(words.text(key));
  // The words the viewer's script writes as it goes; it runs under a hash, so they come as data.
  const labels: ViewerLabels = { slideOf: words.text('viewerSlideOf'), end: words.text('viewerEnd'), noNotes: words.text('viewerNoNotes') };
  return `<!DOCTYPE html>
<html lang="${escapeHtml(words.tag)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${DECK_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="roadmap-deck">
${input.description ? `<meta name="description" content="${escapeHtml(input.description)}">\n` : ''}<title>${escapeHtml(input.title)}</title>
<style>${input.css}</style>
<style>${VIEWER_CSS}</style>
</head>
<body>
${input.slidesHtml}
<div class="rd-presenter-layout" aria-hidden="true">
<div class="rd-presenter-bar"><span id="rd-presenter-timer">00:00</span><span id="rd-presenter-counter"></span><span>${t('viewerPresenterBar')}</span></div>
<div class="rd-presenter-current" id="rd-presenter-current"></div>
<div class="rd-presenter-next" id="rd-presenter-next"></div>
<div class="rd-presenter-notes" id="rd-presenter-notes"></div>
</div>
<nav class="rd-ui" aria-label="${t('viewerControls')}">
<button type="button" data-rd-action="prev" title="${t('viewerPrevious')}">‹</button>
<span id="rd-counter">1 / ${input.notes.length}</span>
<button type="button" data-rd-action="next" title="${t('viewerNext')}">›</button>
<button type="button" data-rd-action="fullscreen" title="${t('viewerFullscreenHint')}">${t('viewerFullscreen')}</button>
<button type="button" data-rd-action="presenter" title="${t('viewerNotesHint')}">${t('viewerNotes')}</button>
</nav>
<script type="application/json" id="rd-notes">${safeJson(input.notes)}</script>
<script type="application/json" id="rd-slides">${safeJson(input.slides ?? [])}</script>
<script type="application/json" id="rd-labels">${safeJson(labels)}</script>
<script>${VIEWER_SCRIPT}</script>
</body>
</html>
`;
}
