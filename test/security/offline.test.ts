/**
 * Offline and deterministic: requests from a page are blocked and named,
 * local images are inlined (missing ones warned about), and two builds give
 * the same bytes (PDF dates follow SOURCE_DATE_EPOCH).
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { BUILTIN_TEMPLATES } from '../../src/render/templates.js';
import { ROOT, SEED_2024, tempDir } from '../helpers/paths.js';

let session: BrowserSession;
beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
});

describe('offline', () => {
  it('blocks and names every request a page makes', async () => {
    const dir = await tempDir();
    // A custom template that reaches for the network (content cannot: it is escaped).
    await mkdir(join(dir, 'templates', 'partials'), { recursive: true });
    const closing = await readFile(join(BUILTIN_TEMPLATES, 'partials', 'closing.hbs'), 'utf8');
    await writeFile(
      join(dir, 'templates', 'partials', 'closing.hbs'),
      `${closing}\n![logo](https://cdn.example.org/logo.png)\n`,
    );
    const result = await build({
      files: [SEED_2024],
      outDir: join(dir, 'out'),
      formats: ['html'],
      browser: session,
      config: { config: { templates: 'templates' }, baseDir: dir },
    });
    expect(result.ok).toBe(true);
    expect(result.editions[0]!.blocked).toEqual(['https://cdn.example.org/logo.png']);
    expect(result.editions[0]!.warnings).toContainEqual(
      expect.objectContaining({
        rule: 'network-blocked',
        message: 'blocked 1 network request(s): https://cdn.example.org/logo.png',
      }),
    );
  });

  it('inlines a local image and warns about a missing one', async () => {
    const dir = await tempDir();
    await cp(join(ROOT, 'docs', 'images', 'slide-title.png'), join(dir, 'diagram.png'));
    await writeFile(
      join(dir, 'page.md'),
      '# Roadmap 2025\n\n## Now\n\n### Pictures\n\n![Diagram](./diagram.png)\n\n![Gone](missing.png)\n\n### Other\n\nText.\n',
    );
    const result = await build({
      files: [join(dir, 'page.md')],
      outDir: join(dir, 'out'),
      formats: ['html'],
      browser: session,
    });
    const html = await readFile(join(dir, 'out', 'page', 'index.html'), 'utf8');
    expect(html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/]{100,}/);
    expect(html).not.toContain('diagram.png');
    expect(result.editions[0]!.warnings.map((w) => `${w.rule}: ${w.message}`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^image: image "missing\.png" not found/)]),
    );
  });
});

describe('determinism', () => {
  it('gives byte-identical Markdown, HTML and PDFs for the same input (dates from SOURCE_DATE_EPOCH)', async () => {
    const previous = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    try {
      const a = await tempDir();
      const b = await tempDir();
      await build({ files: [SEED_2024], outDir: a, browser: session });
      await build({ files: [SEED_2024], outDir: b, browser: session });
      for (const name of [
        'backstage-2024-fall.md',
        'index.html',
        'backstage-2024-fall.pdf',
        'backstage-2024-fall-handout.pdf',
      ]) {
        const [x, y] = await Promise.all([
          readFile(join(a, 'backstage-2024-fall', name)),
          readFile(join(b, 'backstage-2024-fall', name)),
        ]);
        expect({ name, same: x.equals(y) }).toEqual({ name, same: true });
      }
      const pdf = (await readFile(join(a, 'backstage-2024-fall', 'backstage-2024-fall.pdf'))).toString('latin1');
      expect(pdf).toContain("/CreationDate (D:20231114221320+00'00')");
    } finally {
      if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = previous;
    }
  });
});
