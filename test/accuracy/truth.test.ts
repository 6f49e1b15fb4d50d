import { describe, expect, it } from 'vitest';
import { corpusPages } from './corpus.js';
import { readingsOf, replaceKeyMatches, TruthError, type Truth, type TruthItem } from './truth.js';

const item = (title: string, more: Partial<TruthItem> = {}): TruthItem => ({
  title,
  section: null,
  status: null,
  tracking: null,
  ...more,
});
const titles = (items: TruthItem[]) => items.map((i) => i.title);

describe('replace keys', () => {
  it.each([
    ['a bare title', 'Performance', item('Performance', { section: 'Completed' }), true],
    ['title@section', 'Performance@Completed', item('Performance', { section: 'Completed' }), true],
    ['title@another section', 'Performance@v2.2', item('Performance', { section: 'Completed' }), false],
    [
      'title@a sectionAlt',
      'Performance@Done',
      item('Performance', { section: 'Completed', sectionAlt: ['Done'] }),
      true,
    ],
    ['an alt title', 'Phase 1', item('Extensible frontend', { alt: ['Phase 1'] }), true],
    ['a title that itself contains "@"', 'Mail @ scale', item('Mail @ scale'), true],
  ] as const)('%s', (_, key, truthItem, expected) => {
    expect(replaceKeyMatches(key, truthItem)).toBe(expected);
  });
});

describe('readingsOf', () => {
  const base: Truth = {
    file: 'page.md',
    title: 'T',
    initiatives: [item('A', { section: 'Done' }), item('B', { section: 'Done' }), item('C', { section: 'Next' })],
    optional: [item('D')],
  };

  it('puts a replacement where the first replaced item stood, and keeps the optional items', () => {
    const [main, alternative] = readingsOf({
      ...base,
      alternatives: [{ description: 'summary', replace: ['A@Done', 'B@Done'], with: [item('Done')] }],
    });
    expect(titles(main!.expected)).toEqual(['A', 'B', 'C']);
    expect(alternative!.name).toBe('summary');
    expect(titles(alternative!.expected)).toEqual(['Done', 'C']);
    expect(titles(alternative!.optional)).toEqual(['D']);
  });

  it('takes a replaced optional item out of the optional list', () => {
    const [, alternative] = readingsOf({ ...base, alternatives: [{ replace: ['D'], with: [item('E')] }] });
    expect(titles(alternative!.expected)).toEqual(['A', 'B', 'C', 'E']);
    expect(alternative!.optional).toEqual([]);
  });

  it('uses a whole alternative list as it is', () => {
    const [, alternative] = readingsOf({
      ...base,
      alternatives: [{ description: 'coarse', initiatives: [item('Done'), item('Next')] }],
    });
    expect(titles(alternative!.expected)).toEqual(['Done', 'Next']);
  });

  it('refuses a replace key that names nothing, and an alternative that says nothing', () => {
    expect(() => readingsOf({ ...base, alternatives: [{ replace: ['Z'], with: [] }] })).toThrow(TruthError);
    expect(() => readingsOf({ ...base, alternatives: [{ description: 'empty' }] })).toThrow(/neither/);
  });
});

describe('the fixture truth files', () => {
  const STATUSES = ['done', 'in-progress', 'planned', 'future', null];
  it.each(corpusPages().map((page) => [page.name, page] as const))('%s is well formed', (_, page) => {
    const readings = readingsOf(page.truth);
    expect(readings.length).toBe(1 + (page.truth.alternatives?.length ?? 0));
    for (const reading of readings) {
      for (const i of [...reading.expected, ...reading.optional]) {
        expect(typeof i.title, JSON.stringify(i)).toBe('string');
        expect(i.section === null || typeof i.section === 'string', JSON.stringify(i)).toBe(true);
        expect(STATUSES, JSON.stringify(i)).toContain(i.status);
        for (const s of i.statusAlt ?? []) expect(STATUSES).toContain(s);
        expect(i.tracking === null || /^https?:\/\//.test(i.tracking), JSON.stringify(i)).toBe(true);
      }
    }
  });
});
