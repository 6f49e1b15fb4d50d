/**
 * roadmap-deck as a library. The command line is a thin layer over these.
 *
 *   import { build, defineConfig } from 'roadmap-deck';
 *   await build({ files: ['roadmaps/2025-spring.md'], outDir: 'output' });
 *
 * This file is the whole public API (package.json "exports" has no other entry): build, watch, lint,
 * parse, render, the config (load, check, resolve), the errors and the model's types. Everything
 * else is internal; tests and scripts import internal modules by their path.
 */
export { build, type BuildEvent, type BuildOptions, type BuildResult, type EditionResult } from './build.js';
export { buildFromGit, gitHistory, type GitBuildResult, type GitOptions } from './git/build-series.js';
export type { HistoryEdition, HistoryReport } from './git/report.js';
export { startWatch, type WatchEvent, type WatchOptions, type WatchSession } from './watch/index.js';
export { lintFile, type LintResult } from './lint/index.js';
export { readSource, type RoadmapSource } from './load/read-source.js';
export { parseRoadmap, type ParseOptions, type ParseResult } from './parse/index.js';
export {
  loadTemplates,
  renderDeck,
  type RenderedDeck,
  type RenderOptions,
  type SlideInfo,
  type TemplateSet,
} from './render/index.js';
export {
  defineConfig,
  loadConfig,
  validateConfig,
  type Brand,
  type EditionOverrides,
  type LoadedConfig,
  type RoadmapDeckConfig,
} from './config.js';
export { resolveSettings, type Settings, type SettingsInput } from './settings/index.js';
export type { Format } from './formats.js';
export {
  BrowserError,
  BrowserGoneError,
  BrowserNotFoundError,
  BrowserStartError,
  ConfigError,
  EmptyInputError,
  FrontMatterError,
  InputEncodingError,
  InputNotFileError,
  InputNotFoundError,
  InputTooLargeError,
  InterruptedError,
  LimitExceededError,
  NoInitiativesError,
  OutputLockedError,
  OutputWriteError,
  PortUnavailableError,
  RenderTimeoutError,
  RendererCrashError,
  RoadmapError,
  TemplateError,
  UsageError,
  type ConfigProblem,
  type ErrorLocation,
} from './errors.js';
export type * from './model/types.js';
