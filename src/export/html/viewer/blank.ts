/**
 * Blank the audience's screen: `b` black, `w` white; any key (or a click on
 * the blank screen) brings the slide back. Pressed in the presenter window,
 * it blanks the audience window and says so in the presenter's bar.
 * Self-contained: turned into text with Function.prototype.toString.
 */
import type { ViewerApi } from './types.js';

export function blankScreen(api: ViewerApi): void {
  const { doc } = api;
  const cover = doc.getElementById('rd-blank');
  const badge = doc.getElementById('rd-presenter-blank');
  type Mode = 'black' | 'white' | null;
  let mode: Mode = null;

  const set = (next: Mode, fromPeer = false) => {
    mode = next;
    if (api.isPresenter) {
      if (badge) {
        badge.hidden = !mode;
        badge.textContent = mode ? api.text(mode === 'black' ? 'viewerBlankedBlack' : 'viewerBlankedWhite') : '';
      }
    } else if (cover) {
      cover.hidden = !mode;
      cover.className = mode ? `rd-blank rd-blank-${mode}` : 'rd-blank';
    }
    if (!fromPeer) api.send({ type: 'roadmap-deck:blank', mode });
  };

  cover?.addEventListener('click', () => set(null));
  api.onMessage((message) => {
    if (message.type === 'roadmap-deck:blank')
      set(message.mode === 'black' || message.mode === 'white' ? message.mode : null, true);
    // A presenter window just opened learns whether the screen is blank.
    if (message.type === 'roadmap-deck:hello' && mode) api.send({ type: 'roadmap-deck:blank', mode });
  });
  api.onKey((event, place) => {
    if (['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'Tab'].includes(event.key)) return false;
    if (mode) {
      set(null);
      return true;
    }
    if (place === 'field' || api.openModal()) return false;
    if (event.key === 'b' || event.key === 'B' || event.key === '.') set('black');
    else if (event.key === 'w' || event.key === 'W') set('white');
    else return false;
    return true;
  });
}
