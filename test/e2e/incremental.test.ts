/**
 * Incremental builds: editions whose inputs did not change are kept as they
 * are; a changed edition is rebuilt with the one compared against it; a
 * template change rebuilds everything; --no-diff drops the comparison.
 */
import { cp, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { BUILTIN_TEMPLATES } from '../../src/render/templates.js';
import { SEED_2022, SEED_2024, tempDir } from '../helpers/paths.js';

let session: BrowserSession;
let dir: string;
const config = (extra = {}) => ({ config: { project: 'Backstage', ...extra }, baseDir: dir });
const files = () => [join(dir, 'roadmaps', 'backstage-2022-q3.md'), join(dir, 'roadmaps', 'backstage-2024-fall.md')];
const mtime = async (stem: string) => (await stat(join(dir, 'out', stem, 'index.html'))).mtimeMs;

beforeAll(async () => {
  session = await launchBrowser();
  dir = await tempDir();
  await mkdir(join(dir, 'roadmaps'));
  await cp(SEED_2022, join(dir, 'roadmaps', 'backstage-2022-q3.md'));
  await cp(SEED_2024, join(dir, 'roadmaps', 'backstage-2024-fall.md'));
});
afterAll(async () => {
  await session?.close();
});

describe('incremental builds', () => {
  it('keeps unchanged editions and rebuilds only what a change touches', async () => {
    const first = await build({
      files: files(),
      outDir: join(dir, 'out'),
      formats: ['md', 'html'],
      browser: session,
      config: config(),
    });
    expect(first.editions.map((e) => e.skipped)).toEqual([false, false]);
    const before22 = await mtime('backstage-2022-q3');

    const again = await build({
      files: files(),
      outDir: join(dir, 'out'),
      formats: ['md', 'html'],
      browser: session,
      config: config(),
    });
    expect(again.editions.map((e) => e.skipped)).toEqual([true, true]);
    expect(await mtime('backstage-2022-q3')).toBe(before22);

    // Editing the later edition rebuilds it alone.
    const file24 = join(dir, 'roadmaps', 'backstage-2024-fall.md');
    await writeFile(
      file24,
      (await readFile(file24, 'utf8')).replace('### Catalog Observability', '### Catalog Observability and Tracing'),
    );
    const edited = await build({
      files: files(),
      outDir: join(dir, 'out'),
      formats: ['md', 'html'],
      browser: session,
      config: config(),
    });
    expect(edited.editions.map((e) => [e.stem, e.skipped])).toEqual([
      ['backstage-2022-q3', true],
      ['backstage-2024-fall', false],
    ]);
    expect(await readFile(join(dir, 'out', 'backstage-2024-fall', 'index.html'), 'utf8')).toContain(
      'Catalog Observability and Tracing',
    );

    // Editing the earlier edition also rebuilds the later one, which is compared with it.
    const file22 = join(dir, 'roadmaps', 'backstage-2022-q3.md');
    await writeFile(
      file22,
      (await readFile(file22, 'utf8')).replace('### More SIGs', '### More Special Interest Groups'),
    );
    const both = await build({
      files: files(),
      outDir: join(dir, 'out'),
      formats: ['md', 'html'],
      browser: session,
      config: config(),
    });
    expect(both.editions.map((e) => e.skipped)).toEqual([false, false]);

    // A template change rebuilds everything.
    await mkdir(join(dir, 'tpl', 'partials'), { recursive: true });
    await writeFile(
      join(dir, 'tpl', 'partials', 'closing.hbs'),
      `${await readFile(join(BUILTIN_TEMPLATES, 'partials', 'closing.hbs'), 'utf8')}\nSee you next time.\n`,
    );
    const templated = await build({
      files: files(),
      outDir: join(dir, 'out'),
      formats: ['md', 'html'],
      browser: session,
      config: config({ templates: 'tpl' }),
    });
    expect(templated.editions.map((e) => e.skipped)).toEqual([false, false]);
    expect(await readFile(join(dir, 'out', 'backstage-2022-q3', 'backstage-2022-q3.md'), 'utf8')).toContain(
      'See you next time.',
    );
  });

  it('leaves out the comparison with --no-diff', async () => {
    const out = join(dir, 'out-nodiff');
    const result = await build({
      files: files(),
      outDir: out,
      formats: ['md'],
      browser: session,
      config: config(),
      diff: false,
    });
    expect(result.editions.every((e) => !e.diff)).toBe(true);
    const md = await readFile(join(out, 'backstage-2024-fall', 'backstage-2024-fall.md'), 'utf8');
    expect(md).not.toContain('What changed since');
    expect(md).not.toContain('badge change-');
  });

  it('compares a lone edition with the earlier one beside it', async () => {
    const out = join(dir, 'out-single');
    const result = await build({
      files: [files()[1]!],
      outDir: out,
      formats: ['md'],
      browser: session,
      config: config(),
    });
    expect(result.editions[0]!.diff?.previous.stem).toBe('backstage-2022-q3');
  });
});
