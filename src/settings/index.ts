/**
 * One settings object for every command. What the command line (or a caller
 * of the API) gave wins over the config, which wins over the built-in
 * defaults; `resolveSettings` does this once, and build, watch, inspect, lint
 * and diff all read the result. None of them restates a default.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { editionOverrides, resolveFrom, type Brand, type LoadedConfig, type RoadmapDeckConfig } from '../config.js';
import type { Format } from '../formats.js';
import type { ParseOptions } from '../parse/index.js';
import {
  DEFAULTS,
  MAX_DEFAULT_CONCURRENCY,
  type HandoutLayout,
  type HandoutOrientation,
  type Overview,
  type Paper,
  type SlideSize,
  type ThemeName,
} from './defaults.js';

export {
  DEFAULTS,
  HANDOUT_LAYOUTS,
  HANDOUT_ORIENTATIONS,
  OVERVIEWS,
  PAPERS,
  SLIDE_SIZES,
  THEMES,
  type ThemeName,
  type HandoutLayout,
  type HandoutOrientation,
  type Overview,
  type Paper,
  type SlideSize,
} from './defaults.js';

/** What may be given for one run, on the command line or to `build()`; anything left out comes from the config or the defaults. */
export interface SettingsInput {
  /** Roadmap files or globs, relative to the working folder. */
  files?: string[];
  outDir?: string;
  formats?: Format[];
  paper?: Paper;
  handoutLayout?: HandoutLayout;
  handoutOrientation?: HandoutOrientation;
  /** Ruled note lines beside each slide of the handout. */
  handoutLines?: boolean;
  /** Author notes in the handout, above each initiative's full text (needs handoutLayout 1). */
  handoutNotes?: boolean;
  /** Built-in theme: colours over the shared layout. */
  theme?: ThemeName;
  /** "What changed since …" and NEW/CONTINUED badges. */
  diff?: boolean;
  /** QR codes for tracking links. */
  qr?: boolean;
  /** After the title: a board of cards, the list, or both. */
  overview?: Overview;
  /** Build editions whose inputs did not change. */
  force?: boolean;
  timeoutMs?: number;
  /** Editions rendered at once. */
  concurrency?: number;
  /** Who gave these values, for messages about them: `--out` on the command line, `outDir` from code. */
  via?: 'command line' | 'api';
}

/** Where a setting came from. */
type Origin = 'command line' | 'api' | 'config' | 'default';

export interface Settings {
  cwd: string;
  config: LoadedConfig;
  /** Roadmap files or globs, the folder they are relative to, and who named them. */
  input: { patterns: string[]; baseDir: string; origin: Origin };
  /** Absolute. */
  outDir: string;
  outDirOrigin: Origin;
  formats: Format[];
  timeoutMs: number;
  paper: Paper;
  handoutLayout: HandoutLayout;
  handoutOrientation: HandoutOrientation;
  handoutLines: boolean;
  handoutNotes: boolean;
  size: SlideSize;
  theme: ThemeName;
  diff: boolean;
  qr: boolean;
  overview: Overview;
  force: boolean;
  concurrency: number;
  /** Language of every deck (config `lang`); unset, each page's own (see `editionLang`). */
  lang: string | undefined;
  footer: string | undefined;
  /** Author in the PDFs' metadata. */
  author: string | undefined;
  /** Absolute folder of templates overriding the built-in ones. */
  templates: string | undefined;
  brand: Brand | undefined;
  /** Absolute folders, besides each page's own, that pictures may come from. */
  assets: string[];
  /** The parser's options for one edition, by file name without `.md`. */
  parseOptions(stem: string): ParseOptions;
}

/**
 * Top-level config keys that are parser options for every edition, unless an
 * `editions` entry sets its own. Every key of an `editions` entry is passed
 * to the parser as it is (`url` as `baseUrl`), so a new per-edition parser
 * option needs only its schema entry; one that may also be set for all
 * editions needs its name here too.
 */
const SHARED_PARSE_KEYS = ['project', 'initiatives', 'exclude'] as const satisfies readonly (keyof RoadmapDeckConfig &
  keyof ParseOptions)[];

function pick<T extends object, K extends keyof T>(object: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (object[key] !== undefined) picked[key] = object[key];
  return picked;
}

/** The parser's options for the edition in `<stem>.md`: the config's, then those of every `editions` entry that matches it. */
export function editionParseOptions(config: RoadmapDeckConfig, stem: string): ParseOptions {
  // The language is the deck's business, not the parser's.
  const { url, lang: _lang, ...own } = editionOverrides(config, stem);
  return { ...pick(config, SHARED_PARSE_KEYS), ...own, baseUrl: url ?? config.url };
}

/** The config's language for the edition in `<stem>.md`: its `editions` entry's, else the top-level one. */
export function editionLang(config: RoadmapDeckConfig, stem: string): string | undefined {
  return editionOverrides(config, stem).lang ?? config.lang;
}

const EMPTY_CONFIG = (cwd: string): LoadedConfig => ({ config: {}, baseDir: cwd });

export function resolveSettings(
  cli: SettingsInput = {},
  loaded: LoadedConfig = EMPTY_CONFIG(process.cwd()),
  cwd = process.cwd(),
): Settings {
  const config = loaded.config;
  const via = cli.via ?? 'api';
  const fromConfig = (path: string) => resolveFrom(loaded.baseDir, path);
  const input: Settings['input'] = cli.files?.length
    ? { patterns: cli.files, baseDir: cwd, origin: via }
    : config.input
      ? { patterns: config.input, baseDir: loaded.baseDir, origin: 'config' }
      : { patterns: [...DEFAULTS.input], baseDir: cwd, origin: 'default' };
  const [outDir, outDirOrigin]: [string, Origin] =
    cli.outDir !== undefined
      ? [resolve(cwd, cli.outDir), via]
      : config.outDir
        ? [fromConfig(config.outDir), 'config']
        : [resolve(cwd, DEFAULTS.outDir), 'default'];
  return {
    cwd,
    config: loaded,
    input,
    outDir,
    outDirOrigin,
    formats: [...(cli.formats ?? config.formats ?? DEFAULTS.formats)],
    timeoutMs: cli.timeoutMs ?? (config.timeout ?? DEFAULTS.timeout) * 1000,
    paper: cli.paper ?? config.paper ?? DEFAULTS.paper,
    handoutLayout: cli.handoutLayout ?? config.handoutLayout ?? DEFAULTS.handoutLayout,
    handoutOrientation: cli.handoutOrientation ?? config.handoutOrientation ?? DEFAULTS.handoutOrientation,
    handoutLines: cli.handoutLines ?? config.handoutLines ?? DEFAULTS.handoutLines,
    handoutNotes: cli.handoutNotes ?? config.handoutNotes ?? DEFAULTS.handoutNotes,
    size: config.size ?? DEFAULTS.size,
    theme: cli.theme ?? config.theme ?? DEFAULTS.theme,
    diff: cli.diff ?? config.diff ?? DEFAULTS.diff,
    qr: cli.qr ?? config.qr ?? DEFAULTS.qr,
    overview: cli.overview ?? config.overview ?? DEFAULTS.overview,
    force: cli.force ?? false,
    concurrency: cli.concurrency ?? Math.min(availableParallelism(), MAX_DEFAULT_CONCURRENCY),
    lang: config.lang,
    footer: config.brand?.footer ?? config.footer,
    author: config.author,
    templates: config.templates ? fromConfig(config.templates) : undefined,
    brand: config.brand,
    assets: (config.assets ?? []).map(fromConfig),
    parseOptions: (stem) => editionParseOptions(config, stem),
  };
}
