/**
 * Accessibility checks in a real Chromium: axe-core injected into the page
 * (the deck's strict CSP is bypassed for the test only), and a contrast
 * measurement of our own for what axe leaves "incomplete" (gradients,
 * pictures, pseudo-elements such as the page number): every piece of text,
 * its computed colour, and the colour(s) actually behind it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import type { BrowserSession } from '../../src/export/browser/launch.js';
import { contrastRatio, requiredRatio } from '../../src/render/colour.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

export interface AxeReport {
  violations: AxeFinding[];
  incomplete: AxeFinding[];
}

/** A page showing `file`, with axe-core in it. */
export async function openWithAxe(
  session: BrowserSession,
  file: string,
  viewport = { width: 1280, height: 720 },
): Promise<Page> {
  const page = await session.browser.newPage();
  // The decks allow only their own hashed script: axe is let in for the test, before the page loads.
  await page.setBypassCSP(true);
  await page.setViewport(viewport);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  await page.addScriptTag({ content: AXE_SOURCE });
  return page;
}

/** axe-core on the elements `selector` matches (the whole document without one). */
export async function runAxe(page: Page, selector?: string): Promise<AxeReport> {
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Record<string, unknown[]>> } }
    ).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, {
      resultTypes: ['violations', 'incomplete'],
    });
    type Raw = {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[]; failureSummary?: string; any: { message: string }[] }[];
    };
    const pick = (list: unknown[]) =>
      (list as Raw[]).map((r) => ({
        id: r.id,
        impact: r.impact,
        help: r.help,
        nodes: r.nodes.map((n) => ({
          target: n.target.join(' '),
          summary: n.any[0]?.message ?? n.failureSummary ?? '',
        })),
      }));
    return { violations: pick(result.violations!), incomplete: pick(result.incomplete!) };
  }, selector);
}

/** Number of slides in a deck page. */
export function slideCount(page: Page): Promise<number> {
  return page.$$eval('div.marpit > svg', (svgs) => svgs.length);
}

/**
 * Shows slide `n` (1-based) through the viewer's own navigation and marks its
 * `section` with `data-a11y-slide`; returns that selector.
 */
export async function showSlide(page: Page, n: number): Promise<string> {
  await page.evaluate((n) => {
    location.hash = `#${n}`;
  }, n);
  await page.waitForFunction(
    (n) => {
      const svg = document.querySelectorAll('div.marpit > svg')[n - 1];
      return svg && getComputedStyle(svg).display !== 'none' && svg.getBoundingClientRect().width > 0;
    },
    {},
    n,
  );
  await page.evaluate((n) => {
    for (const s of document.querySelectorAll('[data-a11y-slide]')) s.removeAttribute('data-a11y-slide');
    document.querySelectorAll('div.marpit > svg')[n - 1]!.querySelector('section')!.setAttribute('data-a11y-slide', '');
  }, n);
  return '[data-a11y-slide]';
}

/** One piece of text as drawn: its colour, its size, and every colour that may be behind it. */
export interface DrawnText {
  /** A short description: tag.classes "text…" (or ::after for a pseudo-element). */
  what: string;
  colour: string;
  fontSize: number;
  fontWeight: number;
  /** Candidate background colours, opaque: the worst one counts (a gradient gives one per stop). */
  backgrounds: string[];
  /** Something behind the text that is no colour (a picture): noted, not measured. */
  picture: boolean;
}

export interface MeasuredText extends DrawnText {
  ratio: number;
  required: number;
}

/**
 * Every visible piece of text inside `selector` (elements with text of their
 * own, and ::before/::after content), with the colours behind it.
 */
export async function drawnText(page: Page, selector: string): Promise<DrawnText[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return [];
    const parse = (c: string) => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      return m ? { r: +m[1]!, g: +m[2]!, b: +m[3]!, a: m[4] === undefined ? 1 : +m[4] } : undefined;
    };
    type C = { r: number; g: number; b: number; a: number };
    const over = (top: C, under: C): C => ({
      r: top.r * top.a + under.r * (1 - top.a),
      g: top.g * top.a + under.g * (1 - top.a),
      b: top.b * top.a + under.b * (1 - top.a),
      a: 1,
    });
    const css = (c: C) => `rgb(${c.r}, ${c.g}, ${c.b})`;
    /** Layers from the element up to the page: each a list of colours (one, or a gradient's stops). */
    const backgroundsOf = (el: Element | null): { colours: string[]; picture: boolean } => {
      const layers: C[][] = [];
      let picture = false;
      for (let node = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        const image = style.backgroundImage;
        const colour = parse(style.backgroundColor);
        const layer: C[] = [];
        if (image && image !== 'none') {
          const stops = [...image.matchAll(/rgba?\([^)]*\)/g)].map((m) => parse(m[0])!).filter(Boolean);
          if (/url\(/.test(image)) picture = true;
          if (stops.length) {
            // The gradient is painted over the element's own colour.
            layers.push(stops.map((s) => (colour && colour.a > 0 ? over(s, colour) : s)));
            if (stops.every((s) => s.a === 1)) break;
            continue;
          }
        }
        if (colour && colour.a > 0) layer.push(colour);
        if (layer.length) layers.push(layer);
        if (colour && colour.a === 1) break;
      }
      // Composite from the bottom (white page) up; a layer of several stops multiplies the candidates.
      let candidates: C[] = [{ r: 255, g: 255, b: 255, a: 1 }];
      for (const layer of layers.reverse())
        candidates = layer.flatMap((top) => candidates.map((under) => over(top, under)));
      return { colours: [...new Set(candidates.map(css))], picture };
    };
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      return (
        style.visibility !== 'hidden' &&
        style.display !== 'none' &&
        el.getClientRects().length > 0 &&
        Number(style.opacity) > 0
      );
    };
    const out: {
      what: string;
      colour: string;
      fontSize: number;
      fontWeight: number;
      backgrounds: string[];
      picture: boolean;
    }[] = [];
    const describe = (el: Element, text: string) =>
      `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${text.trim().slice(0, 40)}"`;
    for (const el of [root, ...root.querySelectorAll('*')]) {
      if (!visible(el) || el.closest('svg:not([data-marpit-svg])')) continue;
      const style = getComputedStyle(el);
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('');
      if (own.trim()) {
        const bg = backgroundsOf(el);
        out.push({
          what: describe(el, own),
          colour: style.color,
          fontSize: parseFloat(style.fontSize),
          fontWeight: Number(style.fontWeight) || 400,
          backgrounds: bg.colours,
          picture: bg.picture,
        });
      }
      for (const pseudo of ['::before', '::after']) {
        const p = getComputedStyle(el, pseudo);
        if (p.content === 'none' || p.content === 'normal' || p.display === 'none') continue;
        // attr() content: the text it shows.
        const attr = /^attr\(([\w-]+)\)$/.exec(p.content);
        const text = attr ? (el.getAttribute(attr[1]!) ?? '') : p.content.replace(/^"|"$/g, '');
        if (!text.trim()) continue;
        const bg = backgroundsOf(el);
        out.push({
          what: `${describe(el, '')} ${pseudo} "${text}"`,
          colour: p.color,
          fontSize: parseFloat(p.fontSize),
          fontWeight: Number(p.fontWeight) || 400,
          backgrounds: bg.colours,
          picture: bg.picture,
        });
      }
    }
    return out;
  }, selector);
}

/** The text of `selector` with its worst contrast ratio and the ratio it needs (WCAG AA). */
export async function measureContrast(page: Page, selector: string): Promise<MeasuredText[]> {
  return (await drawnText(page, selector)).map((t) => ({
    ...t,
    ratio: Math.min(...t.backgrounds.map((bg) => contrastRatio(t.colour, bg))),
    required: requiredRatio(t.fontSize, t.fontWeight),
  }));
}

/** Lines for an assertion message: what fails, with its colours. */
export function describeFailures(failing: MeasuredText[]): string {
  return failing
    .map((t) => `${t.what}: ${t.colour} on ${t.backgrounds.join(' | ')} = ${t.ratio.toFixed(2)}:1 < ${t.required}:1`)
    .join('\n');
}
