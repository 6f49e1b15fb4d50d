/**
 * The first step of a build: read and parse every edition (errors are
 * collected per file), and find the other editions of the same roadmap so
 * that each deck can say what changed since the previous one.
 */
import { dirname, join, resolve } from 'node:path';
import type { RoadmapDeckConfig } from '../config.js';
import { type RoadmapError, toRoadmapError } from '../errors.js';
import { pageLanguage, type PageLanguage } from '../i18n/index.js';
import { loadAuthorNotes } from '../load/author-notes.js';
import { inlineLocalImages } from '../load/images.js';
import { readSource, type RoadmapSource } from '../load/read-source.js';
import { repositoryHints } from '../load/repository.js';
import type { Diagnostic, RoadmapEdition } from '../model/types.js';
import { expandInputs, withOwnOutputFolders } from '../inputs.js';
import { editionLang, editionParseOptions } from '../settings/index.js';
import { parseInThread } from './parse-thread.js';

export interface LoadedEdition {
  file: string;
  source: RoadmapSource;
  edition: RoadmapEdition;
  diagnostics: Diagnostic[];
  /** The language its deck speaks. */
  language: PageLanguage;
}

/**
 * Reads and parses one edition. Pictures are read too, unless the edition is
 * only wanted for comparison with another (`pictures: false`).
 */
interface LoadOptions {
  /** Read the page's pictures (default true); editions loaded only to compare do not. */
  pictures?: boolean;
  /** Read the page's author notes (`<page>.notes.md`; default true); editions loaded only to compare do not. */
  notes?: boolean;
  /** Folders besides each page's own that pictures may come from (absolute paths). */
  assets?: string[];
  /** Longest the page may take to parse (default PARSE_TIMEOUT_MS). */
  parseTimeoutMs?: number;
}

/** A page only read for comparison gets less time: it must not hold up the editions being built. */
const SIBLING_PARSE_TIMEOUT_MS = 2_000;

export async function loadEdition(
  file: string,
  config: RoadmapDeckConfig,
  options: LoadOptions = {},
): Promise<LoadedEdition> {
  const source = await readSource(file);
  const parseOptions = { ...editionParseOptions(config, source.stem), ...(await repositoryHints(file)) };
  const { edition, diagnostics } = await parseInThread(source, options.parseTimeoutMs, parseOptions);
  if (options.pictures !== false) diagnostics.push(...(await inlineLocalImages(edition, { assets: options.assets })));
  if (options.notes !== false) diagnostics.push(...(await loadAuthorNotes(edition, file)));
  const language = pageLanguage({
    config: editionLang(config, source.stem),
    frontMatter: source.frontMatter.data.lang,
    text: source.body,
  });
  return { file, source, edition, diagnostics, language };
}

export async function loadEditions(
  files: string[],
  config: RoadmapDeckConfig,
  onFailure: (file: string, error: RoadmapError) => void,
  onLoaded?: (loaded: LoadedEdition) => void,
  options: LoadOptions = {},
): Promise<LoadedEdition[]> {
  const loaded: LoadedEdition[] = [];
  for (const file of files) {
    try {
      const one = await loadEdition(file, config, options);
      loaded.push(one);
      onLoaded?.(one);
    } catch (error) {
      onFailure(file, toRoadmapError(error, { file }));
    }
  }
  return loaded;
}

/**
 * Other editions beside the ones being built, parsed quietly: building only
 * the newest edition still compares it with the one before. The series is
 * exactly what the glob `<folder>/*.md` would build (inputs.ts): no dotfile,
 * no symbolic link out of the folder, no page whose output folder another
 * page shares. So a page nobody builds cannot add a slide to a deck. Files
 * that do not parse are simply not part of the series.
 */
export async function siblingEditions(
  built: LoadedEdition[],
  config: RoadmapDeckConfig,
  given: string[] = [],
): Promise<LoadedEdition[]> {
  // Files given to the build are never read again here, not even those that failed.
  const seen = new Set([...built.map((b) => b.file), ...given].map((file) => resolve(file)));
  const dirs = new Set(built.map((b) => resolve(dirname(b.file))));
  const siblings: LoadedEdition[] = [];
  for (const dir of dirs) {
    const files = withOwnOutputFolders(await expandInputs([join(dir, '*.md')], dir).catch(() => []), () => undefined);
    for (const file of files) {
      if (seen.has(resolve(file))) continue;
      seen.add(resolve(file));
      try {
        siblings.push(
          await loadEdition(file, config, { pictures: false, notes: false, parseTimeoutMs: SIBLING_PARSE_TIMEOUT_MS }),
        );
      } catch {
        // Not a roadmap edition: not part of the series.
      }
    }
  }
  return siblings;
}
