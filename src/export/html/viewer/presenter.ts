/**
 * The presenter window: the current and the next slide, the notes (their
 * size set with + and −, kept in localStorage), a wall clock, and a timer of
 * the time spoken that can be paused and reset. The timer lives in
 * sessionStorage, so a reload (a save under `watch`) does not restart it.
 * Self-contained: turned into text with Function.prototype.toString.
 */
import type { ViewerApi } from './types.js';

export function presenterView(api: ViewerApi): void {
  if (!api.isPresenter) return;
  const { doc } = api;
  const byId = (id: string) => doc.getElementById(id);
  const currentView = byId('rd-presenter-current');
  const nextView = byId('rd-presenter-next');
  const notesView = byId('rd-presenter-notes');
  const counter = byId('rd-presenter-counter');
  const clock = byId('rd-presenter-clock');
  const timer = byId('rd-presenter-timer');
  const pause = doc.querySelector<HTMLElement>('[data-rd-action="timer-pause"]');
  const notes = ((): string[] => {
    try {
      return JSON.parse(byId('rd-notes')?.textContent || '[]') as string[];
    } catch {
      return [];
    }
  })();

  api.onRender((index) => {
    currentView?.replaceChildren(...[api.clone(index)].filter((n): n is HTMLElement => !!n));
    if (nextView) {
      const next = api.clone(index + 1);
      if (next) nextView.replaceChildren(next);
      else nextView.textContent = api.text('viewerEnd');
    }
    if (notesView) {
      notesView.textContent = notes[index] || api.text('viewerNoNotes');
      notesView.scrollTop = 0;
    }
    if (counter) counter.textContent = api.text('viewerSlideOf', { n: index + 1, total: api.total });
  });

  // Storage can be missing or refuse (a file:// page in some browsers, private modes): then nothing is kept.
  const storage = (kind: 'localStorage' | 'sessionStorage'): Storage | null => {
    try {
      return window[kind];
    } catch {
      return null;
    }
  };
  const read = (kind: 'localStorage' | 'sessionStorage', key: string) => {
    try {
      return storage(kind)?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const write = (kind: 'localStorage' | 'sessionStorage', key: string, value: string) => {
    try {
      storage(kind)?.setItem(key, value);
    } catch {
      /* not kept */
    }
  };

  // Notes size, in px: remembered across decks and sessions.
  const SIZE_KEY = 'roadmap-deck:notes-size';
  let size = Number(read('localStorage', SIZE_KEY)) || 20;
  const setSize = (px: number) => {
    size = Math.max(12, Math.min(48, px));
    if (notesView) notesView.style.fontSize = `${size}px`;
    write('localStorage', SIZE_KEY, String(size));
  };
  setSize(size);
  api.onAction('notes-smaller', () => setSize(size - 2));
  api.onAction('notes-larger', () => setSize(size + 2));
  api.onKey((event, place) => {
    if (place === 'field' || api.openModal()) return false;
    if (event.key === '+' || event.key === '=') setSize(size + 2);
    else if (event.key === '-' || event.key === '_') setSize(size - 2);
    else return false;
    return true;
  });

  // Elapsed time: what has been counted, plus the run since `since` when running.
  const TIMER_KEY = 'roadmap-deck:timer';
  let state: { counted: number; since: number | null } = { counted: 0, since: Date.now() };
  try {
    const kept = JSON.parse(read('sessionStorage', TIMER_KEY) || 'null') as typeof state | null;
    if (kept && typeof kept.counted === 'number') state = kept;
  } catch {
    /* a fresh timer */
  }
  const elapsed = () => state.counted + (state.since === null ? 0 : Date.now() - state.since);
  const save = () => write('sessionStorage', TIMER_KEY, JSON.stringify(state));
  const lang = doc.documentElement.lang || undefined;
  const tick = () => {
    const seconds = Math.floor(elapsed() / 1000);
    const hours = Math.floor(seconds / 3600);
    const mm = String(Math.floor(seconds / 60) % 60).padStart(2, '0');
    const ss = String(seconds % 60).padStart(2, '0');
    if (timer) timer.textContent = hours ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
    if (clock) {
      const now = new Date();
      clock.textContent = now.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
      clock.setAttribute('datetime', now.toTimeString().slice(0, 8));
    }
    const running = state.since !== null;
    timer?.classList.toggle('rd-paused', !running);
    if (pause) pause.textContent = api.text(running ? 'viewerPause' : 'viewerResume');
  };
  api.onAction('timer-pause', () => {
    state = state.since === null ? { counted: state.counted, since: Date.now() } : { counted: elapsed(), since: null };
    save();
    tick();
  });
  api.onAction('timer-reset', () => {
    state = { counted: 0, since: state.since === null ? null : Date.now() };
    save();
    tick();
  });
  save();
  tick();
  setInterval(tick, 250);
}
