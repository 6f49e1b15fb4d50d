/**
 * The overview (`o`): every slide as a small copy in a grid, each a button
 * that shows that slide. Arrow keys move between them, Enter or a click
 * jumps, Escape (or `o`) closes. The copies are made on the first opening.
 * Self-contained: turned into text with Function.prototype.toString.
 */
import type { ViewerApi } from './types.js';

export function overviewGrid(api: ViewerApi): void {
  const { doc } = api;
  const dialog = doc.getElementById('rd-overview');
  const grid = doc.getElementById('rd-overview-grid');
  if (!dialog || !grid) return;
  let buttons: HTMLButtonElement[] = [];

  const build = () => {
    buttons = api.slides.map((_, i) => {
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'rd-thumb';
      button.dataset.rdSlide = String(i);
      const title = api.titleOf(i);
      // The button's name is this hidden text; the copy and the visible number are pictures of it.
      const name = doc.createElement('span');
      name.className = 'rd-sr-only';
      name.textContent = title ? api.text('viewerThumb', { n: i + 1, title }) : String(i + 1);
      button.appendChild(name);
      const copy = api.clone(i);
      if (copy) {
        copy.setAttribute('aria-hidden', 'true');
        copy.inert = true;
        button.appendChild(copy);
      }
      const number = doc.createElement('span');
      number.className = 'rd-thumb-number';
      number.setAttribute('aria-hidden', 'true');
      number.textContent = String(i + 1);
      button.appendChild(number);
      button.addEventListener('click', () => {
        close();
        api.go(i);
      });
      const item = doc.createElement('li');
      item.appendChild(button);
      grid.appendChild(item);
      return button;
    });
  };

  const open = () => {
    if (!buttons.length) build();
    buttons.forEach((button, i) => {
      if (i === api.index()) button.setAttribute('aria-current', 'step');
      else button.removeAttribute('aria-current');
    });
    api.modal(dialog);
    const current = buttons[api.index()];
    current?.focus({ preventScroll: true });
    current?.scrollIntoView({ block: 'nearest', behavior: api.reducedMotion() ? 'auto' : 'smooth' });
  };
  const close = () => {
    if (api.openModal() === dialog) api.modal(null);
  };

  /** How many thumbnails sit in one row, as laid out now. */
  const columns = () => {
    const top = buttons[0]?.getBoundingClientRect().top;
    const n = buttons.findIndex((b) => b.getBoundingClientRect().top !== top);
    return n > 0 ? n : buttons.length;
  };

  api.onAction('overview', open);
  api.onAction('overview-close', close);
  api.onKey((event, place) => {
    if (api.openModal() !== dialog) {
      if (place === 'field' || api.openModal() || (event.key !== 'o' && event.key !== 'O')) return false;
      open();
      return true;
    }
    if (event.key === 'Escape' || event.key === 'o' || event.key === 'O') {
      close();
      return true;
    }
    const at = buttons.indexOf(doc.activeElement as HTMLButtonElement);
    const step = (
      { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns(), ArrowUp: -columns() } as Record<string, number>
    )[event.key];
    let to: number | undefined;
    if (step !== undefined) to = at < 0 ? api.index() : Math.max(0, Math.min(buttons.length - 1, at + step));
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = buttons.length - 1;
    if (to === undefined) return false;
    buttons[to]?.focus();
    return true;
  });
}
