/**
 * The public API is exactly what src/index.ts lists (the package's one entry): build, watch, lint,
 * parse, render, the config, the errors; the model's types add no values. A name added to or
 * dropped from it is a change to the API: update this list, the README's "Library API" and the
 * CHANGELOG together.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const ERRORS = [
  'BrowserError',
  'BrowserGoneError',
  'BrowserNotFoundError',
  'BrowserStartError',
  'ConfigError',
  'EmptyInputError',
  'FrontMatterError',
  'InputEncodingError',
  'InputNotFileError',
  'InputNotFoundError',
  'InputTooLargeError',
  'InterruptedError',
  'LimitExceededError',
  'NoInitiativesError',
  'OutputLockedError',
  'OutputWriteError',
  'PortUnavailableError',
  'RenderTimeoutError',
  'RendererCrashError',
  'RoadmapError',
  'TemplateError',
  'UsageError',
];

describe('the public API', () => {
  it('exports build, watch, lint, parse, render, the config and the errors, and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        ...ERRORS,
        'build',
        'buildFromGit',
        'gitHistory',
        'defineConfig',
        'lintFile',
        'loadConfig',
        'loadTemplates',
        'parseRoadmap',
        'readSource',
        'renderDeck',
        'resolveSettings',
        'startWatch',
        'validateConfig',
      ].sort(),
    );
  });

  it('exports errors that are all RoadmapErrors', () => {
    for (const [name, value] of Object.entries(api).filter(([name]) => name.endsWith('Error'))) {
      expect(
        value === api.RoadmapError || (typeof value === 'function' && value.prototype instanceof api.RoadmapError),
        name,
      ).toBe(true);
    }
  });
});
