/**
 * Accessibility checks in a real page. axe-core runs when it is installed
 * (it is not a dependency yet); the checks below always run. They cover the
 * axe rules a page like the index page can break — html-has-lang,
 * document-title, meta-viewport, image-alt, link-name, color-contrast
 * (WCAG AA), heading-order, page-has-heading-one, region, list, listitem,
 * duplicate-id — computed from the laid-out page as axe does, not from the
 * source text.
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';

export interface Violation {
  rule: string;
  target: string;
  detail: string;
}

/** axe-core's `axe.min.js`, if installed. */
export async function axeSource(): Promise<string | undefined> {
  try {
    return await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  } catch {
    return undefined;
  }
}

/** axe-core's violations on the loaded page (the page's CSP must be bypassed before it loads). */
export async function axeViolations(page: Page, source: string): Promise<Violation[]> {
  await page.addScriptTag({ content: source });
  const results = await page.evaluate(async () =>
    (
      window as unknown as {
        axe: {
          run(): Promise<{ violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[] }>;
        };
      }
    ).axe.run(),
  );
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => ({ rule: v.id, target: n.target.join(' '), detail: n.failureSummary ?? '' })),
  );
}

/** The checks named above, in the page as laid out now. */
export function a11yViolations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => {
    const out: { rule: string; target: string; detail: string }[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
    const add = (rule: string, el: Element, detail = '') => out.push({ rule, target: name(el), detail });
    const root = document.documentElement;
    if (!root.lang.trim()) add('html-has-lang', root);
    if (!document.title.trim()) add('document-title', root);
    const viewport = document.querySelector('meta[name=viewport]')?.getAttribute('content') ?? '';
    if (!/width=device-width/.test(viewport) || /user-scalable=no|maximum-scale=1(\D|$)/.test(viewport))
      add('meta-viewport', root, viewport);
    for (const img of document.querySelectorAll('img')) if (!img.hasAttribute('alt')) add('image-alt', img);
    // A link's name: its text, the alt text of pictures in it, or aria-label.
    const accessibleName = (el: Element): string =>
      (el.getAttribute('aria-label') ?? '') ||
      [...el.childNodes]
        .map((n) =>
          n.nodeType === 3
            ? (n.textContent ?? '')
            : n instanceof HTMLImageElement
              ? n.alt
              : n instanceof Element
                ? accessibleName(n)
                : '',
        )
        .join('')
        .trim();
    for (const a of document.querySelectorAll('a[href]')) if (!accessibleName(a)) add('link-name', a);
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i)))
      add('duplicate-id', document.getElementById(id)!);
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({
      h,
      level: Number(h.tagName[1]),
    }));
    if (!headings.some((h) => h.level === 1)) add('page-has-heading-one', root);
    headings.forEach(({ h, level }, i) => {
      if (i > 0 && level > headings[i - 1]!.level + 1) add('heading-order', h);
    });
    for (const list of document.querySelectorAll('ul, ol'))
      for (const child of list.children) if (child.tagName !== 'LI') add('list', list);
    for (const li of document.querySelectorAll('li')) if (!li.parentElement?.matches('ul, ol')) add('listitem', li);
    // Everything seen is inside a landmark.
    const landmarks =
      'header, main, nav, footer, aside, [role=banner], [role=main], [role=contentinfo], [role=navigation]';
    for (const el of document.body.children)
      if (!el.matches(landmarks) && (el.textContent ?? '').trim()) add('region', el);

    // Contrast of every piece of text against the colour behind it (WCAG AA: 4.5:1, 3:1 for large text).
    const rgba = (css: string) => (css.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number) as number[];
    const luminance = ([r, g, b]: number[]) => {
      const c = [r!, g!, b!].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    const over = (top: number[], bottom: number[]) => {
      const a = top[3] ?? 1;
      return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a));
    };
    const backgroundOf = (el: Element | null): number[] => {
      const stack: number[][] = [];
      for (let e = el; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.backgroundImage !== 'none') return [-1];
        const c = rgba(style.backgroundColor);
        if ((c[3] ?? 1) > 0) stack.push(c);
        if ((c[3] ?? 1) === 1) break;
      }
      return stack.reverse().reduce((under, c) => over(c, under), [255, 255, 255]);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent?.trim() || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const bg = backgroundOf(el);
      if (bg[0] === -1) continue; // text over a picture: left to a person, as axe does
      const fg = over(rgba(style.color), bg);
      const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (l1! + 0.05) / (l2! + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5))
        add('color-contrast', el, `${ratio.toFixed(2)}:1 for "${node.textContent.trim().slice(0, 40)}"`);
    }
    return out;
  });
}
