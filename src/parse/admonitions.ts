/**
 * MkDocs admonitions ("!!! hint \"Title\"" over an indented body) as the block quotes they show as,
 * and GitHub alerts ("> [!NOTE]" over the quote's text) titled as GitHub shows them ("Note").
 */
import type {
  Blockquote,
  BlockContent,
  DefinitionContent,
  Nodes,
  Paragraph,
  PhrasingContent,
  RootContent,
} from 'mdast';
import { cleanTree } from './clean.js';
import { plainText } from './markdown.js';
import { parseMarkdown } from './read-markdown.js';

/**
 * `!!! hint "Title"` starts an MkDocs admonition. Its indented body is either
 * a lazy continuation of the same paragraph or, after a blank line, an
 * indented code block; both become a block quote with a bold title.
 */
export function admonitionOf(
  node: Paragraph,
  next: Nodes | undefined,
): { node: RootContent; consumedNext: boolean } | undefined {
  const first = node.children[0];
  if (first?.type !== 'text') return undefined;
  const match = /^(?:!!!|\?\?\?\+?)[ \t]+([\w-]+)(?:[ \t]+"([^"]*)")?[ \t]*(?:\n|$)/.exec(first.value);
  if (!match) return undefined;
  const title = match[2] ?? match[1]!.charAt(0).toUpperCase() + match[1]!.slice(1);
  const rest: PhrasingContent[] = [{ ...first, value: first.value.slice(match[0].length) }, ...node.children.slice(1)];
  const blocks: (BlockContent | DefinitionContent)[] = [
    { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: title }] }] },
  ];
  if (plainText(rest as Nodes[]) !== '') blocks.push({ type: 'paragraph', children: rest, position: node.position });
  let consumedNext = false;
  if (next?.type === 'code' && !next.lang) {
    const inner = parseMarkdown(next.value);
    cleanTree(inner);
    blocks.push(...inner.children.filter(isFlow));
    consumedNext = true;
  }
  return { node: { type: 'blockquote', children: blocks, position: node.position }, consumedNext };
}

/** What a document's top level holds (CommonMark + GFM), and so what a block quote may hold. */
const FLOW_TYPES = new Set([
  'blockquote',
  'code',
  'definition',
  'footnoteDefinition',
  'heading',
  'html',
  'list',
  'paragraph',
  'table',
  'thematicBreak',
]);
const isFlow = (node: RootContent): node is BlockContent | DefinitionContent => FLOW_TYPES.has(node.type);

/** The marker that opens a GitHub alert, on the quote's first line: "[!NOTE]", "[!WARNING]". */
const ALERT = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\n|$)/i;

/** A GitHub alert's marker, in place, as the bold title GitHub shows ("Note") over the alert's text. */
export function titleAlert(quote: Blockquote): void {
  const [first] = quote.children;
  const head = first?.type === 'paragraph' ? first.children[0] : undefined;
  if (first?.type !== 'paragraph' || head?.type !== 'text') return;
  const match = ALERT.exec(head.value);
  if (!match) return;
  const word = match[1]!.charAt(0).toUpperCase() + match[1]!.slice(1).toLowerCase();
  const rest: PhrasingContent[] = [{ ...head, value: head.value.slice(match[0].length) }, ...first.children.slice(1)];
  const title: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'strong', children: [{ type: 'text', value: word }] }],
  };
  const body = plainText(rest as Nodes[]).trim() ? [{ ...first, children: rest } as Paragraph] : [];
  quote.children = [title, ...body, ...quote.children.slice(1)];
}
