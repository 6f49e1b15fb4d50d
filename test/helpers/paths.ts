import { readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ROADMAPS = join(ROOT, 'roadmaps');
export const SEED_2022 = join(ROADMAPS, 'backstage-2022-q3.md');
export const SEED_2024 = join(ROADMAPS, 'backstage-2024-fall.md');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
/** Real roadmap pages from 28 projects (see corpus/SOURCES.md for origin and licence). */
export const CORPUS = join(FIXTURES, 'corpus');
/**
 * File names of the corpus pages. The folder also holds SOURCES.md, truth/,
 * golden `*.model.json` files and the accuracy baseline, none of them pages.
 */
export function corpusPageNames(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')
    .sort();
}
export const BACKSTAGE_URL = 'https://backstage.io/docs/overview/roadmap';

export function tempDir(prefix = 'roadmap-deck-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}
