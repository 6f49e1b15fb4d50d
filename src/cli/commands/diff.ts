/** `roadmap-deck diff OLD.md NEW.md [--json]`: what changed between two editions. */
import { printable as shown, printableJson } from '../../escape/terminal.js';
import { loadConfig } from '../../config.js';
import { loadEdition } from '../../build/load-editions.js';
import { diffEditions } from '../../editions/diff.js';
import { roadmapName } from '../../model/types.js';
import { resolveSettings } from '../../settings/index.js';
import type { DiffArgs } from '../options.js';
import { paint, type Output } from '../output.js';

export async function diffCommand(args: DiffArgs, output: Output): Promise<number> {
  const settings = resolveSettings({ via: 'command line' }, await loadConfig({ file: args.config }));
  // Each edition is parsed with its own options from the config (label, date, url…).
  const previous = await loadEdition(args.old, settings.config.config, { pictures: false, notes: false });
  const current = await loadEdition(args.new, settings.config.config, { pictures: false, notes: false });
  const diff = diffEditions(previous.edition, current.edition);
  if (args.json) {
    output.out(printableJson(diff));
    return 0;
  }
  const name = roadmapName(current.edition.title, current.edition.project);
  output.out(paint(output, 'bold', shown(`${name}: ${diff.previous.label} → ${diff.current.label}`)));
  for (const a of diff.added)
    output.out(`  ${paint(output, 'green', '+')} ${shown(a.title)}  ${paint(output, 'gray', '(new)')}`);
  for (const c of diff.continued) {
    const note =
      c.how === 'fuzzy' ? `continued, was "${shown(c.previousTitle)}" (match ${c.score.toFixed(2)})` : 'continued';
    output.out(
      `  ${paint(output, 'blue', c.how === 'fuzzy' ? '~' : '=')} ${shown(c.title)}  ${paint(output, 'gray', `(${note})`)}`,
    );
  }
  for (const r of diff.removed)
    output.out(`  ${paint(output, 'red', '-')} ${shown(r.title)}  ${paint(output, 'gray', '(no longer listed)')}`);
  output.out(`${diff.added.length} new, ${diff.continued.length} continued, ${diff.removed.length} no longer listed`);
  return 0;
}
