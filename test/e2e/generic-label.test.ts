/**
 * A page named only "ROADMAP.md" gets the label "ROADMAP" from its file name. That says nothing
 * to a reader: the PDF's properties, the handout's header and the slides go without it.
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/paths.js';

let dir: string;

beforeAll(async () => {
  dir = await tempDir();
  await writeFile(
    join(dir, 'ROADMAP.md'),
    '# Acme Roadmap\n\n## Faster builds\n\nCache the dependency graph.\n\n## Plugin API\n\nA stable API for plugins.\n',
  );
  const result = runCli(['build', 'ROADMAP.md', '--out', 'out', '--format', 'pdf,handout', '--no-qr'], { cwd: dir });
  expect(result.code, result.stderr).toBe(0);
}, 120_000);

describe('a label that is only the file name', () => {
  it('is not in the PDF title, subject or keywords', () => {
    const info = execFileSync('pdfinfo', [join(dir, 'out', 'ROADMAP', 'ROADMAP.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+Acme Roadmap$/m);
    expect(info).toMatch(/^Subject:\s+Acme Roadmap: 2 initiatives$/m);
    expect(info).not.toMatch(/^Keywords:.*ROADMAP/m);
  });

  it('is not on the slides nor in the handout header', async () => {
    const slides = await readPdf(join(dir, 'out', 'ROADMAP', 'ROADMAP.pdf'));
    const handout = await readPdf(join(dir, 'out', 'ROADMAP', 'ROADMAP-handout.pdf'));
    for (const page of [...slides.pages, ...handout.pages]) expect(page.text).not.toContain('ROADMAP');
    expect(handout.pages[0]!.text).toContain('Acme Roadmap');
  });
});
