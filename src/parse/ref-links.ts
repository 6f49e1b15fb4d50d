/**
 * Reference links in a title and the words around them: "#123", "issue 123", "owner/repo#45", a bare
 * address, the fillers between them, and the words that point to them ("see", "cf.").
 */
import type { Link, PhrasingContent } from 'mdast';
import { plainText } from './markdown.js';

/** An issue's state written after its number, as a tracker shows it: "#886 (closed)", "#292 open". */
const STATE = String.raw`(?:open|closed|merged|in[\s-]progress)`;
const REF_STATE = String.raw`(?:\s*\(${STATE}\)|\s+${STATE})?`;
/**
 * "#123", "issue 123", "PR #45", "owner/repo#45", "Issue #60", "Widgets #501", "Widgets issue #501",
 * "Project 1", "Epic 12", "iotagent-json#416".
 */
export const REF_TEXT = new RegExp(
  String.raw`^(?:(?:issue|pr|pull\s+request|milestone|project|board|epic)\s*)?(?:#\d+${REF_STATE}|\d+)$|^[\w.-]+(?:\/[\w.-]+)?#\d+${REF_STATE}$|^[\w.-]+\s+(?:(?:issue|pr|pull\s+request)\s+)?#\d+${REF_STATE}$`,
  'i',
);
/** Words that point to references: "see", "see also", "cf.", "refs". */
export const SEE = /^[\s(,;]*(?:see(?:\s+also)?|cf\.?|refs?\.?|related)\s*:?\s*$/i;

export const words = (nodes: PhrasingContent[]) => plainText(nodes).split(/\s+/).filter(Boolean).length;

/** A link written as its own URL (an autolink or a bare URL). */
export function isBareUrl(link: Link): boolean {
  const text = plainText(link).trim();
  return (
    /^(https?:\/\/|www\.)\S+$/i.test(text) &&
    (text === link.url || link.url.endsWith(text.replace(/^www\./, '')) || link.url === `http://${text}`)
  );
}

export function isRefLink(node: PhrasingContent | undefined): node is Link {
  return node?.type === 'link' && (REF_TEXT.test(plainText(node).trim()) || isBareUrl(node));
}

export const isFiller = (node: PhrasingContent | undefined) =>
  node?.type === 'text' && /^[\s.,;:()\-–—&]*(and\s*)?[\s.,;:()\-–—&]*$/i.test(node.value);
