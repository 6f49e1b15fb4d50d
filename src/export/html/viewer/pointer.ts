/**
 * The mouse and touch: a click on the audience's slide moves on (back on its
 * left third), a swipe moves on or back, and the controls show while the
 * mouse moves and hide when it rests. Clicks on links, buttons, fields and
 * the viewer's own controls keep their own meaning; nothing moves while a
 * dialog is open. Self-contained: turned into text with Function.prototype.toString.
 */
import type { ViewerApi } from './types.js';

export function pointerInput(api: ViewerApi): void {
  const { doc } = api;

  doc.addEventListener('click', (event: MouseEvent) => {
    const target = event.target as Element | null;
    if (!target || api.isPresenter || api.openModal()) return;
    if (target.closest('a, button, input, label, [role="dialog"], .rd-ui, .rd-goto, .rd-blank')) return;
    api.go(event.clientX < window.innerWidth / 3 ? api.index() - 1 : api.index() + 1);
  });

  let touchX: number | undefined;
  doc.addEventListener(
    'touchstart',
    (event: TouchEvent) => {
      touchX = event.touches[0]?.clientX;
    },
    { passive: true },
  );
  doc.addEventListener('touchend', (event: TouchEvent) => {
    const endX = event.changedTouches[0]?.clientX;
    if (touchX === undefined || endX === undefined || api.openModal()) return;
    if (Math.abs(endX - touchX) > 40) api.go(endX < touchX ? api.index() + 1 : api.index() - 1);
    touchX = undefined;
  });

  // Hide the controls while the mouse rests.
  let idle: ReturnType<typeof setTimeout> | undefined;
  doc.addEventListener('mousemove', () => {
    doc.body.classList.add('rd-pointer');
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => doc.body.classList.remove('rd-pointer'), 2000);
  });
}
