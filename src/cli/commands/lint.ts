/** `roadmap-deck lint`: compiler-style diagnostics; exit 1 on any error. */
import { DEFAULT_INPUT } from '../../build.js';
import { loadConfig, parseOptionsFor } from '../../config.js';
import { expandInputs, stemOf } from '../../inputs.js';
import { lintFile } from '../../lint/index.js';
import type { Diagnostic } from '../../model/types.js';
import { formatDiagnostic, type Output } from '../output.js';

export async function lintCommand(args: Record<string, unknown>, output: Output): Promise<number> {
  const loaded = await loadConfig({ file: args.config as string | undefined });
  const given = (args.files as string[] | undefined) ?? [];
  const all: Diagnostic[] = [];
  const files = await expandInputs(given.length ? given : loaded.config.input ?? DEFAULT_INPUT, given.length ? process.cwd() : loaded.baseDir, (file, message) => {
    all.push({ file, line: 1, column: 1, severity: 'error', rule: 'not-a-file', message });
  });
  let errors = 0;
  let warnings = 0;
  for (const d of all) {
    errors++;
    if (!args.json) output.out(formatDiagnostic(output, d));
  }
  for (const file of files) {
    const result = await lintFile(file, parseOptionsFor(loaded.config, stemOf(file)));
    for (const d of result.diagnostics) {
      if (d.severity === 'error') errors++;
      if (d.severity === 'warning') warnings++;
      if (!args.json && (d.severity !== 'info' || output.verbose) && !(output.quiet && d.severity !== 'error')) output.out(formatDiagnostic(output, d));
    }
    all.push(...result.diagnostics);
  }
  if (args.json) output.out(JSON.stringify(all, null, 2));
  else if (!output.quiet) output.out(`${files.length} ${files.length === 1 ? 'file' : 'files'} checked: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return errors ? 1 : 0;
}
