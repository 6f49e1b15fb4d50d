/**
 * Lines struck through: done work read for its name as if unstruck ("~~**Outlines:** write…~~"), and a
 * struck line followed by a word on how it ended ("~~a demo~~ **Done!** [out now](…)").
 */
import type { PhrasingContent } from 'mdast';
import { plainText, trimInlines } from './markdown.js';
import { isStruckThrough, normalizeStatus } from './status.js';

/** A line struck through as a whole, as if unstruck; any other line as it is. */
export function unstruck(inl: PhrasingContent[]): PhrasingContent[] {
  if (!isStruckThrough(inl)) return inl;
  return trimInlines(inl.flatMap((node): PhrasingContent[] => (node.type === 'delete' ? node.children : [node])));
}

/**
 * A struck line followed by a word on how it ended ("~~**Sept 2018**: a demo.~~ **Done!** [out now](…)"):
 * the struck words, as if unstruck, and the remark after them. Undefined for any other line, and where
 * the words after a struck name replace it ("~~v1.2~~ v1.3"): the remark opens with a word for done.
 */
export function struckWithRemark(
  inl: PhrasingContent[],
): { name: PhrasingContent[]; remark: PhrasingContent[] } | undefined {
  const [first] = inl;
  const remark = trimInlines(inl.slice(1));
  if (first?.type !== 'delete' || !remark.length || !/[\p{L}\p{N}]/u.test(plainText(first))) return undefined;
  const opening = plainText(remark[0]!)
    .trim()
    .split(/\s+/)
    .slice(0, 3)
    .join(' ')
    .replace(/[!.,:;]+$/, '');
  // Only a word that says it was done: "~~Mobile app~~ Later" or "Not planned" is work put off, left as written.
  if (normalizeStatus(opening) !== 'done') return undefined;
  return { name: trimInlines(first.children), remark };
}
