/**
 * Configuration: `roadmap-deck.config.{json,mjs,js,cjs,ts}` or a
 * `roadmap-deck` key in package.json, found by lilconfig from the working
 * folder up, and validated against `schema/config.schema.json` with
 * messages that name the file, the line and the key.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { type LilconfigResult, lilconfig, type Loader } from 'lilconfig';
import { byLine, keyMessage, lineOfKey, schemaProblems } from './config-problems.js';
import { ConfigError, type ConfigProblem } from './errors.js';
import type { Format } from './formats.js';
import { PACKAGE_ROOT } from './package-root.js';
import { isCalendarDate } from './parse/period.js';

export type { Format };

/** Where a page's initiatives are, when inference should not decide (see README, "How a page is read"). */
interface InitiativesOption {
  /** `h1`…`h6` (headings of that level), `list` (list items), `table` (table rows) or `auto`. */
  at?: 'auto' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'list' | 'table';
  /** Only the part under the heading with this title holds initiatives. */
  within?: string;
  /** The table column (by its header) that names the rows. */
  titleColumn?: string;
}

export interface EditionOverrides {
  /** Published URL of this edition's page (for relative links). */
  url?: string;
  label?: string;
  title?: string;
  project?: string;
  /** Date (YYYY-MM-DD) used to order editions. */
  date?: string;
  initiatives?: InitiativesOption;
  /** Headings and items (by title, `*` wildcard) that are not initiatives. */
  exclude?: string[];
  /** Language of this edition's deck (BCP 47 tag: `de`, `ja`, `pt-BR`). */
  lang?: string;
}

export interface GitHistoryOption {
  /** The roadmap page, relative to the config file (or inside `repo`, when given). */
  path: string;
  /** The repository, relative to the config file (default: the one holding the page). */
  repo?: string;
  /** Only commits from this date on (YYYY-MM-DD). */
  since?: string;
  /** Branch, tag or commit whose history is read (default HEAD). */
  ref?: string;
  /** One deck per commit that changed the page. */
  everyCommit?: boolean;
  /** The newest deck gets a slide of the roadmap over time. */
  historySlide?: boolean;
}

export interface Brand {
  /** Logo file (PNG, JPEG, GIF, WebP or SVG), relative to the config file. */
  logo?: string;
  /** Accent colour (`#1a7f37`, `teal`…). */
  accent?: string;
  /** Background of the title and section slides. */
  dark?: string;
  /** Footer text on every slide. */
  footer?: string;
}

export interface RoadmapDeckConfig {
  /** Published URL of the roadmap page, for relative links in every edition. */
  url?: string;
  project?: string;
  /** Author written into the PDFs' metadata. */
  author?: string;
  /** Build the editions in a page's git history (as `build --git`) when no files are given. */
  git?: GitHistoryOption;
  /** Per-edition overrides, keyed by file name without `.md` (`*` wildcards allowed). */
  editions?: Record<string, EditionOverrides>;
  /** Roadmap files or globs to build when none are given. Default `roadmaps/*.md`. */
  input?: string[];
  outDir?: string;
  formats?: Format[];
  /** Folder with templates that override the built-in ones, file by file. */
  templates?: string;
  size?: '16:9' | '4:3';
  /** Built-in theme (default `default`): `dark`, `high-contrast` (AAA contrast, thicker lines) or `paper` (for print). */
  theme?: 'default' | 'dark' | 'high-contrast' | 'paper';
  paper?: 'A4' | 'Letter';
  handoutLayout?: 1 | 2 | 4 | 6;
  /** Handout paper turned `portrait` (default) or `landscape`. */
  handoutOrientation?: 'portrait' | 'landscape';
  /** Ruled note lines beside each slide of the handout (default false). */
  handoutLines?: boolean;
  /** Print each initiative's author notes in the handout, above its full text (default false; needs handoutLayout 1). */
  handoutNotes?: boolean;
  /** Language of every deck (BCP 47 tag), unless an edition sets its own; default: each page's own. */
  lang?: string;
  footer?: string;
  /** Render timeout per edition, in seconds. */
  timeout?: number;
  /** Compare each edition with the previous one (default true). */
  diff?: boolean;
  /** Show a QR code for each tracking link (default true). */
  qr?: boolean;
  /** After the title: a `board` of cards (default), the `list` of sections and titles, or `both`. */
  overview?: 'board' | 'list' | 'both';
  brand?: Brand;
  /** Folders, besides each page's own, that pages may take pictures from (relative to the config file). */
  assets?: string[];
  /** Where every page's initiatives are, unless an edition says otherwise. */
  initiatives?: InitiativesOption;
  /** Headings and items (by title, `*` wildcard) that are not initiatives, on every page. */
  exclude?: string[];
}

export interface LoadedConfig {
  config: RoadmapDeckConfig;
  /** File the config came from, if any. */
  file?: string;
  /** Folder relative paths in the config are resolved against. */
  baseDir: string;
}

/** Typed helper for `roadmap-deck.config.ts` / `.mjs`. */
export function defineConfig(config: RoadmapDeckConfig): RoadmapDeckConfig {
  return config;
}

const MODULE_NAME = 'roadmap-deck';
const SEARCH_PLACES = [
  'package.json',
  `${MODULE_NAME}.config.json`,
  `${MODULE_NAME}.config.mjs`,
  `${MODULE_NAME}.config.js`,
  `${MODULE_NAME}.config.cjs`,
  `${MODULE_NAME}.config.ts`,
];

const jsonLoader: Loader = (file, content) => {
  try {
    return JSON.parse(content);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position ? content.slice(0, Number(position)).split('\n').length : undefined;
    throw new ConfigError(
      `invalid JSON: ${(error as Error).message}`,
      { file, ...(line ? { line } : {}) },
      { cause: error },
    );
  }
};

const importLoader: Loader = async (file) => {
  try {
    const module = await import(pathToFileURL(file).href);
    return module.default ?? module;
  } catch (error) {
    throw scriptError(file, error);
  }
};

/** TypeScript configs are compiled on the fly by jiti (Node.js cannot import .ts itself). */
const tsLoader: Loader = async (file) => {
  const { createJiti } = await import('jiti');
  try {
    const module = await createJiti(import.meta.url, { interopDefault: true }).import(file);
    return (module as { default?: unknown }).default ?? module;
  } catch (error) {
    throw scriptError(file, error);
  }
};

/** A config script that fails to load or run, as a ConfigError at the line where it failed. */
function scriptError(file: string, error: unknown): ConfigError {
  const message = (error instanceof Error ? error.message : String(error))
    .split('\n')[0]!
    .replace(/^(Error: )?ParseError: /, '')
    .trim();
  return new ConfigError(
    `cannot load config: ${message}`,
    { file, line: scriptErrorLine(file, error) },
    { cause: error },
  );
}

/**
 * The line of `file` an error points at: from its stack (runtime errors,
 * CommonJS and TypeScript syntax errors name `file:line`), else — Node.js
 * gives no position for a syntax error in an ES module — from `node --check`.
 */
function scriptErrorLine(file: string, error: unknown): number | undefined {
  const at = (text: string) => {
    const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`(?:file://)?${escaped}:(\\d+)`).exec(text);
    return match ? Number(match[1]) : undefined;
  };
  const fromStack = at(String((error as Error)?.stack ?? ''));
  if (fromStack !== undefined || !(error instanceof SyntaxError)) return fromStack;
  const check = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8', timeout: 10_000 });
  return at(check.stderr ?? '');
}

export async function loadConfig(options: { cwd?: string; file?: string } = {}): Promise<LoadedConfig> {
  const cwd = options.cwd ?? process.cwd();
  const explorer = lilconfig(MODULE_NAME, {
    searchPlaces: SEARCH_PLACES,
    loaders: { '.json': jsonLoader, '.mjs': importLoader, '.js': importLoader, '.cjs': importLoader, '.ts': tsLoader },
    stopDir: cwd,
  });
  let result: LilconfigResult;
  try {
    result = options.file ? await explorer.load(resolve(cwd, options.file)) : await explorer.search(cwd);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no such config file'
        : `cannot read config: ${(error as Error).message.split('\n')[0]}`;
    throw new ConfigError(reason, { file: options.file }, { cause: error });
  }
  if (!result || result.isEmpty) return { config: {}, baseDir: cwd };
  const config = validateConfig(result.config, result.filepath);
  return { config, file: result.filepath, baseDir: dirname(result.filepath) };
}

let validator: ValidateFunction | undefined;

/** The schema's validator, compiled ahead of time by `npm run compile` (scripts/compile-schema.mjs). */
function schemaValidator(): ValidateFunction {
  validator ??= createRequire(import.meta.url)(join(PACKAGE_ROOT, 'dist', 'config-validator.cjs')) as ValidateFunction;
  return validator;
}

/**
 * Checks a config against the schema and reports every problem at once, each
 * with its line in `file` (one ConfigError that lists them all).
 */
export function validateConfig(raw: unknown, file?: string): RoadmapDeckConfig {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new ConfigError('config must be an object of options', { file });
  const validate = schemaValidator();
  const text = readText(file);
  const problems: ConfigProblem[] = validate(raw) ? [] : schemaProblems(validate.errors ?? [], file, text);
  // Dates the schema's pattern lets through but no calendar has (2024-13-45).
  const editions = 'editions' in raw ? raw.editions : undefined;
  if (editions && typeof editions === 'object') {
    for (const [pattern, overrides] of Object.entries(editions)) {
      const date: unknown =
        overrides && typeof overrides === 'object' && 'date' in overrides ? overrides.date : undefined;
      if (typeof date === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(date) && !isCalendarDate(date)) {
        const path = ['editions', pattern, 'date'];
        problems.push({
          message: keyMessage(path, `must be a real date like 2024-05-01 (got "${date}")`),
          line: lineOfKey(file, text, path),
        });
      }
    }
  }
  if (problems.length) throw ConfigError.of(byLine(problems), file);
  return raw as RoadmapDeckConfig;
}

/** The line of a config file where the key at `path` (`["editions", "2024-*", "date"]`) is written. */
export function lineInConfig(file: string | undefined, path: string[]): number | undefined {
  return lineOfKey(file, readText(file), path);
}

function readText(file: string | undefined): string | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Overrides for one edition: every `editions` entry whose pattern matches the stem, in order. */
export function editionOverrides(config: RoadmapDeckConfig, stem: string): EditionOverrides {
  const merged: EditionOverrides = {};
  for (const [pattern, overrides] of Object.entries(config.editions ?? {})) {
    const regex = new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    if (regex.test(stem)) Object.assign(merged, overrides);
  }
  return merged;
}

export function resolveFrom(baseDir: string, path: string): string {
  return isAbsolute(path) ? path : resolve(baseDir, path);
}
