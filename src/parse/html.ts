/**
 * Just enough HTML reading to turn raw HTML found in a roadmap page into
 * text. Nothing here produces HTML: the output is always plain text.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
  reg: '®',
  trade: '™',
  middot: '·',
  bull: '•',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

export interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

/** Reads a single HTML tag such as `<span class="x">`, `</span>` or `<br/>`. */
export function parseTag(html: string): Tag | undefined {
  const match = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>$/s.exec(html.trim());
  if (!match) return undefined;
  return { name: match[2]!.toLowerCase(), closing: match[1] === '/', selfClosing: match[3] === '/' };
}

const DROPPED_ELEMENTS =
  /<(script|style|iframe|object|embed|template|noscript|svg|math|textarea|select)\b[\s\S]*?(<\/\1\s*>|$)/gi;
const BLOCK_BREAKS = /<\/?(p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|blockquote|pre|details|summary)\b[^>]*>/gi;

/** Text content of an HTML fragment; dangerous elements are dropped with their content. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(DROPPED_ELEMENTS, ' ')
    .replace(BLOCK_BREAKS, ' ')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/<![^>]*>|<\?[\s\S]*?\?>/g, '');
  return decodeEntities(text)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
