/** Handout geometry: every layout on every paper fits its page, and more slides per page draw them smaller. */
import { describe, expect, it } from 'vitest';
import { handoutGeometry, printableArea } from '../../src/export/html/handout-layout.js';
import { HANDOUT_LAYOUTS, HANDOUT_ORIENTATIONS, PAPERS, type HandoutLayout } from '../../src/settings/defaults.js';

const ASPECTS = { '16:9': 16 / 9, '4:3': 4 / 3 };

describe.each(PAPERS)('on %s paper', (paper) => {
  describe.each(HANDOUT_ORIENTATIONS)('%s', (orientation) => {
    describe.each(Object.entries(ASPECTS))('with %s slides', (_, aspect) => {
      describe.each([false, true])('note lines: %s', (lines) => {
        const at = (layout: HandoutLayout) => handoutGeometry({ layout, paper, orientation, lines, aspect });

        it('draws slides larger the fewer there are per page (2 > 4 > 6, or 4 = 6 when both fill a half-width column)', () => {
          expect(at(2).slide.width).toBeGreaterThan(at(4).slide.width);
          expect(at(4).slide.width).toBeGreaterThanOrEqual(at(6).slide.width);
          if (at(4).slide.width === at(6).slide.width) {
            // The paper's width is the limit: two columns, each slide as wide as its column allows.
            for (const g of [at(4), at(6)]) {
              expect(g.columns).toBe(2);
              expect(g.slide.width + (lines ? g.lines.width + 5 : 0)).toBeCloseTo(g.cell.width, 0);
            }
          }
        });

        it.each(HANDOUT_LAYOUTS)('fits %i slides per page inside the printable area, each in its cell', (layout) => {
          const g = at(layout);
          const area = printableArea(paper, orientation);
          expect(g.columns * g.rows).toBeGreaterThanOrEqual(layout);
          expect(g.columns * g.cell.width).toBeLessThanOrEqual(area.width + 0.1);
          expect(g.rows * g.cell.height).toBeLessThanOrEqual(area.height + 0.1);
          expect(g.slide.width + (lines ? g.lines.width : 0)).toBeLessThanOrEqual(g.cell.width + 0.1);
          expect(g.slide.height).toBeLessThanOrEqual(g.cell.height);
          expect(g.slide.width / g.slide.height).toBeCloseTo(aspect, 1);
          expect(g.lines.count > 0).toBe(lines);
          if (lines) expect(g.lines.width).toBeGreaterThanOrEqual(50);
        });
      });
    });
  });
});

describe('the shapes people print', () => {
  const a4 = (layout: HandoutLayout, orientation: 'portrait' | 'landscape' = 'portrait') =>
    handoutGeometry({ layout, paper: 'A4', orientation, lines: false, aspect: 16 / 9 });

  it('gives 2-up slides about half a page each, across the full width', () => {
    const g = a4(2);
    expect(g.slide.width).toBe(printableArea('A4', 'portrait').width);
    expect(g.cell.height).toBeGreaterThan(printableArea('A4', 'portrait').height * 0.45);
  });

  it('draws 4-up larger than 6-up for 16:9 slides on either paper, either way up, and with note lines upright', () => {
    for (const paper of PAPERS) {
      for (const orientation of HANDOUT_ORIENTATIONS) {
        for (const lines of orientation === 'portrait' ? [false, true] : [false]) {
          const at = (layout: HandoutLayout) =>
            handoutGeometry({ layout, paper, orientation, lines, aspect: 16 / 9 }).slide.width;
          expect(at(4), `${paper} ${orientation} lines ${lines}`).toBeGreaterThan(at(6));
        }
      }
    }
  });

  it('turns 4-up on its side into a 2 × 2 grid a quarter larger than upright', () => {
    expect(a4(4, 'landscape')).toMatchObject({ columns: 2, rows: 2 });
    expect(a4(4, 'landscape').slide.width).toBeGreaterThan(a4(4).slide.width * 1.25);
  });
});
