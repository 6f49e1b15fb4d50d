import { describe, expect, it } from 'vitest';
import { timeline, timelineHtml, timelineSlide } from '../../src/editions/timeline.js';
import type { Initiative, RoadmapEdition, Status } from '../../src/model/types.js';

let n = 0;
const initiative = (title: string, status: Status) =>
  ({ id: `i${n++}`, title, text: title, status, position: { line: 1, column: 1 } }) as unknown as Initiative;
const edition = (label: string, items: [string, Status][]) =>
  ({
    label,
    date: undefined,
    sections: [{ initiatives: items.map(([t, s]) => initiative(t, s)) }],
  }) as unknown as RoadmapEdition;

describe('the roadmap over time', () => {
  const series = [
    {
      stem: 'a',
      edition: edition('Q1', [
        ['Search', 'planned'],
        ['Plugins', 'in-progress'],
        ['Old thing', 'planned'],
      ]),
    },
    {
      stem: 'b',
      edition: edition('Q2', [
        ['Search', 'in-progress'],
        ['Plugins', 'done'],
        ['New <b>thing</b>', 'future'],
      ]),
    },
    {
      stem: 'c',
      edition: edition('Q3', [
        ['Search', 'done'],
        ['New <b>thing</b>', 'planned'],
      ]),
    },
  ];

  it('follows each initiative across editions and says what became of those no longer listed', () => {
    const data = timeline(series);
    expect(data.editions.map((e) => e.label)).toEqual(['Q1', 'Q2', 'Q3']);
    expect(data.rows).toEqual([
      { title: 'Search', cells: [{ status: 'planned' }, { status: 'in-progress' }, { status: 'done' }] },
      { title: 'Plugins', cells: [{ status: 'in-progress' }, { status: 'done' }, { outcome: 'delivered' }] },
      { title: 'Old thing', cells: [{ status: 'planned' }, { outcome: 'dropped' }, null] },
      { title: 'New <b>thing</b>', cells: [null, { status: 'future' }, { status: 'planned' }] },
    ]);
  });

  it('writes a table with headers, every cell in words, and page text escaped', () => {
    const html = timelineHtml(timeline(series));
    expect(html).toContain('<th scope="row">New &lt;b&gt;thing&lt;/b&gt;</th>');
    expect(html).not.toContain('<b>thing</b>');
    expect(html).toContain('<td class="delivered">✓ Delivered</td>');
    expect(html).toContain('<td class="dropped">✗ Dropped</td>');
    expect(html).toContain('<th scope="col"><a href="a/">Q1</a></th>');
    expect(html).toMatch(/role="region" aria-labelledby="timeline" tabindex="0"/);
  });

  it('as a slide: the editions in order, then each initiative with its statuses, delivered or dropped at the end', () => {
    const slide = timelineSlide(timeline(series));
    expect(slide.heading).toBe('The roadmap over time');
    const text = JSON.stringify(slide.body);
    expect(text).toContain('"Q1 → Q2 → Q3"');
    expect(text).toContain('"Plugins"}]},{"type":"text","value":": In progress → Done → ✓ Delivered"');
    expect(text).toContain('"Old thing"}]},{"type":"text","value":": Planned → ✗ Dropped"');
    expect(slide.notes).toContain('Plugins — Q1: In progress — Q2: Done — Q3: ✓ Delivered');
  });

  it('as a slide: the newest six editions, without initiatives gone before them', () => {
    const long = [
      {
        stem: 'e0',
        edition: edition('E0', [
          ['Gone early', 'planned'],
          ['Kept', 'planned'],
        ]),
      },
      // Last listed in E1: its "dropped" mark falls in E2, the slide's first edition.
      {
        stem: 'e1',
        edition: edition('E1', [
          ['Gone early', 'planned'],
          ['Kept', 'planned'],
        ]),
      },
      ...[2, 3, 4, 5, 6, 7].map((k) => ({ stem: `e${k}`, edition: edition(`E${k}`, [['Kept', 'planned']]) })),
    ];
    const text = JSON.stringify(timelineSlide(timeline(long)).body);
    expect(text).toContain('"E2 → E3 → E4 → E5 → E6 → E7"');
    expect(text).toContain('"Kept"');
    expect(text).not.toContain('Gone early');
  });
});
