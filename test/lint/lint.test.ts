/** `lint`: one diagnostic per problem, in compiler form, exit 1 only on errors. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/build/load-editions.js';
import { lintFile } from '../../src/lint/index.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES, SEED_2024, tempDir } from '../helpers/paths.js';

const FILE = join(FIXTURES, 'lint-me.md');

describe('lint rules', () => {
  it('reports each kind of problem at its line', async () => {
    const { diagnostics } = await lintFile(FILE);
    const found = diagnostics.map((d) => `${d.line} ${d.severity} ${d.rule}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '3 warning unknown-front-matter-key',
        '4 warning marp-directive-ignored',
        '11 warning missing-description',
        '17 warning duplicate-title',
        '21 warning initiative-too-long',
        '27 warning unresolved-link',
        '27 warning unsafe-link',
        '29 warning empty-section',
      ]),
    );
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('prints file:line:col  severity  message  (rule) and exits 0 without errors', () => {
    const result = runCli(['lint', FILE]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /lint-me\.md:17:1 {2}warning {2}initiative "Duplicate" has the same title as the one on line 13 {2}\(duplicate-title\)/,
    );
    expect(result.stdout).toMatch(/1 file checked: 0 errors, \d+ warnings/);
  });

  it('exits 1 when a file has an error', () => {
    const result = runCli(['lint', SEED_2024, join(FIXTURES, 'no-such-file.md')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/no-such-file\.md:1:1 {2}error {2}no such file {2}\(not-found\)/);
  });

  it('finds nothing wrong with the 2024 Fall edition', async () => {
    const { diagnostics } = await lintFile(SEED_2024, { baseUrl: 'https://backstage.io/docs/overview/roadmap' });
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('pictures next to the page', () => {
  it('are inlined; a missing one is a warning at its initiative, with its alt text shown', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'img'));
    // A 1×1 PNG.
    await writeFile(
      join(dir, 'img', 'dot.png'),
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const page =
      '# Tool Roadmap\n\n## Now\n\n### Faster startup\n\nText.\n\n![a dot](img/dot.png)\n\n### Plugin API\n\nMore text.\n\n![the plan](img/missing.png)\n';
    await writeFile(join(dir, 'tool.md'), page);
    const loaded = await loadEdition(join(dir, 'tool.md'), {});
    expect(
      loaded.diagnostics.filter((d) => d.rule === 'image').map((d) => [d.line, d.message.replace(dir, 'DIR')]),
    ).toEqual([
      [11, 'image "img/missing.png" not found (looked for DIR/img/missing.png); its alt text is shown instead'],
    ]);
    const [faster, plugin] = loaded.edition.sections[0]!.initiatives;
    expect(JSON.stringify(faster!.body)).toContain('data:image/png;base64,');
    expect(JSON.stringify(plugin!.body)).toContain('the plan');
  });
});
