#!/usr/bin/env node
// Entry point of the `roadmap-deck` command. The CLI itself is compiled from src/cli and bundled
// into dist/cli-bundle/ by `npm run compile`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

// Each edition leaves large short-lived strings behind (its HTML, the messages that carry it
// to Chromium, the PDF's data). By default V8 lets the heap grow to several times what is
// alive before it collects them: 650 MB at 50 editions × 200 initiatives, of which about
// 100 MB was in use. Growing by a quarter at most: 280 MB, at the same speed.
v8.setFlagsFromString('--heap-growing-percent=25');

const entry = new URL('../dist/cli-bundle/roadmap-deck.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error(
    'roadmap-deck: dist/ is missing; run "npm ci" (or "npm run compile") in the roadmap-deck folder first.',
  );
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
