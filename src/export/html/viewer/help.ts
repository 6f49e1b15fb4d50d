/**
 * The keys, listed in the deck's language: `?` opens and closes the list,
 * Escape closes it. The list itself is written into the page by markup.ts.
 * Self-contained: turned into text with Function.prototype.toString.
 */
import type { ViewerApi } from './types.js';

export function keysHelp(api: ViewerApi): void {
  const dialog = api.doc.getElementById('rd-help');
  if (!dialog) return;
  const open = () => {
    api.modal(dialog);
    dialog.querySelector<HTMLElement>('[data-rd-action="help-close"]')?.focus();
  };
  const close = () => {
    if (api.openModal() === dialog) api.modal(null);
  };
  api.onAction('help', open);
  api.onAction('help-close', close);
  api.onKey((event, place) => {
    if (api.openModal() === dialog) {
      if (event.key !== 'Escape' && event.key !== '?') return false;
      close();
      return true;
    }
    if (place === 'field' || api.openModal() || event.key !== '?') return false;
    open();
    return true;
  });
}
