/**
 * How the accuracy scorer compares text: a title matches when it reads the
 * same to a presenter, not when it is byte-identical. Numbering and prefixes
 * ("1.2", "P1:", "Phase 1:") are deliberately kept: the truth files list them
 * in `alt` where a presenter would accept them, so the scorer must not forgive
 * them on its own.
 */

/** Leading/trailing noise: whitespace, punctuation, symbols (emoji are symbols), format characters, emoji selectors. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the keycap mark (U+20E3) is stripped as a character of its own
const EDGE = /^[\s\p{P}\p{S}\p{Cf}\uFE0E\uFE0F\u20E3]+|[\s\p{P}\p{S}\p{Cf}\uFE0E\uFE0F\u20E3]+$/gu;

/**
 * Case-folded, whitespace-collapsed text with Markdown/HTML markup and
 * surrounding punctuation, quotes and emoji removed. Inner punctuation stays:
 * "v0.3.7 (v1alpha3+)" and "v0.37" must not collide.
 */
export function normalizeText(text: string): string {
  return stripMarkup(text.normalize('NFC'))
    .replace(/[\u200B\u2060]/g, '')
    .replace(/\s+/gu, ' ')
    .toLowerCase()
    .replace(EDGE, '');
}

/** Markdown written into a title by hand (truth files copy some titles with their code spans). */
function stripMarkup(text: string): string {
  return (
    text
      .replace(/<[^>\n]*>/g, ' ')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
      .replace(/`/g, '')
      .replace(/\*+/g, '')
      // Underscores only as emphasis, so that identifiers such as information_schema survive.
      .replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1')
  );
}

/** Section names compare like titles; `null` (no section) only equals `null`. */
export function sameSection(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return normalizeText(a) === normalizeText(b);
}

/**
 * URLs compare after the spelling differences that do not change the target:
 * scheme and host case, and a trailing slash. Query and fragment stay
 * significant (a comment anchor is not the issue itself).
 */
export function normalizeUrl(url: string | null | undefined): string | null {
  if (url === null || url === undefined || url.trim() === '') return null;
  const trimmed = url.trim();
  try {
    // URL() already lower-cases scheme and host.
    const parsed = new URL(trimmed);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}${parsed.hash}`;
  } catch {
    return trimmed.replace(/\/+$/, '');
  }
}
