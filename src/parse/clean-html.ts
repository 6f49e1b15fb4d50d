/**
 * Inline raw HTML in a paragraph: formatting tags become their Markdown
 * equivalents (`<b>` → strong, `<code>` → inline code), tags whose content
 * is never shown (script, style, iframe…) are dropped with it, and every
 * other tag becomes the text it holds. Nothing here is ever rendered as HTML.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import { htmlToText, parseTag } from './html.js';
import { plainText } from './markdown.js';

const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'svg',
  'math',
  'textarea',
  'select',
]);
const INLINE_MAP: Record<string, 'emphasis' | 'strong' | 'inlineCode' | 'delete'> = {
  em: 'emphasis',
  i: 'emphasis',
  strong: 'strong',
  b: 'strong',
  code: 'inlineCode',
  kbd: 'inlineCode',
  tt: 'inlineCode',
  del: 'delete',
  s: 'delete',
  strike: 'delete',
};

/**
 * Inline HTML in a run of phrasing content: harmless formatting tags become
 * their Markdown equivalent, `<br>` a line break, dangerous elements vanish
 * with their content, and every other tag is unwrapped to its text.
 */
export function cleanInlineHtml(nodes: PhrasingContent[]): PhrasingContent[] {
  if (!nodes.some((node) => node.type === 'html')) return nodes;
  const root: PhrasingContent[] = [];
  const stack: { tag: string; kind: string; children: PhrasingContent[] }[] = [];
  const target = () => (stack.length ? stack[stack.length - 1]!.children : root);
  let dropping: string | undefined;
  for (const [i, node] of nodes.entries()) {
    if (node.type !== 'html') {
      if (!dropping) target().push(node);
      continue;
    }
    const tag = parseTag(node.value);
    if (!tag) {
      // Not a tag (a comment, a processing instruction…): keep any text in it.
      const text = htmlToText(node.value);
      if (text && !dropping) target().push({ type: 'text', value: text });
      continue;
    }
    if (dropping) {
      if (tag.closing && tag.name === dropping) dropping = undefined;
      continue;
    }
    if (DROP_WITH_CONTENT.has(tag.name)) {
      if (!tag.closing && !tag.selfClosing) dropping = tag.name;
      continue;
    }
    if (tag.name === 'br' || tag.name === 'wbr') {
      if (tag.name === 'br') target().push({ type: 'break' });
      continue;
    }
    // A link's text stays, unwrapped, unless it only leads back to the top of the page ("↑ Top").
    // A span styled as a label is a badge beside the words ("<span class="label">Beta</span>").
    const kind =
      tag.name === 'a'
        ? 'anchor'
        : tag.name === 'span'
          ? isBadgeClass(node.value)
            ? 'badge'
            : 'span'
          : tag.name === 'sup'
            ? 'sup'
            : INLINE_MAP[tag.name];
    if (!kind) continue;
    if (!tag.closing) {
      if (!tag.selfClosing) stack.push({ tag: tag.name, kind, children: [] });
      continue;
    }
    const index = stack.map((frame) => frame.tag).lastIndexOf(tag.name);
    if (index === -1) continue;
    while (stack.length > index) {
      const frame = stack.pop()!;
      // …so is one a kramdown attribute list styles so ("<span>High Priority</span>{: .label .label-blue }").
      const next = nodes[i + 1];
      const styled =
        frame.kind === 'span' && next?.type === 'text' && isBadgeClass(/^\{[^{}\n]*\}/.exec(next.value)?.[0] ?? '');
      target().push(...wrapInline(styled ? 'badge' : frame.kind, frame.children));
    }
  }
  while (stack.length) {
    const frame = stack.pop()!;
    target().push(...frame.children);
  }
  return root;
}

/** "↑ Top", "Back to top", "⬆️": a link that only returns to the top of the page. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: U+FE0F is matched on its own, after or without its arrow
const BACK_TO_TOP = /^[\s↑⬆⇧^\uFE0F]*((back\s+)?to\s+(the\s+)?top|top)?[\s↑⬆⇧^\uFE0F]*$/i;

/** Classes that style an element as a label or badge: `class="label label-blue"`, `{: .badge }`. */
function isBadgeClass(markup: string): boolean {
  const classes = [
    ...(/\bclass\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(markup)?.slice(1) ?? []),
    ...[...markup.matchAll(/(?:^|[\s{])\.([\w-]+)/g)].map((m) => m[1]),
  ].join(' ');
  return /(?:^|\s)(label|badge|tag|pill|chip)(?:$|\s|-)/i.test(classes);
}

function wrapInline(kind: string, children: PhrasingContent[]): PhrasingContent[] {
  // A badge keeps its words, marked so a title can set them apart from its name.
  if (kind === 'badge') return [{ type: 'text', value: plainText(children as Nodes[]), data: { badge: true } }];
  if (kind === 'span') return children;
  // "<sup>1</sup>", "<sup>[*](#notes)</sup>": the mark of a note printed elsewhere on the page.
  if (kind === 'sup') return isFootnoteMark(plainText(children as Nodes[])) ? [footnoteMark(children)] : children;
  if (kind === 'anchor') return BACK_TO_TOP.test(plainText(children as Nodes[])) ? [] : children;
  if (kind === 'inlineCode') return [{ type: 'inlineCode', value: plainText(children as Nodes[]) }];
  return [{ type: kind, children } as PhrasingContent];
}

/** The words of a footnote mark in superscript: a number or a sign, bracketed or not ("1", "[2]", "*", "†"). */
const isFootnoteMark = (text: string): boolean => /^\s*\[?(?:\d{1,3}|[*†‡§¶]{1,3})\]?\s*$/.test(text);

/** A footnote's mark in the text, kept as the page prints it, known as a mark so a title can leave it out. */
export function footnoteMark(children: PhrasingContent[]): PhrasingContent {
  return { type: 'text', value: plainText(children as Nodes[]), data: { footnoteMark: true } } as PhrasingContent;
}

/** Whether an inline node is a footnote's mark. */
export const isFootnoteMarkNode = (node: PhrasingContent): boolean =>
  node.type === 'text' && (node.data as { footnoteMark?: boolean } | undefined)?.footnoteMark === true;
