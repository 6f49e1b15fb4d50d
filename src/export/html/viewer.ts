/**
 * The deck's own script, serialized into every HTML deck. It runs in the
 * browser with no imports: keyboard, click and touch navigation, a slide
 * counter, fullscreen, and a presenter view (current and next slide, notes,
 * elapsed time) in a second window kept in step with the audience window.
 * The place in the deck is kept by what the slide shows (an initiative's or
 * a section's id), so a reload after an edit stays on the same initiative
 * even when slides before it came or went; `#<initiative-id>` links to it.
 *
 * Everything here is self-contained; it is turned into text with
 * Function.prototype.toString and embedded under a CSP hash. The words it
 * writes come from the deck (`#rd-labels`), in the deck's language.
 */

/** Words the viewer writes; `slideOf` has `{n}` and `{total}`. */
export interface ViewerLabels {
  slideOf: string;
  end: string;
  noNotes: string;
}

export function deckViewer(): void {
  const PRESENTER = 'roadmap-deck-presenter';
  const doc = document;
  const slides = Array.from(doc.querySelectorAll<SVGSVGElement>('.marpit > svg'));
  const notesEl = doc.getElementById('rd-notes');
  const notes: string[] = notesEl ? (JSON.parse(notesEl.textContent || '[]') as string[]) : [];
  const labelsEl = doc.getElementById('rd-labels');
  const labels: Partial<ViewerLabels> = labelsEl ? (JSON.parse(labelsEl.textContent || '{}') as Partial<ViewerLabels>) : {};
  const total = slides.length;
  const slideInfo: { kind?: string; id?: string }[] = JSON.parse(doc.getElementById('rd-slides')?.textContent || '[]');
  // An anchor names the initiative or section a slide shows, else the kind of slide ('closing').
  const anchorOf = (i: number): string | undefined => slideInfo[i]?.id ?? slideInfo[i]?.kind;
  // Where names clash, an initiative wins over a section, and both over a kind of slide.
  const rank = (i: number) => (slideInfo[i]?.kind === 'initiative' ? 0 : slideInfo[i]?.id ? 1 : 2);
  const byAnchor = new Map<string, number>();
  for (const i of slideInfo.map((_, n) => n).sort((a, b) => rank(a) - rank(b) || a - b)) {
    const anchor = anchorOf(i);
    if (anchor !== undefined && i < total && !byAnchor.has(anchor)) byAnchor.set(anchor, i);
  }
  const isPresenter = window.name === PRESENTER || /[#&]presenter\b/.test(location.hash);
  let index = 0;
  let peer: Window | null = isPresenter ? window.opener : null;
  const startedAt = Date.now();

  const clamp = (n: number) => Math.max(0, Math.min(total - 1, n));
  const fromHash = () => {
    const match = /^#(\d+)/.exec(location.hash);
    if (match) return clamp(Number(match[1]) - 1);
    let name = location.hash.slice(1).split('&')[0]!;
    try {
      name = decodeURIComponent(name);
    } catch { /* kept as typed */ }
    return byAnchor.get(name) ?? index;
  };
  /**
   * The slide to start on. A reload keeps the history entry's state, where render() keeps the
   * anchor of the slide shown: the same initiative, wherever the new deck has it. When the deck no
   * longer has it (renamed, removed), the slide number in the address stands.
   */
  const startAt = () => {
    const kept = (history.state as { rdAnchor?: unknown } | null)?.rdAnchor;
    const at = typeof kept === 'string' ? byAnchor.get(kept) : undefined;
    return at ?? fromHash();
  };

  const counter = doc.getElementById('rd-counter');
  const notesView = doc.getElementById('rd-presenter-notes');
  const currentView = doc.getElementById('rd-presenter-current');
  const nextView = doc.getElementById('rd-presenter-next');
  const timerView = doc.getElementById('rd-presenter-timer');
  const presenterCounter = doc.getElementById('rd-presenter-counter');

  // Marp's CSS styles slides inside div.marpit: a copy goes in one too.
  const cloneSlide = (i: number): Node | null => {
    if (!slides[i]) return null;
    const wrapper = doc.createElement('div');
    wrapper.className = 'marpit';
    wrapper.appendChild(slides[i]!.cloneNode(true));
    return wrapper;
  };

  function render(): void {
    slides.forEach((svg, i) => svg.classList.toggle('rd-active', i === index));
    if (counter) counter.textContent = `${index + 1} / ${total}`;
    if (isPresenter && currentView && nextView && notesView) {
      currentView.replaceChildren(...[cloneSlide(index)].filter((n): n is Node => !!n));
      nextView.replaceChildren(...[cloneSlide(index + 1)].filter((n): n is Node => !!n));
      if (index + 1 >= total) nextView.textContent = labels.end ?? 'End of deck';
      notesView.textContent = notes[index] || (labels.noNotes ?? '(no notes for this slide)');
      if (presenterCounter) {
        presenterCounter.textContent = (labels.slideOf ?? 'Slide {n} of {total}').replace('{n}', String(index + 1)).replace('{total}', String(total));
      }
    }
    const hash = `#${index + 1}${isPresenter ? '&presenter' : ''}`;
    const anchor = anchorOf(index) ?? null;
    const state = history.state as { rdAnchor?: unknown } | null;
    if (location.hash !== hash || state?.rdAnchor !== anchor) history.replaceState({ rdAnchor: anchor }, '', hash);
  }

  function go(n: number, fromPeer = false): void {
    const next = clamp(n);
    if (next === index && !fromPeer) {
      render();
      return;
    }
    index = next;
    render();
    if (!fromPeer && peer && !peer.closed) peer.postMessage({ type: 'roadmap-deck:goto', index }, '*');
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

  window.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: string; index?: number } | null;
    if (!data || typeof data !== 'object') return;
    if (data.type === 'roadmap-deck:goto' && typeof data.index === 'number') {
      if (!peer && event.source) peer = event.source as Window;
      go(data.index, true);
    }
    if (data.type === 'roadmap-deck:hello' && event.source) {
      peer = event.source as Window;
      peer.postMessage({ type: 'roadmap-deck:goto', index }, '*');
    }
  });

  doc.addEventListener('keydown', (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowRight': case 'ArrowDown': case 'PageDown': case ' ': case 'Enter': case 'n':
        go(index + 1); break;
      case 'ArrowLeft': case 'ArrowUp': case 'PageUp': case 'Backspace':
        go(index - 1); break;
      case 'Home': go(0); break;
      case 'End': go(total - 1); break;
      case 'f': case 'F': toggleFullscreen(); break;
      case 'p': case 'P': openPresenter(); break;
      default: return;
    }
    event.preventDefault();
  });

  doc.addEventListener('click', (event: MouseEvent) => {
    const target = event.target as Element | null;
    if (!target || target.closest('a, button, .rd-presenter-notes')) return;
    if (isPresenter) return;
    go(event.clientX < window.innerWidth / 3 ? index - 1 : index + 1);
  });

  let touchX: number | undefined;
  doc.addEventListener('touchstart', (event: TouchEvent) => { touchX = event.touches[0]?.clientX; }, { passive: true });
  doc.addEventListener('touchend', (event: TouchEvent) => {
    const endX = event.changedTouches[0]?.clientX;
    if (touchX === undefined || endX === undefined) return;
    if (Math.abs(endX - touchX) > 40) go(endX < touchX ? index + 1 : index - 1);
    touchX = undefined;
  });

  window.addEventListener('hashchange', () => go(fromHash()));

  for (const button of Array.from(doc.querySelectorAll<HTMLButtonElement>('[data-rd-action]'))) {
    button.addEventListener('click', () => {
      const action = button.dataset.rdAction;
      if (action === 'prev') go(index - 1);
      else if (action === 'next') go(index + 1);
      else if (action === 'fullscreen') toggleFullscreen();
      else if (action === 'presenter') openPresenter();
    });
  }

  // Links to other sites open beside the deck, not in place of it.
  for (const link of Array.from(doc.querySelectorAll<HTMLAnchorElement>('.marpit a[href]'))) {
    if (!link.getAttribute('href')!.startsWith('#')) {
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
  }

  if (isPresenter) {
    doc.body.classList.add('rd-presenter');
    const tick = () => {
      const seconds = Math.floor((Date.now() - startedAt) / 1000);
      const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
      const ss = String(seconds % 60).padStart(2, '0');
      if (timerView) timerView.textContent = `${mm}:${ss}`;
    };
    tick();
    setInterval(tick, 1000);
    if (peer) peer.postMessage({ type: 'roadmap-deck:hello' }, '*');
  }

  // Hide the controls while the mouse rests.
  let idle: ReturnType<typeof setTimeout> | undefined;
  doc.addEventListener('mousemove', () => {
    doc.body.classList.add('rd-pointer');
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => doc.body.classList.remove('rd-pointer'), 2000);
  });

  index = startAt();
  render();
  doc.body.classList.add('rd-ready');
}
