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

/** Each slide of the fitted page as a PNG (the page is laid out for print: slides stacked). */
export async function screenshotSlides(page: BlockedPage['page'], count: number, scale = 1): Promise<Uint8Array[]> {
  const browser = page.browser();
  const previous = pictureTurns.get(browser) ?? Promise.resolve();
  const turn = previous.then(async () => {
    await page.bringToFront();
    const shots: Uint8Array[] = [];
    for (let i = 0; i < count; i++) {
      const box = await page.$eval(`.marpit > svg:nth-of-type(${i + 1})`, (svg) => {
        const r = svg.getBoundingClientRect();
        return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
      });
      const shot = await page.screenshot({ type: 'png', clip: { ...box, scale: 1 }, captureBeyondViewport: true });
      shots.push(scale === 1 ? shot : await scalePicture(page, shot, scale));
    }
    return shots;
  });
  pictureTurns.set(
    browser,
    turn.catch(() => undefined),
  );
  return turn;
}

/**
 * A PNG scaled in the page's canvas. Chromium's own scaled screenshots differ
 * by a shade here and there from one run to the next (seen on gradients in 1
 * of 6 builds), which made `preview.png` and the index page change with no
 * change of input; a canvas scales the same pixels the same way every time.
 */
async function scalePicture(page: BlockedPage['page'], png: Uint8Array, scale: number): Promise<Uint8Array> {
  const src = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const scaled = await page.evaluate(
    async (url: string, factor: number) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(img.naturalWidth * factor);
      canvas.height = Math.round(img.naturalHeight * factor);
      const context = canvas.getContext('2d')!;
      context.imageSmoothingQuality = 'high';
      context.drawImage(img, 0, 0, canvas.width, canvas.height);
      return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
    },
    src,
    scale,
  );
  return Buffer.from(scaled, 'base64');
}
