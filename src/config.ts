/**
 * Configuration: `roadmap-deck.config.{json,js,mjs,cjs}` or a `roadmap-deck`
 * key in package.json, found by lilconfig from the working directory up, and
 * validated here with messages that name the file and the key.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { lilconfig, type Loader } from 'lilconfig';
import { ConfigError } from './errors.js';

import { FORMATS, type Format } from './formats.js';

export type { Format };

export interface EditionOverrides {
  /** Published URL of this edition's page (for relative links). */
  url?: string;
  label?: string;
  title?: string;
  project?: string;
  /** Date (YYYY-MM-DD) used to order editions. */
  date?: string;
}

export interface RoadmapDeckConfig {
  /** Published URL of the roadmap page, for relative links in every edition. */
  url?: string;
  project?: string;
  /** Per-edition overrides, keyed by file name without `.md` (`*` wildcards allowed). */
  editions?: Record<string, EditionOverrides>;
  /** Roadmap files or globs to build when none are given. Default `roadmaps/*.md`. */
  input?: string[];
  outDir?: string;
  formats?: Format[];
  /** Folder with templates that override the built-in ones, file by file. */
  templates?: string;
  size?: '16:9' | '4:3';
  paper?: 'A4' | 'Letter';
  handoutLayout?: 1 | 2 | 4 | 6;
  lang?: string;
  footer?: string;
  /** Render timeout per edition, in seconds. */
  timeout?: number;
  /** Compare each edition with the previous one (default true). */
  diff?: boolean;
}

export interface LoadedConfig {
  config: RoadmapDeckConfig;
  /** File the config came from, if any. */
  file?: string;
  /** Folder relative paths in the config are resolved against. */
  baseDir: string;
}

/** Typed helper for `roadmap-deck.config.mjs`. */
export function defineConfig(config: RoadmapDeckConfig): RoadmapDeckConfig {
  return config;
}

const MODULE_NAME = 'roadmap-deck';
const SEARCH_PLACES = ['package.json', `${MODULE_NAME}.config.json`, `${MODULE_NAME}.config.mjs`, `${MODULE_NAME}.config.js`, `${MODULE_NAME}.config.cjs`];

const jsonLoader: Loader = (file, content) => {
  try {
    return JSON.parse(content);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position ? content.slice(0, Number(position)).split('\n').length : undefined;
    throw new ConfigError(`invalid JSON: ${(error as Error).message}`, { file, ...(line ? { line } : {}) }, { cause: error });
  }
};

const importLoader: Loader = async (file) => {
  const { pathToFileURL } = await import('node:url');
  const module = await import(pathToFileURL(file).href);
  return module.default ?? module;
};

export async function loadConfig(options: { cwd?: string; file?: string } = {}): Promise<LoadedConfig> {
  const cwd = options.cwd ?? process.cwd();
  const explorer = lilconfig(MODULE_NAME, {
    searchPlaces: SEARCH_PLACES,
    loaders: { '.json': jsonLoader, '.mjs': importLoader, '.js': importLoader, '.cjs': importLoader },
    stopDir: cwd,
  });
  let result;
  try {
    result = options.file ? await explorer.load(resolve(cwd, options.file)) : await explorer.search(cwd);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`cannot read config: ${(error as Error).message}`, { file: options.file }, { cause: error });
  }
  if (!result || result.isEmpty) return { config: {}, baseDir: cwd };
  const config = validateConfig(result.config, result.filepath);
  return { config, file: result.filepath, baseDir: dirname(result.filepath) };
}

const TOP_KEYS: Record<string, (value: unknown) => string | undefined> = {
  url: (v) => (typeof v === 'string' && isHttpUrl(v) ? undefined : 'must be an http(s) URL'),
  project: isString,
  editions: (v) => (v && typeof v === 'object' && !Array.isArray(v) ? undefined : 'must be an object keyed by edition file name'),
  input: (v) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? undefined : 'must be a list of file names or globs'),
  outDir: isString,
  formats: (v) => (Array.isArray(v) && v.every((x) => FORMATS.includes(x as Format)) ? undefined : `must be a list of ${FORMATS.join(', ')}`),
  templates: isString,
  size: (v) => (v === '16:9' || v === '4:3' ? undefined : 'must be "16:9" or "4:3"'),
  paper: (v) => (v === 'A4' || v === 'Letter' ? undefined : 'must be "A4" or "Letter"'),
  handoutLayout: (v) => ([1, 2, 4, 6].includes(v as number) ? undefined : 'must be 1, 2, 4 or 6'),
  lang: isString,
  footer: isString,
  timeout: (v) => (typeof v === 'number' && v > 0 ? undefined : 'must be a positive number of seconds'),
  diff: (v) => (typeof v === 'boolean' ? undefined : 'must be true or false'),
};
const EDITION_KEYS: Record<string, (value: unknown) => string | undefined> = {
  url: TOP_KEYS.url!,
  label: isString,
  title: isString,
  project: isString,
  date: (v) => (typeof v === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(v) ? undefined : 'must be a date like 2024-05-01'),
};

function isString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? undefined : 'must be a non-empty string';
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function validateConfig(raw: unknown, file?: string): RoadmapDeckConfig {
  const fail = (key: string, problem: string) => {
    throw new ConfigError(`config key "${key}" ${problem}`, { file, line: lineOfKey(file, key.split('.').pop()!) });
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError('config must be an object', { file });
  for (const [key, value] of Object.entries(raw)) {
    const check = TOP_KEYS[key];
    if (!check) fail(key, `is not a known option (known: ${Object.keys(TOP_KEYS).join(', ')})`);
    const problem = check!(value);
    if (problem) fail(key, problem);
  }
  const config = raw as RoadmapDeckConfig;
  for (const [stem, overrides] of Object.entries(config.editions ?? {})) {
    if (!overrides || typeof overrides !== 'object') fail(`editions.${stem}`, 'must be an object');
    for (const [key, value] of Object.entries(overrides)) {
      const check = EDITION_KEYS[key];
      if (!check) fail(`editions.${stem}.${key}`, `is not a known edition option (known: ${Object.keys(EDITION_KEYS).join(', ')})`);
      const problem = check!(value);
      if (problem) fail(`editions.${stem}.${key}`, problem);
    }
  }
  return config;
}

function lineOfKey(file: string | undefined, key: string): number | undefined {
  if (!file) return undefined;
  try {
    const lines = readFileSync(file, 'utf8').split('\n');
    const index = lines.findIndex((line) => line.includes(`"${key}"`) || new RegExp(`\\b${key}\\s*:`).test(line));
    return index >= 0 ? index + 1 : undefined;
  } catch {
    return undefined;
  }
}

/** Overrides for one edition: every `editions` entry whose pattern matches the stem, in order. */
export function editionOverrides(config: RoadmapDeckConfig, stem: string): EditionOverrides {
  const merged: EditionOverrides = {};
  for (const [pattern, overrides] of Object.entries(config.editions ?? {})) {
    const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    if (regex.test(stem)) Object.assign(merged, overrides);
  }
  return merged;
}

export function resolveFrom(baseDir: string, path: string): string {
  return isAbsolute(path) ? path : resolve(baseDir, path);
}
