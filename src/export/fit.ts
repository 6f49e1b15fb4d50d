/**
 * Measuring slides in Chromium. `fitSlidesInPage` runs inside the page (it
 * is serialized by puppeteer), on the deck laid out for print at 1280×720:
 * one measurement pass per slide, scaling text down in steps and, past the
 * minimum, dropping trailing units of the slide body behind a "continued"
 * marker. An initiative slide that fits with room to spare is scaled up
 * instead, to the largest step that still fits (at most MAX_SCALE). The page is left fitted, and the decisions come back so that the
 * renderer can write the same deck as Markdown and HTML.
 */
import type { Page } from 'puppeteer-core';
import { wordsFor } from '../i18n/index.js';
import { BOARD_MIN_SCALE, MAX_SCALE, MIN_SCALE, SCALE_STEP, type SlideFit } from '../render/fit-plan.js';

const ENGLISH_MARKER = wordsFor('en').text('continuedMarker');

export interface SlideMeasure {
  slide: number;
  /** Whether the slide overflowed at full size. */
  overflowed: boolean;
  /** Whether it still overflows after fitting. */
  overflows: boolean;
  fit: SlideFit;
  /** Units in the slide body before cutting. */
  units: number;
}

interface FitArgs {
  minScale: number;
  maxScale: number;
  /** Lowest scale of a board slide (its card text stays readable); past it, the board is split again. */
  boardMinScale: number;
  step: number;
  apply: boolean;
  marker: string;
}

/** Runs in the page. Keep it free of closures over module scope. */
function fitSlidesInPage(args: FitArgs): SlideMeasure[] {
  const sections = Array.from(document.querySelectorAll<HTMLElement>('.marpit > svg > foreignObject > section'));
  const scales: number[] = [];
  for (let s = 100 - args.step; s >= args.minScale; s -= args.step) scales.push(s);

  const overflows = (section: HTMLElement): boolean => {
    const box = section.getBoundingClientRect();
    const zoom = box.width / (section.offsetWidth || box.width || 1);
    const style = getComputedStyle(section);
    const bottom = box.bottom - parseFloat(style.paddingBottom) * zoom + 1;
    const right = box.right - parseFloat(style.paddingRight) * zoom + 1;
    const left = box.left + parseFloat(style.paddingLeft) * zoom - 1;
    for (const el of Array.from(section.querySelectorAll<HTMLElement>('*'))) {
      if (el.closest('footer, header')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.bottom > bottom || r.right > right || r.left < left) return true;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') return true;
    }
    return false;
  };

  const setScale = (section: HTMLElement, scale: number) => {
    for (const cls of Array.from(section.classList)) if (/^fit-\d+$/.test(cls)) section.classList.remove(cls);
    if (scale !== 100) section.classList.add(`fit-${scale}`);
  };

  const unitsOf = (body: Element): Element[] => {
    const units: Element[] = [];
    for (const child of Array.from(body.children)) {
      if (child.tagName === 'UL' || child.tagName === 'OL')
        units.push(...Array.from(child.children).filter((c) => c.tagName === 'LI'));
      else if (child.tagName === 'TABLE') units.push(...Array.from(child.querySelectorAll('tbody > tr')));
      else units.push(child);
    }
    return units;
  };

  const removeUnit = (unit: Element) => {
    const parent = unit.parentElement;
    unit.remove();
    // A list or table left without entries goes too.
    if (parent && (parent.tagName === 'UL' || parent.tagName === 'OL') && parent.children.length === 0) parent.remove();
    if (parent && parent.tagName === 'TBODY' && parent.children.length === 0) parent.closest('table')?.remove();
  };

  return sections.map((section, i) => {
    const body = section.querySelector(':scope > .body');
    const units = body ? unitsOf(body).length : 0;
    const initial = Array.from(section.classList).find((c) => /^fit-\d+$/.test(c));
    const current = initial ? Number(initial.slice(4)) : 100;
    const overflowed = overflows(section);
    if (!overflowed && args.apply && current === 100 && section.classList.contains('initiative')) {
      // Room to spare: the largest step up that still fits (text grows monotonically, so the first from the top).
      for (let s = args.maxScale; s > 100; s -= args.step) {
        setScale(section, s);
        if (!overflows(section)) return { slide: i + 1, overflowed, overflows: false, fit: { scale: s }, units };
      }
      setScale(section, 100);
    }
    if (!overflowed || !args.apply) {
      return { slide: i + 1, overflowed, overflows: overflowed, fit: { scale: current }, units };
    }
    // Board and timeline slides are never cut: a board slide that does not fit at its smallest
    // text is reported as overflowing and rendered again over more slides.
    const whole = section.classList.contains('board') || section.classList.contains('timeline');
    const lowest = section.classList.contains('board') ? args.boardMinScale : args.minScale;
    let scale = current;
    for (const s of scales) {
      if (s >= scale || s < lowest) continue;
      scale = s;
      setScale(section, s);
      if (!overflows(section)) return { slide: i + 1, overflowed, overflows: false, fit: { scale }, units };
    }
    if (!body || whole) return { slide: i + 1, overflowed, overflows: true, fit: { scale }, units };
    const marker = document.createElement('div');
    marker.className = 'continued';
    const p = document.createElement('p');
    p.textContent = args.marker;
    marker.appendChild(p);
    body.after(marker);
    let kept = unitsOf(body);
    while (kept.length > 0 && overflows(section)) {
      removeUnit(kept[kept.length - 1]!);
      kept = unitsOf(body);
    }
    // A line that introduced what was cut ("In scope are:") goes with it.
    while (
      kept.length > 1 &&
      kept.length < units &&
      kept[kept.length - 1]!.tagName === 'P' &&
      /[:：]\s*$/.test(kept[kept.length - 1]!.textContent ?? '')
    ) {
      removeUnit(kept[kept.length - 1]!);
      kept = unitsOf(body);
    }
    return { slide: i + 1, overflowed, overflows: overflows(section), fit: { scale, keep: kept.length }, units };
  });
}

/**
 * Measures every slide and fits those that overflow; the page is left fitted. `marker` is the
 * "continued" line in the deck's language: it takes room, so it is measured as it will read.
 */
export async function fitSlides(page: Page, marker = ENGLISH_MARKER): Promise<SlideMeasure[]> {
  return page.evaluate(fitSlidesInPage, {
    minScale: MIN_SCALE,
    maxScale: MAX_SCALE,
    boardMinScale: BOARD_MIN_SCALE,
    step: SCALE_STEP,
    apply: true,
    marker,
  });
}

/** Measures only: which slides overflow as they are. */
export async function measureSlides(page: Page, marker = ENGLISH_MARKER): Promise<SlideMeasure[]> {
  return page.evaluate(fitSlidesInPage, {
    minScale: MIN_SCALE,
    maxScale: MAX_SCALE,
    boardMinScale: BOARD_MIN_SCALE,
    step: SCALE_STEP,
    apply: false,
    marker,
  });
}
