/**
 * What one table row's cells say besides its title: a tracking cell's one
 * link, a period column's bucket, a done cell that says when, and the
 * "Column: value" details the slide shows.
 */
import type { PhrasingContent, TableCell, TableRow } from 'mdast';
import { outOfBold, stripLeadingSymbols, trimTrailingColon } from './leads.js';
import { plainText, trimInlines } from './markdown.js';
import { bucketOf } from './period.js';
import { isBareStatus, normalizeStatus } from './status.js';
import { isPlaceholder } from './table.js';

/** A label cell's words, out of the bold that sets it apart and without its colon. */
export function labelRich(cell: PhrasingContent[]): PhrasingContent[] {
  return trimTrailingColon(outOfBold(cell));
}

/** A done cell that says when: "done in 0.4.0", "✅ v2.1", "shipped 2023-05". */
export function namesWhenDone(text: string): boolean {
  return /(?:^|[\s(])v?\d+\.\d+(?:\.\d+)*(?![\w.]*\d)|\b(?:19|20)\d\d\b/.test(text);
}

/** A stage of maturity, not of progress: "Experimental", "Beta", "Preview". */
export const MATURITY = /^\W*(experimental|alpha|beta|preview|incubating)\W*$/i;
/** A cell that says the work shipped, and nothing else: "Released", "Shipped", "GA". */
export const SHIPPED = /^\W*(released|shipped|ga|done|available)\W*$/i;

/** A title cell without the marks before its words: "🔻 [Goal]", "↳ Part of it" (a status mark is read before). */
export function withoutLeadingMarks(rich: PhrasingContent[]): PhrasingContent[] {
  const stripped = stripLeadingSymbols(rich);
  const [first, ...rest] = stripped;
  if (first?.type !== 'text') return stripped;
  const value = first.value.replace(/^[^\p{L}\p{N}[("'`]+(?=[\p{L}\p{N}])/u, '');
  return value === first.value ? stripped : trimInlines([{ ...first, value }, ...rest]);
}

/** A period column's bucket, under its header as written ("2023.H1" is the first half of 2023). */
export function periodOfHeader(header: string) {
  const bucket = bucketOf(header) ?? bucketOf(header.replace(/(\d)[._](?=[qh][1-4]\b)/gi, '$1 '));
  return bucket ? { ...bucket, label: header } : undefined;
}

/** The one link of a tracking cell; null when it holds none or several (a placeholder such as TBA). */
export function trackingOf(cell: TableCell | undefined): string | null {
  const links: string[] = [];
  const visit = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'link') links.push(node.url);
      else if ('children' in node) visit(node.children as PhrasingContent[]);
    }
  };
  visit(cell?.children ?? []);
  return links.length === 1 ? links[0]! : null;
}

export function rowDetails(
  row: TableRow,
  headers: string[],
  titleCol: number,
  descCol: number,
  statusCol: number,
): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [];
  const description = descCol >= 0 ? trimInlines(row.children[descCol]?.children ?? []) : [];
  if (description.length) lines.push(description);
  headers.forEach((key, i) => {
    if (i === titleCol || i === descCol) return;
    const value = trimInlines(row.children[i]?.children ?? []);
    // An empty cell, or one that only holds its place ("-", "n/a", "TBD"), says nothing on the slide.
    if (!value.length || isPlaceholder(plainText(value))) return;
    // A bare status ("Done", "🟡", "In progress", a legend's symbol) is the slide's badge; saying it twice adds
    // nothing. So is a status sign alone in another column ("Release Milestone: ✔️"), which the badge read;
    // a tick under a period ("2023.H2: ✓") says when.
    const text = plainText(value);
    if (i === statusCol && (isBareStatus(text) || !/[\p{L}\p{N}]/u.test(text))) return;
    if (!/[\p{L}\p{N}]/u.test(text) && normalizeStatus(text) !== 'unknown' && !periodOfHeader(key)) return;
    lines.push(
      key
        ? [{ type: 'strong', children: [{ type: 'text', value: `${key}:` }] }, { type: 'text', value: ' ' }, ...value]
        : value,
    );
  });
  return lines;
}
