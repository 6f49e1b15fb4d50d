/**
 * The package as a user gets it: `npm pack`, installed into an empty project
 * on a machine where no browser can be downloaded, then `init` and `build`
 * with the system's Chromium.
 *
 * The install needs no network at all: it runs `npm ci --offline` against a
 * lockfile made from this repository's own (production entries only), so
 * every package comes from the npm cache that this checkout's `npm ci` filled.
 * Proxies pointing at a closed port make sure that anything that still tried
 * to reach a server (a postinstall downloading Chrome) would fail.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/paths.js';

interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
  [key: string]: unknown;
}
interface Lockfile {
  packages: Record<string, LockEntry>;
}

const CLOSED = 'http://127.0.0.1:9';
/** No network for npm or anything it runs, and no hint that would skip a browser download. */
function offlineEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Under `npm test`, npm's own settings for this checkout (its prefix among them) are in the
  // environment: the project must be installed as a project of its own. The cache stays the same.
  for (const name of Object.keys(env)) {
    if (
      (/^npm_/i.test(name) && name.toLowerCase() !== 'npm_config_cache') ||
      /^PUPPETEER_/.test(name) ||
      name === 'CHROME_PATH'
    )
      delete env[name];
  }
  return {
    ...env,
    NO_COLOR: '1',
    HTTP_PROXY: CLOSED,
    HTTPS_PROXY: CLOSED,
    npm_config_proxy: CLOSED,
    npm_config_https_proxy: CLOSED,
  };
}

let project: string;
let installed: SpawnSyncReturns<string>;

/** package.json and package-lock.json of an empty project that depends on the tarball. */
async function writeProject(dir: string, tarball: string): Promise<void> {
  const ours: Lockfile = JSON.parse(await readFile(join(ROOT, 'package-lock.json'), 'utf8'));
  const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const spec = `file:${tarball}`;
  const integrity = `sha512-${createHash('sha512')
    .update(await readFile(tarball))
    .digest('base64')}`;
  const packages: Record<string, unknown> = {
    '': { name: 'a-project', dependencies: { 'roadmap-deck': spec } },
    'node_modules/roadmap-deck': {
      version: manifest.version,
      resolved: spec,
      integrity,
      license: manifest.license,
      dependencies: manifest.dependencies,
      bin: manifest.bin,
      engines: manifest.engines,
    },
  };
  // This checkout's production tree, laid out the same way under the project's node_modules.
  for (const [path, entry] of Object.entries(ours.packages)) {
    if (!path || entry.dev) continue;
    const { devOptional, ...rest } = entry;
    packages[path] = devOptional ? { ...rest, optional: true } : rest;
  }
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'a-project', private: true, dependencies: { 'roadmap-deck': spec } }, null, 2),
  );
  await writeFile(
    join(dir, 'package-lock.json'),
    JSON.stringify({ name: 'a-project', lockfileVersion: 3, requires: true, packages }, null, 2),
  );
}

const npx = (args: string[]) =>
  spawnSync('npx', ['--no-install', 'roadmap-deck', ...args], {
    cwd: project,
    env: offlineEnv(),
    encoding: 'utf8',
    timeout: 120_000,
  });

beforeAll(async () => {
  const packs = await tempDir('roadmap-deck-pack-');
  // --ignore-scripts: pack dist/ as `npm test` compiled it, without compiling again under running tests.
  const packed: { filename: string }[] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packs], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  );
  const tarball = join(packs, packed[0]!.filename);
  project = await tempDir('roadmap-deck-project-');
  await writeProject(project, tarball);
  installed = spawnSync('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--foreground-scripts'], {
    cwd: project,
    env: offlineEnv(),
    encoding: 'utf8',
    timeout: 180_000,
  });
});

describe('the packed package', () => {
  it('installs into an empty project with no network and no browser download', () => {
    const output = `${installed.stdout}\n${installed.stderr}`;
    if (/ENOTCACHED/.test(output))
      throw new Error('the npm cache lacks a package: run "npm ci" in this checkout first, then the test again');
    expect(installed.status, output).toBe(0);
    // Nothing was built or downloaded at install time: no install script of ours or of a dependency ran.
    expect(output).not.toMatch(/^> \S+@\S+ (preinstall|install|postinstall|prepare)$/m);
    expect(existsSync(join(project, 'node_modules', 'puppeteer'))).toBe(false);
    expect(existsSync(join(project, 'node_modules', 'puppeteer-core'))).toBe(true);
  });

  it('ships its licence, dist/ ready to run, and no sources', () => {
    const pkg = join(project, 'node_modules', 'roadmap-deck');
    expect(existsSync(join(pkg, 'LICENSE'))).toBe(true);
    expect(existsSync(join(pkg, 'dist', 'cli-bundle', 'roadmap-deck.js'))).toBe(true);
    expect(existsSync(join(pkg, 'src'))).toBe(false);
  });

  it('exports the library, its package.json and the schemas', () => {
    const script = [
      "import { createRequire } from 'node:module';",
      "const require = createRequire(process.cwd() + '/');",
      "const api = await import('roadmap-deck');",
      "const pkg = require('roadmap-deck/package.json');",
      "const schema = require('roadmap-deck/schema/config.schema.json');",
      "const model = require('roadmap-deck/schema/roadmap.schema.json');",
      'console.log(JSON.stringify([typeof api.build, pkg.name, schema.title, typeof model]));',
    ].join('\n');
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(['function', 'roadmap-deck', 'roadmap-deck configuration', 'object']);
  });

  it('ships type declarations for the public API only, naming no puppeteer type', async () => {
    const dist = join(project, 'node_modules', 'roadmap-deck', 'dist');
    const declarations = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.d.ts'));
    expect(declarations).toContain('index.d.ts');
    expect(declarations.some((file) => file.startsWith('export/browser/'))).toBe(false);
    for (const file of declarations)
      expect(await readFile(join(dist, file), 'utf8'), file).not.toMatch(/puppeteer|devtools-protocol/);
  });

  it('has a prepare script that does nothing in an installed copy', () => {
    const pkg = join(project, 'node_modules', 'roadmap-deck');
    const result = spawnSync(process.execPath, [join(pkg, 'scripts', 'prepare.mjs')], {
      cwd: pkg,
      env: offlineEnv(),
      encoding: 'utf8',
    });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      status: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('finds the system Chromium, runs init, then builds a PDF with it', async () => {
    // doctor without --fix: this test installs nothing on the machine.
    const doctor = npx(['doctor']);
    expect(doctor.stdout).toMatch(/^✓ Browser: \/\S+ \(system\): /m);
    const init = npx(['init']);
    expect(init.status, init.stderr).toBe(0);
    const build = npx(['build', '--format', 'pdf']);
    expect(build.status, build.stderr).toBe(0);
    const pdf = await readFile(join(project, 'output', 'example-2025-spring', 'example-2025-spring.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
