/**
 * Every wrong invocation stops before any work: one line saying what is
 * wrong (and, for a mistake in the arguments, the command's usage), the
 * right exit code, no output written and no browser started.
 *
 * The browser is a stand-in that leaves a mark when started and then runs the
 * real Chromium, so a case that started one would be seen. Mistakes in the
 * arguments are tried in a project whose config is broken: reporting the
 * mistake, not the config, shows that no file was read first.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { SEED_2024, tempDir } from '../helpers/paths.js';

const PAGE =
  '# Tiny Roadmap\n\n## Now\n\n- **Faster builds:** make the build quicker\n- **Better docs:** explain the config\n';
const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';

let marker: string;
let browser: string;

beforeAll(async () => {
  const dir = await tempDir();
  marker = join(dir, 'browser-started');
  browser = join(dir, 'chromium');
  await writeFile(browser, `#!/bin/sh\ntouch '${marker}'\nexec '${CHROMIUM}' "$@"\n`, { mode: 0o755 });
});

/** A project with one page, and a config that is `config` (broken unless given). */
async function project(config = '{\n  "project": "Tiny",\n  oops\n}\n'): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, 'roadmaps'));
  await writeFile(join(dir, 'roadmaps', 'tiny.md'), PAGE);
  await writeFile(join(dir, 'a-file'), 'not a folder\n');
  await writeFile(join(dir, 'roadmap-deck.config.json'), config);
  return dir;
}

/** Runs the command; returns its exit code and stderr lines, after checking it did no work. */
async function run(dir: string, args: string[]): Promise<{ code: number | null; lines: string[] }> {
  const result = runCli(args, { cwd: dir, env: { PUPPETEER_EXECUTABLE_PATH: browser } });
  expect(result.stdout).toBe('');
  expect(existsSync(marker), 'a browser was started').toBe(false);
  const made = (await readdir(dir)).sort();
  expect(made, 'something was written').toEqual(['a-file', 'roadmap-deck.config.json', 'roadmaps']);
  return { code: result.code, lines: result.stderr.trimEnd().split('\n') };
}

const usage = (command: string, signature: string) =>
  `usage: roadmap-deck ${signature} [options]   (roadmap-deck ${command} --help for all options)`;
const BUILD_USAGE = usage('build', 'build [files..]');
const TOP_USAGE =
  'usage: roadmap-deck <command> [options]; commands: build, watch, diff, lint, history, inspect, init, doctor   (roadmap-deck --help for more)';

describe('a mistake in the arguments: exit 2, one line and the usage, before any file is read', () => {
  const cases: [string[], string, string][] = [
    [['build', '--paper', 'A3', '--force'], '--paper must be one of A4, Letter (got "A3")', BUILD_USAGE],
    [['build', '--frce'], 'unknown option --frce (did you mean --force?)', BUILD_USAGE],
    [['inspect'], 'inspect needs the roadmap FILE to read', usage('inspect', 'inspect <file>')],
    [['build', '--timeout', '-1'], '--timeout must be a number of seconds greater than 0 (got -1)', BUILD_USAGE],
    [['build', '--timeout', 'soon'], '--timeout must be a number of seconds greater than 0 (got "soon")', BUILD_USAGE],
    [
      ['build', '--format', ''],
      '--format needs at least one of md, html, pdf, handout, png, pptx (got "")',
      BUILD_USAGE,
    ],
    [
      ['build', '--format', 'pdf,pptxx'],
      '--format has "pptxx", which is not a format; did you mean pptx? (formats: md, html, pdf, handout, png, pptx)',
      BUILD_USAGE,
    ],
    [
      ['build', '--format', 'pdff'],
      '--format has "pdff", which is not a format; did you mean pdf? (formats: md, html, pdf, handout, png, pptx)',
      BUILD_USAGE,
    ],
    [['biuld'], 'unknown command "biuld"; did you mean "build"?', TOP_USAGE],
    [
      ['publish'],
      'unknown command "publish"; the commands are build, watch, diff, lint, history, inspect, init, doctor',
      TOP_USAGE,
    ],
    [[], 'give a command, for example: roadmap-deck build', TOP_USAGE],
    [['--frce', 'build'], 'unknown option --frce (did you mean --force?)', BUILD_USAGE],
    [['build', '--no-qrr'], 'unknown option --no-qrr (did you mean --no-qr?)', BUILD_USAGE],
    [['build', '--handout-layout', '3'], '--handout-layout must be one of 1, 2, 4, 6 (got 3)', BUILD_USAGE],
    [
      ['build', '--handout-orientation', 'landscap'],
      '--handout-orientation must be one of portrait, landscape (got "landscap"); did you mean landscape?',
      BUILD_USAGE,
    ],
    [
      ['build', '--overview', 'bord'],
      '--overview must be one of board, list, both (got "bord"); did you mean board?',
      BUILD_USAGE,
    ],
    [['build', '--concurrency', '0'], '--concurrency must be a whole number, 1 or more (got 0)', BUILD_USAGE],
    [['build', '--out'], '--out needs a value', BUILD_USAGE],
    [['build', '--out', 'a', '--out', 'b'], '--out is given 2 times; give it once', BUILD_USAGE],
    [['build', '--config', ''], '--config needs a value', BUILD_USAGE],
    [['lint', '--format', 'md'], 'unknown option --format', usage('lint', 'lint [files..]')],
    [
      ['diff', 'old.md'],
      'diff needs two roadmap files: the OLD edition and the NEW one',
      usage('diff', 'diff <old> <new>'),
    ],
    [['diff', 'a.md', 'b.md', 'c.md'], 'diff takes no more arguments (got "c.md")', usage('diff', 'diff <old> <new>')],
    [['watch', '--timeout', '5'], 'unknown option --timeout', usage('watch', 'watch [files..]')],
  ];
  for (const [args, message, usageLine] of cases) {
    it(`roadmap-deck ${args.map((a) => (a === '' ? "''" : a)).join(' ')}`, async () => {
      const { code, lines } = await run(await project(), args);
      expect(code).toBe(2);
      expect(lines).toEqual([`roadmap-deck: ${message}`, usageLine]);
    });
  }
});

describe('a mistake found in the project: one line, before a browser starts or anything is written', () => {
  const GOOD_CONFIG = '{\n  "project": "Tiny"\n}\n';

  it('--out onto an existing file: exit 2', async () => {
    const { code, lines } = await run(await project(GOOD_CONFIG), ['build', '--out', 'a-file']);
    expect({ code, lines }).toEqual({ code: 2, lines: ['roadmap-deck: --out a-file is a file, not a folder'] });
  });

  it('--out inside an existing file: exit 2', async () => {
    const { code, lines } = await run(await project(GOOD_CONFIG), ['build', '--out', 'a-file/decks']);
    expect({ code, lines }).toEqual({
      code: 2,
      lines: ['roadmap-deck: --out a-file/decks is inside a-file, which is a file'],
    });
  });

  it("the config's outDir onto a file: exit 1, at the config's line", async () => {
    const dir = await project('{\n  "project": "Tiny",\n  "outDir": "a-file"\n}\n');
    const { code, lines } = await run(dir, ['build']);
    expect({ code, lines }).toEqual({
      code: 1,
      lines: [
        `roadmap-deck: ${join(dir, 'roadmap-deck.config.json')}:3: config key "outDir": a-file is a file, not a folder`,
      ],
    });
  });

  it('a glob that matches nothing names the pattern given: exit 1', async () => {
    const { code, lines } = await run(await project(GOOD_CONFIG), ['build', 'docs/*.md']);
    expect({ code, lines }).toEqual({ code: 1, lines: ['roadmap-deck: no roadmap files match docs/*.md'] });
  });

  it('the same for lint and watch', async () => {
    for (const command of ['lint', 'watch']) {
      const { code, lines } = await run(await project(GOOD_CONFIG), [command, 'docs/*.md', 'notes/*.md']);
      expect({ command, code, lines }).toEqual({
        command,
        code: 1,
        lines: ['roadmap-deck: no roadmap files match docs/*.md, notes/*.md'],
      });
    }
  });

  it("the config's input matching nothing: exit 1, at the config's line", async () => {
    const dir = await project('{\n  "project": "Tiny",\n  "input": ["pages/*.md"]\n}\n');
    const { code, lines } = await run(dir, ['build']);
    expect({ code, lines }).toEqual({
      code: 1,
      lines: [
        `roadmap-deck: ${join(dir, 'roadmap-deck.config.json')}:3: no roadmap files match pages/*.md (the config's "input")`,
      ],
    });
  });

  it('the default folder with no pages: exit 1, saying how to give files', async () => {
    const dir = await project(GOOD_CONFIG);
    await rm(join(dir, 'roadmaps', 'tiny.md'));
    const { code, lines } = await run(dir, ['build']);
    expect({ code, lines }).toEqual({
      code: 1,
      lines: ['roadmap-deck: no roadmap files match roadmaps/*.md; give files to build, or set "input" in the config'],
    });
  });
});

describe('a glob that matches nothing among files that exist', () => {
  it('is reported by its pattern while the others build; exit 1', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'roadmaps'));
    await writeFile(join(dir, 'roadmaps', 'seed.md'), await readFile(SEED_2024));
    const result = runCli(['build', 'roadmaps/*.md', 'docs/*.md', '--format', 'md'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('✗ docs/*.md: no roadmap files match this pattern');
    expect(existsSync(join(dir, 'output', 'seed', 'seed.md'))).toBe(true);
  });
});
