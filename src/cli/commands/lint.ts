/** `roadmap-deck lint`: compiler-style diagnostics; exit 1 on any error. */
import { printableJson } from '../../escape/terminal.js';
import { loadConfig } from '../../config.js';
import { stemOf } from '../../inputs.js';
import { lintFile } from '../../lint/index.js';
import type { Diagnostic } from '../../model/types.js';
import { resolveSettings } from '../../settings/index.js';
import { findInputs } from '../../settings/preflight.js';
import type { LintArgs } from '../options.js';
import { formatDiagnostic, type Output } from '../output.js';

export async function lintCommand(args: LintArgs, output: Output): Promise<number> {
  const settings = resolveSettings({ files: args.files, via: 'command line' }, await loadConfig({ file: args.config }));
  const found = await findInputs(settings);
  const files = found.files;
  const all: Diagnostic[] = found.refused.map(({ file, error }) => ({
    file,
    line: 1,
    column: 1,
    severity: 'error',
    rule: error.code === 'E_NOT_FOUND' ? 'no-files' : error.code === 'E_NAME_CLASH' ? 'name-clash' : 'not-a-file',
    message: error.message,
  }));
  let errors = 0;
  let warnings = 0;
  for (const d of all) {
    errors++;
    if (!args.json) output.out(formatDiagnostic(output, d));
  }
  for (const file of files) {
    const result = await lintFile(file, settings.parseOptions(stemOf(file)));
    for (const d of result.diagnostics) {
      if (d.severity === 'error') errors++;
      if (d.severity === 'warning') warnings++;
      if (!args.json && (d.severity !== 'info' || output.verbose) && !(output.quiet && d.severity !== 'error'))
        output.out(formatDiagnostic(output, d));
    }
    all.push(...result.diagnostics);
  }
  if (args.json) output.out(printableJson(all));
  else if (!output.quiet)
    output.out(
      `${files.length} ${files.length === 1 ? 'file' : 'files'} checked: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
    );
  return errors ? 1 : 0;
}
