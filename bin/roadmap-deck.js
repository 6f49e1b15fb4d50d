#!/usr/bin/env node
// Entry point of the `roadmap-deck` command. The CLI itself lives in dist/ (compiled from src/cli).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/index.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('roadmap-deck: dist/ is missing; run "npm ci" (or "npm run compile") in the roadmap-deck folder first.');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
