/** The folder roadmap-deck is installed in (holds package.json, templates/, schema/). */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// This file is src/package-root.ts or dist/package-root.js: one level below the root.
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
