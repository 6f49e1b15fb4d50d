/**
 * The built-in defaults and the values an option may take, in one place.
 * The config schema (schema/config.schema.json) states the same enums and
 * defaults for editors; a test keeps the two equal. Kept free of imports
 * beyond formats.ts so that the command line can read it cheaply.
 */
import { DEFAULT_FORMATS } from '../formats.js';

export const PAPERS = ['A4', 'Letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** Slides per handout page; 1 adds the full text under each slide. */
export const HANDOUT_LAYOUTS = [1, 2, 4, 6] as const;
export type HandoutLayout = (typeof HANDOUT_LAYOUTS)[number];

/** How the handout's paper is turned. */
export const HANDOUT_ORIENTATIONS = ['portrait', 'landscape'] as const;
export type HandoutOrientation = (typeof HANDOUT_ORIENTATIONS)[number];

/** What the slide after the title shows: a board of cards, the list of sections and titles, or both. */
export const OVERVIEWS = ['board', 'list', 'both'] as const;
export type Overview = (typeof OVERVIEWS)[number];

export const SLIDE_SIZES = ['16:9', '4:3'] as const;
export type SlideSize = (typeof SLIDE_SIZES)[number];

/** Built-in themes: `templates/themes/<name>.css`, each a colour layer over `templates/theme.css`. */
export const THEMES = ['default', 'dark', 'high-contrast', 'paper'] as const;
export type ThemeName = (typeof THEMES)[number];

export const DEFAULTS = {
  input: ['roadmaps/*.md'],
  outDir: 'output',
  formats: DEFAULT_FORMATS,
  paper: 'A4',
  handoutLayout: 1,
  handoutOrientation: 'portrait',
  /** Ruled note lines beside each slide of the handout. */
  handoutLines: false,
  /** Author notes in the handout. */
  handoutNotes: false,
  size: '16:9',
  theme: 'default',
  overview: 'board',
  /** Seconds allowed to render one edition. */
  timeout: 60,
  diff: true,
  qr: true,
  /** Port of the preview server of `watch`. */
  port: 4321,
} as const satisfies {
  input: readonly string[];
  outDir: string;
  formats: readonly string[];
  paper: Paper;
  handoutLayout: HandoutLayout;
  handoutOrientation: HandoutOrientation;
  handoutLines: boolean;
  handoutNotes: boolean;
  size: SlideSize;
  theme: ThemeName;
  overview: Overview;
  timeout: number;
  diff: boolean;
  qr: boolean;
  port: number;
};

/** Editions rendered at once unless told otherwise: one per core, at most 8. */
export const MAX_DEFAULT_CONCURRENCY = 8;
