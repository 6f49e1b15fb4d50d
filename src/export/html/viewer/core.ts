/**
 * The viewer's core, serialized into every HTML deck: which slide is shown,
 * the keys, clicks and swipes that move it, the address (`#N`, `#<anchor>`),
 * a polite live region that says where you are, and the link to the other
 * window (audience ⇄ presenter). Features (presenter view, overview, go-to,
 * blank screen, help, mouse and touch) plug in through the API it hands them;
 * how a slide is named in the address comes from anchors.ts.
 *
 * The place in the deck is kept by what the slide shows (an initiative's or
 * a section's id), so a reload after an edit stays on the same initiative
 * even when slides before it came or went.
 *
 * Slide keys act only where they cannot mean something else: never in a
 * text field, and Enter and Space never on a focused link or button (they
 * press it). Self-contained: turned into text with Function.prototype.toString.
 */
import type { slideAnchors } from './anchors.js';
import type { KeyPlace, SlideData, ViewerApi, ViewerFeature, ViewerLabelKey } from './types.js';

export function deckViewer(features: ViewerFeature[], anchors: typeof slideAnchors): void {
  const PRESENTER = 'roadmap-deck-presenter';
  const doc = document;
  const data = <T>(id: string, fallback: T): T => {
    try {
      return JSON.parse(doc.getElementById(id)?.textContent || '') as T;
    } catch {
      return fallback;
    }
  };
  const slides = Array.from(doc.querySelectorAll<SVGSVGElement>('.marpit > svg'));
  const total = slides.length;
  const labels = data<Partial<Record<ViewerLabelKey, string>>>('rd-labels', {});
  const slideInfo = data<SlideData[]>('rd-slides', []);
  const marpit = doc.querySelector<HTMLElement>('body > .marpit');
  const layout = doc.querySelector<HTMLElement>('.rd-presenter-layout');
  const live = doc.getElementById('rd-live');
  const counter = doc.getElementById('rd-counter');
  const isPresenter = window.name === PRESENTER || /[#&]presenter\b/.test(location.hash);
  let index = 0;
  let shown = -1;
  let peer: Window | null = isPresenter ? window.opener : null;
  let modalEl: HTMLElement | null = null;
  let returnFocus: Element | null = null;

  const clamp = (n: number) => Math.max(0, Math.min(total - 1, n));
  const { anchorOf, find, named } = anchors(slideInfo, total);
  const fromHash = () => find(location.hash.slice(1).split('&')[0]!) ?? index;
  /**
   * The slide to start on. A reload keeps the history entry's state, where render() keeps the
   * anchor of the slide shown: the same initiative, wherever the new deck has it. When the deck no
   * longer has it (renamed, removed), the slide number in the address stands.
   */
  const startAt = () => {
    const kept = (history.state as { rdAnchor?: unknown } | null)?.rdAnchor;
    const at = typeof kept === 'string' ? named(kept) : undefined;
    return at ?? fromHash();
  };

  const fill = (text: string, values: Record<string, string | number>) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  const text = (key: ViewerLabelKey, values: Record<string, string | number> = {}) => fill(labels[key] ?? key, values);
  const titleOf = (i: number) => slideInfo[i]?.title ?? '';

  const clone = (i: number): HTMLElement | null => {
    if (!slides[i]) return null;
    const wrapper = doc.createElement('div');
    wrapper.className = 'marpit';
    const copy = slides[i]!.cloneNode(true) as SVGSVGElement;
    copy.classList.remove('rd-active');
    // The section keeps its id: per-slide CSS (the fitted size) selects it; it is never an ARIA reference.
    for (const el of Array.from(copy.querySelectorAll('[id]')))
      if (el.tagName.toLowerCase() !== 'section') el.removeAttribute('id');
    for (const el of Array.from(copy.querySelectorAll('a[href], [tabindex]'))) el.setAttribute('tabindex', '-1');
    wrapper.appendChild(copy);
    return wrapper;
  };

  const renderHooks: ((index: number) => void)[] = [];
  const keyHooks: ((event: KeyboardEvent, place: KeyPlace) => boolean)[] = [];
  const messageHooks: ((data: { type?: string; [key: string]: unknown }) => void)[] = [];
  const actions = new Map<string, () => void>();

  const slideArea = () => (isPresenter ? layout : marpit);
  const focusSlides = () => slideArea()?.focus({ preventScroll: true });

  function render(): void {
    slides.forEach((svg, i) => {
      svg.classList.toggle('rd-active', i === index);
    });
    if (counter) counter.textContent = `${index + 1} / ${total}`;
    // Focus left on a slide that is now hidden would fall to nowhere: it comes back to the slides.
    const active = doc.activeElement;
    if (active && marpit?.contains(active) && active !== marpit && !slides[index]?.contains(active)) focusSlides();
    if (live && shown !== -1 && shown !== index) {
      const title = titleOf(index);
      live.textContent = title
        ? text('viewerAnnounce', { n: index + 1, total, title })
        : text('viewerSlideOf', { n: index + 1, total });
    }
    shown = index;
    for (const hook of renderHooks) hook(index);
    const hash = `#${index + 1}${isPresenter ? '&presenter' : ''}`;
    const anchor = anchorOf(index) ?? null;
    const state = history.state as { rdAnchor?: unknown } | null;
    if (location.hash !== hash || state?.rdAnchor !== anchor) history.replaceState({ rdAnchor: anchor }, '', hash);
  }

  const send = (message: { type: string; [key: string]: unknown }) => {
    if (peer && !peer.closed) peer.postMessage(message, '*');
  };

  function go(n: number, fromPeer = false): void {
    const next = clamp(n);
    if (next === index && !fromPeer && shown === index) return;
    index = next;
    render();
    if (!fromPeer) send({ type: 'roadmap-deck:goto', index });
  }

  function openPresenter(): void {
    if (isPresenter) return;
    const url = `${location.href.split('#')[0]}#${index + 1}&presenter`;
    peer = window.open(url, PRESENTER, 'width=1280,height=800');
  }

  function toggleFullscreen(): void {
    if (doc.fullscreenElement) void doc.exitFullscreen();
    else void doc.documentElement.requestFullscreen?.();
  }

  const modal = (el: HTMLElement | null) => {
    if (el && el !== modalEl) {
      if (modalEl) modal(null);
      returnFocus = doc.activeElement;
      for (const child of Array.from(doc.body.children) as HTMLElement[]) {
        if (child !== el && child !== live && child.tagName !== 'SCRIPT') child.inert = true;
      }
      el.hidden = false;
      modalEl = el;
    } else if (!el && modalEl) {
      for (const child of Array.from(doc.body.children) as HTMLElement[]) child.inert = false;
      modalEl.hidden = true;
      modalEl = null;
      const back = returnFocus as HTMLElement | null;
      if (back && back !== doc.body && back.isConnected && back.getClientRects().length)
        back.focus({ preventScroll: true });
      else focusSlides();
    }
  };

  window.addEventListener('message', (event: MessageEvent) => {
    const message = event.data as { type?: string; index?: number } | null;
    if (!message || typeof message !== 'object' || !String(message.type).startsWith('roadmap-deck:')) return;
    if (message.type === 'roadmap-deck:goto' && typeof message.index === 'number') {
      if (!peer && event.source) peer = event.source as Window;
      go(message.index, true);
    }
    if (message.type === 'roadmap-deck:hello' && event.source) {
      peer = event.source as Window;
      send({ type: 'roadmap-deck:goto', index });
    }
    for (const hook of messageHooks) hook(message);
  });

  const placeOf = (target: EventTarget | null): KeyPlace => {
    const el = target instanceof Element ? target : null;
    if (!el) return 'slide';
    if (el.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return 'field';
    if (el.closest('a[href], button, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])'))
      return 'control';
    return 'slide';
  };
  const SCROLL_KEYS = ['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' '];

  doc.addEventListener('keydown', (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const place = placeOf(event.target);
    for (const hook of keyHooks) {
      if (hook(event, place)) {
        event.preventDefault();
        return;
      }
    }
    if (place === 'field' || modalEl) return;
    // A focused link or button keeps Enter and Space; a scrolling box (the notes) keeps its keys.
    if (place === 'control' && (event.key === 'Enter' || event.key === ' ')) return;
    if ((event.target as Element).closest?.('[data-rd-scroll]') && SCROLL_KEYS.includes(event.key)) return;
    switch (event.key) {
      case ' ':
        go(event.shiftKey ? index - 1 : index + 1);
        break;
      case 'ArrowRight':
      case 'ArrowDown':
      case 'PageDown':
      case 'Enter':
      case 'n':
        go(index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
      case 'PageUp':
      case 'Backspace':
        go(index - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(total - 1);
        break;
      case 'f':
      case 'F':
        toggleFullscreen();
        break;
      case 'p':
      case 'P':
        openPresenter();
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  window.addEventListener('hashchange', () => go(fromHash()));

  actions.set('prev', () => go(index - 1));
  actions.set('next', () => go(index + 1));
  actions.set('fullscreen', toggleFullscreen);
  actions.set('presenter', openPresenter);
  doc.addEventListener('click', (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-rd-action]') : null;
    const action = button && actions.get(button.dataset.rdAction ?? '');
    if (action) action();
  });

  // Links to other sites open beside the deck, not in place of it.
  for (const link of Array.from(doc.querySelectorAll<HTMLAnchorElement>('.marpit a[href]'))) {
    if (!link.getAttribute('href')!.startsWith('#')) {
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
  }

  // The slides are where slide keys act: focusable from script, announced as the deck's main part.
  for (const area of [marpit, layout]) area?.setAttribute('tabindex', '-1');
  marpit?.setAttribute('role', 'main');
  if (isPresenter) {
    doc.body.classList.add('rd-presenter');
    marpit?.removeAttribute('role');
    layout?.setAttribute('role', 'main');
  }

  const api: ViewerApi = {
    doc,
    slides,
    total,
    isPresenter,
    index: () => index,
    go: (n) => go(n),
    find,
    titleOf,
    text,
    clone,
    onRender: (fn) => {
      renderHooks.push(fn);
    },
    onKey: (fn) => {
      keyHooks.push(fn);
    },
    onMessage: (fn) => {
      messageHooks.push(fn);
    },
    send,
    onAction: (name, fn) => {
      actions.set(name, fn);
    },
    modal,
    openModal: () => modalEl,
    focusSlides,
    reducedMotion: () => window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  };
  for (const feature of features) feature(api);

  index = startAt();
  render();
  if (isPresenter) send({ type: 'roadmap-deck:hello' });
  doc.body.classList.add('rd-ready');
}
