/**
 * Colour arithmetic for contrast by construction: parsing CSS colours,
 * WCAG 2 relative luminance and contrast ratio, and moving a colour's
 * lightness (its hue and saturation kept) until it reaches a ratio.
 * Pure functions, no CSS engine: the theme and the brand use them when the
 * deck is rendered, the tests when they check what Chromium drew.
 */
import { CSS_COLOUR_NAMES } from './colour-names.js';

/** Channels 0–255; alpha 0–1. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
  a?: number;
}

/** WCAG 2.x AA: 4.5:1 for text, 3:1 for large text (24px, or 18.66px bold). */
export const AA_TEXT = 4.5;
export const AA_LARGE_TEXT = 3;

/**
 * A CSS colour: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()` (as
 * getComputedStyle writes them), a named colour or `transparent`; undefined
 * for anything else.
 */
export function parseColour(text: string): Rgb | undefined {
  const value = text.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const named = CSS_COLOUR_NAMES[value];
  if (named) return parseColour(named);
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value);
  if (hex) {
    const digits = hex[1]!.length <= 4 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    const channel = (i: number) => parseInt(digits.slice(i * 2, i * 2 + 2), 16);
    return { r: channel(0), g: channel(1), b: channel(2), ...(digits.length === 8 ? { a: channel(3) / 255 } : {}) };
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(value);
  if (fn) {
    const alpha = fn[4] === undefined ? undefined : Number(fn[4]) / (fn[5] ? 100 : 1);
    return {
      r: Number(fn[1]),
      g: Number(fn[2]),
      b: Number(fn[3]),
      ...(alpha === undefined || alpha === 1 ? {} : { a: alpha }),
    };
  }
  return undefined;
}

/** `#rrggbb` (alpha dropped). */
export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** A colour with alpha painted over an opaque one. */
export function composite(top: Rgb, under: Rgb): Rgb {
  const a = top.a ?? 1;
  return { r: top.r * a + under.r * (1 - a), g: top.g * a + under.g * (1 - a), b: top.b * a + under.b * (1 - a) };
}

/** WCAG 2 contrast ratio, 1 to 21, of two colours (strings are parsed; a translucent foreground is painted over the background). */
export function contrastRatio(foreground: Rgb | string, background: Rgb | string): number {
  const bg = toRgb(background);
  const fg = composite(toRgb(foreground), bg);
  const [l1, l2] = [relativeLuminance(fg), relativeLuminance(bg)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The ratio text needs: 3:1 from 24px, or 18.66px (14pt) bold; 4.5:1 below. */
export function requiredRatio(fontSizePx: number, fontWeight = 400): number {
  return fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700) ? AA_LARGE_TEXT : AA_TEXT;
}

/** A ratio as people write it, rounded down so that 4.499 never reads as 4.5: `4.49:1`. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

export interface Hsl {
  /** 0–360 */
  h: number;
  /** 0–1 */
  s: number;
  /** 0–1 */
  l: number;
}

export function rgbToHsl({ r, g, b }: Rgb): Hsl {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === R ? (G - B) / d + (G < B ? 6 : 0) : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
  return { h: h * 60, s, l };
}

export function hslToRgb({ h, s, l }: Hsl): Rgb {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => 255 * (l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)));
  return { r: Math.round(f(0)), g: Math.round(f(8)), b: Math.round(f(4)) };
}

export interface Adjusted {
  /** `#rrggbb`: the colour itself when it already passes. */
  colour: string;
  /** Its lowest contrast with the backgrounds. */
  ratio: number;
  /** True when the colour had to change. */
  changed: boolean;
}

/**
 * The colour nearest to `colour` in lightness (same hue and saturation) whose
 * contrast with every one of `backgrounds` is at least `minRatio`. `darken`
 * moves towards black, `lighten` towards white; `auto` takes whichever needs
 * the smaller change. When no lightness in that direction is enough, the end
 * of the range (black or white) is returned with the ratio it reaches.
 */
export function adjustToContrast(
  colour: Rgb | string,
  backgrounds: (Rgb | string)[],
  minRatio: number,
  direction: 'darken' | 'lighten' | 'auto' = 'auto',
): Adjusted {
  const start = toRgb(colour);
  const worst = (c: Rgb) => Math.min(...backgrounds.map((bg) => contrastRatio(c, bg)));
  const before = worst(start);
  if (before >= minRatio) return { colour: toHex(start), ratio: before, changed: false };
  if (direction === 'auto') {
    const darker = adjustToContrast(start, backgrounds, minRatio, 'darken');
    const lighter = adjustToContrast(start, backgrounds, minRatio, 'lighten');
    const reached = [darker, lighter].filter((a) => a.ratio >= minRatio);
    if (!reached.length) return darker.ratio >= lighter.ratio ? darker : lighter;
    const distance = (a: Adjusted) => Math.abs(rgbToHsl(toRgb(a.colour)).l - rgbToHsl(start).l);
    return reached.sort((x, y) => distance(x) - distance(y))[0]!;
  }
  const hsl = rgbToHsl(start);
  const at = (l: number) => hslToRgb({ ...hsl, l });
  // Each channel grows with lightness, so the ratio against a fixed background moves one way: bisect.
  let pass = direction === 'darken' ? 0 : 1;
  let fail = hsl.l;
  if (worst(at(pass)) < minRatio) return { colour: toHex(at(pass)), ratio: worst(at(pass)), changed: true };
  for (let i = 0; i < 24; i++) {
    const mid = (pass + fail) / 2;
    if (worst(at(mid)) >= minRatio) pass = mid;
    else fail = mid;
  }
  // Rounding to whole channels may cost a hair of contrast: step on until it holds.
  let result = at(pass);
  for (let l = pass; worst(result) < minRatio && l >= 0 && l <= 1; l += direction === 'darken' ? -0.002 : 0.002)
    result = at(l);
  return { colour: toHex(result), ratio: worst(result), changed: true };
}

function toRgb(colour: Rgb | string): Rgb {
  if (typeof colour !== 'string') return colour;
  const parsed = parseColour(colour);
  if (!parsed) throw new TypeError(`not a colour: ${colour}`);
  return parsed;
}
