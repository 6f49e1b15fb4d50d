/**
 * Incremental builds: an edition whose inputs did not change (its page, the
 * edition it is compared with, templates, theme, config, formats, tool
 * version) and whose outputs are all still there is not built again. The
 * keys live in a small JSON file in the output folder.
 */
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../model/types.js';
import { contentHash } from '../hash.js';
import { writeFilesAtomically } from '../export/write.js';

export const CACHE_NAME = '.roadmap-deck-cache.json';

interface CacheEntry {
  key: string;
  /** Hash of the roadmap file alone: a quick first look before anything is parsed. */
  sourceHash?: string;
  slides: number;
  files: string[];
  warnings: Diagnostic[];
}

/** Entries keyed by `<stem>|<formats>`: building other formats of an edition does not forget these. */
export type BuildCache = Record<string, CacheEntry>;

export async function readCache(outDir: string): Promise<BuildCache> {
  try {
    const data = JSON.parse(await readFile(join(outDir, CACHE_NAME), 'utf8')) as {
      version?: number;
      editions?: BuildCache;
    };
    return data.version === 2 && data.editions ? data.editions : {};
  } catch {
    return {};
  }
}

export async function writeCache(outDir: string, cache: BuildCache): Promise<void> {
  await writeFilesAtomically(outDir, [
    { path: join(outDir, CACHE_NAME), data: `${JSON.stringify({ version: 2, editions: cache }, null, 1)}\n` },
  ]);
}

export function cacheKey(parts: unknown[]): string {
  return contentHash(parts);
}

/** True when the cache entry matches and every output it lists still exists. */
export async function isFresh(entry: CacheEntry | undefined, key: string): Promise<boolean> {
  if (!entry || entry.key !== key) return false;
  try {
    await Promise.all(entry.files.map((file) => access(file)));
    return true;
  } catch {
    return false;
  }
}
