/**
 * The accuracy ratchet: which pages are exactly right and how many
 * initiatives were found, missed and extra on each, as recorded in
 * test/fixtures/corpus/accuracy-baseline.json. A new reading may only be
 * recorded when it is no worse: no exact page lost, F1 not lower.
 */
import type { Overall, PageScore } from './score.js';

export interface PageCounts {
  exact: boolean;
  found: number;
  missed: number;
  extra: number;
}

export interface Baseline {
  note: string;
  overall: { precision: number; recall: number; f1: number; exact: number; pages: number };
  pages: Record<string, PageCounts>;
}

const NOTE =
  'Accuracy ratchet for test/parse/accuracy.test.ts. Rewritten by UPDATE=1 npx vitest run test/parse/accuracy.test.ts, and only when no exact page is lost and F1 does not drop.';

export function baselineOf(scores: PageScore[], overall: Overall): Baseline {
  const round = (n: number) => Math.round(n * 10_000) / 10_000;
  return {
    note: NOTE,
    overall: {
      precision: round(overall.precision),
      recall: round(overall.recall),
      f1: round(overall.f1),
      exact: overall.exact,
      pages: overall.pages,
    },
    pages: Object.fromEntries(
      scores.map((s) => [s.page, { exact: s.exact, found: s.found, missed: s.missed.length, extra: s.extra.length }]),
    ),
  };
}

/**
 * What got worse from `before` to `now`, one sentence each. F1 is compared
 * over the pages both know, so adding a hard new page to the corpus is not
 * a regression, while dropping a page that was exactly right is.
 */
export function regressions(now: Baseline, before: Baseline): string[] {
  const out: string[] = [];
  for (const [page, counts] of Object.entries(before.pages)) {
    if (!counts.exact) continue;
    const current = now.pages[page];
    if (!current) out.push(`${page} was exactly right and is no longer measured`);
    else if (!current.exact)
      out.push(`${page} was exactly right and now has ${current.missed} missed, ${current.extra} extra`);
  }
  // Per page, not summed: a page may come to match another accepted reading (more or fewer
  // initiatives), which moves a summed F1 without making anything worse.
  for (const [page, counts] of Object.entries(before.pages)) {
    const current = now.pages[page];
    if (!current || counts.exact) continue;
    const [was, is] = [f1Of([counts]), f1Of([current])];
    if (is < was - 1e-9) out.push(`${page}: F1 dropped from ${was.toFixed(4)} to ${is.toFixed(4)}`);
  }
  return out;
}

/** What is better than recorded (to remind whoever improved it to record it). */
export function improvements(now: Baseline, before: Baseline): string[] {
  const out = Object.entries(now.pages)
    .filter(([page, counts]) => counts.exact && !before.pages[page]?.exact)
    .map(([page]) => `${page} is now exactly right`);
  if (now.overall.f1 > before.overall.f1) out.push(`F1 rose from ${before.overall.f1} to ${now.overall.f1}`);
  return out;
}

/** Micro F1 from per-page counts; nothing expected and nothing produced counts as perfect. */
export function f1Of(pages: PageCounts[]): number {
  const found = pages.reduce((n, p) => n + p.found, 0);
  const missed = pages.reduce((n, p) => n + p.missed, 0);
  const extra = pages.reduce((n, p) => n + p.extra, 0);
  const precision = found + extra === 0 ? 1 : found / (found + extra);
  const recall = found + missed === 0 ? 1 : found / (found + missed);
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Stable text: one page per line, so a baseline change reads as the pages that changed. */
export function formatBaseline(baseline: Baseline): string {
  const pages = Object.entries(baseline.pages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    '{',
    `  "note": ${JSON.stringify(baseline.note)},`,
    `  "overall": ${JSON.stringify(baseline.overall)},`,
    '  "pages": {',
    ...pages.map(
      ([page, counts], i) => `    ${JSON.stringify(page)}: ${JSON.stringify(counts)}${i < pages.length - 1 ? ',' : ''}`,
    ),
    '  }',
    '}',
    '',
  ].join('\n');
}
