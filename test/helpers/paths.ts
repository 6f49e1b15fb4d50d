import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ROADMAPS = join(ROOT, 'roadmaps');
export const SEED_2022 = join(ROADMAPS, 'backstage-2022-q3.md');
export const SEED_2024 = join(ROADMAPS, 'backstage-2024-fall.md');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
/** Real roadmap pages from 18 projects (see corpus/SOURCES.md for origin and licence). */
export const CORPUS = join(FIXTURES, 'corpus');
export const BACKSTAGE_URL = 'https://backstage.io/docs/overview/roadmap';

export function tempDir(prefix = 'roadmap-deck-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}
