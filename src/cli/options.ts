/**
 * Every command and its options, as data. yargs reads them to parse and
 * check the command line; the usage messages read them to name a command's
 * usage and suggest an option; the commands get their arguments typed from
 * them. Light on purpose: this is read at every start.
 */
import type { ArgumentsCamelCase, InferredOptionTypes, Options } from 'yargs';
import { FORMATS } from '../formats.js';
import { DEFAULTS, HANDOUT_LAYOUTS, HANDOUT_ORIENTATIONS, OVERVIEWS, PAPERS, THEMES } from '../settings/defaults.js';
import type { SettingsInput } from '../settings/index.js';
import { count, formats, oneOf, seconds, text } from './coerce.js';

export const GLOBAL_OPTIONS = {
  config: {
    type: 'string',
    requiresArg: true,
    coerce: text('config'),
    describe: 'Config file (default: roadmap-deck.config.* or package.json "roadmap-deck")',
  },
  quiet: { alias: 'q', type: 'boolean', default: false, describe: 'Print only errors' },
  verbose: {
    type: 'boolean',
    default: false,
    describe: 'Print more detail (every warning, timings, what caused an error)',
  },
} as const satisfies Record<string, Options>;

const out = {
  alias: 'o',
  type: 'string',
  requiresArg: true,
  coerce: text('out'),
  describe: `Output folder (default: ${DEFAULTS.outDir})`,
} as const satisfies Options;
const format = {
  alias: 'f',
  type: 'string',
  requiresArg: true,
  coerce: formats('format'),
  describe: `Comma-separated formats: ${FORMATS.join(', ')} (default: ${DEFAULTS.formats.join(',')})`,
} as const satisfies Options;
const json = (what: string) =>
  ({ type: 'boolean', default: false, describe: `Print ${what} as JSON` }) as const satisfies Options;

/** Where a page's history is read: `build --git` and `history`. */
const HISTORY_RANGE = {
  repo: {
    type: 'string',
    requiresArg: true,
    coerce: text('repo'),
    describe: 'The git repository (default: the one that holds the page); the page is then a path inside it',
  },
  since: {
    type: 'string',
    requiresArg: true,
    coerce: text('since'),
    describe: 'Only commits from this date on (YYYY-MM-DD)',
  },
  ref: {
    type: 'string',
    requiresArg: true,
    coerce: text('ref'),
    describe: 'Read the history of this branch, tag or commit (default: HEAD)',
  },
  'every-commit': {
    type: 'boolean',
    default: false,
    describe: 'One deck per commit that changed the page, not one per edition',
  },
} as const satisfies Record<string, Options>;

const theme = {
  requiresArg: true,
  choices: THEMES,
  coerce: oneOf('theme', THEMES),
  describe: `Theme: ${THEMES.join(', ')} (default: ${DEFAULTS.theme})`,
} as const satisfies Options;

const BUILD_OPTIONS = {
  out,
  format,
  theme,
  git: {
    type: 'string',
    requiresArg: true,
    coerce: text('git'),
    describe: "Build a deck for each edition in this page's git history (instead of files)",
  },
  ...HISTORY_RANGE,
  paper: {
    requiresArg: true,
    choices: PAPERS,
    coerce: oneOf('paper', PAPERS),
    describe: `Handout paper size (default: ${DEFAULTS.paper})`,
  },
  'handout-layout': {
    requiresArg: true,
    choices: HANDOUT_LAYOUTS,
    coerce: oneOf('handout-layout', HANDOUT_LAYOUTS),
    describe: `Slides per handout page, each as large as the page allows; 1 adds the full text where the slide could not show it (default: ${DEFAULTS.handoutLayout})`,
  },
  'handout-orientation': {
    requiresArg: true,
    choices: HANDOUT_ORIENTATIONS,
    coerce: oneOf('handout-orientation', HANDOUT_ORIENTATIONS),
    describe: `Handout paper upright or on its side; landscape suits 4 slides per page (default: ${DEFAULTS.handoutOrientation})`,
  },
  overview: {
    requiresArg: true,
    choices: OVERVIEWS,
    coerce: oneOf('overview', OVERVIEWS),
    describe: `After the title slide: a board of cards in columns, the list of sections and titles, or both (default: ${DEFAULTS.overview})`,
  },
  'handout-lines': {
    type: 'boolean',
    describe: 'Ruled lines for notes beside each slide of the handout (default: false)',
  },
  'handout-notes': {
    type: 'boolean',
    describe:
      "Print author notes (page comments, <page>.notes.md) in the handout above each initiative's full text; needs --handout-layout 1 (default: false)",
  },
  diff: {
    type: 'boolean',
    describe: 'Add "What changed since …" and NEW/CONTINUED badges (default: true; --no-diff turns it off)',
  },
  force: { type: 'boolean', default: false, describe: 'Build every edition, even those whose inputs did not change' },
  qr: {
    type: 'boolean',
    describe: 'QR codes for tracking links on initiative slides (default: true; --no-qr turns them off)',
  },
  // Without a type, yargs hands over "-1" or "abc" as given, so the message can show them.
  timeout: {
    requiresArg: true,
    coerce: seconds('timeout'),
    describe: `Seconds allowed to render one edition (default: ${DEFAULTS.timeout})`,
  },
  concurrency: {
    requiresArg: true,
    coerce: count('concurrency'),
    describe: 'Editions rendered at once (default: number of cores)',
  },
  'history-slide': {
    type: 'boolean',
    default: false,
    describe: 'With --git: the newest deck gets a slide of the roadmap over time',
  },
  json: { type: 'boolean', default: false, describe: 'Print a JSON build report on stdout' },
} as const satisfies Record<string, Options>;

const WATCH_OPTIONS = {
  port: {
    alias: 'p',
    type: 'number',
    default: DEFAULTS.port,
    requiresArg: true,
    describe: 'Port on 127.0.0.1 (0 picks a free one)',
  },
  out,
  format,
  theme,
} as const satisfies Record<string, Options>;

const INSPECT_OPTIONS = {
  json: json('the model (valid against schema/roadmap.schema.json)'),
  explain: {
    type: 'boolean',
    default: false,
    describe: 'Show how the page was read: candidate levels, each decision and why',
  },
} as const satisfies Record<string, Options>;
const LINT_OPTIONS = { json: json('diagnostics') } as const satisfies Record<string, Options>;
const DIFF_OPTIONS = { json: json('the comparison') } as const satisfies Record<string, Options>;
const INIT_OPTIONS = {
  eject: { type: 'boolean', default: false, describe: 'Also copy the templates and theme, to change them' },
  theme,
  force: { type: 'boolean', default: false, describe: 'Replace files that are already there' },
} as const satisfies Record<string, Options>;
const HISTORY_OPTIONS = {
  ...HISTORY_RANGE,
  json: json('the editions (valid against schema/history.schema.json)'),
} as const satisfies Record<string, Options>;
const DOCTOR_OPTIONS = {
  fix: { type: 'boolean', default: false, describe: 'Find or install a browser and fonts' },
} as const satisfies Record<string, Options>;

/** Each command: how it is called (yargs' syntax), what it does, and its options. */
export const COMMANDS = {
  build: {
    usage: 'build [files..]',
    describe: 'Build decks (Marp Markdown, HTML, PDF, handout) for roadmap editions',
    options: BUILD_OPTIONS,
  },
  watch: {
    usage: 'watch [files..]',
    describe: 'Build, serve the decks with live reload, and rebuild on every save',
    options: WATCH_OPTIONS,
  },
  diff: {
    usage: 'diff <old> <new>',
    describe: 'Show what changed between two editions of a roadmap',
    options: DIFF_OPTIONS,
  },
  lint: {
    usage: 'lint [files..]',
    describe: 'Check roadmap files and report problems like a compiler',
    options: LINT_OPTIONS,
  },
  history: {
    usage: 'history <path>',
    describe: "List the editions in a roadmap page's git history, and what changed from one to the next",
    options: HISTORY_OPTIONS,
  },
  inspect: { usage: 'inspect <file>', describe: 'Show the roadmap model parsed from a file', options: INSPECT_OPTIONS },
  init: {
    usage: 'init [dir]',
    describe: 'Start a roadmap project: an example edition and a config (--eject: the templates too)',
    options: INIT_OPTIONS,
  },
  doctor: {
    usage: 'doctor [files..]',
    describe: 'Check the browser, fonts (for the pages too) and Node.js; --fix installs what is missing',
    options: DOCTOR_OPTIONS,
  },
} as const;

export type CommandName = keyof typeof COMMANDS;
export const COMMAND_NAMES: CommandName[] = Object.keys(COMMANDS).filter((name): name is CommandName =>
  Object.hasOwn(COMMANDS, name),
);

/** A command's arguments as its handler gets them: global options, its own options, its positionals. */
type Args<O extends Record<string, Options>, P> = ArgumentsCamelCase<
  InferredOptionTypes<typeof GLOBAL_OPTIONS & O> & P
>;

export type BuildArgs = Args<typeof BUILD_OPTIONS, { files: string[] | undefined }>;
export type WatchArgs = Args<typeof WATCH_OPTIONS, { files: string[] | undefined }>;
export type InspectArgs = Args<typeof INSPECT_OPTIONS, { file: string }>;
export type LintArgs = Args<typeof LINT_OPTIONS, { files: string[] | undefined }>;
export type DiffArgs = Args<typeof DIFF_OPTIONS, { old: string; new: string }>;
export type InitArgs = Args<typeof INIT_OPTIONS, { dir: string }>;
export type HistoryArgs = Args<typeof HISTORY_OPTIONS, { path: string }>;
export type DoctorArgs = Args<typeof DOCTOR_OPTIONS, { files: string[] | undefined }>;

/** What `build` and `watch` were told on the command line, for the settings. */
export function settingsInput(
  args: Partial<
    Pick<
      BuildArgs,
      | 'files'
      | 'out'
      | 'format'
      | 'theme'
      | 'paper'
      | 'handoutLayout'
      | 'handoutOrientation'
      | 'handoutLines'
      | 'handoutNotes'
      | 'diff'
      | 'qr'
      | 'overview'
      | 'force'
      | 'timeout'
      | 'concurrency'
    >
  >,
): SettingsInput {
  return {
    via: 'command line',
    files: args.files,
    outDir: args.out,
    formats: args.format,
    theme: args.theme,
    paper: args.paper,
    handoutLayout: args.handoutLayout,
    handoutOrientation: args.handoutOrientation,
    handoutLines: args.handoutLines,
    handoutNotes: args.handoutNotes,
    diff: args.diff,
    qr: args.qr,
    overview: args.overview,
    force: args.force,
    timeoutMs: args.timeout === undefined ? undefined : args.timeout * 1000,
    concurrency: args.concurrency,
  };
}
