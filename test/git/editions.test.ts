import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionStems, groupEditions, readEditions, slug } from '../../src/git/editions.js';
import { resolveTarget } from '../../src/git/history.js';
import { createRepo, seed, seedHistory, type SeedRepo } from '../helpers/git-repo.js';

const v = (commit: string, label: string, title = 'Roadmap') => ({
  commit,
  time: '',
  date: '2024-01-01',
  path: 'r.md',
  blob: commit,
  size: 1,
  subject: '',
  label,
  title,
});

describe('grouping commits into editions', () => {
  it('keeps the last commit before the label or title changes', () => {
    const versions = [v('a', 'Q1'), v('b', 'Q1'), v('c', 'Q2'), v('d', 'Q2', 'Plan'), v('e', 'Q2', 'Plan')];
    expect(groupEditions(versions).map((e) => [e.commit, e.commits])).toEqual([
      ['b', 2],
      ['c', 1],
      ['e', 2],
    ]);
  });
  it('keeps every commit when asked to', () => {
    expect(groupEditions([v('a', 'Q1'), v('b', 'Q1')], true).map((e) => e.commit)).toEqual(['a', 'b']);
  });
  it('a page that names no edition starts a new one when most of its initiatives change', () => {
    const r = (commit: string, initiatives: string[]) => ({ ...v(commit, 'roadmap'), rolling: true, initiatives });
    const versions = [
      r('a', ['One', 'Two', 'Three']),
      r('b', ['One', 'Two', 'Three', 'Four']),
      r('c', ['one', 'Two', 'Four', 'Five']),
      r('d', ['Six', 'Seven', 'Four']),
      r('e', ['Six', 'Seven', 'Eight']),
    ];
    // c shares 2 of 5 with a (below half): a rewrite; d shares 1 of 6 with c: another; e shares half with d: an update.
    expect(groupEditions(versions).map((e) => [e.commit, e.commits])).toEqual([
      ['b', 2],
      ['c', 1],
      ['e', 2],
    ]);
    // A page with a label is grouped by its label alone, however much it changes.
    expect(groupEditions(versions.map((x) => ({ ...x, rolling: false }))).map((e) => e.commit)).toEqual(['e']);
  });
  it('a label that comes back is a new edition', () => {
    expect(groupEditions([v('a', 'Q1'), v('b', 'Q2'), v('c', 'Q1')]).map((e) => e.commit)).toEqual(['a', 'b', 'c']);
  });
});

describe('stems from labels', () => {
  it('slugs the project and label once each', () => {
    expect(slug('2024 Fall')).toBe('2024-fall');
    expect(slug('Juli–September 2022 ../../etc')).toBe('juli-september-2022-etc');
    expect(slug('Été 2025')).toBe('ete-2025');
    const stems = editionStems([
      { label: '2024 Fall', project: 'Backstage', date: '2024-05-10', commit: 'a'.repeat(40) },
      { label: 'Backstage 2025', project: 'Backstage', date: '2025-01-01', commit: 'b'.repeat(40) },
      { label: '2024 Fall', project: 'Backstage', date: '2024-11-10', commit: 'c'.repeat(40) },
      { label: '2024 Fall', project: 'Backstage', date: '2024-11-10', commit: 'd'.repeat(40) },
      { label: '🚀', date: '2026-01-02', commit: 'e'.repeat(40) },
      { label: 'index.html', date: '2026-01-03', commit: 'f'.repeat(40) },
    ]);
    expect(stems).toEqual([
      'backstage-2024-fall',
      'backstage-2025',
      'backstage-2024-fall-2024-11-10',
      'backstage-2024-fall-2024-11-10-ddddddd',
      'edition-2026-01-02',
      'index-html',
    ]);
  });
});

describe('editions of a repository', () => {
  let repo: SeedRepo;
  beforeAll(() => {
    repo = seedHistory();
  });
  afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

  it('finds each edition, across typo fixes and a rename, dated by its last commit', async () => {
    const target = await resolveTarget({ path: 'docs/overview/roadmap.md', cwd: repo.dir });
    const editions = await readEditions(target, { config: {} });
    expect(
      editions.map((e) => ({
        stem: e.stem,
        label: e.label,
        date: e.date,
        commit: e.commit,
        path: e.path,
        n: e.commits,
      })),
    ).toEqual([
      {
        stem: 'backstage-july-september-2022',
        label: expect.stringMatching(/July.September 2022/),
        date: '2022-09-01',
        commit: repo.commits['rename docs/roadmap.md to docs/overview/roadmap.md'],
        path: 'docs/overview/roadmap.md',
        n: 4,
      },
      {
        stem: 'backstage-2024-fall',
        label: '2024 Fall',
        date: '2024-06-01',
        commit: repo.commits['fall-typo'],
        path: 'docs/overview/roadmap.md',
        n: 2,
      },
      {
        stem: 'backstage-2025-spring',
        label: '2025 Spring',
        date: '2025-03-03',
        commit: repo.commits.spring,
        path: 'docs/overview/roadmap.md',
        n: 1,
      },
      {
        stem: 'backstage-2025-fall',
        label: '2025 Fall',
        date: '2025-09-09',
        commit: repo.commits.fall25,
        path: 'docs/overview/roadmap.md',
        n: 1,
      },
    ]);
  });

  it('every commit, and a range by date and ref', async () => {
    const all = await readEditions(await resolveTarget({ path: 'docs/overview/roadmap.md', cwd: repo.dir }), {
      config: {},
      everyCommit: true,
    });
    expect(all.map((e) => e.commit)).toEqual(Object.values(repo.commits));
    expect(all[0]!.path).toBe('docs/roadmap.md');
    const since = await readEditions(
      await resolveTarget({
        path: 'docs/overview/roadmap.md',
        cwd: repo.dir,
        since: '2024-01-01',
        ref: repo.commits.spring,
      }),
      { config: {} },
    );
    expect(since.map((e) => e.label)).toEqual(['2024 Fall', '2025 Spring']);
  });

  it('keeps what each page version says by blob id, and parses only versions it has not seen', async () => {
    const cacheFile = join(repo.dir, 'cache', '.versions.json');
    const target = await resolveTarget({ path: 'docs/overview/roadmap.md', cwd: repo.dir });
    const first = await readEditions(target, { config: {}, cacheFile });
    const saved = JSON.parse(readFileSync(cacheFile, 'utf8'));
    // One entry per distinct page text (the rename kept the text: 7 blobs for 8 commits).
    expect(Object.keys(saved.blobs)).toHaveLength(7);
    expect(saved.blobs[first[1]!.blob]).toMatchObject({ label: '2024 Fall', project: 'Backstage' });
    // What the cache says is used as it is: the page at that blob is not parsed again to be grouped.
    saved.blobs[first[1]!.blob].label = 'From the cache';
    writeFileSync(cacheFile, JSON.stringify(saved));
    const again = await readEditions(target, { config: {}, cacheFile });
    expect(again.map((e) => e.label)).toContain('From the cache');
    // Other parse options: the cache is not used.
    const other = await readEditions(target, { config: { project: 'Other' }, cacheFile });
    expect(other.map((e) => e.label)).not.toContain('From the cache');
  });

  it('refuses a page over 5 MB by its size, before reading it, and keeps the rest of the history', async () => {
    const big = createRepo();
    try {
      big.commit('huge', `# Roadmap\n\n## 2020\n\n### A\n\n${'x'.repeat(6 * 1024 * 1024)}\n`, '2020-01-01');
      big.commit('fall', seed('backstage-2024-fall'), '2024-05-10');
      const skipped: string[] = [];
      const editions = await readEditions(await resolveTarget({ path: 'docs/roadmap.md', cwd: big.dir }), {
        config: {},
        onSkipped: (commit, reason) => skipped.push(`${commit.commit}: ${reason}`),
      });
      expect(skipped).toEqual([`${big.commits.huge}: page is over 5 MB; roadmap pages that large are refused`]);
      expect(editions.map((e) => e.label)).toEqual(['2024 Fall']);
    } finally {
      rmSync(big.dir, { recursive: true, force: true });
    }
  });

  it('finds the page through a symbolic link to the repository, and a page since deleted', async () => {
    const link = `${repo.dir}-link`;
    symlinkSync(repo.dir, link);
    try {
      const target = await resolveTarget({ path: join(link, 'docs', 'overview', 'roadmap.md'), cwd: '/' });
      expect(target.path).toBe('docs/overview/roadmap.md');
      // The first name of the page no longer exists in the working tree; its history does.
      const old = await resolveTarget({ path: 'docs/roadmap.md', cwd: link });
      expect((await readEditions(old, { config: {} })).map((e) => e.commits)).toEqual([3]);
    } finally {
      rmSync(link, { force: true });
    }
  });

  it('refuses, in one line, what is not a repository, a path never tracked, and refs or dates that are not', async () => {
    const cwd = repo.dir;
    await expect(resolveTarget({ path: 'x.md', cwd: '/' })).rejects.toThrow(/not inside a git repository/);
    await expect(resolveTarget({ path: 'docs/nothing.md', cwd })).rejects.toThrow(/never tracked/);
    await expect(
      resolveTarget({ path: 'docs/overview/roadmap.md', cwd, ref: '--upload-pack=touch /tmp/x' }),
    ).rejects.toThrow(/not a branch, tag or commit/);
    await expect(resolveTarget({ path: 'docs/overview/roadmap.md', cwd, ref: 'nope' })).rejects.toThrow(/not a commit/);
    await expect(resolveTarget({ path: 'docs/overview/roadmap.md', cwd, since: '2024-02-30' })).rejects.toThrow(
      /not a date/,
    );
    await expect(resolveTarget({ path: join('..', 'elsewhere.md'), repo: cwd, cwd: '/' })).rejects.toThrow(
      /not inside the repository/,
    );
    for (const error of await Promise.allSettled([resolveTarget({ path: 'docs/nothing.md', cwd })]))
      expect((error as PromiseRejectedResult).reason.code).toBe('E_USAGE');
  });
});
