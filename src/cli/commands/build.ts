/**
 * `roadmap-deck build`: a progress line per edition, warnings in compiler
 * form, a summary, and exit 0 only when every edition built.
 */
import { relative } from 'node:path';
import type { BuildEvent, BuildResult } from '../../build.js';
import { loadConfig } from '../../config.js';
import { isNoUsableBrowser } from '../../errors.js';
import { closeAllBrowsers } from '../../export/browser/launch.js';
import { removePendingTemporaryFiles } from '../../export/write.js';
import { printable, printableJson } from '../../escape/terminal.js';
import type { GitSeries } from '../../git/build-series.js';
import { gitRequest } from '../git-request.js';
import { settingsInput, type BuildArgs } from '../options.js';
import { causeLines, formatDiagnostic, paint, type Output } from '../output.js';
import { Progress } from '../progress.js';

/** Interrupts close the browser and remove temporary files; finished outputs stay as they were. */
/** Exit code of the signal that stopped the build, once one has. */
let interrupted: number | undefined;

function onInterrupt(): () => void {
  const handler = (signal: NodeJS.Signals) => {
    interrupted = signal === 'SIGINT' ? 130 : 143;
    process.exitCode = interrupted;
    process.stderr.write(`\nroadmap-deck: ${signal}, stopping; earlier outputs are left as they were\n`);
    void Promise.all([closeAllBrowsers(), removePendingTemporaryFiles()]).finally(() => process.exit(interrupted));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

export async function buildCommand(args: BuildArgs, output: Output): Promise<number> {
  const config = await loadConfig({ file: args.config });
  const { json } = args;
  const progress = new Progress(output, json ? false : undefined);
  const say = (line: string) => {
    if (!output.quiet && !json) progress.line(output.out, line);
  };
  const warn = (line: string) => progress.line(output.err, line);
  const onEvent = (event: BuildEvent) => {
    // After an interrupt, editions failing because their browser was closed are not news.
    if (interrupted !== undefined) return;
    if (event.type === 'edition-stage') {
      progress.stage(event.file, event.stage);
    } else if (event.type === 'warning') {
      warn(formatDiagnostic(output, event.warning));
    } else if (event.type === 'waiting-for-lock') {
      warn(
        `roadmap-deck: waiting for another build (pid ${event.pid}) to finish writing to ${relative(process.cwd(), event.file) || '.'}…`,
      );
    } else if (event.type === 'edition-failed') {
      progress.finish(event.file);
      warn(`${paint(output, 'red', '✗')} ${event.error.format()}`);
      if (output.verbose) for (const line of causeLines(event.error)) warn(line);
    } else if (event.type === 'edition-done') {
      progress.finish(event.file);
      const r = event.result;
      const named = `${printable(r.stem)}  ${printable(r.edition.label)}`;
      if (r.skipped) say(`${paint(output, 'gray', '·')} ${named}  unchanged, kept`);
      else say(`${paint(output, 'green', '✓')} ${named}  ${r.slides} slides  ${r.seconds.toFixed(1)} s`);
      // Unresolvable relative links are common and harmless: shown with --verbose.
      for (const w of r.warnings)
        if (w.severity !== 'info' && (output.verbose || w.rule !== 'unresolved-link'))
          warn(formatDiagnostic(output, w));
    }
  };
  const stop = onInterrupt();
  let result: BuildResult;
  try {
    const git = gitRequest(args, config);
    if (git) {
      const { buildFromGit } = await import('../../git/build-series.js');
      const { shallowNote } = await import('../../git/report.js');
      const onSeries = (series: GitSeries) => {
        const commits = series.editions.reduce((n, e) => n + e.commits, 0) + series.skipped.length;
        const n = series.editions.length;
        say(`${printable(series.target.path)}: ${n} ${n === 1 ? 'edition' : 'editions'} in ${commits} commits`);
        for (const s of series.skipped)
          warn(
            `${paint(output, 'yellow', '!')} ${s.commit.slice(0, 7)}: not read as a roadmap: ${printable(s.reason)}`,
          );
        const note = shallowNote(series);
        if (note) warn(`roadmap-deck: ${note}`);
      };
      const built = await buildFromGit(git.options, {
        ...settingsInput(args),
        config,
        onEvent,
        onSeries,
        cwd: git.cwd,
      });
      result = built;
    } else {
      const { build } = await import('../../build.js');
      result = await build({ ...settingsInput(args), config, onEvent });
    }
  } finally {
    progress.stop();
    stop();
  }
  if (interrupted !== undefined) return interrupted;
  if (json) {
    output.out(
      printableJson({
        ok: result.ok,
        seconds: Number(result.seconds.toFixed(3)),
        editions: result.editions.map((r) => ({
          file: r.file,
          stem: r.stem,
          title: r.edition.title,
          label: r.edition.label,
          slides: r.slides,
          skipped: r.skipped,
          files: r.files.map((f) => relative(process.cwd(), f)),
          warnings: r.warnings,
          seconds: Number(r.seconds.toFixed(3)),
        })),
        failures: result.failures.map((f) => ({
          file: f.file,
          line: f.error.line,
          code: f.error.code,
          message: f.error.message,
        })),
        warnings: result.warnings,
      }),
    );
  } else {
    const built = result.editions.filter((r) => !r.skipped);
    const kept = result.editions.length - built.length;
    const slides = built.reduce((n, r) => n + r.slides, 0);
    const fileCount = built.reduce((n, r) => n + r.files.length, 0) + (built.length && result.indexFile ? 1 : 0);
    // There is always something here: a build with nothing to build stops before it starts.
    const parts = [
      `${built.length} ${built.length === 1 ? 'edition' : 'editions'} built, ${slides} slides, ${fileCount} files`,
      ...(kept ? [`${kept} unchanged`] : []),
      ...(result.failures.length ? [`${result.failures.length} failed`] : []),
    ];
    say(`${parts.join('; ')} in ${result.seconds.toFixed(1)} s`);
    if (result.indexFile) say(`Open ${relative(process.cwd(), result.indexFile)}`);
  }
  if (result.failures.some((f) => isNoUsableBrowser(f.error))) return 3;
  return result.ok ? 0 : 1;
}
