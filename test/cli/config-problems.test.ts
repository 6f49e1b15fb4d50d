/**
 * A config with several mistakes gets all of them reported at once, each as
 * `file:line: message` on its own line, by every command — watch included,
 * also for a config broken while it runs.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';
import { runCli } from '../helpers/cli.js';
import { ROOT, tempDir } from '../helpers/paths.js';

const PAGE =
  '# Tiny Roadmap\n\n## Now\n\n- **Faster builds:** make the build quicker\n- **Better docs:** explain the config\n';

const BROKEN = [
  '{',
  '  "project": "Tiny",',
  '  "colour": "blue",',
  '  "size": "21:9",',
  '  "brand": {',
  '    "accent": "red; background: url(x)"',
  '  },',
  '  "editions": {',
  '    "tiny": { "date": "2024-13-45" }',
  '  }',
  '}',
].join('\n');

const PROBLEMS: [number, string][] = [
  [3, 'config key "colour" is not a known option'],
  [4, 'config key "size" must be one of "16:9", "4:3"'],
  [6, 'config key "brand.accent" must be a colour like #1a7f37 or teal'],
  [9, 'config key "editions.tiny.date" must be a real date like 2024-05-01 (got "2024-13-45")'],
];

async function project(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, 'roadmaps'));
  await writeFile(join(dir, 'roadmaps', 'tiny.md'), PAGE);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('a config with several problems', () => {
  it('gives all of them, each at its line, from the API', async () => {
    const dir = await project({ 'roadmap-deck.config.json': BROKEN });
    const error = await loadConfig({ cwd: dir }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    const file = join(dir, 'roadmap-deck.config.json');
    expect((error as ConfigError).problems).toEqual(PROBLEMS.map(([line, message]) => ({ line, message })));
    expect((error as ConfigError).format()).toBe(
      PROBLEMS.map(([line, message]) => `${file}:${line}: ${message}`).join('\n'),
    );
  });

  const commands: [string, string[]][] = [
    ['build', ['build', '--format', 'md']],
    ['lint', ['lint']],
    ['inspect', ['inspect', 'roadmaps/tiny.md']],
    ['diff', ['diff', 'roadmaps/tiny.md', 'roadmaps/tiny.md']],
    ['watch', ['watch', '--port', '0', '--format', 'md']],
  ];
  for (const [name, args] of commands) {
    it(`is reported whole by ${name}: one line per problem, exit 1`, async () => {
      const dir = await project({ 'roadmap-deck.config.json': BROKEN });
      const result = runCli(args, { cwd: dir });
      const file = join(dir, 'roadmap-deck.config.json');
      expect(result.code).toBe(1);
      expect(result.stderr.trimEnd().split('\n')).toEqual(
        PROBLEMS.map(([line, message]) => `roadmap-deck: ${file}:${line}: ${message}`),
      );
    });
  }

  it('in package.json is placed under its "roadmap-deck" key', async () => {
    const pkg = [
      '{',
      '  "name": "x",',
      '  "colour": "not ours",',
      '  "roadmap-deck": {',
      '    "project": "Tiny",',
      '    "colour": "blue"',
      '  }',
      '}',
    ].join('\n');
    const dir = await project({ 'package.json': pkg });
    const result = runCli(['lint'], { cwd: dir });
    expect(result.stderr.trim()).toBe(
      `roadmap-deck: ${join(dir, 'package.json')}:6: config key "colour" is not a known option`,
    );
  });

  it('in a script config is placed at its keys', async () => {
    const dir = await project({
      'roadmap-deck.config.mjs':
        "export default {\n  project: 'Tiny',\n  size: '21:9',\n  paper: 'A5',\n  overview: 'cards',\n};\n",
    });
    const result = runCli(['lint'], { cwd: dir });
    const file = join(dir, 'roadmap-deck.config.mjs');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `roadmap-deck: ${file}:3: config key "size" must be one of "16:9", "4:3"`,
      `roadmap-deck: ${file}:4: config key "paper" must be one of "A4", "Letter"`,
      `roadmap-deck: ${file}:5: config key "overview" must be one of "board", "list", "both"`,
    ]);
  });
});

describe('watch, when the config is broken while it runs', () => {
  it('shows every problem with its file and line, and keeps running', async () => {
    const dir = await project({ 'roadmap-deck.config.json': '{\n  "project": "Tiny"\n}\n' });
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin', 'roadmap-deck.js'), 'watch', '--port', '0', '--format', 'md,html'],
      {
        cwd: dir,
        env: { ...process.env, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let log = '';
    child.stdout.on('data', (chunk) => {
      log += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      log += String(chunk);
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let running = true;
    void exited.then(() => {
      running = false;
    });
    const until = async (pattern: RegExp) => {
      for (const deadline = Date.now() + 60_000; running && !pattern.test(log) && Date.now() < deadline; )
        await new Promise((r) => setTimeout(r, 20));
      return pattern.test(log);
    };
    try {
      expect(await until(/Serving .* at http/), log).toBe(true);
      await writeFile(join(dir, 'roadmap-deck.config.json'), BROKEN);
      const file = join(dir, 'roadmap-deck.config.json');
      expect(await until(/editions\.tiny\.date/), log).toBe(true);
      // The save may be seen twice (emptied, then written): the last report is the one that counts.
      const shown = log.split('\n').filter((line) => line.startsWith('✗ '));
      expect(shown.slice(-PROBLEMS.length)).toEqual(PROBLEMS.map(([line, message]) => `✗ ${file}:${line}: ${message}`));
      expect(running).toBe(true);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });
});
