/** Pictures of a fitted deck's slides: one PNG a slide, and the small preview for the index page. */
import type { BlockedPage } from './browser/launch.js';

/** `<stem>-07.png`; numbers are padded to the width of the slide count, so names sort in order. */
export function slidePngName(stem: string, number: number, count: number): string {
  return `${stem}-${String(number).padStart(Math.max(2, String(count).length), '0')}.png`;
}

export const PREVIEW_NAME = 'preview.png';

/**
 * One page of a browser takes pictures at a time. Chromium draws frames for the tab
 * in front only: a picture of a page behind another waits for a frame that never comes.
 */
const pictureTurns = new WeakMap<object, Promise<unknown>>();

/**
 * Each slide of the fitted page as a PNG (the page is laid out for print: slides stacked). A smaller
 * picture (`scale` below 1) is drawn at its size: the slide's SVG is shown smaller for the moment of
 * the picture, which scales its drawing and not its layout (the slide is laid out in the SVG's own
 * 1280×720 units), so its text breaks as in the deck and every build draws the same pixels.
 */
export async function screenshotSlides(page: BlockedPage['page'], count: number, scale = 1): Promise<Uint8Array[]> {
  const browser = page.browser();
  const previous = pictureTurns.get(browser) ?? Promise.resolve();
  const turn = previous.then(async () => {
    await page.bringToFront();
    const shots: Uint8Array[] = [];
    for (let i = 0; i < count; i++) {
      const slide = `.marpit > svg:nth-of-type(${i + 1})` as const;
      const box = await page.$eval(
        slide,
        (svg, factor) => {
          if (factor !== 1) {
            const full = svg.getBoundingClientRect();
            svg.style.setProperty('width', `${full.width * factor}px`, 'important');
            svg.style.setProperty('height', `${full.height * factor}px`, 'important');
          }
          const r = svg.getBoundingClientRect();
          return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
        },
        scale,
      );
      const shot = page.screenshot({ type: 'png', clip: { ...box, scale: 1 }, captureBeyondViewport: true });
      // The slide gets its size back whatever happened; a picture that failed says why, not the restoring.
      const taken = await shot.then(
        (png) => ({ png }),
        (error: unknown) => ({ error }),
      );
      if (scale !== 1)
        await page
          .$eval(slide, (svg) => {
            svg.style.removeProperty('width');
            svg.style.removeProperty('height');
          })
          .catch((error: unknown) => {
            if (!('error' in taken)) throw error;
          });
      if ('error' in taken) throw taken.error;
      shots.push(taken.png);
    }
    return shots;
  });
  pictureTurns.set(
    browser,
    turn.catch(() => undefined),
  );
  return turn;
}
