/**
 * Crash-safe outputs: a build killed while it exports leaves the earlier
 * outputs byte for byte as they were, no temporary files, and no Chromium.
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { CORPUS, ROOT, tempDir } from '../helpers/paths.js';

// Three small pages: the test is about what a killed build leaves, not about how big a deck is.
const PAGES = ['containerd-ROADMAP.md', 'kubernetes-docs-roadmap.md', 'tekton-community-roadmap.md'];

async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files.set(join(entry.parentPath, entry.name), await readFile(join(entry.parentPath, entry.name)));
  }
  return files;
}

function chromiumsUsing(tmp: string): string[] {
  return execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(`${tmp}/roadmap-deck-chromium-`));
}

describe.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)('a build interrupted by %s', (signal, code) => {
  it('leaves earlier outputs intact, no temporary files and no Chromium', async () => {
    const dir = await tempDir();
    const tmp = join(dir, 'tmp');
    await mkdir(tmp);
    for (const page of PAGES) await writeFile(join(dir, page), await readFile(join(CORPUS, page)));
    expect(runCli(['build', ...PAGES, '--out', 'out', '--format', 'html,pdf,handout'], { cwd: dir }).code).toBe(0);
    const before = await snapshot(join(dir, 'out'));

    // Change every page, so that any output the killed build wrote would differ.
    for (const page of PAGES)
      await writeFile(
        join(dir, page),
        `${await readFile(join(dir, page), 'utf8')}\n\n## Added later\n\n- **New item:** this changes every output\n`,
      );
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'bin', 'roadmap-deck.js'),
        'build',
        ...PAGES,
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
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
    // Wait until Chromium runs and the first edition is written, then stop the build mid-export.
    const deadline = Date.now() + 60_000;
    while (!(stdout.includes('✓') && chromiumsUsing(tmp).length) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(chromiumsUsing(tmp).length).toBeGreaterThan(0);
    child.kill(signal);
    expect(await exited).toBe(code);

    const after = await snapshot(join(dir, 'out'));
    const finished = /✓ (\S+)/.exec(stdout)![1]!;
    for (const [file, bytes] of before) {
      if (file.includes(`/${finished}/`) || file.endsWith('/out/index.html')) continue;
      expect({ file, same: after.get(file)?.equals(bytes) }).toEqual({ file, same: true });
    }
    expect([...after.keys()].filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
    await new Promise((r) => setTimeout(r, 300));
    expect(chromiumsUsing(tmp)).toEqual([]);
  }, 180_000);
});
