/**
 * The command line: yargs checks every option and value (strict, coerced) and
 * hands typed arguments to the command, which builds the settings and calls
 * the API. Wrong usage stops here, before a file is read or a browser
 * started. Only here do errors become messages and exit codes.
 *
 * Exit codes: 0 success; 1 bad input, a failed edition or lint errors;
 * 2 wrong usage; 3 no usable browser; 130/143 interrupted.
 */
import yargs from 'yargs';
import { isNoUsableBrowser, isUsageError, RoadmapError } from '../errors.js';
import { VERSION } from '../version.js';
import { portProblem } from '../watch/port.js';
import { ArgumentError } from './coerce.js';
import { COMMANDS, GLOBAL_OPTIONS } from './options.js';
import { terminalLine, terminalText } from '../escape/terminal.js';
import { causeLines, createOutput } from './output.js';
import { usageLine, usageMessage } from './usage.js';

// Commands load on demand: `build` starts Chromium before the heavier modules are read.
const commands = {
  build: () => import('./commands/build.js'),
  inspect: () => import('./commands/inspect.js'),
  lint: () => import('./commands/lint.js'),
  diff: () => import('./commands/diff.js'),
  history: () => import('./commands/history.js'),
  watch: () => import('./commands/watch.js'),
  init: () => import('./commands/init.js'),
  doctor: () => import('./commands/doctor.js'),
};

export const EXIT = { ok: 0, failed: 1, usage: 2, environment: 3, interrupted: 130 } as const;

/**
 * The error as printed: every line (a config with several problems has one per problem) after the
 * tool's name; with --verbose, then the chain of causes below it.
 */
function printError(error: RoadmapError, verbose: boolean): void {
  for (const line of error.format().split('\n')) process.stderr.write(`roadmap-deck: ${terminalLine(line)}\n`);
  if (verbose) for (const line of causeLines(error)) process.stderr.write(`${terminalLine(line)}\n`);
}

export async function main(argv: string[]): Promise<number> {
  // Output piped into `head` and closed early is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  let code: number = EXIT.ok;
  // Read before the arguments are checked, for an error found while checking them; then as parsed.
  let verbose = argv.includes('--verbose');
  const parser = yargs(argv)
    .scriptName('roadmap-deck')
    .usage('$0 <command> [options]\n\nTurn roadmap pages (Markdown) into slide decks, PDFs and handouts.')
    .options(GLOBAL_OPTIONS)
    .middleware((args) => {
      verbose = args.verbose;
    })
    .command(
      COMMANDS.build.usage,
      COMMANDS.build.describe,
      (y) =>
        y
          .positional('files', {
            type: 'string',
            array: true,
            describe: 'Roadmap files or globs (default: roadmaps/*.md)',
          })
          .options(COMMANDS.build.options)
          .example('$0 build', 'Build every edition in roadmaps/')
          .example('$0 build roadmaps/2024-fall.md --format pdf,handout', 'Build one edition to PDF and handout')
          .example('$0 build --git docs/roadmap.md', "A deck for each edition in the page's git history"),
      async (args) => {
        code = await (await commands.build()).buildCommand(args, createOutput(args));
      },
    )
    .command(
      COMMANDS.inspect.usage,
      COMMANDS.inspect.describe,
      (y) =>
        y
          .positional('file', { type: 'string', demandOption: true, describe: 'Roadmap file' })
          .options(COMMANDS.inspect.options),
      async (args) => {
        code = await (await commands.inspect()).inspectCommand(args, createOutput(args));
      },
    )
    .command(
      COMMANDS.lint.usage,
      COMMANDS.lint.describe,
      (y) =>
        y
          .positional('files', {
            type: 'string',
            array: true,
            describe: 'Roadmap files or globs (default: roadmaps/*.md)',
          })
          .options(COMMANDS.lint.options),
      async (args) => {
        code = await (await commands.lint()).lintCommand(args, createOutput(args));
      },
    )
    .command(
      COMMANDS.watch.usage,
      COMMANDS.watch.describe,
      (y) =>
        y
          .positional('files', {
            type: 'string',
            array: true,
            describe: 'Roadmap files or globs (default: roadmaps/*.md)',
          })
          .options(COMMANDS.watch.options)
          // A port that cannot be one is wrong usage, found before a browser or a build starts.
          .check((args) => {
            const problem = portProblem(args.port);
            if (problem) throw new ArgumentError(problem);
            return true;
          })
          .example('$0 watch', 'Edit roadmaps/*.md and watch the deck follow at http://127.0.0.1:4321/'),
      async (args) => {
        code = await (await commands.watch()).watchCommand(args, createOutput(args));
      },
    )
    .command(
      COMMANDS.history.usage,
      COMMANDS.history.describe,
      (y) =>
        y
          .positional('path', { type: 'string', demandOption: true, describe: 'The roadmap page in a git repository' })
          .options(COMMANDS.history.options)
          .example('$0 history docs/roadmap.md', "The page's editions, with their commits and changes"),
      async (args) => {
        code = await (await commands.history()).historyCommand(args, createOutput(args));
      },
    )
    .command(
      COMMANDS.diff.usage,
      COMMANDS.diff.describe,
      (y) =>
        y
          .positional('old', { type: 'string', demandOption: true, describe: 'The earlier edition' })
          .positional('new', { type: 'string', demandOption: true, describe: 'The later edition' })
          .options(COMMANDS.diff.options)
          .example('$0 diff roadmaps/2025-spring.md roadmaps/2025-fall.md', 'What changed between two editions'),
      async (args) => {
        code = await (await commands.diff()).diffCommand(args, createOutput(args));
      },
    )
    .command(
      COMMANDS.init.usage,
      COMMANDS.init.describe,
      (y) =>
        y
          .positional('dir', { type: 'string', default: '.', describe: 'Folder to set up' })
          .options(COMMANDS.init.options),
      async (args) => {
        code = await (await commands.init()).initCommand(args, createOutput(args));
      },
    )
    .command(
      COMMANDS.doctor.usage,
      COMMANDS.doctor.describe,
      (y) =>
        y
          .positional('files', {
            type: 'string',
            array: true,
            describe: 'Roadmap pages whose text needs fonts (default: those a build reads)',
          })
          .options(COMMANDS.doctor.options),
      async (args) => {
        code = await (await commands.doctor()).doctorCommand(args, createOutput(args));
      },
    )
    .demandCommand(1, 'Give a command, for example: roadmap-deck build')
    .strict()
    .recommendCommands()
    .version(VERSION)
    .help()
    .alias('h', 'help')
    .epilogue(
      [
        'Exit codes:',
        '  0        success',
        '  1        bad input, a failed edition, or lint errors',
        '  2        wrong usage',
        '  3        no usable browser',
        '  130/143  interrupted (Ctrl-C / SIGTERM)',
      ].join('\n'),
    )
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((message, error) => {
      // An error from a command's own work passes through; anything else is wrong usage, said
      // before the command starts (yargs runs the handler only when the arguments passed).
      if (error && error.name !== 'YError' && !(error instanceof ArgumentError)) throw error;
      throw new ArgumentError(
        error instanceof ArgumentError ? error.message : usageMessage(message ?? error?.message ?? '', argv),
      );
    });
  try {
    await parser.parseAsync();
  } catch (error) {
    if (error instanceof ArgumentError) {
      process.stderr.write(`roadmap-deck: ${error.message}\n${usageLine(argv)}\n`);
      return EXIT.usage;
    }
    if (error instanceof RoadmapError) {
      printError(error, verbose);
      return isNoUsableBrowser(error) ? EXIT.environment : isUsageError(error) ? EXIT.usage : EXIT.failed;
    }
    process.stderr.write(
      `roadmap-deck: ${terminalText(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
    );
    if (verbose) for (const line of causeLines(error)) process.stderr.write(`${terminalLine(line)}\n`);
    return EXIT.failed;
  }
  return code;
}
