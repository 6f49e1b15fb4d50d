/**
 * Outputs stay inside --out whatever a page is called, and pages at the
 * documented nesting limit build.
 */
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { LimitExceededError } from '../../src/errors.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { MAX_NESTING } from '../../src/parse/guard.js';
import { tempDir } from '../helpers/paths.js';

const PAGE = '# Roadmap\n\n## Now\n\n- **First:** one\n- **Second:** two\n';
let session: BrowserSession;

beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
});

describe('page names', () => {
  it('a page named "...md" writes into --out, never its parent', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'site', 'out'), { recursive: true });
    await writeFile(join(dir, 'site', 'index.html'), 'the site, not ours');
    await writeFile(join(dir, '...md'), PAGE);
    const result = await build({
      files: [join(dir, '...md')],
      outDir: join(dir, 'site', 'out'),
      browser: session,
      formats: ['md', 'html'],
      diff: false,
    });
    expect(result.failures).toEqual([]);
    expect(await readFile(join(dir, 'site', 'index.html'), 'utf8')).toBe('the site, not ours');
    expect((await readdir(join(dir, 'site', 'out'))).sort()).toEqual(
      ['.roadmap-deck-cache.json', 'edition', 'index.html'].sort(),
    );
    expect(result.editions[0]!.files.every((f) => f.startsWith(join(dir, 'site', 'out', 'edition')))).toBe(true);
  });
});

describe('pages that would share an output folder', () => {
  it('names that clean to one folder are each refused, naming the others; the other editions build', async () => {
    const dir = await tempDir();
    const pages = join(dir, 'roadmaps');
    await mkdir(pages);
    const clashing = ['ok.md', 'ok\u3000.md', 'ok .md', 'o\u0001k.md', 'OK.md'];
    for (const name of clashing)
      await writeFile(join(pages, name), PAGE.replace('# Roadmap', `# Roadmap ${JSON.stringify(name)}`));
    await writeFile(join(pages, 'other.md'), PAGE);
    await writeFile(join(pages, '.ok.md'), PAGE.replace('# Roadmap', '# Hidden'));
    const outDir = join(dir, 'out');
    const result = await build({
      files: [join(pages, '*.md')],
      outDir,
      browser: session,
      formats: ['md', 'html'],
      diff: false,
    });
    expect(result.ok).toBe(false);
    expect(result.editions.map((e) => e.stem)).toEqual(['other']);
    expect(result.failures.map((f) => f.error.code)).toEqual(clashing.map(() => 'E_NAME_CLASH'));
    const failed = new Map(result.failures.map((f) => [f.file, f.error.message]));
    for (const name of clashing) {
      const message = failed.get(join(pages, name))!;
      expect(message).toMatch(/^would build into the same output folder "(ok|OK)" as /);
      for (const other of clashing.filter((n) => n !== name))
        expect(message).toContain(JSON.stringify(join(pages, other)));
    }
    expect((await readdir(outDir)).sort()).toEqual(['.roadmap-deck-cache.json', 'index.html', 'other']);
  });

  it('a page named index.html.md is refused: the index page stays a file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'index.html.md'), PAGE);
    await writeFile(join(dir, 'real.md'), PAGE);
    const outDir = join(dir, 'out');
    const result = await build({
      files: [join(dir, 'index.html.md'), join(dir, 'real.md')],
      outDir,
      browser: session,
      formats: ['md', 'html'],
      diff: false,
    });
    expect(result.failures.map((f) => [f.error.code, f.error.message])).toEqual([
      ['E_NAME_CLASH', 'would build into "index.html", a name the output folder keeps for itself; rename the page'],
    ]);
    expect(result.editions.map((e) => e.stem)).toEqual(['real']);
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toContain('real/index.html');
  });
});

describe('nesting', () => {
  const nested = (levels: number) =>
    `# Deep\n\n## Now\n\n### One\n\n${Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n')}\n\n### Two\n\nText.\n`;

  it(`a list ${MAX_NESTING} levels deep builds, every slide in place`, async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'deep.md'), nested(MAX_NESTING));
    const result = await build({
      files: [join(dir, 'deep.md')],
      outDir: join(dir, 'out'),
      browser: session,
      formats: ['md', 'html'],
      diff: false,
    });
    expect(result.failures).toEqual([]);
    const html = await readFile(join(dir, 'out', 'deep', 'index.html'), 'utf8');
    expect(html).toContain(`level ${MAX_NESTING}`);
    expect(html.match(/<section\b/g)).toHaveLength(result.editions[0]!.slides);
  });

  it(`a list ${MAX_NESTING + 1} levels deep is refused at its line`, async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'deeper.md'), nested(MAX_NESTING + 1));
    const result = await build({
      files: [join(dir, 'deeper.md')],
      outDir: join(dir, 'out'),
      browser: session,
      formats: ['md'],
      diff: false,
    });
    expect(result.failures[0]!.error).toBeInstanceOf(LimitExceededError);
    expect(result.failures[0]!.error.line).toBeGreaterThan(1);
  });
});
