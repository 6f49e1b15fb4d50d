/**
 * The names of the repository a page lives in, read from files only (no git
 * binary): package.json, the git config of a clone or of a worktree, the folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitHubRepository, gitHubRepositoryOf, repositoryNameOf, repositoryNames } from '../../src/load/repository.js';

const base = mkdtempSync(join(tmpdir(), 'roadmap-deck-repo-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function tree(files: Record<string, string>, dirs: string[] = []): string {
  const root = mkdtempSync(join(base, 'case-'));
  for (const dir of dirs) mkdirSync(join(root, dir), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('repositoryNameOf', () => {
  const cases: [string, string][] = [
    ['https://github.com/acme/widgets.git', 'widgets'],
    ['git@github.com:acme/widgets.git', 'widgets'],
    ['ssh://git@gitlab.example.com:2222/group/sub/widgets', 'widgets'],
    ['https://github.com/acme/widgets/', 'widgets'],
    ['/srv/git/widgets.git', 'widgets'],
  ];
  it.each(cases)('%s → %s', (url, name) => expect(repositoryNameOf(url)).toBe(name));
});

describe('gitHubRepositoryOf', () => {
  const cases: [string, string | undefined][] = [
    ['https://github.com/acme/widgets.git', 'acme/widgets'],
    ['git@github.com:acme/widgets.git', 'acme/widgets'],
    ['ssh://git@github.com/acme/widgets', 'acme/widgets'],
    ['https://github.com/acme/widgets.js/', 'acme/widgets.js'],
    ['https://gitlab.com/acme/widgets.git', undefined],
    ['https://github.com.evil.org/acme/widgets', undefined],
    ['/srv/git/widgets.git', undefined],
  ];
  it.each(cases)('%s → %s', (url, repository) => expect(gitHubRepositoryOf(url)).toBe(repository));

  it("reads the clone's origin remote, and nothing outside a clone", async () => {
    const root = tree({
      '.git/config': '[remote "origin"]\n\turl = git@github.com:acme/tessellate.git\n',
      'docs/roadmap.md': '# Roadmap\n',
      'elsewhere/roadmap.md': '# Roadmap\n',
    });
    expect(await gitHubRepository(join(root, 'docs', 'roadmap.md'))).toBe('acme/tessellate');
    const outside = tree({ 'roadmap.md': '# Roadmap\n' });
    expect(await gitHubRepository(join(outside, 'roadmap.md'))).toBeUndefined();
  });
});

describe('repositoryNames', () => {
  it('reads the package name and scope, the origin remote and the folder of a clone', async () => {
    const root = tree({
      'package.json': JSON.stringify({ name: '@acme/tessellate-docs' }),
      '.git/config':
        '[core]\n\tbare = false\n[remote "upstream"]\n\turl = https://github.com/other/fork.git\n[remote "origin"]\n\turl = git@github.com:acme/tessellate.git\n',
      'docs/roadmap.md': '# Roadmap\n',
    });
    const names = await repositoryNames(join(root, 'docs', 'roadmap.md'));
    expect(names.slice(0, 3)).toEqual(['tessellate-docs', 'acme', 'tessellate']);
    expect(names).toContain(root.split('/').pop());
  });

  it("follows a worktree's .git file to the shared config", async () => {
    const root = tree({
      'main/.git/config': '[remote "origin"]\n\turl = https://example.org/acme/mosaic.git\n',
      'main/.git/worktrees/feature/commondir': '../..\n',
      'feature/ROADMAP.md': '# Roadmap\n',
    });
    writeFileSync(join(root, 'feature', '.git'), `gitdir: ${join(root, 'main', '.git', 'worktrees', 'feature')}\n`);
    expect(await repositoryNames(join(root, 'feature', 'ROADMAP.md'))).toEqual(['mosaic', 'feature']);
  });

  it('leaves out folder names that only say where files are kept', async () => {
    const root = tree({ 'docs/.git/HEAD': 'ref: refs/heads/main\n', 'docs/roadmap.md': '# Roadmap\n' });
    expect(await repositoryNames(join(root, 'docs', 'roadmap.md'))).toEqual([]);
  });

  it('is empty outside any repository, and never throws', async () => {
    const root = tree({ 'notes/roadmap.md': '# Roadmap\n', 'package.json': '{ not json' });
    expect(await repositoryNames(join(root, 'notes', 'roadmap.md'))).toEqual([]);
    expect(await repositoryNames(join(root, 'missing', 'roadmap.md'))).toEqual([]);
  });
});

describe('files beside the pages are read bounded', () => {
  const page = (root: string) => join(root, 'docs', 'roadmap.md');

  it('a package.json that is a link to /dev/zero is no hint, and costs nothing', { timeout: 10_000 }, async () => {
    const root = tree({ 'docs/roadmap.md': '# Roadmap\n' });
    symlinkSync('/dev/zero', join(root, 'docs', 'package.json'));
    expect(await repositoryNames(page(root))).not.toContain('zero');
  });

  it('nor one that is a FIFO (it would block for ever)', { timeout: 10_000 }, async () => {
    const root = tree({ 'docs/roadmap.md': '# Roadmap\n' });
    execFileSync('mkfifo', [join(root, 'docs', 'package.json')]);
    expect(Array.isArray(await repositoryNames(page(root)))).toBe(true);
  });

  it('nor one over 64 KiB', async () => {
    const root = tree({
      'docs/roadmap.md': '# Roadmap\n',
      'docs/package.json': JSON.stringify({ name: 'padded-name', description: 'x'.repeat(70_000) }),
    });
    expect(await repositoryNames(page(root))).not.toContain('padded-name');
  });

  it('nor a link to a package.json outside the folder; one inside it is read', async () => {
    const outside = tree({ 'package.json': JSON.stringify({ name: 'someone-else' }) });
    const root = tree({ 'docs/roadmap.md': '# Roadmap\n', 'docs/real.json': JSON.stringify({ name: 'tessellate' }) });
    symlinkSync(join(outside, 'package.json'), join(root, 'docs', 'package.json'));
    expect(await repositoryNames(page(root))).not.toContain('someone-else');
    const inside = tree({ 'docs/roadmap.md': '# Roadmap\n', 'docs/real.json': JSON.stringify({ name: 'tessellate' }) });
    symlinkSync(join(inside, 'docs', 'real.json'), join(inside, 'docs', 'package.json'));
    expect(await repositoryNames(page(inside))).toContain('tessellate');
  });

  it('a .git file that is a link to /dev/zero is no pointer', { timeout: 10_000 }, async () => {
    const root = tree({
      'docs/roadmap.md': '# Roadmap\n',
      'docs/package.json': JSON.stringify({ name: 'tessellate' }),
    });
    symlinkSync('/dev/zero', join(root, 'docs', '.git'));
    expect(await repositoryNames(page(root))).toContain('tessellate');
  });
});
