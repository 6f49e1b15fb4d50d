/**
 * A PDF page as pixels, to measure what was drawn: poppler's pdftoppm renders
 * it as a greyscale PGM (a header and one byte per pixel), read here.
 */
import { execFileSync } from 'node:child_process';

export interface Raster {
  width: number;
  height: number;
  dpi: number;
  /** 0 black … 255 white, row by row. */
  pixels: Uint8Array;
}

export function rasterPage(pdf: string, page: number, dpi = 100): Raster {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), pdf], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM');
  const [whole, width, height] = header;
  return { width: Number(width), height: Number(height), dpi, pixels: new Uint8Array(pgm.subarray(whole.length)) };
}

export const mm = (raster: Raster, px: number): number => (px / raster.dpi) * 25.4;

export interface Run {
  y: number;
  x: number;
  length: number;
}

/** In each row, the longest run of pixels that pass the test (rows without one are left out). */
export function longestRuns(
  raster: Raster,
  test: (value: number) => boolean,
  box = { x: 0, y: 0, width: raster.width, height: raster.height },
): Run[] {
  const runs: Run[] = [];
  for (let y = box.y; y < box.y + box.height; y++) {
    let best: Run | undefined;
    let start = -1;
    for (let x = box.x; x <= box.x + box.width; x++) {
      const inside = x < box.x + box.width && test(raster.pixels[y * raster.width + x]!);
      if (inside && start < 0) start = x;
      if (!inside && start >= 0) {
        if (!best || x - start > best.length) best = { y, x: start, length: x - start };
        start = -1;
      }
    }
    if (best) runs.push(best);
  }
  return runs;
}

/** Consecutive rows merged: one entry per drawn horizontal line or band. */
export function bands(runs: Run[]): Run[][] {
  const out: Run[][] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && run.y === last.at(-1)!.y + 1) last.push(run);
    else out.push([run]);
  }
  return out;
}
