/**
 * What grouping needs of each page version (label, title, project, and the
 * initiative titles of a page naming no edition), kept by git blob id in the
 * output folder: a rebuild after one new commit parses only the pages it has
 * not seen, not the whole history again. Entries are valid only for the same
 * parse options and tool version.
 */
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFilesAtomically } from '../export/write.js';
import { contentHash } from '../hash.js';
import { VERSION } from '../version.js';

export type VersionSummary =
  | { label: string; title: string; project?: string; rolling?: boolean; initiatives?: string[] }
  | { error: string };

export interface VersionCache {
  get(blob: string): VersionSummary | undefined;
  set(blob: string, summary: VersionSummary): void;
  /** Writes the entries of `keep` (the blobs still in the history), if anything changed. */
  save(keep: string[]): Promise<void>;
}

/** A cache in `file` (none when `file` is undefined: every page is parsed). */
export async function openVersionCache(file: string | undefined, options: unknown): Promise<VersionCache> {
  const key = contentHash([VERSION, options]);
  let entries: Record<string, VersionSummary> = {};
  if (file) {
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as { key?: string; blobs?: Record<string, VersionSummary> };
      if (data.key === key && data.blobs && typeof data.blobs === 'object') entries = data.blobs;
    } catch {
      // No cache yet, or not one we can use: every page is parsed.
    }
  }
  let changed = false;
  return {
    get: (blob) => (Object.hasOwn(entries, blob) ? entries[blob] : undefined),
    set(blob, summary) {
      entries[blob] = summary;
      changed = true;
    },
    async save(keep) {
      if (!file || !changed) return;
      const blobs = Object.fromEntries(keep.filter((b) => Object.hasOwn(entries, b)).map((b) => [b, entries[b]]));
      await writeFilesAtomically(dirname(file), [{ path: file, data: `${JSON.stringify({ key, blobs })}\n` }]);
    },
  };
}
