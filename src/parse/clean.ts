/**
 * Normalizes the mdast of a roadmap page before its structure is read:
 * reference links become plain links, raw HTML becomes text (or is dropped),
 * site-generator syntax (Hugo shortcodes, MkDocs admonitions, progress bars,
 * icon shortcodes) becomes readable text, and "Last updated" lines are lifted
 * out as metadata. After this pass the tree holds only Markdown a slide can show,
 * and lists the page wrote in table cells, which ./table-lists.ts reads as work and
 * the escape layer writes on the cell's one line.
 */
import type { Nodes, List, Paragraph, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { inlineLines, isParent, plainText, walk } from './markdown.js';
import { htmlToText } from './html.js';
import { mdcParagraphs } from './mdc.js';
import { fieldListsToLines } from './field-lists.js';
import { bareBoxesAsLists } from './bare-boxes.js';
import { lineParagraphsAsLists } from './line-items.js';
import { tightHeadingsAsHeadings } from './tight-headings.js';
import { nestByIndent, nestShortIndented, unfoldLazyList } from './list-repair.js';
import { readMyst } from './myst.js';
import { cleanInlineHtml, footnoteMark } from './clean-html.js';
import { htmlBlockToMarkdown } from './html-blocks.js';
import { joinHtmlRuns } from './html-runs.js';
import { withCellLists } from './table-lists.js';
import { admonitionOf, titleAlert } from './admonitions.js';
import { resolveReferences } from './clean-references.js';
import { stripShortcodes } from './shortcodes.js';

export { stripShortcodes };

export interface CleanResult {
  root: Root;
  /** "Last updated" text as written, without the label. */
  lastUpdated?: string;
  lastUpdatedLine?: number;
}

declare module 'mdast' {
  interface ParagraphData {
    /** Set on the empty paragraph left where a progress bar (`[= 100% "100%"]`) stood. */
    progress?: number;
    /** Set on the bold title made from an HTML `<summary>`. */
    summary?: boolean;
    /** Set on the empty paragraph left where a site template fills in content (`{% for … %}`). */
    generated?: boolean;
  }
}

export function cleanTree(root: Root): CleanResult {
  const result: CleanResult = { root };
  root.children = tightHeadingsAsHeadings(joinHtmlRuns(root.children));
  resolveReferences(root);
  walk(root, (node) => {
    if (!isParent(node)) return;
    node.children = cleanChildren(node, result) as typeof node.children;
    if (node.type === 'root' || node.type === 'listItem' || node.type === 'blockquote')
      node.children = nestShortIndented(bareBoxesAsLists(node.children as RootContent[])) as typeof node.children;
    if (node.type === 'list') nestByIndent(node);
    if (node.type === 'listItem') unfoldLazyList(node);
    if (node.type === 'blockquote') titleAlert(node);
  });
  // A quote that held only what was taken out (a "Last reviewed" line) is gone with it.
  walk(root, (node) => {
    if (isParent(node))
      node.children = (node.children as Nodes[]).filter(
        (child) => child.type !== 'blockquote' || child.children.length > 0,
      ) as typeof node.children;
  });
  root.children = lineParagraphsAsLists(root.children);
  readMyst(root);
  fieldListsToLines(root);
  return result;
}

/** Runs of words between a cell's lists, each cleaned as a whole (a tag may open in one node and close in another). */
function cleanAroundLists(nodes: (PhrasingContent | List)[]): Nodes[] {
  const out: Nodes[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    if (run.length) out.push(...(cleanInlineHtml(run) as Nodes[]));
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'list') {
      flush();
      out.push(node);
    } else run.push(node);
  }
  flush();
  return out;
}

function cleanChildren(parent: Parents, result: CleanResult): Nodes[] {
  const out: Nodes[] = [];
  const children = parent.children as Nodes[];
  const phrasing =
    parent.type === 'paragraph' ||
    parent.type === 'heading' ||
    parent.type === 'emphasis' ||
    parent.type === 'strong' ||
    parent.type === 'delete' ||
    parent.type === 'link' ||
    parent.type === 'tableCell';
  // A Markdown cell's "<ul><li>…" tags are the lists they stand for (./table-lists.ts); the words around them
  // are cleaned as any other.
  const source = phrasing
    ? parent.type === 'tableCell'
      ? cleanAroundLists(withCellLists(children as PhrasingContent[]))
      : cleanInlineHtml(children as PhrasingContent[])
    : children;
  for (let i = 0; i < source.length; i++) {
    const node = source[i]!;
    if (node.type === 'text') {
      const value = joinWideLines(stripShortcodes(node.value));
      if (value !== node.value) {
        if (value.trim() === '' && phrasing) continue;
        node.value = value;
      }
      out.push(node);
      continue;
    }
    if (node.type === 'html' && !phrasing && isTemplateMarkup(node.value)) {
      // Markup a site generator fills in from its data ("{% for issue in roadmap %}…{{ issue.title }}"):
      // its placeholders are not the page's words. A mark says something was generated here.
      out.push({ type: 'paragraph', children: [], data: { generated: true }, position: node.position });
      continue;
    }
    // An HTML block that holds the page's structure (headings, lists, tables) is read as the Markdown
    // it stands for; its nodes are cleaned in turn as the walk goes on below this part.
    const structure =
      node.type === 'html' && !phrasing && !/<summary\b/i.test(node.value)
        ? htmlBlockToMarkdown(node.value, node.position?.start.line)
        : undefined;
    if (structure) {
      out.push(...(structure as Nodes[]));
      continue;
    }
    if (node.type === 'html' && !phrasing) {
      // A collapsible "<details><summary>Name</summary>" names what follows, as a bold line
      // used as a heading does; text around it stays text.
      const summary = /<summary\b[^>]*>([\s\S]*?)<\/summary>/i.exec(node.value);
      const parts = summary
        ? [
            htmlToText(node.value.slice(0, summary.index)),
            summary,
            htmlToText(node.value.slice(summary.index + summary[0].length)),
          ]
        : [htmlToText(node.value)];
      for (const part of parts) {
        if (typeof part !== 'string') {
          // A heading inside the summary ("<summary><h2>Completed</h2>…") is that heading of the
          // page, named by its own text (not by buttons beside it), where the page can hold one.
          const heading = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/i.exec(part[1]!);
          const headingName = heading ? htmlToText(heading[2]!) : '';
          if (heading && headingName && parent.type === 'root') {
            out.push({
              type: 'heading',
              depth: Number(heading[1]) as 1 | 2 | 3 | 4 | 5 | 6,
              children: [{ type: 'text', value: headingName }],
              position: node.position,
            });
            continue;
          }
          const name = htmlToText(part[1]!);
          if (name)
            out.push({
              type: 'paragraph',
              children: [{ type: 'strong', children: [{ type: 'text', value: name }] }],
              data: { summary: true },
              position: node.position,
            });
        } else if (part) {
          out.push({
            type: 'paragraph',
            children: [{ type: 'text', value: part }],
            position: node.position,
          } as Paragraph);
        }
      }
      continue;
    }
    if (node.type === 'definition') continue;
    // Footnotes read as the page prints them: "[1]" in the text, "[1] …" where the note stands.
    if (node.type === 'footnoteReference') {
      out.push(footnoteMark([{ type: 'text', value: `[${node.label ?? node.identifier}]` }]));
      continue;
    }
    if (node.type === 'footnoteDefinition') {
      const [first, ...rest] = cleanChildren(node, result) as RootContent[];
      const mark: PhrasingContent = { type: 'text', value: `[${node.label ?? node.identifier}] ` };
      out.push(
        ...(first?.type === 'paragraph'
          ? [{ ...first, children: [mark, ...first.children] }, ...rest]
          : [{ type: 'paragraph', children: [mark] } as Paragraph, ...(first ? [first] : []), ...rest]),
      );
      continue;
    }
    if (node.type === 'paragraph') {
      const mdc = mdcParagraphs(node);
      if (mdc) {
        out.push(...mdc);
        continue;
      }
      const admonition = admonitionOf(node, source[i + 1]);
      if (admonition) {
        out.push(admonition.node);
        if (admonition.consumedNext) i++;
        continue;
      }
      const text = plainText(node);
      const progress = /^\[=\s*(\d{1,3})%(?:\s+"[^"]*")?\s*\]$/.exec(text);
      if (progress) {
        out.push({ type: 'paragraph', children: [], data: { progress: Number(progress[1]) }, position: node.position });
        continue;
      }
      // "Last updated: …" on a line of its own; the paragraph's other lines ("Next review: …") stay.
      const lines = inlineLines(node.children);
      const at = lines.findIndex((line) => lastUpdatedOf(plainText({ type: 'paragraph', children: line })));
      if (at >= 0 && result.lastUpdated === undefined) {
        result.lastUpdated = lastUpdatedOf(plainText({ type: 'paragraph', children: lines[at]! }));
        result.lastUpdatedLine = (node.position?.start.line ?? 1) + at;
        const others = lines.filter((line, i) => i !== at && line.length);
        if (others.length)
          out.push({
            ...node,
            children: others.flatMap((line, i) => (i ? [{ type: 'break' } as const, ...line] : line)),
          });
        continue;
      }
      if (text === '' && node.children.every((child) => child.type !== 'image')) {
        // A paragraph that held only a shortcode or markup: nothing left to show.
        if (stripShortcodes(rawTextOf(node)).trim() === '' || node.children.length === 0) continue;
      }
    }
    out.push(node);
  }
  return out;
}

/** Template code of a site generator: a loop or condition tag, or a placeholder such as `{{ issue.title }}`. */
export function isTemplateMarkup(value: string): boolean {
  return /\{%-?\s*(for|endfor|if|endif|unless|each)\b|\{\{-?\s*[A-Za-z_][\w.]*(\s*\|[^{}]*)?\s*-?\}\}/.test(value);
}

function rawTextOf(node: Paragraph): string {
  return node.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'html' ? '' : 'x'))
    .join('');
}

function lastUpdatedOf(text: string): string | undefined {
  const match =
    /^(?:last\s+updated|updated|last\s+modified|last\s+revised|last\s+reviewed)\s*(?:on|:)?\s*:?\s*(.+)$/i.exec(text);
  if (!match || text.length > 80) return undefined;
  // "2025-11-02 by the steering committee": the date, not who; "2026-04-24 | Current release: …" or
  // "3 March 2026. Next update due June 2026": not what else the line says.
  const value = match[1]!
    .replace(/\s+[|·•;—–]\s.*$/, '')
    // "3 March 2026. Next update due June 2026": the date, not the sentence after it.
    .replace(/\.\s+\p{Lu}\p{Ll}+\s+\p{Ll}.*$/u, '')
    .replace(/\s+by\s+.*$/i, '')
    .replace(/[.\s]+$/, '')
    .trim();
  // A date: with a year, or day, month and year in figures; "Updated to Sass 3.3" names work, not a date.
  return /\b(?:19|20)\d\d\b|\b'\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/.test(value) ? value : undefined;
}

const WIDE = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]`;
// Not before a line that opens with a key ("状态：进行中"): that is a line of its own.
const WIDE_LINE_BREAK = new RegExp(String.raw`(${WIDE})[ \t]*\n[ \t]*(?=${WIDE})(?![^\n:：]{1,8}[:：])`, 'gu');

/**
 * A line break inside Chinese or Japanese text joins the lines without a space, as the text is read
 * ("…发出警\n告" is "…发出警告"); Korean, written with spaces, keeps its break as one.
 */
export function joinWideLines(value: string): string {
  return value.includes('\n') ? value.replace(WIDE_LINE_BREAK, '$1') : value;
}
