/**
 * Brand: a logo and colours from the config, on top of the chosen theme.
 * Colours are checked against the config schema (hex or a CSS colour name);
 * the logo arrives as a data URL read from a local file.
 *
 * The brand only sets the theme's custom properties (--accent, --bar, --dark,
 * --title-background, --logo): where they are drawn is the theme's business.
 * A theme (an ejected one too) that gives the title slide its own background
 * keeps it; the logo shows where the theme draws var(--logo).
 *
 * Contrast by construction: a brand colour that text would be unreadable in
 * (or on) is moved in lightness, its hue kept, until it reaches WCAG AA, and
 * the change is reported (`brandColours(...).changes`) so the build can say so.
 */
import type { ThemeName } from '../settings/defaults.js';
import { adjustToContrast, contrastRatio, formatRatio, parseColour, toHex } from './colour.js';
import { THEME_CONTRAST } from './themes.js';

export interface BrandStyle {
  /** `data:image/…;base64,…` */
  logo?: string;
  accent?: string;
  dark?: string;
}

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
/** The brand's colours as the deck uses them in a theme: each one readable there, with what was changed. */
export function brandColours(brand: BrandStyle | undefined, theme: ThemeName = 'default'): BrandColours {
  const out: BrandColours = { onDark: {}, changes: [] };
  const { accentOn, accentTowards, text: need, darkFills } = THEME_CONTRAST[theme];
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
    // Links and the closing slide's title are accent text on the theme's slide backgrounds.
    const result = adjustToContrast(accent, accentOn, need, accentTowards);
    out.accent = result.changed ? result.colour : accent;
    if (result.changed) {
      const before = Math.min(...accentOn.map((bg) => contrastRatio(accent, bg)));
      out.changes.push({
        key: 'accent',
        given: accent,
        used: result.colour,
        message: `brand.accent "${accent}" as link text on the slides' backgrounds (${theme} theme) has ${formatRatio(before)} contrast, below the ${need}:1 the theme asks of text; the deck uses ${result.colour} (${formatRatio(result.ratio)}), the same hue ${accentTowards === 'darken' ? 'darker' : 'lighter'}`,
      });
    }
  }
  const dark = read('dark');
  if (dark) {
    // Text on the dark slides can be lightened up to white: the background must leave white readable.
    // Without dark fills (paper) the colour is title text on white: the same test.
    const result = adjustToContrast(dark, ['#ffffff'], need, 'darken');
    out.dark = result.changed ? result.colour : dark;
    if (result.changed) {
      out.changes.push({
        key: 'dark',
        given: dark,
        used: result.colour,
        message: darkFills
          ? `brand.dark "${dark}" as the background of the title and section slides gives white text ${formatRatio(contrastRatio('#ffffff', dark))} contrast, below the ${need}:1 the ${theme} theme asks of text; the deck uses ${result.colour} (${formatRatio(result.ratio)}), the same hue darker`
          : `brand.dark "${dark}" as the colour of the title and section headings on white has ${formatRatio(contrastRatio('#ffffff', dark))} contrast, below the ${need}:1 the ${theme} theme asks of text; the deck uses ${result.colour} (${formatRatio(result.ratio)}), the same hue darker`,
      });
    }
    if (darkFills)
      for (const [name, colour] of Object.entries(ON_DARK)) {
        const text = adjustToContrast(colour, [out.dark], need, 'lighten');
        if (text.changed) out.onDark[name] = text.colour;
      }
  }
  return out;
}

/** The brand as custom properties over the theme's; never a rule of the theme's own. */
export function brandCss(brand: BrandStyle | undefined, theme: ThemeName = 'default'): string {
  if (!brand) return '';
  const rules: string[] = [];
  const { accent, dark, onDark } = brandColours(brand, theme);
  const logo =
    brand.logo && /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$/.test(brand.logo)
      ? `url("${brand.logo}")`
      : undefined;
  if (accent) rules.push(`section{--accent:${accent};}`, `section,section.title,section.divider{--bar:${accent};}`);
  if (dark) {
    const hex = toHex(parseColour(dark)!);
    const vars = Object.entries(onDark)
      .map(([name, colour]) => `${name}:${colour};`)
      .join('');
    rules.push(`section{--dark:${hex};${THEME_CONTRAST[theme].darkFills ? `--title-background:${hex};` : ''}${vars}}`);
  }
  if (logo) rules.push(`section{--logo:${logo};}`);
  return rules.length ? `\n/* brand */\n${rules.join('\n')}\n` : '';
}
