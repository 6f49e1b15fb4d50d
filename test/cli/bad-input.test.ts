/**
 * Bad input: a one-line error naming the file (and line), exit code 1, and
 * nothing else harmed — good editions still build, and the earlier outputs
 * of a failed edition stay as they were.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';

let dir: string;

const GOOD = '# Roadmap 2025\n\n## Now\n\n- **First:** the first thing\n- **Second:** the second thing\n';

const BAD: Record<string, { content?: string | Uint8Array; pattern: RegExp }> = {
  'bad-yaml.md': {
    content: '---\ntitle: Ok\nauthor: a: b\n---\n\n# R\n\n- a\n',
    pattern: /^bad-yaml\.md:3:\d+: invalid YAML in front matter: .+$/,
  },
  'unclosed.md': {
    content: '---\ntitle: x\n\n# R\n\n- a\n',
    pattern: /^unclosed\.md:1:1: front matter opened on line 1 is never closed/,
  },
  'empty.md': { content: '', pattern: /^empty\.md: file is empty$/ },
  'binary.md': {
    content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    pattern: /^binary\.md:\d+: binary file/,
  },
  'latin1.md': {
    content: new Uint8Array([...Buffer.from('# Roadmap\n\n- caf'), 0xe9, ...Buffer.from(' item\n')]),
    pattern: /^latin1\.md:3: not valid UTF-8 text/,
  },
  'no-initiatives.md': {
    content: '# Roadmap\n\nJust prose.\n\nMore prose.\n',
    pattern: /^no-initiatives\.md:1: no initiatives found/,
  },
  'missing.md': { pattern: /^missing\.md: no such file$/ },
  'a-directory.md': { pattern: /^a-directory\.md: is a directory, not a roadmap file$/ },
};

beforeAll(async () => {
  dir = await tempDir();
  await writeFile(join(dir, 'good.md'), GOOD);
  for (const [name, { content }] of Object.entries(BAD)) {
    if (content !== undefined) await writeFile(join(dir, name), content);
  }
  await mkdir(join(dir, 'a-directory.md'));
});

describe('bad input', () => {
  for (const [name, { pattern }] of Object.entries(BAD)) {
    it(`${name}: one clear line and exit code 1`, () => {
      const result = runCli(['build', name, '--out', 'out', '--format', 'md'], { cwd: dir });
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]!.replace(/^✗ /, '')).toMatch(pattern);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('builds the good edition among bad ones, reports each bad one, exits 1', async () => {
    const result = runCli(['build', 'good.md', ...Object.keys(BAD), '--out', 'out-mixed', '--format', 'md,html'], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(Object.keys(BAD).length);
    expect(result.stdout).toMatch(/1 edition built/);
    await expect(readFile(join(dir, 'out-mixed', 'good', 'index.html'), 'utf8')).resolves.toContain('First');
  });

  it('leaves the earlier outputs of an edition that now fails exactly as they were', async () => {
    await writeFile(join(dir, 'edition.md'), GOOD);
    expect(runCli(['build', 'edition.md', '--out', 'out-kept', '--format', 'md,html'], { cwd: dir }).code).toBe(0);
    const before = await readFile(join(dir, 'out-kept', 'edition', 'index.html'));
    const beforeMd = await readFile(join(dir, 'out-kept', 'edition', 'edition.md'));
    await writeFile(join(dir, 'edition.md'), '---\ntitle: [broken\n---\n# R\n');
    const result = runCli(['build', 'edition.md', '--out', 'out-kept', '--format', 'md,html'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(await readFile(join(dir, 'out-kept', 'edition', 'index.html'))).toEqual(before);
    expect(await readFile(join(dir, 'out-kept', 'edition', 'edition.md'))).toEqual(beforeMd);
  });
});
