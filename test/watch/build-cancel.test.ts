/**
 * A build stopped by its signal (watch: a newer save came): the edition being
 * rendered stops, nothing more is written, it is no failure, and the next
 * build makes what the stopped one did not.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { tempDir } from '../helpers/paths.js';

const PAGE =
  '# Tiny Roadmap\n\n## Now\n\n- **Faster builds:** make the build quicker\n- **Better docs:** explain the config\n';

let session: BrowserSession;
let dir: string;
beforeAll(async () => {
  session = await launchBrowser();
  dir = await tempDir();
  await mkdir(join(dir, 'roadmaps'));
  await writeFile(join(dir, 'roadmaps', 'tiny.md'), PAGE);
});
afterAll(async () => {
  await session?.close();
});

const options = () => ({
  cwd: dir,
  files: [join(dir, 'roadmaps', 'tiny.md')],
  outDir: join(dir, 'out'),
  browser: session,
  config: { config: {}, baseDir: dir },
});

describe('a build stopped by its signal', () => {
  it('stops while printing, writes nothing and reports no failure; the next build writes it all', async () => {
    const controller = new AbortController();
    const stopped = await build({
      ...options(),
      formats: ['md', 'html', 'pdf', 'handout'],
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'edition-stage' && event.stage === 'printing PDF') controller.abort();
      },
    });
    expect(stopped.cancelled).toBe(true);
    expect(stopped.failures).toEqual([]);
    expect(stopped.editions).toEqual([]);
    // Only the build's own record of what it made (nothing) is there.
    expect((await readdir(join(dir, 'out'), { recursive: true })).filter((name) => !name.startsWith('.'))).toEqual([]);

    const again = await build({ ...options(), formats: ['md', 'html', 'pdf', 'handout'] });
    expect(again.cancelled).toBeUndefined();
    expect(again.editions.map((e) => e.skipped)).toEqual([false]);
    const names = (await readdir(join(dir, 'out', 'tiny'))).sort();
    expect(names).toEqual(['deck.json', 'index.html', 'preview.png', 'tiny-handout.pdf', 'tiny.md', 'tiny.pdf']);
  });

  it('aborted before it starts, does no work', async () => {
    const stopped = await build({
      ...options(),
      outDir: join(dir, 'out2'),
      formats: ['md', 'html'],
      signal: AbortSignal.abort(),
    });
    expect(stopped).toMatchObject({ cancelled: true, editions: [], failures: [] });
    expect(await readdir(join(dir, 'out2'))).toEqual([]);
  });
});
