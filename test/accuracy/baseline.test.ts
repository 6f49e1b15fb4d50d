import { describe, expect, it } from 'vitest';
import { f1Of, formatBaseline, improvements, regressions, type Baseline, type PageCounts } from './baseline.js';

const counts = (found: number, missed = 0, extra = 0): PageCounts => ({
  exact: missed === 0 && extra === 0,
  found,
  missed,
  extra,
});
const baseline = (pages: Record<string, PageCounts>): Baseline => ({
  note: '',
  pages,
  overall: {
    precision: 0,
    recall: 0,
    f1: Math.round(f1Of(Object.values(pages)) * 10_000) / 10_000,
    exact: 0,
    pages: 0,
  },
});

const BEFORE = baseline({ a: counts(5), b: counts(4, 1, 1) });

describe('regressions', () => {
  it.each([
    ['nothing changed', { a: counts(5), b: counts(4, 1, 1) }, []],
    ['a better page', { a: counts(5), b: counts(5) }, []],
    ['a new, hard page (F1 is compared page by page)', { a: counts(5), b: counts(4, 1, 1), c: counts(0, 9, 9) }, []],
    ['an exact page lost', { a: counts(4, 1, 0), b: counts(5) }, ['a was exactly right and now has 1 missed, 0 extra']],
    ['an exact page no longer measured', { b: counts(4, 1, 1) }, ['a was exactly right and is no longer measured']],
    [
      'F1 lower on a page that was not exact',
      { a: counts(5), b: counts(3, 2, 2) },
      ['b: F1 dropped from 0.8000 to 0.6000'],
    ],
    ['an exact page matching another accepted reading (fewer initiatives)', { a: counts(2), b: counts(4, 1, 1) }, []],
  ] as const)('%s', (_, pages, expected) => {
    expect(regressions(baseline(pages), BEFORE)).toEqual(expected);
  });
});

describe('improvements', () => {
  it('names the pages that became exact and a higher F1', () => {
    expect(improvements(baseline({ a: counts(5), b: counts(5) }), BEFORE)).toEqual([
      'b is now exactly right',
      'F1 rose from 0.9 to 1',
    ]);
    expect(improvements(BEFORE, BEFORE)).toEqual([]);
  });
});

describe('formatBaseline', () => {
  it('writes valid JSON, one page per line, pages in name order', () => {
    const text = formatBaseline(baseline({ b: counts(1), a: counts(2) }));
    expect(JSON.parse(text).pages).toEqual({ a: counts(2), b: counts(1) });
    expect(text.split('\n').filter((l) => l.startsWith('    "'))).toEqual([
      '    "a": {"exact":true,"found":2,"missed":0,"extra":0},',
      '    "b": {"exact":true,"found":1,"missed":0,"extra":0}',
    ]);
  });
});
