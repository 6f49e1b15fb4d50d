import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeUrl, sameSection } from './normalize.js';

describe('normalizeText', () => {
  it.each([
    ['case and whitespace', '  Backend   System\t1.0 ', 'backend system 1.0'],
    ['a non-breaking space', 'merged\u00a0 into', 'merged into'],
    ['a leading status emoji', '✅ Performance', 'performance'],
    ['a trailing emoji with its selector', 'Completed milestones ✔️', 'completed milestones'],
    ['surrounding quotes', '“Graceful drain”', 'graceful drain'],
    ['trailing punctuation', 'Name.', 'name'],
    ['a trailing ellipsis (a shortened title still differs in its words)', 'Use SPIRE on…', 'use spire on'],
    ['bold markup', '**Graceful drain**', 'graceful drain'],
    ['a code span', 'Migrate all repos to use `main`', 'migrate all repos to use main'],
    ['a Markdown link', '[Argo CD Extensions](https://x.dev/p)', 'argo cd extensions'],
    ['an HTML tag', '<img src="logo.png"> OpenTelemetry', 'opentelemetry'],
    [
      'emphasis underscores but not identifier underscores',
      '_Better information_schema support_',
      'better information_schema support',
    ],
  ])('strips %s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ['"1.2" numbering', '1.2 Roles and Authorization', '1.2 roles and authorization'],
    ['a "P1:" prefix', 'P1: Logs', 'p1: logs'],
    ['inner punctuation', 'v0.3.7 (v1alpha3+) ~ June/July 2020', 'v0.3.7 (v1alpha3+) ~ june/july 2020'],
    ['inner curly apostrophes', 'What We’ve Accomplished', 'what we’ve accomplished'],
  ])('keeps %s (tolerated only through a truth alt)', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('sameSection', () => {
  it.each([
    ['Ongoing work 🚧', 'Ongoing work', true],
    ['2024 Fall Roadmap', '2024 fall roadmap', true],
    [null, null, true],
    [null, 'Roadmap', false],
    ['Roadmap', null, false],
  ] as const)('%s vs %s → %s', (a, b, expected) => {
    expect(sameSection(a, b)).toBe(expected);
  });
});

describe('normalizeUrl', () => {
  it.each([
    ['https://github.com/fluxcd/flux2/pull/4809/', 'https://github.com/fluxcd/flux2/pull/4809'],
    ['HTTPS://GitHub.com/o/r/issues/1', 'https://github.com/o/r/issues/1'],
    ['https://github.com/o/r/issues/1#issuecomment-2', 'https://github.com/o/r/issues/1#issuecomment-2'],
    ['  ', null],
    [null, null],
  ] as const)('%s → %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });
});
