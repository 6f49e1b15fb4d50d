/**
 * Go to a slide by typing: a digit on the slides (or `g`) opens a small
 * labelled field, Enter goes to the slide of that number or anchor
 * (`backend-system-1-0`), Escape or leaving the field cancels. No prompt():
 * the field is part of the page, so screen readers and the CSP are happy.
 * Self-contained: turned into text with Function.prototype.toString.
 */
import type { ViewerApi } from './types.js';

export function goToSlide(api: ViewerApi): void {
  const { doc } = api;
  const box = doc.getElementById('rd-goto');
  const input = doc.getElementById('rd-goto-input') as HTMLInputElement | null;
  const error = doc.getElementById('rd-goto-error');
  if (!box || !input) return;

  const close = (refocus: boolean) => {
    if (box.hidden) return;
    box.hidden = true;
    input.value = '';
    input.removeAttribute('aria-invalid');
    if (error) error.textContent = '';
    if (refocus) api.focusSlides();
  };
  const open = (typed: string) => {
    box.hidden = false;
    input.value = typed;
    input.focus();
    input.setSelectionRange(typed.length, typed.length);
  };

  input.addEventListener('blur', () => close(false));
  api.onKey((event, place) => {
    if (event.target === input) {
      if (event.key === 'Escape') close(true);
      else if (event.key === 'Enter') {
        const at = api.find(input.value);
        if (at === undefined) {
          input.setAttribute('aria-invalid', 'true');
          if (error) error.textContent = api.text('viewerGoToInvalid', { total: api.total });
        } else {
          close(true);
          api.go(at);
        }
      } else return false;
      return true;
    }
    if (place === 'field' || api.openModal()) return false;
    if (/^[0-9]$/.test(event.key)) open(event.key);
    else if (event.key === 'g' || event.key === 'G') open('');
    else return false;
    return true;
  });
}
