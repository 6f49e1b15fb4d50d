/**
 * A git repository in a temporary folder with dated commits of a roadmap
 * page: both seed editions, typo fixes between them, a rename, and a third
 * edition whose label changes twice. Tests read its history; none needs the network.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.js';

export interface SeedRepo {
  dir: string;
  /** Commit ids in order, by a short name. */
  commits: Record<string, string>;
  /** Adds a commit changing the page; returns its id. */
  commit(name: string, text: string, date: string, path?: string): string;
  git(...args: string[]): string;
}

export const seed = (name: 'backstage-2022-q3' | 'backstage-2024-fall') =>
  readFileSync(join(ROOT, 'roadmaps', `${name}.md`), 'utf8');

export function createRepo(): SeedRepo {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-deck-git-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...dated, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    });
  let dated: Record<string, string> = {};
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.com');
  const repo: SeedRepo = {
    dir,
    commits: {},
    git,
    commit(name, text, date, path = 'docs/roadmap.md') {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
      dated = { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` };
      git('add', '-A');
      git('commit', '-q', '-m', name);
      const id = git('rev-parse', 'HEAD').trim();
      repo.commits[name] = id;
      return id;
    },
  };
  return repo;
}

/** Renames the page (its text unchanged) in a dated commit. */
export function renamePage(repo: SeedRepo, from: string, to: string, date: string): string {
  mkdirSync(join(repo.dir, to, '..'), { recursive: true });
  renameSync(join(repo.dir, from), join(repo.dir, to));
  return repo.commit(`rename ${from} to ${to}`, readFileSync(join(repo.dir, to), 'utf8'), date, to);
}

/**
 * The series the tests use: 2022 Q3 (then two typo fixes), a rename, 2024 Fall
 * (one typo fix), then a page that changes label twice: 2025 Spring, 2025 Fall.
 */
export function seedHistory(): SeedRepo {
  const repo = createRepo();
  const q3 = seed('backstage-2022-q3');
  const fall = seed('backstage-2024-fall');
  repo.commit('q3', q3, '2022-07-04');
  repo.commit('q3-typo-1', q3.replace('rapid development', 'rapid  development'), '2022-07-20');
  repo.commit('q3-typo-2', q3.replace('rapid development', 'rapid development.'), '2022-08-02');
  renamePage(repo, 'docs/roadmap.md', 'docs/overview/roadmap.md', '2022-09-01');
  repo.commit('fall', fall, '2024-05-10', 'docs/overview/roadmap.md');
  repo.commit(
    'fall-typo',
    fall.replace('still under rapid', 'still under very rapid'),
    '2024-06-01',
    'docs/overview/roadmap.md',
  );
  // 2025 Spring marks Backend System 1.0 done; 2025 Fall no longer lists it (delivered).
  const spring = fall
    .replace('## 2024 Fall Roadmap', '## 2025 Spring Roadmap')
    .replace('### Backend System 1.0', '### ✅ Backend System 1.0');
  repo.commit('spring', spring, '2025-03-03', 'docs/overview/roadmap.md');
  repo.commit('fall25', relabel(fall, '2025 Fall', 'Backend System 1.0'), '2025-09-09', 'docs/overview/roadmap.md');
  return repo;
}

/** The 2024 Fall page under another label, without one initiative. */
export function relabel(fall: string, label: string, without: string): string {
  const text = fall.replace('## 2024 Fall Roadmap', `## ${label} Roadmap`);
  const start = text.indexOf(`### ${without}`);
  const end = text.indexOf('\n### ', start + 4);
  return text.slice(0, start) + text.slice(end + 1);
}
