/**
 * Characters that change how text reads without being seen.
 *
 * In a link, every default-ignorable code point and every bidirectional
 * control: overrides, embeddings, isolates and marks (U+202A–U+202E,
 * U+2066–U+2069, U+200E/U+200F, U+061C) can make `moc.elgoog` show as
 * `google.com`; zero-width and invisible characters (U+200B–U+200D, U+2060–
 * U+2064, U+FEFF, the soft hyphen U+00AD, the Hangul fillers U+115F, U+1160,
 * U+3164, U+FFA0, variation selectors, tag characters U+E0000–U+E007F…) can
 * make two links look alike. Inside a link's text they are shown as
 * `⟨U+202E⟩`; inside its URL they are percent-encoded. An emoji sequence
 * keeps its joiners, variation selectors and tags (👨‍👩‍👧, ⚠️, ⚡️, 🏴󠁧󠁢󠁳󠁣󠁴󠁿): they are
 * what draws it.
 *
 * In a title (the deck's, a section's, an initiative's), which is also shown
 * in the overview's links, the index page, the PDF outline and the terminal,
 * the controls that reorder text (overrides, embeddings, isolates) are shown
 * the same way: `### ‮eno erutaeF` must not read as "Feature one".
 *
 * Elsewhere they are left alone: right-to-left prose and emoji need them.
 */
import type { Root } from 'mdast';
import type { Inline, RoadmapEdition } from '../model/types.js';
import { walk } from './markdown.js';

const HIDDEN = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu;
const REORDERING = /[\u202a-\u202e\u2066-\u2069]/gu;
// `v` flag: RGI_Emoji is a property of strings (built by RegExp so that the ES2022 target accepts it).
// One variation selector right after a character drawn as an emoji anyway ("⚡️": U+26A1 U+FE0F) only
// asks for that drawing: it goes with it. A second one, or one after a whole sequence, is shown.
// biome-ignore lint/complexity/useRegexLiterals: a `v`-flag literal does not compile for the ES2022 target
const EMOJI = new RegExp('\\p{Emoji_Presentation}\\uFE0F|\\p{RGI_Emoji}', 'gv');

const codePoint = (c: string) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;

/** Text with each hidden character written out as its code point; emoji sequences kept whole. */
export function revealHidden(text: string): string {
  if (!text.match(HIDDEN)) return text;
  let shown = '';
  let from = 0;
  for (const emoji of text.matchAll(EMOJI)) {
    shown += text.slice(from, emoji.index).replace(HIDDEN, codePoint) + emoji[0];
    from = emoji.index + emoji[0].length;
  }
  return shown + text.slice(from).replace(HIDDEN, codePoint);
}

/** Text with each control that reorders it written out as its code point. */
export function revealReordering(text: string): string {
  return text.replace(REORDERING, codePoint);
}

/** A URL with each hidden character percent-encoded. */
export function encodeHidden(url: string): string {
  return url.replace(HIDDEN, (c) => encodeURIComponent(c));
}

/** Reveals hidden characters in every link's text and URL, in place. */
export function revealHiddenInLinks(root: Root): void {
  walk(root, (node) => {
    if (node.type === 'definition') node.url = encodeHidden(node.url);
    if (node.type !== 'link' && node.type !== 'linkReference') return;
    if (node.type === 'link') node.url = encodeHidden(node.url);
    walk(node, (inner) => {
      if (inner.type === 'text' || inner.type === 'inlineCode') inner.value = revealHidden(inner.value);
    });
  });
}

/** Reveals the controls that reorder text in every title of the edition, in place. */
export function revealReorderingInTitles(edition: RoadmapEdition): void {
  const rich = (inlines: Inline[]) =>
    walk({ type: 'root', children: [{ type: 'paragraph', children: inlines }] } as Root, (node) => {
      if (node.type === 'text' || node.type === 'inlineCode') node.value = revealReordering(node.value);
    });
  edition.title = revealReordering(edition.title);
  edition.label = revealReordering(edition.label);
  if (edition.project) edition.project = revealReordering(edition.project);
  if (edition.closing) edition.closing.title = revealReordering(edition.closing.title);
  for (const section of edition.sections) {
    section.title = revealReordering(section.title);
    if (section.bucket) section.bucket.label = revealReordering(section.bucket.label);
    if (section.statusText) section.statusText = revealReordering(section.statusText);
    for (const initiative of section.initiatives) {
      initiative.title = revealReordering(initiative.title);
      rich(initiative.titleRich);
      if (initiative.bucket) initiative.bucket.label = revealReordering(initiative.bucket.label);
      if (initiative.statusText) initiative.statusText = revealReordering(initiative.statusText);
      for (const link of initiative.links) link.text = revealReordering(link.text);
    }
  }
}
