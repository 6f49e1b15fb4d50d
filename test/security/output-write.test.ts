/**
 * Outputs that cannot be written: a full disk, a read-only output folder, a
 * file where a folder is needed. Each gives one line naming the path and the
 * reason (no stack trace), exit code 1, and leaves no temporary file, no lock
 * and no takeover marker behind.
 *
 * Tests run as root in CI, where `chmod 555` stops nothing. The conditions are
 * made real instead: a small tmpfs, or a read-only one, mounted in a private
 * mount namespace (`unshare -m`, seen by the build alone and gone with it).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT, tempDir } from '../helpers/paths.js';

const ROADMAP = '# Tool Roadmap\n\n## Now\n\n- **One:** first\n- **Two:** second\n';

/** Temporary files, locks and markers of ours, anywhere under `dir` (given as paths relative to it). */
const strays = (paths: string[]) => paths.filter((p) => /\.tmp$|\.roadmap-deck\.lock/.test(p));

/**
 * Runs `roadmap-deck build` with `out` on a fresh tmpfs (`mountOptions`) in a private mount namespace;
 * `prepare` runs first inside it. Returns the build's result and every path left on the tmpfs.
 */
function buildOnTmpfs(dir: string, mountOptions: string, args: string[], prepare = '') {
  const script = [
    'set -e',
    `mount -t tmpfs -o ${mountOptions} roadmap-deck-test "$OUT"`,
    prepare,
    'set +e',
    '"$NODE" "$CLI" build "$@" 2>"$ERR"',
    'code=$?',
    'echo "--- left"',
    'find "$OUT" -mindepth 1 -printf "%P\\n"',
    'exit $code',
  ].join('\n');
  const unshare = process.getuid?.() === 0 ? ['-m'] : ['-rm'];
  const err = join(dir, 'stderr.txt');
  const result = spawnSync('unshare', [...unshare, 'sh', '-c', script, 'sh', ...args], {
    cwd: dir,
    env: {
      ...process.env,
      NO_COLOR: '1',
      OUT: join(dir, 'out'),
      NODE: process.execPath,
      CLI: join(ROOT, 'bin', 'roadmap-deck.js'),
      ERR: err,
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const [, left = ''] = result.stdout.split('--- left\n');
  return {
    code: result.status,
    stderr: readFileSync(err, 'utf8') + result.stderr,
    left: left.split('\n').filter(Boolean),
  };
}

async function project(): Promise<string> {
  const dir = await tempDir();
  await writeFile(join(dir, 'tool.md'), ROADMAP);
  await mkdir(join(dir, 'out'));
  return dir;
}

describe('a full disk', () => {
  it('fails the edition in one line naming the output, and leaves no temporary file and no lock', async () => {
    const dir = await project();
    // Room for the lock and the small files, not for the PDF.
    const result = buildOnTmpfs(dir, 'size=16k', ['tool.md', '--out', 'out', '--format', 'pdf']);
    expect(result.stderr).toBe('✗ cannot write out/tool/tool.pdf: no space left on device\n');
    expect(result.code).toBe(1);
    expect(strays(result.left)).toEqual([]);
  });

  it('stops the build in one line when not even the lock fits', async () => {
    const dir = await project();
    const result = buildOnTmpfs(
      dir,
      'size=8k',
      ['tool.md', '--out', 'out', '--format', 'pdf'],
      'head -c 65536 /dev/zero > "$OUT/filler" 2>/dev/null || true',
    );
    expect(result.stderr).toBe('roadmap-deck: cannot write out/.roadmap-deck.lock: no space left on device\n');
    expect(result.code).toBe(1);
    expect(result.left).toEqual(['filler']);
  });
});

describe('a read-only output folder', () => {
  it('stops the build in one line naming the folder, and leaves nothing', async () => {
    const dir = await project();
    const result = buildOnTmpfs(dir, 'ro,size=64k', ['tool.md', '--out', 'out', '--format', 'pdf']);
    expect(result.stderr).toBe('roadmap-deck: cannot write out/.roadmap-deck.lock: read-only file system\n');
    expect(result.code).toBe(1);
    expect(result.left).toEqual([]);
  });

  it('fails the edition whose own folder is read-only, and leaves no temporary file and no lock', async () => {
    const dir = await project();
    const result = buildOnTmpfs(
      dir,
      'size=1m',
      ['tool.md', '--out', 'out', '--format', 'pdf'],
      'mkdir "$OUT/tool" && mount -t tmpfs -o ro,size=16k roadmap-deck-test "$OUT/tool"',
    );
    expect(result.stderr).toBe('✗ cannot write out/tool/tool.pdf: read-only file system\n');
    expect(result.code).toBe(1);
    expect(strays(result.left)).toEqual([]);
  });
});

describe('a file where a folder is needed', () => {
  it('fails that edition in one line; the others build', async () => {
    const dir = await project();
    await writeFile(join(dir, 'other.md'), ROADMAP.replace('Tool', 'Other'));
    await writeFile(join(dir, 'out', 'tool'), 'not a folder');
    const result = runCli(['build', 'tool.md', 'other.md', '--out', 'out', '--format', 'pdf'], { cwd: dir });
    expect(result.stderr).toBe('✗ cannot write out/tool/tool.pdf: not a directory\n');
    expect(result.stdout).toMatch(/✓ other/);
    expect(result.code).toBe(1);
    expect(strays(await readdir(join(dir, 'out'), { recursive: true }))).toEqual([]);
  });

  it('stops the build in one line, before any work, when the output folder cannot be one', async () => {
    const dir = await project();
    await writeFile(join(dir, 'taken'), 'a file');
    // An --out that cannot be a folder is wrong usage, refused before the build starts.
    const result = runCli(['build', 'tool.md', '--out', 'taken/out', '--format', 'pdf'], { cwd: dir });
    expect(result.stderr).toBe('roadmap-deck: --out taken/out is inside taken, which is a file\n');
    expect(result.code).toBe(2);
  });
});
