/** What a board table's cell names, without a list of its own: one piece of work. */
import type { TableCell } from 'mdast';
import { plainText } from './markdown.js';
import { bucketOf } from './period.js';
import { normalizeStatus } from './status.js';

/** A board's cell that names one piece of work: words, not a release, a time or a state alone. */
export function namesAnItem(cell: TableCell): boolean {
  const text = plainText(cell).trim();
  if (text.split(/\s+/).length >= 3) return true;
  return !/^v?\d/i.test(text) && !bucketOf(text) && normalizeStatus(text) === 'unknown' && /\p{L}{2}/u.test(text);
}
