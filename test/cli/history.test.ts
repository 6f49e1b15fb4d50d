/** `history PATH [--json]` and the usage errors of `build --git`, through the real command. */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { seedHistory, type SeedRepo } from '../helpers/git-repo.js';
import { ROOT } from '../helpers/paths.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
formats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'history.schema.json'), 'utf8')));

let repo: SeedRepo;
beforeAll(() => {
  repo = seedHistory();
});
afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

describe('history', () => {
  it('prints the editions as JSON valid against its schema, with delivered and dropped counted', () => {
    const result = runCli(['history', 'docs/overview/roadmap.md', '--json'], { cwd: repo.dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.editions.map((e: { label: string; commits: number }) => [e.label, e.commits])).toEqual([
      [expect.stringMatching(/July.September 2022/), 4],
      ['2024 Fall', 2],
      ['2025 Spring', 1],
      ['2025 Fall', 1],
    ]);
    expect(report.editions[3].changes).toMatchObject({ since: '2025 Spring', new: 0, delivered: 1, dropped: 0 });
    expect(report.editions[2].initiatives.done).toBe(1);
    expect(report.editions[1].changes.dropped).toBeGreaterThan(0);
    expect(report.shallow).toBe(false);
    // The schema is not a formality: a report missing a count fails it.
    delete report.editions[0].initiatives.done;
    expect(validate(report)).toBe(false);
  });

  it('prints a line per edition from another folder with --repo', () => {
    const result = runCli(['history', 'docs/overview/roadmap.md', '--repo', repo.dir], { cwd: ROOT });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^2025 Fall {2}2025-09-09 {2}[0-9a-f]{7} {2}backstage-2025-fall .*1 delivered/m);
    expect(result.stdout).toContain('4 editions of docs/overview/roadmap.md');
  });

  it('says a shallow clone holds only part of the history, and how to fetch the rest', () => {
    const clone = `${repo.dir}-shallow`;
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo.dir}`, clone], { encoding: 'utf8' });
    try {
      const result = runCli(['history', 'docs/overview/roadmap.md'], { cwd: clone });
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/shallow: 2 editions found.*fetch-depth: 0/);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it.each([
    [['history', 'x.md'], '/', /not inside a git repository/],
    [['history', 'docs/none.md'], 'repo', /docs\/none.md was never tracked/],
    [['history', 'docs/overview/roadmap.md', '--ref=--upload-pack=touch pwned'], 'repo', /not a branch, tag or commit/],
    [['history', 'docs/overview/roadmap.md', '--since', 'last week'], 'repo', /--since "last week" is not a date/],
    [['build', '--git', 'docs/overview/roadmap.md', 'roadmaps/a.md'], 'repo', /either roadmap files or --git/],
    [['build', '--since', '2024-01-01'], 'repo', /--since goes with --git/],
    [['build', '--git', 'docs/none.md'], 'repo', /never tracked/],
  ])('%j is a usage error, in one line, before any work', (args, where, message) => {
    const result = runCli(args, { cwd: where === 'repo' ? repo.dir : '/' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });
});
