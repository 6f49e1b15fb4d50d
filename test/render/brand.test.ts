/**
 * Contrast by construction, without a browser: the theme's own colour pairs
 * and brand colours from the config. (test/e2e/contrast.test.ts measures
 * what Chromium actually draws.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brandColours, brandCss, ON_DARK } from '../../src/render/brand.js';
import { AA_TEXT, contrastRatio, parseColour, rgbToHsl } from '../../src/render/colour.js';
import { AAA_TEXT, THEME_CONTRAST } from '../../src/render/themes.js';

const LIGHT_BACKGROUNDS = THEME_CONTRAST.default.accentOn;
import { ROOT } from '../helpers/paths.js';

const theme = readFileSync(join(ROOT, 'templates', 'theme.css'), 'utf8');
const variable = (name: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{6})`).exec(theme)?.[1];

describe('the theme', () => {
  it.each([
    ['--ink', '--paper'],
    ['--muted', '--paper'],
    // Footer, header and page number (they were #9ca3af: 2.54:1).
    ['--quiet', '--paper'],
    ['--accent', '--paper'],
    ['--on-dark', '--dark'],
    ['--on-dark-muted', '--dark'],
    ['--on-dark-accent', '--dark'],
    ['--on-dark-link', '--dark'],
  ])('%s on %s reaches 4.5:1', (fg, bg) => {
    expect(contrastRatio(variable(fg)!, variable(bg)!)).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it("its dark text reaches 4.5:1 on both ends of the title slide's gradient", () => {
    const stops = /--title-background: linear-gradient\(135deg, (#[0-9a-f]{6}) 0%, var\(--dark\) 100%\)/.exec(theme);
    expect(stops).not.toBeNull();
    for (const name of Object.keys(ON_DARK)) {
      expect(variable(name)).toBe(ON_DARK[name]);
      for (const bg of [stops![1]!, variable('--dark')!])
        expect(contrastRatio(variable(name)!, bg)).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });

  it('its accent reaches 4.5:1 on every light background accent text sits on', () => {
    for (const bg of LIGHT_BACKGROUNDS)
      expect(contrastRatio(variable('--accent')!, bg)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(theme).toContain('--code-bg: #f3f4f6;');
    expect(theme).toContain('--th-bg: #f9fafb;');
  });

  // Every badge: its text on its own background.
  const badges = [
    ...theme.matchAll(
      /(\.badge[.\w-]*|section\.divider \.badge\.bucket) \{[^}]*?background: (#[0-9a-f]{6}); color: (#[0-9a-f]{6})/g,
    ),
  ];
  it('has the badges this test knows', () => {
    expect(badges.map((b) => b[1])).toEqual([
      '.badge',
      '.badge.status-done',
      '.badge.status-in-progress',
      '.badge.status-planned',
      '.badge.status-future',
      '.badge.change-new',
      '.badge.change-continued',
      '.badge.bucket',
      'section.divider .badge.bucket',
    ]);
  });
  it.each(badges.map((b) => [b[1]!, b[3]!, b[2]!]))('%s: %s on %s reaches 4.5:1', (_, fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('draws the side bar without a pseudo-element', () => {
    expect(theme.replace(/\/\*[\s\S]*?\*\//g, '')).not.toContain('::before');
  });
});

describe('brand colours', () => {
  const hue = (colour: string) => rgbToHsl(parseColour(colour)!).h;

  it.each([
    // accent, changed?
    ['#2563eb', false],
    ['navy', false],
    // 4.77:1 on white, 4.33:1 on the grey of code
    ['teal', true],
    ['#0d9488', true],
    ['#7dd3fc', true],
    ['yellow', true],
    ['white', true],
    ['#fff', true],
  ] as const)('accent %s is readable on every light background (changed: %s)', (accent, changed) => {
    const result = brandColours({ accent });
    for (const bg of LIGHT_BACKGROUNDS) expect(contrastRatio(result.accent!, bg)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(result.changes.length > 0).toBe(changed);
    if (changed) {
      expect(Math.abs(hue(result.accent!) - hue(accent))).toBeLessThan(4);
      expect(result.changes[0]).toMatchObject({ key: 'accent', given: accent, used: result.accent });
      expect(result.changes[0]!.message).toMatch(
        new RegExp(
          `^brand\\.accent "${accent}" .* has \\d+\\.\\d\\d:1 contrast, below the 4\\.5:1 .*; the deck uses ${result.accent} \\(4\\.\\d\\d:1\\), the same hue darker$`,
        ),
      );
    } else {
      expect(result.accent).toBe(accent);
    }
  });

  it.each([
    ['#134e4a', false],
    ['#1e3a8a', false],
    ['black', false],
    ['#3b82f6', true],
    ['#ffcc00', true],
    ['teal', false],
    ['white', true],
  ] as const)('dark %s leaves every dark-slide text colour readable (changed: %s)', (dark, changed) => {
    const result = brandColours({ dark });
    expect(contrastRatio('#ffffff', result.dark!)).toBeGreaterThanOrEqual(AA_TEXT);
    for (const [name, colour] of Object.entries(ON_DARK)) {
      expect(contrastRatio(result.onDark[name] ?? colour, result.dark!)).toBeGreaterThanOrEqual(AA_TEXT);
    }
    expect(result.changes.map((c) => c.key)).toEqual(changed ? ['dark'] : []);
    if (changed) expect(result.changes[0]!.message).toContain(`brand.dark "${dark}"`);
  });

  it("keeps the theme's dark-slide text colours where the brand's dark allows them", () => {
    expect(brandColours({ dark: '#0f172a' }).onDark).toEqual({});
    // A lighter teal: the light blue and grey texts are lightened (towards white, their hue kept).
    const teal = brandColours({ dark: '#0b7d73' });
    expect(Object.keys(teal.onDark).sort()).toEqual(['--on-dark-accent', '--on-dark-link', '--on-dark-muted']);
    for (const [name, colour] of Object.entries(teal.onDark)) {
      const before = rgbToHsl(parseColour(ON_DARK[name]!)!);
      const after = rgbToHsl(parseColour(colour)!);
      expect(after.l).toBeGreaterThan(before.l);
      // Near white, whole channels leave the hue a few degrees off.
      expect(Math.abs(after.h - before.h)).toBeLessThan(8);
    }
  });

  it("says when a name is no CSS colour, and keeps the theme's", () => {
    const result = brandColours({ accent: 'tealish' });
    expect(result.accent).toBeUndefined();
    expect(result.changes).toEqual([
      {
        key: 'accent',
        given: 'tealish',
        message: 'brand.accent "tealish" is not a CSS colour; the theme\'s own accent is used',
      },
    ]);
    expect(brandCss({ accent: 'tealish' })).toBe('');
  });

  it('puts the adjusted colours into the CSS, never the failing ones', () => {
    const css = brandCss({ accent: '#7dd3fc', dark: '#ffcc00' });
    const { accent, dark } = brandColours({ accent: '#7dd3fc', dark: '#ffcc00' });
    expect(css).toContain(`--accent:${accent};`);
    expect(css).toContain(`--dark:${dark};`);
    expect(css).toContain(`--title-background:${dark};`);
    expect(css).not.toContain('#7dd3fc');
    expect(css).not.toContain('#ffcc00');
  });
});

describe('brand on top of a theme', () => {
  it('sets only custom properties, so a theme keeps every rule of its own (the title background too)', () => {
    const logo = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`;
    for (const name of Object.keys(THEME_CONTRAST) as (keyof typeof THEME_CONTRAST)[]) {
      const css = brandCss({ accent: 'teal', dark: '#134e4a', logo }, name);
      const declarations = [...css.matchAll(/\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(/;(?=--|$)/).filter(Boolean));
      expect(declarations.length).toBeGreaterThan(3);
      for (const d of declarations) expect(d, name).toMatch(/^--[a-z-]+:/);
      expect(css).toContain('--logo:url("data:image/svg+xml;base64,');
    }
  });

  it('lightens an accent that is too dark for the dark theme, and darkens it to 7:1 for high contrast', () => {
    const dark = brandColours({ accent: '#1e3a8a' }, 'dark');
    for (const bg of THEME_CONTRAST.dark.accentOn)
      expect(contrastRatio(dark.accent!, bg)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(rgbToHsl(parseColour(dark.accent!)!).l).toBeGreaterThan(rgbToHsl(parseColour('#1e3a8a')!).l);
    expect(dark.changes[0]!.message).toContain('the same hue lighter');
    const high = brandColours({ accent: '#2563eb', dark: '#2563eb' }, 'high-contrast');
    for (const bg of LIGHT_BACKGROUNDS) expect(contrastRatio(high.accent!, bg)).toBeGreaterThanOrEqual(AAA_TEXT);
    expect(contrastRatio('#ffffff', high.dark!)).toBeGreaterThanOrEqual(AAA_TEXT);
    expect(high.changes.map((c) => c.key)).toEqual(['accent', 'dark']);
  });

  it('on paper, the dark colour is heading text on white: no fills, no light text for it', () => {
    const paper = brandColours({ dark: '#60a5fa' }, 'paper');
    expect(contrastRatio(paper.dark!, '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT);
    expect(paper.onDark).toEqual({});
    expect(brandCss({ dark: '#134e4a' }, 'paper')).not.toContain('--title-background');
  });
});

describe.each(Object.keys(THEME_CONTRAST))('theme %s', (name) => {
  const layer = readFileSync(join(ROOT, 'templates', 'themes', `${name}.css`), 'utf8');
  const need = THEME_CONTRAST[name as keyof typeof THEME_CONTRAST].text;
  const value = (v: string): string | undefined => {
    const own = new RegExp(`${v}:\\s*([^;]+);`).exec(layer)?.[1] ?? new RegExp(`${v}:\\s*([^;]+);`).exec(theme)?.[1];
    const ref = own && /^var\((--[a-z-]+)\)$/.exec(own);
    return ref ? value(ref[1]!) : own;
  };
  it.each([
    ['--ink', '--paper'],
    ['--muted', '--paper'],
    ['--quiet', '--paper'],
    ['--accent', '--paper'],
    ['--accent', '--code-bg'],
    ['--ink', '--code-bg'],
  ])(`%s on %s reaches the theme's contrast`, (fg, bg) => {
    expect(contrastRatio(value(fg)!, value(bg)!)).toBeGreaterThanOrEqual(need);
  });
  it("the accent the brand is checked against is the theme's", () => {
    for (const bg of THEME_CONTRAST[name as keyof typeof THEME_CONTRAST].accentOn)
      expect(contrastRatio(value('--accent')!, bg)).toBeGreaterThanOrEqual(need);
  });
});
