/**
 * The same input gives the same outputs: the index page and its preview
 * pictures are byte-identical from one build to the next (they once differed
 * by a shade in 1 build of 6, from Chromium's scaled screenshots).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { SEED_2022, SEED_2024, tempDir } from '../helpers/paths.js';

let session: BrowserSession;
beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
});

describe('reproducible outputs', () => {
  it('writes the same preview pictures and index page in every build', async () => {
    const outDir = await tempDir();
    const files = ['backstage-2022-q3/preview.png', 'backstage-2024-fall/preview.png', 'index.html'];
    const builds: Buffer[][] = [];
    for (let i = 0; i < 5; i++) {
      const result = await build({
        files: [SEED_2022, SEED_2024],
        outDir,
        browser: session,
        formats: ['html'],
        force: true,
      });
      expect(result.failures).toEqual([]);
      builds.push(await Promise.all(files.map((f) => readFile(join(outDir, f)))));
    }
    for (const later of builds.slice(1)) {
      for (const [i, bytes] of later.entries()) expect(bytes.equals(builds[0]![i]!), files[i]).toBe(true);
    }
  }, 120_000);
});
