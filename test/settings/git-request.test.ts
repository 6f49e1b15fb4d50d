/** `build --git` and the config's `git`: which history to build, and usage errors before any work. */
import { describe, expect, it } from 'vitest';
import { gitRequest } from '../../src/cli/git-request.js';
import type { BuildArgs } from '../../src/cli/options.js';
import { validateConfig } from '../../src/config.js';

const args = (extra: Partial<BuildArgs> = {}) => ({ everyCommit: false, historySlide: false, ...extra }) as BuildArgs;
const loaded = (git?: object) => ({ config: git ? { git } : {}, baseDir: '/project' }) as never;

describe('which history to build', () => {
  it('none without --git or a config git', () => {
    expect(gitRequest(args(), loaded())).toBeUndefined();
  });
  it('the command line, relative to the working folder', () => {
    expect(gitRequest(args({ git: 'docs/roadmap.md', since: '2024-01-01', historySlide: true }), loaded())).toEqual({
      cwd: process.cwd(),
      options: { path: 'docs/roadmap.md', since: '2024-01-01', everyCommit: false, historySlide: true },
    });
  });
  it("the config's, relative to the config file, when no files are given; files given win", () => {
    const config = loaded({ path: 'docs/roadmap.md', repo: '..', everyCommit: true });
    expect(gitRequest(args(), config)).toEqual({
      cwd: '/project',
      options: { path: 'docs/roadmap.md', repo: '..', everyCommit: true, historySlide: false },
    });
    expect(gitRequest(args({ files: ['roadmaps/a.md'] }), config)).toBeUndefined();
  });
  it('refuses range options without --git, and files with --git', () => {
    expect(() => gitRequest(args({ since: '2024-01-01' }), loaded())).toThrow('--since goes with --git PATH');
    expect(() => gitRequest(args({ historySlide: true }), loaded())).toThrow('--history-slide goes with --git PATH');
    expect(() => gitRequest(args({ git: 'r.md', files: ['a.md'] }), loaded())).toThrow('either roadmap files or --git');
  });
  it('the config schema knows git, and refuses a ref that is an option or a date that is not one', () => {
    expect(validateConfig({ git: { path: 'docs/roadmap.md', since: '2024-01-01', historySlide: true } }).git).toEqual({
      path: 'docs/roadmap.md',
      since: '2024-01-01',
      historySlide: true,
    });
    expect(() => validateConfig({ git: { path: 'r.md', ref: '--upload-pack=x' } })).toThrow(/ref/);
    expect(() => validateConfig({ git: { path: 'r.md', since: 'yesterday' } })).toThrow(/since/);
    expect(() => validateConfig({ git: {} })).toThrow(/path/);
  });
});
