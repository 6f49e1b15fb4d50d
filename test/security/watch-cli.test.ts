/**
 * `roadmap-deck watch` as a process: a port it cannot use is one line and
 * exit code 2 with no Chromium started, an impossible --port is caught before
 * any work, and SIGINT/SIGTERM close everything and exit 130/143.
 */
import { execFileSync, spawn } from 'node:child_process';
import { access, cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT, SEED_2022, SEED_2024, tempDir } from '../helpers/paths.js';

const PAGE =
  '# Tiny Roadmap\n\n## Now\n\n- **Faster builds:** make the build quicker\n- **Better docs:** explain the config\n';

/** A project folder with one small page and its own TMPDIR, where Chromium profiles of this run (and only this run) go. */
async function project(): Promise<{ dir: string; tmp: string }> {
  const dir = await tempDir();
  const tmp = join(dir, 'tmp');
  await mkdir(tmp);
  await mkdir(join(dir, 'roadmaps'));
  await writeFile(join(dir, 'roadmaps', 'tiny.md'), PAGE);
  return { dir, tmp };
}

function chromiumsUsing(tmp: string): string[] {
  return execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(`${tmp}/roadmap-deck-chromium-`));
}

/** Chromium's helper processes leave shortly after the browser itself: waits for them, up to a bound, then reports what is left. */
async function chromiumsLeft(tmp: string): Promise<string[]> {
  for (let tries = 0; tries < 100 && chromiumsUsing(tmp).length; tries++) await new Promise((r) => setTimeout(r, 50));
  return chromiumsUsing(tmp);
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('watch on a port it cannot use', () => {
  it('prints one line, exits 2 and starts no Chromium when the port is in use', async () => {
    const { dir, tmp } = await project();
    const busy: Server = createServer((_req, res) => res.end('someone else'));
    await new Promise<void>((ok) => busy.listen(0, '127.0.0.1', ok));
    const port = (busy.address() as AddressInfo).port;
    try {
      const result = runCli(['watch', '--port', String(port), '--format', 'md,html'], {
        cwd: dir,
        env: { TMPDIR: tmp },
      });
      expect(result.code).toBe(2);
      expect(result.stderr.trimEnd().split('\n')).toEqual([
        `roadmap-deck: port ${port} is in use; choose another with --port (0 picks a free one)`,
      ]);
      expect(await chromiumsLeft(tmp)).toEqual([]);
      expect((await readdir(tmp)).filter((name) => name.startsWith('roadmap-deck-chromium-'))).toEqual([]);
    } finally {
      await new Promise((done) => busy.close(done));
    }
  });

  it.each(['70000', '-1', 'abc', '1.5', '65536'])('rejects --port %s as wrong usage before any work', async (port) => {
    const { dir, tmp } = await project();
    const result = runCli(['watch', '--port', port, '--format', 'md,html'], { cwd: dir, env: { TMPDIR: tmp } });
    expect(result.code).toBe(2);
    // One line saying what is wrong, then the command's usage.
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^roadmap-deck: --port must be a whole number from 0 to 65535/);
    expect(lines[1]).toMatch(/^usage: roadmap-deck watch /);
    // Nothing was built and no browser was started.
    expect(await exists(join(dir, 'output'))).toBe(false);
    expect(await readdir(tmp)).toEqual([]);
  });
});

/** Starts `watch` and resolves once it serves (or has exited); `exited` gives its exit code. */
function startWatch(dir: string, tmp: string, args: string[]) {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'roadmap-deck.js'), 'watch', '--port', '0', ...args], {
    cwd: dir,
    env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk) => {
    log += String(chunk);
  });
  child.stderr.on('data', (chunk) => {
    log += String(chunk);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const until = async (test: () => boolean) => {
    let done = false;
    void exited.then(() => {
      done = true;
    });
    const deadline = Date.now() + 60_000;
    while (!test() && !done && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  };
  return { child, exited, log: () => log, until };
}

describe.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)('watch stopped by %s', (signal, code) => {
  it(`closes the server, the watchers and the browser, and exits ${code}`, async () => {
    const { dir, tmp } = await project();
    const watch = startWatch(dir, tmp, ['--format', 'md,html']);
    await watch.until(() => /http:\/\/127\.0\.0\.1:\d+\//.test(watch.log()));
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(watch.log())![0];
    expect((await fetch(url)).status).toBe(200);
    expect(chromiumsUsing(tmp).length).toBeGreaterThan(0);

    watch.child.kill(signal);
    expect(await watch.exited).toEqual({ code, signal: null });
    expect(watch.log()).toContain('Stopping…');
    expect(watch.log()).not.toMatch(/\n\s+at /);
    expect(await chromiumsLeft(tmp)).toEqual([]);
    expect((await readdir(tmp)).filter((name) => name.startsWith('roadmap-deck-chromium-'))).toEqual([]);
  });

  it(`exits ${code} with no Chromium left when stopped during its first build`, async () => {
    const { dir, tmp } = await project();
    await cp(SEED_2022, join(dir, 'roadmaps', 'backstage-2022-q3.md'));
    await cp(SEED_2024, join(dir, 'roadmaps', 'backstage-2024-fall.md'));
    const watch = startWatch(dir, tmp, ['--format', 'md,html,pdf,handout']);
    // As soon as its browser runs: usually before the first build is done.
    await watch.until(() => chromiumsUsing(tmp).length > 0);
    watch.child.kill(signal);
    expect(await watch.exited).toEqual({ code, signal: null });
    expect(watch.log()).not.toMatch(/\n\s+at /);
    // The interrupted build left no temporary file and no lock behind.
    const left = await readdir(join(dir, 'output'), { recursive: true }).catch(() => [] as string[]);
    expect(left.filter((name) => name.endsWith('.tmp') || name.endsWith('.lock'))).toEqual([]);
    expect(await chromiumsLeft(tmp)).toEqual([]);
    expect((await readdir(tmp)).filter((name) => name.startsWith('roadmap-deck-chromium-'))).toEqual([]);
  });
});
