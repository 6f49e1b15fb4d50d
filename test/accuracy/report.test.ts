import { describe, expect, it } from 'vitest';
import { details, formatReport } from './report.js';
import { scorePage, summarize } from './score.js';
import type { Truth, TruthItem } from './truth.js';

const item = (title: string, more: Partial<TruthItem> = {}): TruthItem => ({
  title,
  section: null,
  status: null,
  tracking: null,
  ...more,
});
const truth: Truth = {
  file: 'page.md',
  title: 'Tool Roadmap',
  label: '2026',
  initiatives: [
    item('Plugin API', { tracking: 'https://github.com/o/r/issues/1' }),
    item('Faster startup', { status: 'planned' }),
  ],
};
const wrong = scorePage('tool', truth, {
  title: 'Roadmap',
  label: null,
  initiatives: [
    { title: 'Plugin API', section: null, status: null, tracking: null },
    { title: 'Overview', section: null, status: null, tracking: null },
  ],
});
const right = scorePage('other', truth, {
  title: 'Tool Roadmap',
  label: '2026',
  initiatives: [
    { title: 'Plugin API', section: null, status: null, tracking: 'https://github.com/o/r/issues/1' },
    { title: 'Faster startup', section: null, status: 'planned', tracking: null },
  ],
});

describe('the accuracy report', () => {
  it('lists, under a page, everything that is not right, one fact per line', () => {
    expect(details(wrong)).toEqual([
      'missed: "Faster startup"',
      'extra:  "Overview"',
      'title: got "Roadmap", expected "Tool Roadmap"',
      'label: got none, expected "2026"',
      'tracking: "Plugin API" got none, expected "https://github.com/o/r/issues/1"',
    ]);
    expect(details(right)).toEqual([]);
  });

  it('has one row per page and the overall numbers', () => {
    const text = formatReport([wrong, right], summarize([wrong, right]));
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^page\s+exact\s+found\s+missed\s+extra\s+title\s+label\s+section\s+status\s+tracking$/);
    expect(lines.find((l) => l.startsWith('tool '))).toMatch(/NO\s+1\/2\s+1\s+1\s+WRONG\s+WRONG\s+1\/1\s+1\/1\s+0\/1$/);
    expect(lines.find((l) => l.startsWith('other '))).toMatch(/yes\s+2\/2\s+0\s+0\s+ok\s+ok\s+2\/2\s+2\/2\s+2\/2$/);
    expect(text).toContain('precision 0.750  recall 0.750  F1 0.750  (3 found, 1 missed, 1 extra)');
    expect(text).toContain('pages exactly right: 1/2');
    expect(text).toContain('titles right: 1/2 (50.0%)  labels right: 1/2 (50.0%)');
  });

  it('shows section and status errors for a single page, or when asked', () => {
    const one = scorePage('one', truth, {
      title: 'Tool Roadmap',
      label: '2026',
      initiatives: [{ title: 'Faster startup', section: 'Later', status: null, tracking: null }],
    });
    const line = 'status: "Faster startup" got none, expected "planned"';
    expect(formatReport([one, right], summarize([one, right]))).not.toContain(line);
    expect(formatReport([one, right], summarize([one, right]), { verbose: true })).toContain(line);
    expect(formatReport([one], summarize([one]))).toContain(line);
  });
});
