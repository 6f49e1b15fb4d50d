/**
 * Characters that change how a link reads without being seen: bidirectional
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069, marks U+200E/U+200F,
 * U+061C) can make `moc.elgoog` show as `google.com`, and zero-width
 * characters (U+200B–U+200D, U+2060, U+FEFF) can make two links look alike.
 * Inside a link's text they are shown as `⟨U+202E⟩`; inside its URL they are
 * percent-encoded. Elsewhere they are left alone: right-to-left text and
 * emoji sequences need them.
 */
import type { Root } from 'mdast';
import { walk } from './markdown.js';

const HIDDEN = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** Text with each hidden character written out as its code point. */
export function revealHidden(text: string): string {
  return text.replace(HIDDEN, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
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
