/** `roadmap-deck history PATH [--json]`: the editions in a page's git history. */
import { loadConfig } from '../../config.js';
import { printable as shown, printableJson } from '../../escape/terminal.js';
import { findSeries } from '../../git/build-series.js';
import { historyReport, shallowNote } from '../../git/report.js';
import { resolveSettings } from '../../settings/index.js';
import type { HistoryArgs } from '../options.js';
import { paint, type Output } from '../output.js';

export async function historyCommand(args: HistoryArgs, output: Output): Promise<number> {
  const settings = resolveSettings({ via: 'command line' }, await loadConfig({ file: args.config }));
  const series = await findSeries(
    { path: args.path, repo: args.repo, since: args.since, ref: args.ref, everyCommit: args.everyCommit },
    { config: settings.config },
  );
  const report = historyReport(series);
  if (args.json) {
    output.out(printableJson(report));
    return 0;
  }
  for (const e of report.editions) {
    const counts = `${e.initiatives.total} initiatives (${e.initiatives.done} done)`;
    const changes = e.changes
      ? `  +${e.changes.new} new, =${e.changes.continued} continued, ✓${e.changes.delivered} delivered, ✗${e.changes.dropped} dropped`
      : '';
    output.out(
      `${paint(output, 'bold', shown(e.label))}  ${e.date}  ${e.commit.slice(0, 7)}  ${paint(output, 'gray', shown(e.stem))}  ${counts}${changes}`,
    );
  }
  for (const s of report.skipped)
    output.err(`${paint(output, 'yellow', '!')} ${s.commit.slice(0, 7)}: not read as a roadmap: ${shown(s.reason)}`);
  const note = shallowNote(series);
  if (note) output.err(`roadmap-deck: ${note}`);
  output.out(
    `${report.editions.length} ${report.editions.length === 1 ? 'edition' : 'editions'} of ${shown(report.path)}`,
  );
  return 0;
}
