/** `roadmap-deck init [dir] [--eject]`. */
import { relative, resolve } from 'node:path';
import { initProject } from '../../init.js';
import type { InitArgs } from '../options.js';
import type { Output } from '../output.js';

export async function initCommand(args: InitArgs, output: Output): Promise<number> {
  const dir = resolve(args.dir);
  const { created } = await initProject(dir, { eject: args.eject, force: args.force, theme: args.theme });
  if (output.quiet) return 0;
  for (const file of created) output.out(`created ${relative(process.cwd(), file) || file}`);
  output.out(
    `\nNext: replace roadmaps/example-2025-spring.md with your roadmap page, then run: npx roadmap-deck build${dir === process.cwd() ? '' : ` (in ${relative(process.cwd(), dir)})`}`,
  );
  return 0;
}
