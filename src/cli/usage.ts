/**
 * Wrong usage as one line that says what is wrong in the user's terms: a
 * misspelt command or option gets a "did you mean", a missing file is named
 * by what it is for. yargs' own messages ("Unknown argument: frce", "Not
 * enough non-option arguments: got 0, need at least 1") are reworded here.
 * A second line gives the command's usage.
 */
import type { Options } from 'yargs';
import { closest } from './closest.js';
import { COMMAND_NAMES, COMMANDS, GLOBAL_OPTIONS, type CommandName } from './options.js';

const SCRIPT = 'roadmap-deck';
const BUILT_IN = ['help', 'h', 'version'];

const isCommand = (word: string | undefined): word is CommandName =>
  word !== undefined && Object.hasOwn(COMMANDS, word);
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Options that take a value, so that the word after them is not taken for the command. */
const TAKES_VALUE = new Set(['config']);

/** The argument naming the command: the first word that is not an option or an option's value. */
function commandWord(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') return argv[i + 1];
    if (!token.startsWith('-')) return token;
    if (TAKES_VALUE.has(token.replace(/^--?/, ''))) i++;
  }
  return undefined;
}

/** Option names a command knows (its own and the global ones), as typed on the command line. */
function knownOptions(command: CommandName | undefined): {
  names: Set<string>;
  booleans: Set<string>;
  shown: string[];
} {
  const tables: Record<string, Options>[] = [GLOBAL_OPTIONS, ...(command ? [COMMANDS[command].options] : [])];
  const names = new Set(BUILT_IN);
  const booleans = new Set<string>();
  const shown: string[] = [];
  for (const table of tables) {
    for (const [name, option] of Object.entries(table)) {
      const aliases = [option.alias ?? []].flat();
      for (const n of [name, camel(name), ...aliases]) names.add(n);
      if (option.type === 'boolean') for (const n of [name, camel(name)]) booleans.add(n);
      shown.push(name);
    }
  }
  return { names, booleans, shown };
}

/** Options in `argv` that the command does not know, as typed (`--frce`), each with the nearest known one. */
function unknownOptions(argv: string[]): { option: string; suggestion?: string }[] {
  const word = commandWord(argv);
  const { names, booleans, shown } = knownOptions(isCommand(word) ? word : undefined);
  const unknown: { option: string; suggestion?: string }[] = [];
  for (const token of argv) {
    if (token === '--') break;
    // A negative number is a value (`--timeout -1`), not an option.
    if (!token.startsWith('-') || token === '-' || /^-\d/.test(token)) continue;
    const long = token.startsWith('--');
    const name = token.replace(/^--?/, '').split('=')[0]!;
    // `-qv` is -q and -v.
    const parts = long || name.length === 1 ? [name] : [...name];
    for (const part of parts) {
      const plain = long && part.startsWith('no-') && booleans.has(part.slice(3)) ? part.slice(3) : part;
      if (names.has(plain)) continue;
      // `--no-qrr` is near `--no-qr`: only a yes/no option has a --no- form.
      const negated = long && part.startsWith('no-');
      const near = negated
        ? closest(
            part.slice(3),
            [...booleans].filter((b) => shown.includes(b)),
          )
        : closest(plain, shown);
      unknown.push({
        option: `${long ? '--' : '-'}${part}`,
        ...(near ? { suggestion: `--${negated ? 'no-' : ''}${near}` } : {}),
      });
    }
  }
  return unknown;
}

/** What each command's missing positional arguments are for. */
const MISSING: Partial<Record<CommandName, string>> = {
  inspect: 'inspect needs the roadmap FILE to read',
  diff: 'diff needs two roadmap files: the OLD edition and the NEW one',
  history: 'history needs the PATH of a roadmap page in a git repository',
};

/** yargs' message for wrong usage, reworded as one line about the given arguments. */
export function usageMessage(message: string, argv: string[]): string {
  const unknown = unknownOptions(argv);
  if (unknown.length) {
    const listed = unknown
      .map((u) => `${u.option}${u.suggestion ? ` (did you mean ${u.suggestion}?)` : ''}`)
      .join(', ');
    return `unknown ${unknown.length === 1 ? 'option' : 'options'} ${listed}`;
  }
  const word = commandWord(argv);
  if (word === undefined) return `give a command, for example: ${SCRIPT} build`;
  if (!isCommand(word)) {
    const near = closest(word, COMMAND_NAMES);
    return `unknown command "${word}"; ${near ? `did you mean "${near}"?` : `the commands are ${COMMAND_NAMES.join(', ')}`}`;
  }
  if (/^Not enough non-option arguments/.test(message)) return MISSING[word] ?? `${word} needs more arguments`;
  const surplus = /^Unknown arguments?: (.+)$/.exec(message);
  if (surplus)
    return `${word} takes no more arguments (got ${surplus[1]!
      .split(', ')
      .map((a) => `"${a}"`)
      .join(', ')})`;
  const noValue = /^Not enough arguments following: (.+)$/.exec(message);
  if (noValue) return `--${noValue[1]} needs a value`;
  const invalid = /Argument: ([\w-]+), Given: (.+?), Choices: (.+)$/m.exec(message);
  if (invalid) return `--${invalid[1]} must be one of ${invalid[3]!.replace(/"/g, '')} (got ${invalid[2]})`;
  return message.split('\n')[0]!;
}

/** The second line of a usage error: how the command is called, and where to read more. */
export function usageLine(argv: string[]): string {
  const word = commandWord(argv);
  if (isCommand(word))
    return `usage: ${SCRIPT} ${COMMANDS[word].usage} [options]   (${SCRIPT} ${word} --help for all options)`;
  return `usage: ${SCRIPT} <command> [options]; commands: ${COMMAND_NAMES.join(', ')}   (${SCRIPT} --help for more)`;
}
