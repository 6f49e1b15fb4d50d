/**
 * `output/index.html`: every edition in the output folder, newest first.
 * Built from each edition's `deck.json` manifest, so editions built at other
 * times are listed too; the files are looked at as they are now (which are
 * there, how large). The markup is `html/index-html.ts`.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  indexHtml,
  type ChangeCounts,
  type EditionSummary,
  type IndexEntry,
  type IndexSite,
} from './html/index-html.js';
import { writeFilesAtomically } from './write.js';

export type { ChangeCounts, IndexSite };

export interface DeckManifest extends EditionSummary {
  files: { format: string; name: string }[];
  /** Hash of everything the outputs were made from (for incremental builds). */
  inputHash?: string;
}

export const MANIFEST = 'deck.json';

export async function readManifests(outDir: string): Promise<DeckManifest[]> {
  let dirs: string[] = [];
  try {
    dirs = (await readdir(outDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch {
    return [];
  }
  const manifests: DeckManifest[] = [];
  for (const dir of dirs.sort()) {
    try {
      manifests.push(JSON.parse(await readFile(join(outDir, dir, MANIFEST), 'utf8')) as DeckManifest);
    } catch {
      // A folder without a manifest is not a deck.
    }
  }
  return manifests.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.stem.localeCompare(b.stem));
}

/** The outputs an edition folder holds now (whichever builds made them), with their sizes. */
async function presentOutputs(outDir: string, stem: string): Promise<IndexEntry['files']> {
  const names: [string, string][] = [
    ['html', 'index.html'],
    ['pdf', `${stem}.pdf`],
    ['handout', `${stem}-handout.pdf`],
  ];
  const present: IndexEntry['files'] = [];
  for (const [format, name] of names) {
    try {
      present.push({ format, name, bytes: (await stat(join(outDir, stem, name))).size });
    } catch {
      // not built
    }
  }
  return present;
}

/** The preview picture, embedded: the page works from file:// and its CSP allows images only from data: URLs. */
async function previewOf(outDir: string, stem: string): Promise<string | undefined> {
  try {
    return `data:image/png;base64,${(await readFile(join(outDir, stem, 'preview.png'))).toString('base64')}`;
  } catch {
    return undefined;
  }
}

export async function writeIndexPage(file: string, outDir: string, site: IndexSite = {}): Promise<void> {
  const manifests = await readManifests(outDir);
  const entries = await Promise.all(
    manifests.map(
      async (m): Promise<IndexEntry> => ({
        ...m,
        files: await presentOutputs(outDir, m.stem),
        preview: await previewOf(outDir, m.stem),
      }),
    ),
  );
  await writeFilesAtomically(outDir, [{ path: file, data: indexHtml(entries, site) }]);
}
