#!/usr/bin/env node
/**
 * Bundles the command line (dist/cli/index.js and the libraries it uses) into
 * dist/cli-bundle/, run by `npm run compile`. Node.js then loads a few large
 * files instead of some 300 small ones: ~0.25 s less CPU at every start, on
 * the path to the first slide. puppeteer-core and its browser downloader stay
 * outside (they find their own files at run time), and so does jiti (loaded only for TypeScript configs).
 * The library entry (dist/index.js) is not bundled.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli-bundle');
rmSync(out, { recursive: true, force: true });
const bundle = await rolldown({
  // The parser's worker thread is an entry of its own, found beside the bundle at run time.
  input: {
    'roadmap-deck': join(root, 'dist', 'cli', 'index.js'),
    'parse-worker': join(root, 'dist', 'build', 'parse-worker.js'),
  },
  platform: 'node',
  external: [/^node:/, /^(puppeteer-core|@puppeteer\/browsers)(\/|$)/, /^jiti(\/|$)/],
  onLog(level, log, report) {
    // gray-matter calls eval() for its JavaScript front-matter engine, which roadmap-deck never enables.
    if (log.code === 'EVAL' && log.id?.includes('gray-matter')) return;
    report(level, log);
  },
});
await bundle.write({ dir: out, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' });
await bundle.close();
