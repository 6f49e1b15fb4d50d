/**
 * A name's own abbreviation after it: "Cross Origin Resource Sharing (CORS)", "Quality of Service
 * (QoS)". Such a note is part of the name, not detail about it.
 */
import type { PhrasingContent } from 'mdast';
import { plainText } from './markdown.js';

/** Small words a name's abbreviation may skip: "Bill of Materials (BOM)", "Quality of Service (QoS)". */
const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'a', 'an', 'to', 'in', 'on', '&']);

/**
 * Whether a note in parentheses is the abbreviation of the name before it ("[Cross Origin Resource
 * Sharing] (CORS)", "Multi-Instance GPUs (MIG)"): its capitals are the initials of the name's last
 * words, small words taken or skipped. Such a note is part of the name, not detail about it.
 */
export function spellsOut(name: PhrasingContent[], note: string): boolean {
  const acronym = /^\(([A-Z][A-Za-z0-9]*[A-Z])s?\)$/.exec(note.trim())?.[1];
  if (!acronym) return false;
  const letters = acronym.replace(/[^A-Z]/g, '');
  const initials = plainText(name)
    .split(/[\s\-/]+/)
    .filter(Boolean)
    .map((word) => ({ initial: word.charAt(0).toUpperCase(), small: SMALL_WORDS.has(word.toLowerCase()) }));
  // The words from `w` on spell the letters from `l` on.
  const spells = (w: number, l: number): boolean =>
    w === initials.length
      ? l === letters.length
      : (initials[w]!.small && spells(w + 1, l)) || (initials[w]!.initial === letters[l] && spells(w + 1, l + 1));
  return letters.length >= 2 && initials.some((_, start) => spells(start, 0));
}
