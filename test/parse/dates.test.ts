import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { isCalendarDate, parseLooseDate } from '../../src/parse/period.js';

describe('isCalendarDate', () => {
  const cases: [string, boolean][] = [
    ['2024-05-01', true],
    ['2024-02-29', true],
    ['2024-12', true],
    ['2024-13-45', false],
    ['2023-02-29', false],
    ['2024-00-10', false],
    ['2024-04-31', false],
    ['2024-4-1', false],
    ['May 2024', false],
  ];
  for (const [text, valid] of cases) it(`${text} → ${valid}`, () => expect(isCalendarDate(text)).toBe(valid));

  it('is what free-form dates are checked against', () => {
    expect(parseLooseDate('Updated 2024-13-45')).toBeUndefined();
    expect(parseLooseDate('Updated 2024-03-05')).toBe('2024-03-05');
  });
});

describe('a front-matter date that is not a date', () => {
  const page = (date: string) =>
    sourceFromBytes(
      'page.md',
      Buffer.from(`---\ntitle: Roadmap\ndate: "${date}"\n---\n\n# Roadmap\n\n## Now\n\n- **A:** a\n- **B:** b\n`),
    );

  it('is reported at its line and not used', () => {
    const { edition, diagnostics } = parseRoadmap(page('2024-13-45'));
    expect(edition.date).toBeUndefined();
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ file: 'page.md', line: 3, rule: 'invalid-date', severity: 'warning' }),
    );
  });

  it('is used when it is one', () => {
    const { edition, diagnostics } = parseRoadmap(page('2024-03-05'));
    expect(edition.date).toBe('2024-03-05');
    expect(diagnostics.filter((d) => d.rule === 'invalid-date')).toEqual([]);
  });
});
