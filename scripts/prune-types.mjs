#!/usr/bin/env node
/**
 * Keeps in dist/ only the type declarations the public API needs, run by `npm run compile`.
 *
 * package.json exports one entry (dist/index.js), so a declaration file that dist/index.d.ts does not
 * reach, directly or through the files it imports, describes nothing a user can import; the internal
 * modules' declarations are removed. The ones kept must name no puppeteer or DevTools type: the
 * browser is an internal adapter, and its types would tie every user to puppeteer-core's version.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const FORBIDDEN = /['"](puppeteer-core|puppeteer|@puppeteer\/browsers|devtools-protocol)(\/[^'"]*)?['"]/;

/** @param {string} dir @returns {string[]} */
const declarationsIn = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));

const reached = new Set();
const queue = [join(dist, 'index.d.ts')];
const problems = [];
for (let file = queue.pop(); file; file = queue.pop()) {
  if (reached.has(file)) continue;
  if (!existsSync(file)) {
    problems.push(`${relative(dist, file)} is imported by the public types but was not emitted`);
    continue;
  }
  reached.add(file);
  const text = readFileSync(file, 'utf8');
  const forbidden = FORBIDDEN.exec(text);
  if (forbidden) problems.push(`${relative(dist, file)} names ${forbidden[1]}: the public types must not`);
  // Relative module specifiers in import/export declarations and import("…") types.
  for (const [, specifier] of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    queue.push(join(dirname(file), String(specifier).replace(/\.js$/, '.d.ts')));
  }
}
if (problems.length > 0) {
  console.error(`prune-types: ${problems.join('\nprune-types: ')}`);
  process.exit(1);
}
for (const file of declarationsIn(dist)) if (!reached.has(file)) rmSync(file);
