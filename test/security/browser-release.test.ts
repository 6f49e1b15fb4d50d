/**
 * What a build leaves behind of its browser: nothing. A browser that fails to
 * start does not keep the process alive (no timer, no pipe, no connection
 * waiting for an answer), and Chromium's profile and the folders it makes in
 * the temporary folder are gone after every build: one that succeeds, one
 * whose edition fails, one whose browser would not start, one stopped by a
 * signal.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { CORPUS, ROOT, tempDir } from '../helpers/paths.js';

const ROADMAP = '# Tool Roadmap\n\n## Now\n\n- **One:** first\n- **Two:** second\n';

/** A project folder with one roadmap, a private temporary folder, and a "browser" that exits at once. */
async function project() {
  const dir = await tempDir();
  const tmp = join(dir, 'tmp');
  await mkdir(tmp);
  await writeFile(join(dir, 'tool.md'), ROADMAP);
  const fake = join(dir, 'exits-at-once');
  await writeFile(fake, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
  return { dir, tmp, fake };
}

/** A build through the API in a process of its own: what it still waits on once build() has returned. */
const PROBE = `
// Standard input and output count as resources once opened: opened before the baseline is taken.
void process.stdin;
process.stdout.write('started\\n');
process.stderr.write('');
await new Promise((r) => setImmediate(r));
const before = process.getActiveResourcesInfo();
const { build } = await import(process.env.INDEX);
const result = await build({ files: ['tool.md'], formats: ['pdf'], outDir: 'out', timeoutMs: 60000 });
await new Promise((r) => setImmediate(r));
process.stdout.write(JSON.stringify({ failures: result.failures.map((f) => f.error.code), before, after: process.getActiveResourcesInfo() }) + '\\n');
`;

describe('a browser that exits at once', () => {
  it('leaves nothing that keeps the process alive: no timer, no pipe, no child', async () => {
    const { dir, tmp, fake } = await project();
    await writeFile(join(dir, 'probe.mjs'), PROBE);
    const result = spawnSync(process.execPath, ['probe.mjs'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000,
      env: {
        ...process.env,
        TMPDIR: tmp,
        PUPPETEER_EXECUTABLE_PATH: fake,
        INDEX: pathToFileURL(join(ROOT, 'dist', 'index.js')).href,
      },
    });
    const report = JSON.parse(result.stdout.split('\n')[1]!) as {
      failures: string[];
      before: string[];
      after: string[];
    };
    expect(report.failures).toEqual(['E_BROWSER_START']);
    expect(report.after.sort()).toEqual(report.before.sort());
    expect(result.status).toBe(0);
    expect(await readdir(tmp)).toEqual([]);
  });

  it('ends the command with exit code 3 long before the timeout', async () => {
    const { dir, tmp, fake } = await project();
    // The timeout is 60 s; a process kept alive by a forgotten timer would be stopped at 30 s here.
    const result = runCli(['build', 'tool.md', '--format', 'pdf', '--timeout', '60'], {
      cwd: dir,
      env: { TMPDIR: tmp, PUPPETEER_EXECUTABLE_PATH: fake },
      timeoutMs: 30_000,
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(
      `✗ could not start ${fake}: the browser exited at start (code 1) ("roadmap-deck doctor" checks the browser)\n`,
    );
    expect(await readdir(tmp)).toEqual([]);
  });
});

describe("Chromium's temporary files", () => {
  it('are all removed after a build', async () => {
    const { dir, tmp } = await project();
    const result = runCli(['build', 'tool.md', '--out', 'out', '--format', 'html,pdf,handout'], {
      cwd: dir,
      env: { TMPDIR: tmp },
    });
    expect(result.code).toBe(0);
    expect(await readdir(tmp)).toEqual([]);
  });

  it('are all removed after a build whose edition failed', async () => {
    const { dir, tmp } = await project();
    await mkdir(join(dir, 'out'));
    await writeFile(join(dir, 'out', 'tool'), 'a file where the edition folder goes');
    const result = runCli(['build', 'tool.md', '--out', 'out', '--format', 'pdf'], { cwd: dir, env: { TMPDIR: tmp } });
    expect(result.code).toBe(1);
    expect(await readdir(tmp)).toEqual([]);
  });

  // Stopped while Chromium is still being connected to, and while an edition renders.
  it.each([
    ['as soon as its browser runs', false],
    ['after its first edition', true],
  ] as const)('are all removed, and Chromium ended, after a build stopped by SIGTERM %s', async (_, afterFirst) => {
    const { dir, tmp } = await project();
    const pages = ['crossplane-ROADMAP.md', 'kubernetes-docs-roadmap.md', 'tekton-community-roadmap.md'];
    for (const page of pages) await writeFile(join(dir, page), await readFile(join(CORPUS, page)));
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'bin', 'roadmap-deck.js'),
        'build',
        ...pages,
        '--out',
        'out',
        '--format',
        'html,pdf,handout',
        '--concurrency',
        '1',
      ],
      {
        cwd: dir,
        env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
    // Chromium runs once it has made its singleton folder beside the profile.
    const ready = async () =>
      (await readdir(tmp)).some((name) => name.startsWith('org.chromium.Chromium.')) &&
      (!afterFirst || stdout.includes('✓'));
    const deadline = Date.now() + 60_000;
    while (!(await ready()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect((await readdir(tmp)).some((name) => name.startsWith('roadmap-deck-chromium-'))).toBe(true);
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(await readdir(tmp)).toEqual([]);
    const running = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter((line) => line.includes(`${tmp}/`));
    expect(running).toEqual([]);
  });
});
