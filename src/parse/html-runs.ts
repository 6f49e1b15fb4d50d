/**
 * A page written in HTML, indented as code is and spaced with blank lines ("<div class=row>", a blank
 * line, then "        <h3>1) Web Panel</h3>" further in): CommonMark ends an HTML block at the blank
 * line, so the indented HTML after it reads as a code block. Site generators that render such pages
 * (kramdown, MDX) read the element to its end tag. So does this pass: an HTML block that leaves
 * elements open, with the code blocks and HTML blocks after it up to the one that closes them, is one
 * HTML block again, which ./html-blocks.ts reads as the Markdown it stands for.
 */
import type { Html, RootContent } from 'mdast';

/** Elements that have no end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Start tags minus end tags of the elements in an HTML fragment (comments left out). */
export function openElements(html: string): number {
  let open = 0;
  const text = html.replace(/<!--[\s\S]*?(-->|$)/g, '');
  for (const tag of text.matchAll(/<(\/?)([a-zA-Z][\w-]*)\b[^<>]*?(\/?)>/g)) {
    const [, end, name, selfClosing] = tag;
    if (VOID.has(name!.toLowerCase()) || selfClosing) continue;
    open += end ? -1 : 1;
  }
  return open;
}

/** Code that is only markup: it opens with a tag and ends with one. */
const isMarkup = (value: string) => /^<\/?[a-zA-Z]/.test(value.trimStart()) && value.trimEnd().endsWith('>');

/**
 * Indented code, not fenced: its lines are all the lines it spans (a fenced block spans its two fences
 * too). A fenced block is code the page shows on purpose, never markup to read.
 */
const isIndented = (block: RootContent) =>
  block.type === 'code' &&
  !!block.position &&
  block.position.end.line - block.position.start.line + 1 === block.value.split('\n').length;

/** The blocks of a page, with each HTML block that leaves elements open joined to the blocks that close them. */
export function joinHtmlRuns(blocks: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  // Each block's count of open elements, taken once.
  const opens = blocks.map((b) =>
    b.type === 'html' || (isIndented(b) && isMarkup((b as { value: string }).value))
      ? openElements((b as { value: string }).value)
      : undefined,
  );
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const open = block.type === 'html' ? opens[i]! : 0;
    if (open <= 0) {
      out.push(block);
      continue;
    }
    // The run goes on through markup read as code and further HTML blocks until nothing is left open.
    let depth = open;
    let end = i;
    for (let j = i + 1; j < blocks.length && depth > 0 && opens[j] !== undefined; j++) {
      depth += opens[j]!;
      end = j;
    }
    if (end === i || depth > 0) {
      // Elements that never close: the blocks stay as they are, and the run is not scanned again
      // from each of them.
      out.push(...blocks.slice(i, end + 1));
      i = end;
      continue;
    }
    const run = blocks.slice(i, end + 1) as Html[];
    // Joined with the blank lines between them, so that each line keeps its line number in the page.
    const value = run
      .map((b, k) => {
        const gap = k ? b.position!.start.line - run[k - 1]!.position!.end.line : 0;
        return '\n'.repeat(Math.max(gap, k ? 1 : 0)) + b.value;
      })
      .join('');
    out.push({
      type: 'html',
      value,
      position: { start: run[0]!.position!.start, end: run[run.length - 1]!.position!.end },
    });
    i = end;
  }
  return out;
}
