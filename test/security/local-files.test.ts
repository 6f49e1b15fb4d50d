/**
 * A page cannot read local files into the published deck, nor stall the
 * build: pictures outside the page's folder, links to /proc/self/environ or
 * /dev/zero, FIFOs, pages that are symbolic links out of the folder, and a
 * page built to make the parser crawl are each refused (in Markdown or in the page's HTML) with a clear line,
 * while the other editions build. Checked on the bytes of every output.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';
import { ROOT, tempDir } from '../helpers/paths.js';

const SECRET = 'ghp_SeCrEtT0kEnThAtMuStNeVeRlEaK0123456789';
const GOOD =
  '# Good roadmap\n\n## Now\n\n- **First:** the first thing ![logo](logo.png)\n- **Second:** the second thing\n';
const PICTURES = `# Pictures

## Work

### Absolute path

![abs](OUTSIDE/secret.png)

### Parent folders

![up](../../outside/secret.png) and ![encoded](%2e%2e/%2e%2e/outside/secret.png)

### Links and devices

![environ](environ.png) ![zero](zero.png) ![pipe](pipe.png) ![renamed](text.png)

### Written in HTML

<ul><li>A chart <img alt="in html" src="../../outside/secret.png"></li><li><a href="file:///etc/hostname">hosts</a></li></ul>
`;

let dir: string;
let run: CliResult;

/** Every output file, recursively. */
async function outputs(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Whether bytes hold the secret as is, or inside any base64 data they carry. */
function leaks(bytes: Buffer): boolean {
  if (bytes.includes(SECRET)) return true;
  const text = bytes.toString('latin1');
  for (const match of text.matchAll(/base64,([A-Za-z0-9+/=]+)/g)) {
    if (Buffer.from(match[1]!, 'base64').includes(SECRET)) return true;
  }
  return false;
}

beforeAll(async () => {
  dir = await tempDir();
  const outside = join(dir, 'outside');
  const pages = join(dir, 'site', 'roadmaps');
  await mkdir(outside, { recursive: true });
  await mkdir(pages, { recursive: true });
  await writeFile(join(outside, 'secret.png'), `${SECRET}\n`);
  await writeFile(join(outside, 'leak.md'), `# Leaked\n\n## Now\n\n- **Secret:** ${SECRET}\n`);
  await writeFile(join(pages, 'good.md'), GOOD);
  await copyFile(join(ROOT, 'docs', 'images', 'slide-title.png'), join(pages, 'logo.png'));
  await writeFile(join(pages, 'pictures.md'), PICTURES.replace('OUTSIDE', outside));
  await writeFile(join(pages, 'text.png'), 'plain text named like a picture\n');
  await symlink('/proc/self/environ', join(pages, 'environ.png'));
  await symlink('/dev/zero', join(pages, 'zero.png'));
  execFileSync('mkfifo', [join(pages, 'pipe.png')]);
  // Pages that are not pages.
  await symlink(join(outside, 'leak.md'), join(pages, 'leak.md'));
  await symlink('/dev/zero', join(pages, 'zero.md'));
  execFileSync('mkfifo', [join(pages, 'pipe.md')]);
  await writeFile(join(pages, 'emphasis.md'), `# Slow\n\n## Now\n\n- **A:** ${'*a'.repeat(100_000)}\n`);
  run = runCli(['build', 'roadmaps/*.md', '--out', '../out', '--format', 'md,html,pdf,handout,png'], {
    cwd: join(dir, 'site'),
    env: { ROADMAP_DECK_TEST_SECRET: SECRET },
    timeoutMs: 90_000,
  });
}, 120_000);

describe('local files and untrusted input', () => {
  it('refuses each bad page alone with one line naming it, and builds the others', () => {
    expect(run.code).toBe(1);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('✗'));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/leak\.md: is a symbolic link to a file outside roadmaps; name it on its own/),
        expect.stringMatching(/zero\.md: is a symbolic link to a file outside roadmaps/),
        expect.stringMatching(/pipe\.md: is a named pipe, not a regular file/),
        expect.stringMatching(/emphasis\.md:5: more than 5000 markup characters/),
      ]),
    );
    expect(errors).toHaveLength(4);
    expect(run.stdout).toMatch(/✓ good\b/);
    expect(run.stdout).toMatch(/✓ pictures\b/);
  });

  it('shows refused pictures as their alt text, with a warning for each', () => {
    const warnings = run.stderr.split('\n').filter((l) => l.includes('(image)'));
    for (const name of [
      'abs',
      '../../outside/secret.png',
      '%2e%2e/%2e%2e/outside/secret.png',
      'environ.png',
      'zero.png',
    ]) {
      if (name !== 'abs') expect(warnings.some((w) => w.includes(`"${name}" is outside the page's folder`))).toBe(true);
    }
    expect(warnings.some((w) => /"pipe\.png" is a named pipe, not a regular file/.test(w))).toBe(true);
    expect(warnings.some((w) => /"text\.png" is not a PNG, JPEG, GIF, WebP or SVG picture/.test(w))).toBe(true);
    // The picture in the page's HTML is read as a picture of the page, and refused the same way.
    expect(warnings.filter((w) => w.includes('"../../outside/secret.png" is outside the page\'s folder'))).toHaveLength(
      2,
    );
    expect(warnings).toHaveLength(8);
  });

  it('inlines a real picture from the page folder', async () => {
    const md = await readFile(join(dir, 'out', 'good', 'good.md'), 'utf8');
    expect(md).toMatch(/!\[logo\]\(data:image\/png;base64,/);
  });

  it('never puts a byte of a file outside the page folder into any output', async () => {
    const files = await outputs(join(dir, 'out'));
    expect(files.some((f) => f.endsWith('.pdf'))).toBe(true);
    expect(files.some((f) => f.endsWith('.png'))).toBe(true);
    for (const file of files) expect(leaks(await readFile(file)), file).toBe(false);
    for (const pdf of files.filter((f) => f.endsWith('.pdf'))) {
      expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).not.toContain(SECRET);
    }
    expect(files.some((f) => f.includes(`${join('out', 'leak')}`))).toBe(false);
  });

  it('builds a page that is a symbolic link when it is named on its own', () => {
    const named = runCli(['build', 'roadmaps/leak.md', '--out', '../out-named', '--format', 'md'], {
      cwd: join(dir, 'site'),
    });
    expect(named.code).toBe(0);
  });
});

describe('a page that parses slowly', () => {
  const slowPage = `# Slow\n\n## Now\n\n${Array.from({ length: 40 }, (_, i) => `- **Item ${i}:** ${'~a'.repeat(4900)}`).join('\n\n')}\n`;

  it('is stopped at the parse deadline with a clear line while the other editions build', async () => {
    const folder = await tempDir();
    await writeFile(join(folder, 'slow.md'), slowPage);
    await writeFile(join(folder, 'good.md'), GOOD.replace(' ![logo](logo.png)', ''));
    const result = runCli(['build', 'slow.md', 'good.md', '--out', 'out', '--format', 'md'], {
      cwd: folder,
      timeoutMs: 90_000,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/slow\.md:1: parsing took more than 10 s and was stopped/);
    expect((await stat(join(folder, 'out', 'good', 'good.md'))).isFile()).toBe(true);
  }, 120_000);

  it('does not hold up Ctrl-C', async () => {
    const folder = await tempDir();
    await writeFile(join(folder, 'slow.md'), slowPage);
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin', 'roadmap-deck.js'), 'build', 'slow.md', '--out', 'out', '--format', 'md'],
      { cwd: folder },
    );
    const started = Date.now();
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
    expect(code).toBe(130);
    // Stopped while parsing: well before the page would have been given up on.
    expect(Date.now() - started).toBeLessThan(8_000);
  }, 60_000);
});
