/**
 * `build --git PATH` (or the config's `git`): which page's history to build,
 * checked as usage before any work. Paths from the config are relative to
 * the config file's folder; from the command line, to the current folder.
 */
import type { LoadedConfig } from '../config.js';
import { UsageError } from '../errors.js';
import type { GitOptions } from '../git/build-series.js';
import type { BuildArgs } from './options.js';

export function gitRequest(args: BuildArgs, loaded: LoadedConfig): { options: GitOptions; cwd: string } | undefined {
  const fromConfig = loaded.config.git;
  const range = { repo: args.repo, since: args.since, ref: args.ref };
  if (args.git === undefined) {
    const given = Object.entries(range).find(([, value]) => value !== undefined)?.[0];
    if (!fromConfig) {
      if (given) throw new UsageError(`--${given} goes with --git PATH (the page whose history to build)`);
      for (const flag of ['everyCommit', 'historySlide'] as const)
        if (args[flag])
          throw new UsageError(
            `--${flag === 'everyCommit' ? 'every-commit' : 'history-slide'} goes with --git PATH (the page whose history to build)`,
          );
      return undefined;
    }
    if (args.files?.length) return undefined;
  } else if (args.files?.length) {
    throw new UsageError('build takes either roadmap files or --git PATH, not both');
  }
  const useConfig = args.git === undefined && fromConfig;
  const base = useConfig ? loaded.baseDir : process.cwd();
  const path = args.git ?? fromConfig!.path;
  return {
    cwd: base,
    options: {
      path,
      repo: range.repo ?? (useConfig ? fromConfig.repo : undefined),
      since: range.since ?? fromConfig?.since,
      ref: range.ref ?? fromConfig?.ref,
      everyCommit: args.everyCommit || fromConfig?.everyCommit === true,
      historySlide: args.historySlide || fromConfig?.historySlide === true,
    },
  };
}
