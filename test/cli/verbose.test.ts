/**
 * --verbose prints the chain of causes under an error, one a line, indented a step per level;
 * without it, an error is its one line.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { causeLines } from '../../src/cli/output.js';
import { ConfigError, InputNotFoundError } from '../../src/errors.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';

describe('causeLines', () => {
  it('gives each cause its own line, one step deeper than the error it caused', () => {
    const root = new Error('EACCES: permission denied');
    const middle = new InputNotFoundError('cannot read', { file: 'a.md', line: 3 }, { cause: root });
    const top = new ConfigError('config broken', { file: 'c.json' }, { cause: middle });
    expect(causeLines(top)).toEqual([
      '  caused by InputNotFoundError: a.md:3: cannot read',
      '    caused by Error: EACCES: permission denied',
    ]);
  });

  it('keeps a cause of several lines under its first, and shows a cause that is no Error as text', () => {
    const top = new Error('outer', { cause: new TypeError('first line\nsecond line', { cause: 'a plain string' }) });
    expect(causeLines(top)).toEqual([
      '  caused by TypeError: first line',
      '    second line',
      '    caused by a plain string',
    ]);
  });

  it('is empty without a cause, and stops at a loop', () => {
    expect(causeLines(new Error('alone'))).toEqual([]);
    expect(causeLines('not an error')).toEqual([]);
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    a.cause = b;
    expect(causeLines(a)).toEqual(['  caused by Error: b']);
  });
});

describe('the command', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    // Not where a config is looked for: only the test that names it reads it.
    await mkdir(join(dir, 'broken'));
    await writeFile(join(dir, 'broken', 'config.json'), '{ "url": ');
  });

  it('prints only the one-line message without --verbose', () => {
    const result = runCli(['inspect', 'missing.md'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('roadmap-deck: missing.md: no such file\n');
  });

  it('prints the cause chain with --verbose, each cause indented on its own line', () => {
    const result = runCli(['inspect', 'missing.md', '--verbose'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'roadmap-deck: missing.md: no such file',
      expect.stringMatching(/^ {2}caused by Error: ENOENT: no such file or directory, open '.*missing\.md'$/),
      '',
    ]);
  });

  it('prints the cause of a config error with --verbose, and not without', () => {
    const plain = runCli(['lint', '--config', 'broken/config.json'], { cwd: dir });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^roadmap-deck: .*broken\/config\.json: invalid JSON: .+\n$/);
    const verbose = runCli(['lint', '--config', 'broken/config.json', '--verbose'], { cwd: dir });
    expect(verbose.code).toBe(1);
    expect(verbose.stderr).toMatch(/^roadmap-deck: .*invalid JSON: .+\n {2}caused by SyntaxError: .+\n$/);
  });
});
