/**
 * roadmap-deck as a library. The command line is a thin layer over these.
 *
 *   import { build, defineConfig } from 'roadmap-deck';
 *   await build({ files: ['roadmaps/2025-spring.md'], outDir: 'output' });
 */
export { build, DEFAULT_INPUT, type BuildEvent, type BuildOptions, type BuildResult, type EditionResult } from './build.js';
export { defineConfig, loadConfig, validateConfig, type Brand, type EditionOverrides, type LoadedConfig, type RoadmapDeckConfig } from './config.js';
export { diffEditions, diffSeries, orderEditions, type EditionDiff } from './editions/diff.js';
export { matchInitiatives, type Match } from './editions/match.js';
export * from './errors.js';
export { launchBrowser, type BrowserSession } from './export/browser/launch.js';
export { findBrowser } from './export/browser/find.js';
export { DEFAULT_FORMATS, FORMATS, type Format } from './formats.js';
export { initProject } from './init.js';
export { lintFile, type LintResult } from './lint/index.js';
export { readSource, sourceFromBytes, type RoadmapSource } from './load/read-source.js';
export { editionParseOptions, resolveSettings, type Settings, type SettingsInput } from './settings/index.js';
export { createMarp, renderMarp, type MarpOutput } from './marp/index.js';
export * from './model/types.js';
export { parseRoadmap, type ParseOptions, type ParseResult } from './parse/index.js';
export { loadTemplates, renderDeck, type RenderedDeck, type RenderOptions, type SlideInfo, type TemplateSet } from './render/index.js';
export { startWatch, type WatchEvent, type WatchOptions, type WatchSession } from './watch/index.js';
export { VERSION } from './version.js';
