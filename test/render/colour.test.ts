/**
 * The colour module: parsing, WCAG 2 luminance and contrast, and moving a
 * colour's lightness until it reaches a ratio. Reference ratios are those of
 * the WCAG definition (WebAIM's checker gives the same to two decimals).
 */
import { describe, expect, it } from 'vitest';
import {
  adjustToContrast,
  composite,
  contrastRatio,
  formatRatio,
  hslToRgb,
  parseColour,
  relativeLuminance,
  requiredRatio,
  rgbToHsl,
  toHex,
} from '../../src/render/colour.js';

describe('parseColour', () => {
  it.each([
    ['#fff', { r: 255, g: 255, b: 255 }],
    ['#0D9488', { r: 13, g: 148, b: 136 }],
    ['#00000080', { r: 0, g: 0, b: 0, a: 128 / 255 }],
    ['#f008', { r: 255, g: 0, b: 0, a: 136 / 255 }],
    ['teal', { r: 0, g: 128, b: 128 }],
    ['RebeccaPurple', { r: 102, g: 51, b: 153 }],
    ['rgb(17, 24, 39)', { r: 17, g: 24, b: 39 }],
    ['rgba(255, 255, 255, 0.16)', { r: 255, g: 255, b: 255, a: 0.16 }],
    ['rgb(1 2 3 / 50%)', { r: 1, g: 2, b: 3, a: 0.5 }],
    ['rgba(0, 0, 0, 1)', { r: 0, g: 0, b: 0 }],
    ['transparent', { r: 0, g: 0, b: 0, a: 0 }],
  ])('%s', (text, rgb) => {
    expect(parseColour(text)).toEqual(rgb);
  });

  it.each(['tealish', '#12', '#1234567', 'red; background: url(x)', 'hsl(0 0% 0%)', ''])('refuses %j', (text) => {
    expect(parseColour(text)).toBeUndefined();
  });
});

describe('relative luminance', () => {
  it.each([
    ['#000000', 0],
    ['#ffffff', 1],
    ['#808080', 0.2159],
    ['#ff0000', 0.2126],
    ['#00ff00', 0.7152],
    ['#0000ff', 0.0722],
    ['#1e3a8a', 0.0514],
  ])('%s is %f', (colour, luminance) => {
    expect(relativeLuminance(parseColour(colour)!)).toBeCloseTo(luminance, 4);
  });
});

describe('contrast ratio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    // The old footer and page number.
    ['#9ca3af', '#ffffff', 2.54],
    // Either side of AA on white.
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#2563eb', '#ffffff', 5.17],
    ['#6b7280', '#ffffff', 4.83],
    ['#94a3b8', '#1e3a8a', 4.03],
    ['#0d9488', '#ffffff', 3.74],
    ['teal', '#ffffff', 4.77],
  ])('%s on %s is %f:1', (fg, bg, ratio) => {
    expect(contrastRatio(fg, bg)).toBeCloseTo(ratio, 1);
    // The order does not matter.
    expect(contrastRatio(bg, fg)).toBeCloseTo(contrastRatio(fg, bg), 10);
  });

  it('paints a translucent foreground over the background first', () => {
    expect(toHex(composite(parseColour('rgba(0, 0, 0, 0.5)')!, parseColour('#ffffff')!))).toBe('#808080');
    expect(contrastRatio('rgba(0, 0, 0, 0.5)', '#ffffff')).toBeCloseTo(
      contrastRatio({ r: 127.5, g: 127.5, b: 127.5 }, '#ffffff'),
      6,
    );
  });

  it('is written rounded down, so that a failing ratio never reads as a passing one', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });
});

describe('required ratio', () => {
  it.each([
    [16, 400, 4.5],
    [23.9, 400, 4.5],
    [24, 400, 3],
    [18.66, 700, 3],
    [18.66, 600, 4.5],
    [18, 700, 4.5],
  ])('%fpx at weight %i needs %f:1', (size, weight, ratio) => {
    expect(requiredRatio(size, weight)).toBe(ratio);
  });
});

describe('HSL', () => {
  it.each(['#2563eb', '#0d9488', '#ffcc00', '#134e4a', '#808080', '#000000', '#ffffff'])(
    '%s goes there and back',
    (hex) => {
      expect(toHex(hslToRgb(rgbToHsl(parseColour(hex)!)))).toBe(hex);
    },
  );
});

describe('adjustToContrast', () => {
  const light = ['#ffffff', '#f3f4f6'];
  it.each([
    // colour, backgrounds, ratio, direction
    ['#0d9488', light, 4.5, 'darken'],
    ['#7dd3fc', light, 4.5, 'darken'],
    ['yellow', light, 4.5, 'darken'],
    ['#ffcc00', ['#ffffff'], 4.5, 'auto'],
    ['#94a3b8', ['#1e3a8a'], 4.5, 'lighten'],
    ['#93c5fd', ['#3b82f6'], 4.5, 'auto'],
    ['#60a5fa', ['#ffffff'], 3, 'darken'],
  ] as const)('%s against %j reaches %f:1 (%s), keeping its hue', (colour, backgrounds, ratio, direction) => {
    const result = adjustToContrast(colour, [...backgrounds], ratio, direction);
    expect(result.changed).toBe(true);
    expect(result.ratio).toBeGreaterThanOrEqual(ratio);
    for (const bg of backgrounds) expect(contrastRatio(result.colour, bg)).toBeGreaterThanOrEqual(ratio);
    const before = rgbToHsl(parseColour(colour)!);
    const after = rgbToHsl(parseColour(result.colour)!);
    expect(Math.abs(after.h - before.h)).toBeLessThan(4);
    // The smallest change that passes: a little less would not.
    const back = hslToRgb({ ...after, l: after.l + (after.l < before.l ? 0.02 : -0.02) });
    expect(Math.min(...backgrounds.map((bg) => contrastRatio(back, bg)))).toBeLessThan(ratio);
  });

  it('leaves a colour that passes as it is', () => {
    expect(adjustToContrast('#2563eb', light, 4.5)).toMatchObject({ colour: '#2563eb', changed: false });
  });

  it('says how far it got when no lightness is enough', () => {
    const result = adjustToContrast('#777777', ['#777777'], 4.5, 'lighten');
    expect(result.colour).toBe('#ffffff');
    expect(result.ratio).toBeLessThan(4.5);
  });
});
