/**
 * Brand: a logo and colours from the config, as CSS added to the theme.
 * Colours are checked against the config schema (hex or a CSS colour name);
 * the logo arrives as a data URL read from a local file.
 *
 * Contrast by construction: a brand colour that text would be unreadable in
 * (or on) is moved in lightness, its hue kept, until it reaches WCAG AA, and
 * the change is reported (`brandColours(...).changes`) so the build can say so.
 */
import { AA_TEXT, adjustToContrast, contrastRatio, formatRatio, parseColour, toHex } from './colour.js';

export interface BrandStyle {
  /** `data:image/…;base64,…` */
  logo?: string;
  accent?: string;
  dark?: string;
}

/** The built-in theme's light backgrounds that accent text (links, the closing title) sits on: paper, table header, code. */
export const LIGHT_BACKGROUNDS = ['#ffffff', '#f9fafb', '#f3f4f6'];
/**
 * The built-in theme's text colours on dark slides (title, section dividers), by CSS variable,
 * with their defaults: each is lightened, hue kept, where a brand's dark background needs it.
 */
export const ON_DARK: Readonly<Record<string, string>> = {
  '--on-dark': '#f9fafb',
  '--on-dark-muted': '#cbd5e1',
  '--on-dark-accent': '#93c5fd',
  '--on-dark-link': '#bfdbfe',
};

/** What a brand colour was changed to, and why: one build warning each. */
export interface BrandChange {
  key: 'accent' | 'dark';
  given: string;
  /** `#rrggbb`, or undefined when the given value is no colour (the theme's own is kept). */
  used?: string;
  message: string;
}

export interface BrandColours {
  accent?: string;
  dark?: string;
  /** Text colours for dark slides (CSS variable → colour), where the brand's dark needs other ones. */
  onDark: Record<string, string>;
  changes: BrandChange[];
}

const COLOR = /^(#[0-9A-Fa-f]{3}|#[0-9A-Fa-f]{6}|[a-z]{3,20})$/;

/** The brand's colours as the deck uses them: each one readable, with what was changed. */
export function brandColours(brand: BrandStyle | undefined): BrandColours {
  const out: BrandColours = { onDark: {}, changes: [] };
  const read = (key: 'accent' | 'dark') => {
    const given = brand?.[key];
    if (!given || !COLOR.test(given)) return undefined;
    if (parseColour(given)) return given;
    out.changes.push({
      key,
      given,
      message: `brand.${key} "${given}" is not a CSS colour; the theme's own ${key === 'accent' ? 'accent' : 'dark background'} is used`,
    });
    return undefined;
  };
  const accent = read('accent');
  if (accent) {
    // Links and the closing slide's title are accent text on the light backgrounds.
    const result = adjustToContrast(accent, LIGHT_BACKGROUNDS, AA_TEXT, 'darken');
    out.accent = result.changed ? result.colour : accent;
    if (result.changed) {
      const before = Math.min(...LIGHT_BACKGROUNDS.map((bg) => contrastRatio(accent, bg)));
      out.changes.push({
        key: 'accent',
        given: accent,
        used: result.colour,
        message: `brand.accent "${accent}" as link text on the slides' light backgrounds has ${formatRatio(before)} contrast, below the ${AA_TEXT}:1 that WCAG AA asks of text; the deck uses ${result.colour} (${formatRatio(result.ratio)}), the same hue darker`,
      });
    }
  }
  const dark = read('dark');
  if (dark) {
    // Text on the dark slides can be lightened up to white: the background must leave white readable.
    const result = adjustToContrast(dark, ['#ffffff'], AA_TEXT, 'darken');
    out.dark = result.changed ? result.colour : dark;
    if (result.changed) {
      out.changes.push({
        key: 'dark',
        given: dark,
        used: result.colour,
        message: `brand.dark "${dark}" as the background of the title and section slides gives white text ${formatRatio(contrastRatio('#ffffff', dark))} contrast, below the ${AA_TEXT}:1 that WCAG AA asks of text; the deck uses ${result.colour} (${formatRatio(result.ratio)}), the same hue darker`,
      });
    }
    for (const [name, colour] of Object.entries(ON_DARK)) {
      const text = adjustToContrast(colour, [out.dark], AA_TEXT, 'lighten');
      if (text.changed) out.onDark[name] = text.colour;
    }
  }
  return out;
}

export function brandCss(brand: BrandStyle | undefined): string {
  if (!brand) return '';
  const rules: string[] = [];
  const { accent, dark, onDark } = brandColours(brand);
  const logo =
    brand.logo && /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$/.test(brand.logo)
      ? `url("${brand.logo}")`
      : undefined;
  // The side bar: the theme draws it as an inset shadow in --bar (a ::before in themes made before that).
  if (accent)
    rules.push(
      `section{--accent:${accent};}`,
      `section,section.title,section.divider{--bar:${accent};}`,
      `section::before,section.title::before,section.divider::before{background:${accent};}`,
    );
  if (dark) {
    const vars = Object.entries(onDark)
      .map(([name, colour]) => `${name}:${colour};`)
      .join('');
    rules.push(`section{--dark:${toHex(parseColour(dark)!)};${vars}}`, `section.divider{background:${dark};}`);
  }
  // The title slide: the dark colour (or the theme's gradient) with the logo, large, top right.
  const titleBackground = dark ?? 'linear-gradient(135deg,#0f172a 0%,#1e3a8a 100%)';
  if (logo) {
    rules.push(
      `section.title{background:${logo} right 80px top 72px/260px 110px no-repeat,${titleBackground};}`,
      // A small logo in the top right of content slides.
      `section:not(.title):not(.divider){background-image:${logo};background-repeat:no-repeat;background-position:right 48px top 34px;background-size:auto 40px;}`,
    );
  } else if (dark) {
    rules.push(`section.title{background:${dark};}`);
  }
  return rules.length ? `\n/* brand */\n${rules.join('\n')}\n` : '';
}
