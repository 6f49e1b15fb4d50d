/**
 * The self-contained HTML deck: Marp's slides and CSS, the viewer's CSS and
 * script, the speaker notes, and a Content-Security-Policy that allows
 * nothing to load from anywhere and only this deck's own script to run.
 */
import { createHash } from 'node:crypto';
import { wordsFor, type Words } from '../../i18n/index.js';
import {
  type SlideData,
  VIEWER_CSS,
  VIEWER_LABEL_KEYS,
  VIEWER_SCRIPT,
  type ViewerLabels,
  viewerMarkup,
} from './viewer/index.js';

export interface DeckHtmlInput {
  title: string;
  /** The deck's language: its `lang` and the viewer's words (default English). */
  words?: Words;
  /** Marp HTML (`<div class="marpit">…`). */
  slidesHtml: string;
  /** Marp CSS. */
  css: string;
  notes: string[];
  /**
   * What each slide shows: its kind and, for a section or an initiative, the model id (the viewer
   * keeps its place by it); its title is announced to screen readers and names it in the overview.
   */
  slides?: { kind: string; id?: string; title?: string }[];
  description?: string;
}

const VIEWER_HASH = createHash('sha256').update(VIEWER_SCRIPT).digest('base64');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JSON that can sit inside a `<script>` element without ever closing it. */
const safeJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

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

/**
 * A title as the anchor people write by hand: lower case, every run of other characters one
 * hyphen ("Backend System 1.0" → `backend-system-1-0`), where the model's id follows GitHub's
 * heading slugs (`backend-system-10`). Both open the slide.
 */
export function titleAnchor(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function slideData({ kind, id, title }: { kind: string; id?: string; title?: string }): SlideData {
  const alias = title ? titleAnchor(title) : '';
  return { kind, ...(id ? { id } : {}), ...(title ? { title } : {}), ...(alias && alias !== id ? { alias } : {}) };
}

export function deckHtml(input: DeckHtmlInput): string {
  const words = input.words ?? wordsFor();
  const t = (key: Parameters<Words['text']>[0]) => escapeHtml(words.text(key));
  // The words the viewer's script writes as it goes; it runs under a hash, so they come as data.
  const labels = Object.fromEntries(VIEWER_LABEL_KEYS.map((key) => [key, words.text(key)])) as ViewerLabels;
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
${viewerMarkup(t, input.notes.length)}
<script type="application/json" id="rd-notes">${safeJson(input.notes)}</script>
<script type="application/json" id="rd-slides">${safeJson((input.slides ?? []).map(slideData))}</script>
<script type="application/json" id="rd-labels">${safeJson(labels)}</script>
<script>${VIEWER_SCRIPT}</script>
</body>
</html>
`;
}
