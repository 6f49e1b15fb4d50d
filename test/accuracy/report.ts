/**
 * The accuracy report as text: one table row per page, then what went wrong
 * on that page, then the overall numbers. Pure, so its layout is tested
 * without parsing anything.
 */
import type { AttributeCheck, Overall, PageScore, Ratio, TextCheck } from './score.js';

export interface ReportOptions {
  /** Also list section and status errors (always listed for a single page). */
  verbose?: boolean;
}

const COLUMNS = ['found', 'missed', 'extra', 'title', 'label', 'section', 'status', 'tracking'];

export function formatReport(scores: PageScore[], overall: Overall, options: ReportOptions = {}): string {
  const verbose = options.verbose || scores.length === 1;
  const width = Math.max(4, ...scores.map((s) => s.page.length));
  const lines = [`${'page'.padEnd(width)}  ${'exact'.padEnd(5)}  ${COLUMNS.map((c) => c.padStart(9)).join('')}`];
  for (const score of scores) {
    const cells = [
      `${score.found}/${score.found + score.missed.length}`,
      String(score.missed.length),
      String(score.extra.length),
      score.title.ok ? 'ok' : 'WRONG',
      score.label ? (score.label.ok ? 'ok' : 'WRONG') : '-',
      fraction(score.section),
      fraction(score.status),
      fraction(score.tracking),
    ];
    lines.push(
      `${score.page.padEnd(width)}  ${(score.exact ? 'yes' : 'NO').padEnd(5)}  ${cells.map((c) => c.padStart(9)).join('')}`,
    );
    lines.push(...details(score, verbose).map((line) => `    ${line}`));
  }
  return [...lines, '', ...formatOverall(overall)].join('\n');
}

/** Everything a reviewer needs to see why a page is not right, one fact per line. */
export function details(score: PageScore, verbose = false): string[] {
  const out: string[] = [];
  if (score.error) out.push(`parser refused the page: ${score.error}`);
  if (score.reading !== 'truth' && (!score.exact || verbose)) out.push(`best reading: ${score.reading}`);
  for (const title of score.missed) out.push(`missed: ${quote(title)}`);
  for (const title of score.extra) out.push(`extra:  ${quote(title)}`);
  if (!score.title.ok) out.push(`title: ${expectation(score.title)}`);
  if (score.label && !score.label.ok) out.push(`label: ${expectation(score.label)}`);
  out.push(...attributeLines('tracking', score.tracking));
  if (verbose) out.push(...attributeLines('section', score.section), ...attributeLines('status', score.status));
  return out;
}

export function formatOverall(overall: Overall): string[] {
  return [
    `precision ${overall.precision.toFixed(3)}  recall ${overall.recall.toFixed(3)}  F1 ${overall.f1.toFixed(3)}  (${overall.found} found, ${overall.missed} missed, ${overall.extra} extra)`,
    `pages exactly right: ${overall.exact}/${overall.pages}`,
    `titles right: ${ratio(overall.titles)}  labels right: ${ratio(overall.labels)}`,
    `over matched initiatives: sections right ${ratio(overall.section)}  status right ${ratio(overall.status)}  tracking right ${ratio(overall.tracking)}`,
  ];
}

function attributeLines(name: string, check: AttributeCheck): string[] {
  return check.wrong.map(
    (miss) =>
      `${name}: ${quote(miss.title)} got ${show(miss.got)}, expected ${unique(miss.expected).map(show).join(' or ')}`,
  );
}

function expectation(check: TextCheck): string {
  return `got ${show(check.got)}, expected ${unique(check.expected).map(show).join(' or ')}`;
}

function fraction(check: AttributeCheck): string {
  return check.total === 0 ? '-' : `${check.right}/${check.total}`;
}

function ratio(r: Ratio): string {
  return r.total === 0 ? '-' : `${r.right}/${r.total} (${((100 * r.right) / r.total).toFixed(1)}%)`;
}

function show(value: string | null): string {
  return value === null ? 'none' : quote(value);
}

function quote(text: string): string {
  return JSON.stringify(text);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
