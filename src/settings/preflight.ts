/**
 * Checks made before any work: which roadmap files there are to work on, and
 * whether the output folder can be one. A mistake found here costs no browser
 * and leaves no output behind, and its message names what was given (the
 * pattern typed, the `--out` value) rather than a default.
 */
import { stat } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { lineInConfig } from '../config.js';
import {
  ConfigError,
  InputNotFileError,
  InputNotFoundError,
  OutputNameClashError,
  OutputWriteError,
  UsageError,
  type RoadmapError,
} from '../errors.js';
import { expandInputs, withOwnOutputFolders } from '../inputs.js';
import type { Settings } from './index.js';

interface FoundInputs {
  files: string[];
  /**
   * Files that may not be read (a link out of its folder) or would share an output folder, and globs
   * that matched nothing, each with its reason.
   */
  refused: { file: string; error: RoadmapError }[];
}

/**
 * The roadmap files the settings name. A glob that matches nothing is refused
 * by its pattern while the other files are built; when nothing is left to
 * work on at all, that is an error, before any work.
 */
export async function findInputs(settings: Settings): Promise<FoundInputs> {
  const { patterns, baseDir, origin } = settings.input;
  const refused: FoundInputs['refused'] = [];
  const unmatched: string[] = [];
  const expanded = await expandInputs(
    patterns,
    baseDir,
    (file, reason) => refused.push({ file, error: new InputNotFileError(reason, { file }) }),
    (pattern) => unmatched.push(pattern),
  ).catch((error: unknown) => {
    // An unsupported pattern in the config is the config's mistake, shown at its line.
    if (origin === 'config' && error instanceof UsageError)
      throw new ConfigError(`config key "input": ${error.message}`, {
        file: settings.config.file,
        line: lineInConfig(settings.config.file, ['input']),
      });
    throw error;
  });
  const files = withOwnOutputFolders(expanded, (file, reason) =>
    refused.push({ file, error: new OutputNameClashError(reason, { file }) }),
  );
  if (files.length || refused.length) {
    for (const pattern of unmatched)
      refused.push({
        file: pattern,
        error: new InputNotFoundError('no roadmap files match this pattern', { file: pattern }),
      });
    return { files, refused };
  }
  const list = unmatched.join(', ');
  if (origin === 'config') {
    const file = settings.config.file;
    throw new InputNotFoundError(`no roadmap files match ${list} (the config's "input")`, {
      file,
      line: lineInConfig(file, ['input']),
    });
  }
  if (origin === 'default')
    throw new InputNotFoundError(`no roadmap files match ${list}; give files to build, or set "input" in the config`);
  throw new InputNotFoundError(`no roadmap files match ${list}`);
}

/**
 * The output folder, or the first of its parents that exists, must be a
 * folder: writing into a file fails, and fails late. Said before any work.
 */
export async function checkOutDir(settings: Settings): Promise<void> {
  for (let path = settings.outDir; ; path = dirname(path)) {
    const found = await stat(path).catch(() => undefined);
    if (found?.isDirectory()) return;
    if (found) {
      const shown = relative(settings.cwd, path) || path;
      const what = path === settings.outDir ? 'is a file, not a folder' : `is inside ${shown}, which is a file`;
      const given = relative(settings.cwd, settings.outDir) || settings.outDir;
      switch (settings.outDirOrigin) {
        case 'command line':
          throw new UsageError(`--out ${given} ${what}`);
        case 'api':
          throw new UsageError(`outDir ${given} ${what}`);
        case 'config': {
          const file = settings.config.file;
          throw new ConfigError(`config key "outDir": ${settings.config.config.outDir} ${what}`, {
            file,
            line: lineInConfig(file, ['outDir']),
          });
        }
        default:
          throw new OutputWriteError(`the output folder ${given} ${what}; choose another with --out`, settings.outDir);
      }
    }
    if (dirname(path) === path) return;
  }
}

/**
 * Author notes are printed under each slide's full text, which only the
 * one-slide-per-page handout has: asking for them with another layout is a
 * mistake, said before any work. (Without the handout format they are simply not printed.)
 */
export function checkHandoutNotes(settings: Settings): void {
  if (!settings.handoutNotes || settings.handoutLayout === 1) return;
  const why = `author notes print above each initiative's full text, which only the one-slide-per-page handout has (the layout is ${settings.handoutLayout})`;
  const config = settings.config.config;
  if (config.handoutNotes === true && config.handoutLayout === settings.handoutLayout) {
    const file = settings.config.file;
    throw new ConfigError(`config key "handoutNotes" needs "handoutLayout": 1: ${why}`, {
      file,
      line: lineInConfig(file, ['handoutNotes']),
    });
  }
  throw new UsageError(`--handout-notes needs --handout-layout 1: ${why}`);
}
