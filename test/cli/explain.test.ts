/**
 * How a page was read, from the command line: `inspect --explain` shows the
 * candidate levels and each decision; `lint` warns about an ambiguous page
 * and names the config for each reading; the config picks one without the
 * page being edited.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { CORPUS, FIXTURES, tempDir } from '../helpers/paths.js';

let dir: string;

beforeAll(async () => {
  dir = await tempDir();
  await copyFile(join(FIXTURES, 'ambiguous', 'acme.md'), join(dir, 'acme.md'));
});

describe('inspect --explain', () => {
  it('prints the candidate levels, the chosen one and why, and each decision with its reason', () => {
    const result = runCli(['inspect', join(CORPUS, 'terminal-roadmap-2023.md'), '--explain']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Candidate heading levels/);
    expect(result.stdout).toMatch(/H2 {2}1\/2 {2}\(fewer than 2 prose headings\)/);
    expect(result.stdout).toMatch(/line 7 +context +Release cadence {2}— its title names how the project works/);
    expect(result.stdout).toMatch(/line 43 +items +Terminal 1\.19 {2}— 6 list items/);
  });

  it('adds the explanation to --json', () => {
    const result = runCli(['inspect', join(dir, 'acme.md'), '--json', '--explain']);
    const { edition, explanation } = JSON.parse(result.stdout) as {
      edition: { title: string };
      explanation: { levels: unknown[]; ambiguities: unknown[] };
    };
    expect(edition.title).toBe('Acme Roadmap');
    expect(explanation.levels).toHaveLength(2);
    expect(explanation.ambiguities).toHaveLength(1);
  });
});

describe('an ambiguous page', () => {
  it('gets an ambiguous-structure warning from lint, with the config line for each reading', () => {
    const result = runCli(['lint', 'acme.md'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /acme\.md:\d+:1 {2}warning {2}initiatives could be the H2 headings .* "initiatives": \{ "at": "h3" \} {2}\(ambiguous-structure\)/,
    );
  });

  it('is read as its config says, with no warning, the page unchanged', async () => {
    await writeFile(
      join(dir, 'roadmap-deck.config.json'),
      JSON.stringify({ editions: { acme: { initiatives: { at: 'h3' } } } }),
    );
    const lint = runCli(['lint', 'acme.md'], { cwd: dir });
    expect(lint.stdout).not.toMatch(/ambiguous-structure/);
    const inspect = runCli(['inspect', 'acme.md', '--explain'], { cwd: dir });
    expect(inspect.stdout).toMatch(/• Ranking[\s\S]*• Filters[\s\S]*• Conflict resolution/);
    expect(inspect.stdout).toMatch(/Initiatives: the config says initiatives are H3 headings/);
  });

  it('rejects a config value the schema does not allow, naming the file and line', async () => {
    await writeFile(join(dir, 'roadmap-deck.config.json'), '{\n  "initiatives": { "at": "h9" }\n}\n');
    const result = runCli(['lint', 'acme.md'], { cwd: dir });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/roadmap-deck\.config\.json:\d+: config key "initiatives\.at" must be one of/);
  });
});
