/**
 * What the brand colours must reach in each built-in theme. The colours
 * themselves live in the theme's CSS (`templates/themes/<name>.css`); this
 * says which backgrounds accent text is drawn on there, which way a brand
 * colour moves to be readable on them, and how much contrast text needs.
 */
import type { ThemeName } from '../settings/defaults.js';
import { AA_TEXT } from './colour.js';

/** WCAG AAA for normal text: what the high-contrast theme promises. */
export const AAA_TEXT = 7;

export interface ThemeContrast {
  /** Backgrounds that accent text (links, the closing title) sits on. */
  accentOn: string[];
  /** How an accent that is too faint on them is moved. */
  accentTowards: 'darken' | 'lighten';
  /** Contrast every text reaches. */
  text: number;
  /** Whether title and section slides are dark fills in the brand's dark colour (else it colours their titles). */
  darkFills: boolean;
}

const LIGHT = ['#ffffff', '#f9fafb', '#f3f4f6'];

export const THEME_CONTRAST: Readonly<Record<ThemeName, ThemeContrast>> = {
  default: { accentOn: LIGHT, accentTowards: 'darken', text: AA_TEXT, darkFills: true },
  dark: { accentOn: ['#0f172a', '#1e293b'], accentTowards: 'lighten', text: AA_TEXT, darkFills: true },
  'high-contrast': { accentOn: LIGHT, accentTowards: 'darken', text: AAA_TEXT, darkFills: true },
  paper: { accentOn: LIGHT, accentTowards: 'darken', text: AA_TEXT, darkFills: false },
};
