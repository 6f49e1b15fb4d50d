import { describe, expect, it } from 'vitest';
import { scorePage, summarize, type PageModel, type PageScore } from './score.js';
import type { Truth, TruthItem } from './truth.js';

const item = (title: string, more: Partial<TruthItem> = {}): TruthItem => ({
  title,
  section: null,
  status: null,
  tracking: null,
  ...more,
});
const truthOf = (more: Partial<Truth> = {}): Truth => ({
  file: 'page.md',
  title: 'Tool Roadmap',
  titleAlternatives: ['Tool'],
  label: null,
  initiatives: [],
  ...more,
});
const model = (more: Partial<PageModel> = {}): PageModel => ({
  title: 'Tool Roadmap',
  label: null,
  initiatives: [],
  ...more,
});

describe('the deck title', () => {
  it.each([
    ['the title', 'Tool Roadmap', true],
    ['a title alternative, case aside', 'TOOL', true],
    ['a generic heading', 'Roadmap', false],
  ])('%s: %s → %s', (_, title, ok) => {
    expect(scorePage('page', truthOf(), model({ title })).title.ok).toBe(ok);
  });

  it('is wrong when the parser refused the page', () => {
    const score = scorePage('page', truthOf(), { error: 'E_NO_INITIATIVES: no initiatives found' });
    expect(score.title).toEqual({ ok: false, got: null, expected: ['Tool Roadmap', 'Tool'] });
    expect(score.error).toBe('E_NO_INITIATIVES: no initiatives found');
  });
});

describe('the label', () => {
  it.each([
    ['no label in the truth: not scored', { label: null }, '2024', undefined],
    ['the label', { label: '2024 Fall' }, '2024 fall', true],
    ['a label alternative', { label: '2024 Fall', labelAlternatives: ['Fall 2024'] }, 'Fall 2024', true],
    ['null accepted: the page gives none', { label: null, labelAlternatives: [null, 'April 2023'] }, null, true],
    [
      'null accepted, but the parser made one up',
      { label: null, labelAlternatives: [null, 'April 2023'] },
      'v0.2.0 – v0.6.0',
      false,
    ],
    ['a label expected, none given', { label: '2021' }, null, false],
  ] as const)('%s', (_, truth, label, ok) => {
    const score = scorePage('page', truthOf(truth as Partial<Truth>), model({ label }));
    expect(score.label?.ok).toBe(ok);
  });
});

describe('section, status and tracking of matched initiatives', () => {
  const truth = truthOf({
    initiatives: [
      item('A', {
        section: 'Now',
        sectionAlt: ['Current'],
        status: 'in-progress',
        statusAlt: ['planned'],
        tracking: 'https://github.com/o/r/issues/1',
      }),
      item('B', { section: null, status: null, tracking: null, trackingAlt: ['https://github.com/o/r/issues/9'] }),
    ],
    optional: [item('C', { section: 'Later', status: 'future' })],
  });
  it.each([
    ['all right', { section: 'Now', status: 'in-progress', tracking: 'https://github.com/o/r/issues/1/' }, 3, 3, 3],
    [
      'alternatives accepted',
      { section: 'Current', status: 'planned', tracking: 'https://github.com/o/r/issues/1' },
      3,
      3,
      3,
    ],
    ['all wrong', { section: 'Later', status: 'done', tracking: 'https://github.com/o/r/pull/2' }, 2, 2, 2],
    ['none where some is expected', { section: null, status: null, tracking: null }, 2, 2, 2],
  ] as const)('%s', (_, a, section, status, tracking) => {
    const score = scorePage(
      'page',
      truth,
      model({
        initiatives: [
          { title: 'A', ...a },
          { title: 'B', section: null, status: null, tracking: null },
          { title: 'C', section: 'Later', status: 'future', tracking: null },
        ],
      }),
    );
    expect([score.section.right, score.status.right, score.tracking.right]).toEqual([section, status, tracking]);
    expect([score.section.total, score.status.total, score.tracking.total]).toEqual([3, 3, 3]);
  });

  it('accepts an alternative tracker', () => {
    const score = scorePage(
      'page',
      truth,
      model({
        initiatives: [{ title: 'B', section: null, status: null, tracking: 'https://github.com/o/r/issues/9' }],
      }),
    );
    expect(score.tracking.right).toBe(1);
  });

  it('says what was got and what was expected', () => {
    const score = scorePage(
      'page',
      truth,
      model({ initiatives: [{ title: 'A', section: 'Now', status: null, tracking: null }] }),
    );
    expect(score.status.wrong).toEqual([{ title: 'A', got: null, expected: ['in-progress', 'planned'] }]);
    expect(score.tracking.wrong).toEqual([{ title: 'A', got: null, expected: ['https://github.com/o/r/issues/1'] }]);
  });
});

describe('summarize', () => {
  const page = (found: number, missed: number, extra: number, more: Partial<PageScore> = {}): PageScore => ({
    page: 'p',
    reading: 'truth',
    found,
    optionalFound: 0,
    missed: Array(missed).fill('m'),
    extra: Array(extra).fill('x'),
    exact: missed === 0 && extra === 0,
    title: { ok: true, got: 't', expected: ['t'] },
    section: { right: found, total: found, wrong: [] },
    status: { right: 0, total: found, wrong: [] },
    tracking: { right: found, total: found, wrong: [] },
    ...more,
  });

  it('micro-averages precision, recall and F1 over all initiatives', () => {
    const overall = summarize([
      page(8, 2, 0),
      page(2, 0, 2, { title: { ok: false, got: 'Roadmap', expected: ['t'] } }),
      page(0, 0, 0),
    ]);
    expect(overall).toMatchObject({
      pages: 3,
      exact: 1,
      found: 10,
      missed: 2,
      extra: 2,
      titles: { right: 2, total: 3 },
      labels: { right: 0, total: 0 },
    });
    expect(overall.precision).toBeCloseTo(10 / 12);
    expect(overall.recall).toBeCloseTo(10 / 12);
    expect(overall.f1).toBeCloseTo(10 / 12);
    expect(overall.status).toEqual({ right: 0, total: 10 });
  });

  it('counts nothing expected and nothing produced as perfect', () => {
    expect(summarize([page(0, 0, 0)])).toMatchObject({ precision: 1, recall: 1, f1: 1, exact: 1 });
  });

  it('gives F1 0 when nothing right was found', () => {
    expect(summarize([page(0, 3, 3)])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
