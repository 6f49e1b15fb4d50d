/**
 * Author notes in the handout (`--handout-notes`): the initiative's notes as
 * the author wrote them, printed as text above its full text. Notes are data:
 * every character is escaped, nothing in them is read as HTML or Markdown.
 */
import type { Words } from '../../i18n/index.js';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function authorNotesHtml(notes: string | undefined, words: Words): string {
  if (!notes?.trim()) return '';
  const paragraphs = notes
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`);
  return `<div class="author-notes"><p class="author-notes-label">${escapeHtml(words.text('handoutAuthorNotes'))}</p>${paragraphs.join('')}</div>`;
}

/** Their look: set apart from the page's text, every colour well over WCAG AA on #f9fafb. */
export const AUTHOR_NOTES_CSS = `
.notes .author-notes { margin: 0 0 3mm; padding: 2mm 3mm; background: #f9fafb; border-left: 2px solid #4b5563; break-inside: avoid; }
.notes .author-notes p { margin: 0 0 1.5mm; color: #111827; }
.notes .author-notes p:last-child { margin-bottom: 0; }
.notes .author-notes .author-notes-label { color: #374151; font-weight: 700; font-size: 9.5pt; }
`;
