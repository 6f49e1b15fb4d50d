/**
 * Reading the fitted deck's layout in Chromium for the PPTX export: every
 * text block of every slide with its box (px in the 1280×720 slide), its
 * computed font, colour and alignment, and its text as paragraphs of runs.
 * Generic by design: a slide kind not known here still comes out as its text
 * blocks, so new templates export without changes to this module.
 */
import type { Page } from 'puppeteer-core';
import type { Block, Paragraph, Run, SlideLayout } from './layout.js';

export type { Block, Box, Paragraph, PictureBlock, Run, SlideLayout, TextBlock } from './layout.js';

/** Runs in the page. Keep it free of closures over module scope. */
function measureInPage(): SlideLayout[] {
  const BLOCKS = new Set([
    'H1',
    'H2',
    'H3',
    'H4',
    'H5',
    'H6',
    'P',
    'UL',
    'OL',
    'BLOCKQUOTE',
    'PRE',
    'TABLE',
    'HEADER',
    'FOOTER',
    'FIGCAPTION',
  ]);
  const sections = Array.from(document.querySelectorAll<HTMLElement>('.marpit > svg > foreignObject > section'));
  const colour = (c: string): string => {
    // A mixed colour (color-mix) is computed as "color(srgb 0.8 0.82 0.85)".
    const srgb = /color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\)/.exec(c);
    if (srgb) {
      if (srgb[4] !== undefined && Number(srgb[4]) === 0) return '';
      return [srgb[1], srgb[2], srgb[3]]
        .map((v) =>
          Math.round(Math.min(1, Math.max(0, Number(v))) * 255)
            .toString(16)
            .padStart(2, '0'),
        )
        .join('')
        .toUpperCase();
    }
    const m = /rgba?\(\s*(\d+)[ ,]+(\d+)[ ,]+(\d+)(?:[ ,/]+([\d.]+))?/.exec(c);
    if (!m || (m[4] !== undefined && Number(m[4]) === 0)) return '';
    return [m[1], m[2], m[3]]
      .map((v) => Number(v).toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase();
  };
  const safeUrl = (href: string): string | undefined => {
    try {
      const u = new URL(href);
      return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:' ? u.href : undefined;
    } catch {
      return undefined;
    }
  };
  const visible = (el: Element): boolean => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 && r.height > 0;
  };
  const inColumns = (el: Element): boolean => {
    for (let e: Element | null = el; e && e.tagName !== 'SECTION'; e = e.parentElement) {
      const c = getComputedStyle(e).columnCount;
      if (c !== 'auto' && Number(c) > 1) return true;
    }
    return false;
  };
  /** An element drawn as a box of its own: a background or a border around it (a card). */
  const drawnAsBox = (el: Element): boolean => {
    const s = getComputedStyle(el);
    return colour(s.backgroundColor) !== '' || parseFloat(s.borderLeftWidth) >= 1 || parseFloat(s.borderTopWidth) >= 1;
  };
  /** A list whose items are laid out as boxes (cards in columns, periods on an axis): read item by item. */
  const holdsBoxes = (list: Element): boolean =>
    Array.from(list.children).some((li) => li.tagName === 'LI' && drawnAsBox(li)) ||
    Array.from(list.querySelectorAll(':scope > li > ul, :scope > li > ol')).some((sub) =>
      Array.from(sub.children).some((li) => li.tagName === 'LI' && drawnAsBox(li)),
    );
  return sections.map((section) => {
    const origin = section.getBoundingClientRect();
    const zoom = origin.width / (section.offsetWidth || 1280);
    const boxOf = (el: Element) => {
      const r = el.getBoundingClientRect();
      return {
        x: (r.left - origin.left) / zoom,
        y: (r.top - origin.top) / zoom,
        w: r.width / zoom,
        h: r.height / zoom,
      };
    };
    const blocks: Block[] = [];
    const runsOf = (root: Node, skip: (el: Element) => boolean): Run[] => {
      const runs: Run[] = [];
      const walk = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) {
          const text = (node.textContent ?? '').replace(/\s+/g, ' ');
          if (!text) return;
          const el = node.parentElement!;
          const s = getComputedStyle(el);
          const link = el.closest('a');
          const href = link ? safeUrl(link.href) : undefined;
          runs.push({
            text,
            ...(Number(s.fontWeight) >= 600 ? { bold: true } : {}),
            ...(s.fontStyle === 'italic' ? { italic: true } : {}),
            ...(el.closest('code') ? { code: true } : {}),
            ...(href ? { href } : {}),
            colour: colour(s.color),
          });
          return;
        }
        if (node.nodeType !== Node.ELEMENT_NODE) return;
        const el = node as Element;
        if (skip(el) || !visible(el)) return;
        if (el.tagName === 'BR') runs.push({ text: '\n' });
        for (const child of Array.from(el.childNodes)) walk(child);
      };
      walk(root);
      return runs;
    };
    const isBadge = (el: Element) => el.classList.contains('badge');
    const isList = (e: Element) => e.tagName === 'UL' || e.tagName === 'OL';
    const itemParagraphs = (li: Element, level: number, ordered: boolean, out: Paragraph[]) => {
      out.push({
        runs: runsOf(li, (e) => isBadge(e) || isList(e)),
        // An item drawn with no marker (a timeline's titles) is a plain line, not a bullet.
        level: getComputedStyle(li).listStyleType === 'none' ? 0 : level,
        fontPx: parseFloat(getComputedStyle(li).fontSize),
        ...(ordered ? { ordered: true } : {}),
      });
      for (const sub of Array.from(li.children)) if (isList(sub)) listParagraphs(sub, level + 1, out);
    };
    const listParagraphs = (l: Element, level: number, out: Paragraph[]) => {
      for (const li of Array.from(l.children))
        if (li.tagName === 'LI' && visible(li)) itemParagraphs(li, level, l.tagName === 'OL', out);
    };
    const paragraphsOf = (el: Element): Paragraph[] => {
      if (!isList(el)) return [{ runs: runsOf(el, isBadge), level: 0 }];
      const out: Paragraph[] = [];
      listParagraphs(el, 1, out);
      return out;
    };
    const visit = (el: Element) => {
      if (!visible(el)) return;
      if (el.tagName === 'IMG') {
        const src = (el as HTMLImageElement).src;
        if (src.startsWith('data:image/')) blocks.push({ type: 'picture', box: boxOf(el), data: src });
        return;
      }
      if (el.tagName === 'svg') return;
      for (const badge of Array.from(el.children).filter(isBadge)) {
        const s = getComputedStyle(badge);
        blocks.push({
          type: 'text',
          box: boxOf(badge),
          paragraphs: [
            {
              runs: [
                { text: (badge.textContent ?? '').trim(), colour: colour(s.color), bold: Number(s.fontWeight) >= 600 },
              ],
              level: 0,
            },
          ],
          fontPx: parseFloat(s.fontSize),
          font: s.fontFamily,
          colour: colour(s.color),
          align: 'center',
          bold: Number(s.fontWeight) >= 600,
          fill: colour(s.backgroundColor) || undefined,
        });
      }
      const hasText = Array.from(el.childNodes).some(
        (n) =>
          (n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim()) ||
          (n.nodeType === Node.ELEMENT_NODE &&
            !BLOCKS.has((n as Element).tagName) &&
            getComputedStyle(n as Element).display.startsWith('inline') &&
            !isBadge(n as Element) &&
            (n as Element).tagName !== 'IMG' &&
            (n.textContent ?? '').trim()),
      );
      // A list of boxes (a board's columns of cards, a timeline's periods): each box is a shape where
      // Chromium drew it, its coloured edge a shape too, and what it holds is read inside it.
      if (isList(el) && holdsBoxes(el)) {
        for (const li of Array.from(el.children)) {
          if (li.tagName !== 'LI' || !visible(li)) continue;
          if (drawnAsBox(li)) {
            const s = getComputedStyle(li);
            const box = boxOf(li);
            const edge = parseFloat(s.borderLeftWidth);
            blocks.push({
              type: 'text',
              box,
              paragraphs: [],
              fontPx: 0,
              font: '',
              colour: '',
              align: 'left',
              bold: false,
              ...(colour(s.backgroundColor) ? { fill: colour(s.backgroundColor) } : {}),
              ...(parseFloat(s.borderTopWidth) >= 1 && colour(s.borderTopColor)
                ? { outline: colour(s.borderTopColor) }
                : {}),
            });
            if (edge >= 3 && colour(s.borderLeftColor))
              blocks.push({
                type: 'text',
                box: { ...box, w: edge / 1 },
                paragraphs: [],
                fontPx: 0,
                font: '',
                colour: '',
                align: 'left',
                bold: false,
                fill: colour(s.borderLeftColor),
                outline: colour(s.borderLeftColor),
              });
          }
          for (const child of Array.from(li.children)) visit(child);
        }
        return;
      }
      // A list flowing over CSS columns: each item is its own box, where Chromium put it.
      if (isList(el) && inColumns(el)) {
        for (const li of Array.from(el.children)) {
          if (li.tagName !== 'LI' || !visible(li)) continue;
          const s = getComputedStyle(li);
          const paragraphs: Paragraph[] = [];
          itemParagraphs(li, 1, el.tagName === 'OL', paragraphs);
          if (!paragraphs.some((p) => p.runs.some((r) => r.text.trim()))) continue;
          blocks.push({
            type: 'text',
            box: boxOf(li),
            paragraphs,
            fontPx: parseFloat(s.fontSize),
            font: s.fontFamily,
            colour: colour(s.color),
            align: 'left',
            bold: Number(s.fontWeight) >= 600,
          });
        }
        return;
      }
      if (BLOCKS.has(el.tagName) || hasText) {
        const paragraphs = paragraphsOf(el).filter((p) => p.runs.some((r) => r.text.trim()));
        if (paragraphs.length > 0) {
          const s = getComputedStyle(el);
          const box = boxOf(el);
          // Text after badges or a picture on the same line starts where the last of them ends.
          const badges = Array.from(el.querySelectorAll('.badge, img')).filter(visible).map(boxOf);
          const lastRight = Math.max(...badges.filter((b) => b.y < box.y + b.h).map((b) => b.x + b.w), -1);
          if (lastRight > box.x) {
            box.w -= lastRight + 4 - box.x;
            box.x = lastRight + 4;
          }
          const align =
            s.textAlign === 'center' ? 'center' : s.textAlign === 'right' || s.textAlign === 'end' ? 'right' : 'left';
          blocks.push({
            type: 'text',
            box,
            paragraphs,
            fontPx: parseFloat(s.fontSize),
            font: s.fontFamily,
            colour: colour(s.color),
            align,
            bold: Number(s.fontWeight) >= 600,
            ...(el.tagName === 'HEADER' || el.tagName === 'FOOTER' ? { furniture: true } : {}),
          });
        }
        for (const img of Array.from(el.querySelectorAll('img'))) visit(img);
        return;
      }
      for (const child of Array.from(el.children)) visit(child);
    };
    for (const child of Array.from(section.children)) visit(child);
    const style = getComputedStyle(section);
    // A gradient or picture behind the slide: its first colour stands for it.
    const image = /rgba?\([^)]*\)/.exec(style.backgroundImage)?.[0];
    return { background: colour(style.backgroundColor) || (image ? colour(image) : '') || 'FFFFFF', blocks };
  });
}

/** The fitted deck's layout, slide by slide, read from the page the PDF is printed from. */
export async function measureLayout(page: Page): Promise<SlideLayout[]> {
  return page.evaluate(measureInPage);
}
