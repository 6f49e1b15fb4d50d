/**
 * The command line: yargs turns arguments into an options object and hands
 * it to the API. Only here do errors become messages and exit codes.
 *
 * Exit codes: 0 success; 1 bad input, a failed edition or lint errors;
 * 2 wrong usage; 3 no usable browser; 130/143 interrupted.
 */
import yargs, { type Argv } from 'yargs';
import { isNoUsableBrowser, isUsageError, RoadmapError, UsageError } from '../errors.js';
import { portProblem } from '../watch/port.js';
import { createOutput } from './output.js';

// Commands load on demand: `build` starts Chromium before the heavier modules are read.
const buildCommand = async (...a: Parameters<typeof import('./commands/build.js').buildCommand>) => (await import('./commands/build.js')).buildCommand(...a);
const inspectCommand = async (...a: Parameters<typeof import('./commands/inspect.js').inspectCommand>) => (await import('./commands/inspect.js')).inspectCommand(...a);
const lintCommand = async (...a: Parameters<typeof import('./commands/lint.js').lintCommand>) => (await import('./commands/lint.js')).lintCommand(...a);
const diffCommand = async (...a: Parameters<typeof import('./commands/diff.js').diffCommand>) => (await import('./commands/diff.js')).diffCommand(...a);
const watchCommand = async (...a: Parameters<typeof import('./commands/watch.js').watchCommand>) => (await import('./commands/watch.js')).watchCommand(...a);
const initCommand = async (...a: Parameters<typeof import('./commands/init.js').initCommand>) => (await import('./commands/init.js')).initCommand(...a);
const doctorCommand = async (...a: Parameters<typeof import('./commands/doctor.js').doctorCommand>) => (await import('./commands/doctor.js')).doctorCommand(...a);

export const EXIT = { ok: 0, failed: 1, usage: 2, environment: 3, interrupted: 130 } as const;

const VERSION = '0.1.0';

export async function main(argv: string[]): Promise<number> {
  // Output piped into `head` and closed early is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  let code: number = EXIT.ok;
  let usageError: string | undefined;
  const run = (task: (args: Record<string, unknown>) => Promise<number>) => async (args: Record<string, unknown>) => {
    code = await task(args);
  };
  const parser: Argv = yargs(argv)
    .scriptName('roadmap-deck')
    .usage('$0 <command> [options]\n\nTurn roadmap pages (Markdown) into slide decks, PDFs and handouts.')
    .option('config', { type: 'string', describe: 'Config file (default: roadmap-deck.config.* or package.json "roadmap-deck")' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Print only errors' })
    .option('verbose', { type: 'boolean', default: false, describe: 'Print more detail (every warning, timings)' })
    .command('build [files..]', 'Build decks (Marp Markdown, HTML, PDF, handout) for roadmap editions', (y) => y
      .positional('files', { type: 'string', array: true, describe: 'Roadmap files or globs (default: roadmaps/*.md)' })
      .option('out', { alias: 'o', type: 'string', describe: 'Output folder (default: output)' })
      .option('format', { alias: 'f', type: 'string', describe: 'Comma-separated formats: md, html, pdf, handout, png (default: md,html,pdf,handout)' })
      .option('paper', { type: 'string', choices: ['A4', 'Letter'], describe: 'Handout paper size (default: A4)' })
      .option('handout-layout', { type: 'number', choices: [1, 2, 4, 6], describe: 'Slides per handout page; 1 adds the full text under each slide (default: 1)' })
      .option('diff', { type: 'boolean', describe: 'Add "What changed since …" and NEW/CONTINUED badges (default: true; --no-diff turns it off)' })
      .option('force', { type: 'boolean', default: false, describe: 'Build every edition, even those whose inputs did not change' })
      .option('qr', { type: 'boolean', describe: 'QR codes for tracking links on initiative slides (default: true; --no-qr turns them off)' })
      .option('timeout', { type: 'number', describe: 'Seconds allowed to render one edition (default: 60)' })
      .option('concurrency', { type: 'number', describe: 'Editions rendered at once (default: number of cores)' })
      .option('json', { type: 'boolean', default: false, describe: 'Print a JSON build report on stdout' })
      .example('$0 build', 'Build every edition in roadmaps/')
      .example('$0 build roadmaps/2024-fall.md --format pdf,handout', 'Build one edition to PDF and handout'),
    run((args) => buildCommand(args, createOutput(args)) ))
    .command('inspect <file>', 'Show the roadmap model parsed from a file', (y) => y
      .positional('file', { type: 'string', demandOption: true, describe: 'Roadmap file' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the model as JSON (valid against schema/roadmap.schema.json)' })
      .option('explain', { type: 'boolean', default: false, describe: 'Show how the page was read: candidate levels, each decision and why' }),
    run((args) => inspectCommand(args, createOutput(args))))
    .command('lint [files..]', 'Check roadmap files and report problems like a compiler', (y) => y
      .positional('files', { type: 'string', array: true, describe: 'Roadmap files or globs (default: roadmaps/*.md)' })
      .option('json', { type: 'boolean', default: false, describe: 'Print diagnostics as JSON' }),
    run((args) => lintCommand(args, createOutput(args))))
    .command('watch [files..]', 'Build, serve the decks with live reload, and rebuild on every save', (y) => y
      .positional('files', { type: 'string', array: true, describe: 'Roadmap files or globs (default: roadmaps/*.md)' })
      .option('port', { alias: 'p', type: 'number', default: 4321, describe: 'Port on 127.0.0.1 (0 picks a free one)' })
      .option('out', { alias: 'o', type: 'string', describe: 'Output folder (default: output)' })
      .option('format', { alias: 'f', type: 'string', describe: 'Comma-separated formats (default: md,html,pdf,handout)' })
      // A port that cannot be one is wrong usage, found before a browser or a build starts.
      .check((args) => { const problem = portProblem(args.port); if (problem) throw new UsageError(problem); return true; })
      .example('$0 watch', 'Edit roadmaps/*.md and watch the deck follow at http://127.0.0.1:4321/'),
    run((args) => watchCommand(args, createOutput(args))))
    .command('diff <old> <new>', 'Show what changed between two editions of a roadmap', (y) => y
      .positional('old', { type: 'string', demandOption: true, describe: 'The earlier edition' })
      .positional('new', { type: 'string', demandOption: true, describe: 'The later edition' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the comparison as JSON' })
      .example('$0 diff roadmaps/backstage-2022-q3.md roadmaps/backstage-2024-fall.md', 'What changed between two editions'),
    run((args) => diffCommand(args, createOutput(args))))
    .command('init [dir]', 'Start a roadmap project: an example edition and a config (--eject: the templates too)', (y) => y
      .positional('dir', { type: 'string', default: '.', describe: 'Folder to set up' })
      .option('eject', { type: 'boolean', default: false, describe: 'Also copy the templates and theme, to change them' })
      .option('force', { type: 'boolean', default: false, describe: 'Replace files that are already there' }),
    run((args) => initCommand(args, createOutput(args))))
    .command('doctor', 'Check the browser, fonts and Node.js; --fix installs what is missing', (y) => y
      .option('fix', { type: 'boolean', default: false, describe: 'Find or install a browser and fonts' }),
    run((args) => doctorCommand(args, createOutput(args))))
    .demandCommand(1, 'Give a command, for example: roadmap-deck build')
    .strict()
    .recommendCommands()
    .version(VERSION)
    .help()
    .alias('h', 'help')
    .epilogue([
      'Exit codes:',
      '  0        success',
      '  1        bad input, a failed edition, or lint errors',
      '  2        wrong usage',
      '  3        no usable browser',
      '  130/143  interrupted (Ctrl-C / SIGTERM)',
    ].join('\n'))
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((message, error) => {
      if (error) throw error;
      usageError = message;
    });
  try {
    await parser.parseAsync();
  } catch (error) {
    if (error instanceof RoadmapError) {
      process.stderr.write(`roadmap-deck: ${error.format()}\n`);
      return isNoUsableBrowser(error) ? EXIT.environment : isUsageError(error) ? EXIT.usage : EXIT.failed;
    }
    process.stderr.write(`roadmap-deck: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.failed;
  }
  if (usageError) {
    process.stderr.write(`roadmap-deck: ${usageError}\nRun "roadmap-deck --help" for usage.\n`);
    return EXIT.usage;
  }
  return code;
}
