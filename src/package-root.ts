/** The folder roadmap-deck is installed in (holds package.json, templates/, schema/). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder above this module with the package's templates (src/, dist/ and the bundle sit at different depths). */
function packageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
    if (dirname(dir) === dir) return dirname(here);
  }
}

export const PACKAGE_ROOT = packageRoot();
