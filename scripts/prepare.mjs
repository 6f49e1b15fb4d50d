#!/usr/bin/env node
/**
 * The `prepare` script: `npm ci` in a checkout (and `npm install` from a git
 * URL, which installs the dev tools first) compiles src/ into dist/.
 *
 * An installed copy of the package has no src/: it ships dist/ ready to run,
 * so here this does nothing. npm does not run `prepare` for a package from the
 * registry or from a tarball at all; this file is shipped so that a package
 * manager that did would find nothing to do instead of failing for want of
 * TypeScript.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (existsSync(join(root, 'src')) && existsSync(join(root, 'tsconfig.build.json'))) {
  // npm gives its own path to the scripts it runs; outside npm, `npm` from the PATH.
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, 'run', 'compile'], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'compile'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exitCode = result.status ?? 1;
}
