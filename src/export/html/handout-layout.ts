/**
 * Where slides go on a handout page: for N slides per page, the grid that
 * draws them largest on the paper and orientation asked for, with room for
 * a caption under each and, when asked, ruled note lines beside each. Pure
 * arithmetic in millimetres; the handout's CSS states the result, so print
 * does not depend on how a grid happens to stretch.
 */
import type { HandoutLayout, HandoutOrientation, Paper } from '../../settings/defaults.js';

export interface HandoutPageOptions {
  layout: HandoutLayout;
  paper: Paper;
  orientation: HandoutOrientation;
  /** Ruled lines for notes beside each slide. */
  lines: boolean;
  /** Slide width / height (16:9, 4:3). */
  aspect: number;
}

export interface HandoutGeometry {
  /** Printable area of the page (inside the margins), mm. */
  page: { width: number; height: number; orientation: HandoutOrientation };
  columns: number;
  rows: number;
  /** One slide with its caption (and lines): the grid's track sizes, mm. */
  cell: { width: number; height: number };
  slide: { width: number; height: number };
  /**
   * Ruled lines beside each slide (0 when none were asked for) and the box they fill, mm: as tall
   * as the slide on a one-slide page (its text follows), as the whole cell on an N-up page.
   */
  lines: { count: number; width: number; height: number };
}

/** Sheet sizes in mm, portrait. */
const SHEETS: Record<Paper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

/** Page margins, mm (the footer with the page numbers sits in the bottom one). */
export const HANDOUT_MARGIN = { top: 14, right: 14, bottom: 16, left: 14 } as const;

/** Kept free at the page's end: Chrome rounds boxes, and a page that overflows by a hair adds a blank one. */
const SLACK = 3;
/** Between columns; between rows less, as each slide's caption already stands between them. */
const COLUMN_GAP = 6;
const ROW_GAP = 3;
/** Caption under each slide of an N-up page: one 9 pt line and its margin. */
const CAPTION = 5.5;
/** Room beside a slide for notes: at least this wide (a few words a line), and this far from the slide. */
const LINES_MIN = 50;
const LINES_GAP = 5;
const LINE_PITCH = 8;
/** On a one-slide page the full text follows the slide: the slide leaves it this share of the page. */
const ONE_UP_TEXT_SHARE = 0.4;

const round = (mm: number) => Math.round(mm * 10) / 10;

export function printableArea(paper: Paper, orientation: HandoutOrientation): { width: number; height: number } {
  const sheet = SHEETS[paper];
  const [width, height] = orientation === 'landscape' ? [sheet.height, sheet.width] : [sheet.width, sheet.height];
  return {
    width: width - HANDOUT_MARGIN.left - HANDOUT_MARGIN.right,
    height: height - HANDOUT_MARGIN.top - HANDOUT_MARGIN.bottom - SLACK,
  };
}

/** The largest slide each column count allows, and the best of them. */
export function handoutGeometry(options: HandoutPageOptions): HandoutGeometry {
  const area = printableArea(options.paper, options.orientation);
  const page = { ...area, orientation: options.orientation };
  const slideIn = (cellWidth: number, slideHeightRoom: number) => {
    const room = options.lines ? cellWidth - LINES_MIN - LINES_GAP : cellWidth;
    return Math.max(0, Math.min(room, slideHeightRoom * options.aspect));
  };
  let best: HandoutGeometry | undefined;
  if (options.layout === 1) {
    const width = slideIn(area.width, area.height * (1 - ONE_UP_TEXT_SHARE));
    best = geometry(page, 1, 1, area.width, area.height, width, options);
  } else {
    for (let columns = 1; columns <= options.layout; columns++) {
      const rows = Math.ceil(options.layout / columns);
      const cellWidth = (area.width - (columns - 1) * COLUMN_GAP) / columns;
      const cellHeight = (area.height - (rows - 1) * ROW_GAP) / rows;
      const width = slideIn(cellWidth, cellHeight - CAPTION);
      // Fewer columns win a tie: a page read down a column, with lines beside.
      if (!best || width > best.slide.width + 0.05)
        best = geometry(page, columns, rows, cellWidth, cellHeight, width, options);
    }
  }
  return best!;
}

function geometry(
  page: HandoutGeometry['page'],
  columns: number,
  rows: number,
  cellWidth: number,
  cellHeight: number,
  slideWidth: number,
  options: HandoutPageOptions,
): HandoutGeometry {
  const slideHeight = slideWidth / options.aspect;
  const linesWidth = options.lines ? cellWidth - slideWidth - LINES_GAP : 0;
  const linesHeight = options.lines ? (options.layout === 1 ? slideHeight : cellHeight) : 0;
  return {
    page,
    columns,
    rows,
    cell: { width: round(cellWidth), height: round(cellHeight) },
    slide: { width: round(slideWidth), height: round(slideHeight) },
    lines: {
      count: options.lines ? Math.max(1, Math.floor(linesHeight / LINE_PITCH)) : 0,
      width: round(Math.max(0, linesWidth)),
      height: round(linesHeight),
    },
  };
}

/** The CSS that puts the geometry on paper. On N-up pages with lines, the caption sits under the slide, beside the lines. */
export function handoutLayoutCss(g: HandoutGeometry, paper: Paper): string {
  const m = HANDOUT_MARGIN;
  return `
@page { size: ${paper === 'Letter' ? 'letter' : 'A4'} ${g.page.orientation}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
.grid { display: grid; grid-template-columns: repeat(${g.columns}, ${g.cell.width}mm); grid-auto-rows: ${g.cell.height}mm; column-gap: ${COLUMN_GAP}mm; row-gap: ${ROW_GAP}mm; justify-content: center; }
.one { width: ${g.page.width}mm; }
.figure { display: flex; gap: ${LINES_GAP}mm; align-items: flex-start; justify-content: ${g.lines.count ? 'flex-start' : 'center'}; }
.slide { width: ${g.slide.width}mm; height: ${g.slide.height}mm; flex: none; }
.lines { width: ${g.lines.width}mm; height: ${g.lines.height}mm; flex: none; display: flex; flex-direction: column; justify-content: space-evenly; }
.lines .rule { border-bottom: 0.3mm solid #9ca3af; height: 0; }
.shot { width: ${g.slide.width}mm; flex: none; }
.caption { font-size: 9pt; color: #374151; margin-top: 1.5mm; line-height: 1.3; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
`;
}
