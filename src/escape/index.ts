/**
 * The one place where roadmap text becomes slide source. Everything taken
 * from a roadmap page passes through here before it reaches a template, so
 * that it stays data:
 *
 * - Markdown: rich text is serialized by mdast-util-to-markdown, which escapes
 *   every character that would start syntax (`#`, `*`, `---`, `<`, `[`…).
 * - Marp: thematic breaks (slide separators) and headings are removed from
 *   bodies; HTML comments cannot occur because `<` is escaped; speaker notes
 *   are written so that they can never close their comment or parse as a
 *   directive.
 * - Handlebars: templates receive finished strings; Handlebars never
 *   evaluates data, so `{{…}}` in roadmap text is printed as written.
 * - HTML: raw HTML was already reduced to text by the parser; `<` is escaped
 *   again here, and marp-core renders with an allowlist that only templates use.
 */
import type { BlockContent, Nodes, Paragraph, PhrasingContent, Root, RootContent, TableCell, Text } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import type { Block, Inline } from '../model/types.js';
import { walk } from '../parse/markdown.js';

const OPTIONS: ToMarkdownOptions = {
  extensions: [gfmToMarkdown()],
  bullet: '-',
  bulletOther: '*',
  emphasis: '_',
  strong: '*',
  fence: '`',
  listItemIndent: 'one',
  rule: '*',
  resourceLink: true,
  handlers: {
    // Emphasis markers in text are always escaped: the serializer leaves "🚧_🚧a" alone (by
    // CommonMark's flanking rules), but markdown-it, which renders the slides, reads emphasis there.
    // In a link's text, "://" is broken up with an escape: the slides' renderer would otherwise
    // start a bare-URL link inside the label ("[https://x.org/27[#27](…)]") and swallow the rest.
    text: (node, parent, state, info) => {
      const safe = escapeAttention(state.safe((node as Text).value, info));
      return parent?.type === 'link' ? safe.replace(/:\/\//g, '\\://') : safe;
    },
  },
};

/** Backslash-escapes every `_` and `*` not already escaped (an even run of backslashes before it). */
function escapeAttention(markdown: string): string {
  let out = '';
  let backslashes = 0;
  for (const char of markdown) {
    if ((char === '_' || char === '*') && backslashes % 2 === 0) out += '\\';
    backslashes = char === '\\' ? backslashes + 1 : 0;
    out += char;
  }
  return out;
}

/** Rewrites link URLs (e.g. in-page anchors to slide numbers) before serializing. */
type UrlRewriter = (url: string) => string | undefined;

interface BlockOptions {
  rewriteUrl?: UrlRewriter;
}

/** Rich text → Markdown for a slide body. Never produces a slide break, heading, HTML or comment. */
export function blocksToMarkdown(blocks: Block[], options: BlockOptions = {}): string {
  const root: Root = { type: 'root', children: sanitizeBlocks(structuredClone(blocks) as RootContent[], true) };
  rewriteLinks(root, options.rewriteUrl);
  return toMarkdown(root, OPTIONS).trim();
}

/** Rich inline text → single-line Markdown (for titles, table cells, list entries). */
export function inlineToMarkdown(inlines: Inline[] | string, options: BlockOptions = {}): string {
  const children: PhrasingContent[] =
    typeof inlines === 'string' ? [{ type: 'text', value: inlines }] : structuredClone(inlines);
  const paragraph: Paragraph = { type: 'paragraph', children: sanitizeInlines(children) };
  const root: Root = { type: 'root', children: [paragraph] };
  rewriteLinks(root, options.rewriteUrl);
  return toMarkdown(root, OPTIONS)
    .trim()
    .replace(/\s*\n\s*/g, ' ');
}

/** Plain text → Markdown that shows exactly that text. */
export function textToMarkdown(text: string): string {
  return inlineToMarkdown(text);
}

/**
 * Every line of a speaker-notes comment starts with this mark (a zero-width
 * space). Marp reads a comment as directives when its text parses as a YAML
 * map with a directive name as a key (`theme: gaia`, `_class: x`, `style: …`);
 * a YAML key starts where its line starts, so with the mark in front of every
 * line no key can ever equal a directive name, whatever the page says.
 * `notesFromComment` takes the marks off again.
 */
export const NOTE_LINE_MARK = '\u200b';

/**
 * Plain text for a Marp speaker-notes comment: a first line naming the
 * slide, then the text, each line marked (see NOTE_LINE_MARK); `-->` and
 * `<!--` are broken up so the comment cannot end early or nest.
 */
export function notesComment(heading: string, text: string, lead = 'Speaker notes'): string {
  const safe = (value: string) =>
    value
      .replace(/\r/g, '')
      .replace(/--+>/g, (m) => `${m.slice(0, -1)}\u200b>`)
      .replace(/<!--/g, '<!\u200b--')
      .replace(/--!>/g, '--!\u200b>');
  const lines = [`${safe(lead)} — ${safe(heading).replace(/\s+/g, ' ')}`, '', ...safe(text).trim().split('\n')];
  return `<!--\n${lines.map((line) => (line.trim() ? NOTE_LINE_MARK + line : line)).join('\n')}\n-->`;
}

/** The text of a speaker-notes comment as Marp returns it, without the line marks. */
export function notesFromComment(comment: string): string {
  return comment
    .split('\n')
    .map((line) => (line.startsWith(NOTE_LINE_MARK) ? line.slice(NOTE_LINE_MARK.length) : line))
    .join('\n');
}

function rewriteLinks(root: Root, rewrite: UrlRewriter | undefined): void {
  if (!rewrite) return;
  walk(root, (node, parent) => {
    if (node.type !== 'link' || !parent) return;
    const url = rewrite(node.url);
    if (url !== undefined) {
      node.url = url;
      return;
    }
    const siblings = parent.children as Nodes[];
    siblings.splice(siblings.indexOf(node), 1, ...node.children);
  });
}

/** Longest line read as a list's label (four long English words). */
const LABEL_MAX_CHARS = 40;

/** Keeps only block content a slide body may hold. */
function sanitizeBlocks(blocks: RootContent[], topLevel = false): RootContent[] {
  const out: RootContent[] = [];
  for (const [index, block] of blocks.entries()) {
    switch (block.type) {
      case 'thematicBreak':
      case 'definition':
      case 'yaml':
        break;
      case 'html': {
        const text = block.value.replace(/<[^>]*>/g, '').trim();
        if (text) out.push({ type: 'paragraph', children: [{ type: 'text', value: text }] });
        break;
      }
      case 'heading':
        // A heading inside an initiative never starts a slide: it becomes a bold line.
        out.push({ type: 'paragraph', children: [{ type: 'strong', children: sanitizeInlines(block.children) }] });
        break;
      case 'paragraph': {
        const children = sanitizeInlines(block.children);
        // A short plain line that introduces a list ("Goals", "Tasks", "主な作業") reads as its label. Short in
        // characters too: a Japanese or Chinese sentence has no spaces, so it is one "word" however long.
        const next = blocks[index + 1];
        const line = children.length === 1 && children[0]!.type === 'text' ? children[0].value.trim() : '';
        const label =
          topLevel &&
          (next?.type === 'list' || next?.type === 'table') &&
          line !== '' &&
          line.split(/\s+/).length <= 4 &&
          line.length <= LABEL_MAX_CHARS &&
          !/[.!?,;。．！？，、；]$/.test(line);
        out.push({ ...block, children: label ? [{ type: 'strong', children }] : children });
        break;
      }
      case 'code':
        out.push({ type: 'code', lang: safeLang(block.lang), meta: null, value: block.value });
        break;
      case 'listItem': {
        // Task list boxes become ☑ / ☐ (slides have no checkbox syntax), in a span of the theme's that
        // stands where the bullet would: the item shows its box, not a bullet and a box. The span is
        // written here, never taken from the page.
        const children = sanitizeBlocks(block.children as RootContent[]);
        if (typeof block.checked === 'boolean') {
          const mark: PhrasingContent = {
            type: 'html',
            value: `<span class="task-box">${block.checked ? '☑' : '☐'}</span> `,
          };
          const first = children[0];
          if (first?.type === 'paragraph') children[0] = { ...first, children: [mark, ...first.children] };
          else children.unshift({ type: 'paragraph', children: [mark] });
        }
        out.push({ ...block, checked: null, children } as RootContent);
        break;
      }
      default:
        if ('children' in block) {
          const children =
            block.type === 'table' || block.type === 'tableRow'
              ? (block.children as RootContent[]).map((child) => sanitizeCell(child))
              : sanitizeBlocks(block.children as RootContent[]);
          out.push({ ...block, children } as RootContent);
        } else {
          out.push(block);
        }
    }
  }
  return out;
}

function sanitizeCell(node: RootContent): RootContent {
  if (node.type === 'tableRow') return { ...node, children: node.children.map(sanitizeTableCell) };
  if (node.type === 'tableCell') return sanitizeTableCell(node);
  return node;
}

function sanitizeTableCell(cell: TableCell): TableCell {
  return { ...cell, children: sanitizeInlines(cellInlines(cell.children as (PhrasingContent | BlockContent)[])) };
}

/**
 * A cell's content as one line: a list the page wrote in a cell ("<ul><li>…") reads "A; B; C", as a
 * table cell can only hold a line.
 */
function cellInlines(nodes: (PhrasingContent | BlockContent)[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type === 'list') {
      node.children.forEach((item, i) => {
        if (i || out.length) out.push({ type: 'text', value: i ? '; ' : ' ' });
        out.push(...cellInlines(item.children as BlockContent[]));
      });
    } else if (node.type === 'paragraph') {
      if (out.length) out.push({ type: 'text', value: ' ' });
      out.push(...node.children);
    } else if (!BLOCK_TYPES.has(node.type)) out.push(node as PhrasingContent);
  }
  return out;
}

const BLOCK_TYPES = new Set(['blockquote', 'code', 'heading', 'html', 'table', 'thematicBreak', 'definition']);

/** Inline content: soft line breaks become spaces, raw HTML becomes text, images become their alt text. */
function sanitizeInlines(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push({ type: 'text', value: node.value.replace(/[ \t]*\n[ \t]*/g, ' ') });
        break;
      case 'html':
        break;
      case 'image':
      case 'imageReference':
        if (node.type === 'image' && node.url.startsWith('data:image/'))
          out.push({ ...node, alt: safeAlt(node.alt ?? '') });
        else if (node.alt) out.push({ type: 'text', value: node.alt });
        break;
      case 'footnoteReference':
        break;
      default:
        if ('children' in node)
          out.push({ ...node, children: sanitizeInlines(node.children as PhrasingContent[]) } as PhrasingContent);
        else out.push(node);
    }
  }
  return out;
}

/** Marpit reads keywords (`bg`, `w:100px`, `sepia`…) in image alt text; roadmap alt text must not steer layout. */
function safeAlt(alt: string): string {
  return alt
    .split(/\s+/)
    .filter(
      (word) =>
        !/^(bg|fit|contain|cover|auto|left|right|vertical|sepia|grayscale|blur|brightness|contrast|drop-shadow|hue-rotate|invert|opacity|saturate)(:.*)?$|^(w|h|width|height|x|y):/i.test(
          word,
        ),
    )
    .join(' ');
}

function safeLang(lang: string | null | undefined): string | null {
  return lang && /^[\w+#.-]{1,30}$/.test(lang) ? lang : null;
}
