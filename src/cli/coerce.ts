/**
 * Option values turned into what the commands take, or refused with a line
 * that names the option, what it takes and what was given. yargs runs these
 * while parsing, so a wrong value stops the command before any work.
 */
import { UsageError } from '../errors.js';
import { FORMATS, type Format } from '../formats.js';
import { closest } from './closest.js';

/** Wrong usage found in the arguments themselves: shown with the command's usage line. */
export class ArgumentError extends UsageError {}

const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

/** yargs collects a repeated option into a list; a setting that takes one value takes it once. */
function once(name: string, value: unknown): unknown {
  if (Array.isArray(value)) throw new ArgumentError(`--${name} is given ${value.length} times; give it once`);
  return value;
}

/** A non-empty text: a path, a file name. */
export const text =
  (name: string) =>
  (value: unknown): string => {
    const given = once(name, value);
    if ((typeof given !== 'string' && typeof given !== 'number') || String(given).trim() === '')
      throw new ArgumentError(`--${name} needs a value`);
    return String(given);
  };

/** A number of seconds, more than zero. */
export const seconds =
  (name: string) =>
  (value: unknown): number => {
    const given = once(name, value);
    if (typeof given === 'number' && Number.isFinite(given) && given > 0) return given;
    throw new ArgumentError(`--${name} must be a number of seconds greater than 0 (got ${shown(given)})`);
  };

/** A whole number, 1 or more. */
export const count =
  (name: string) =>
  (value: unknown): number => {
    const given = once(name, value);
    if (typeof given === 'number' && Number.isInteger(given) && given >= 1) return given;
    throw new ArgumentError(`--${name} must be a whole number, 1 or more (got ${shown(given)})`);
  };

/** One of a few values, in any letter case (`a4` is `A4`). */
export const oneOf =
  <T extends string | number>(name: string, choices: readonly T[]) =>
  (value: unknown): T => {
    const given = once(name, value);
    const match = choices.find((choice) => String(choice).toLowerCase() === String(given).toLowerCase());
    if (match !== undefined) return match;
    const near = closest(String(given), choices.map(String));
    throw new ArgumentError(
      `--${name} must be one of ${choices.join(', ')} (got ${shown(given)})${near ? `; did you mean ${near}?` : ''}`,
    );
  };

/** Formats as a comma-separated list (`md,pdf`), or the option repeated (`-f md -f pdf`). */
export const formats =
  (name: string) =>
  (value: unknown): Format[] => {
    const list = [value]
      .flat()
      .flatMap((part) => String(part).split(','))
      .map((f) => f.trim().toLowerCase())
      .filter(Boolean);
    if (!list.length)
      throw new ArgumentError(
        `--${name} needs at least one of ${FORMATS.join(', ')} (got ${shown([value].flat().join(','))})`,
      );
    const picked: Format[] = [];
    for (const item of list) {
      const format = FORMATS.find((f) => f === item);
      if (!format) {
        const near = closest(item, FORMATS);
        throw new ArgumentError(
          `--${name} has "${item}", which is not a format${near ? `; did you mean ${near}?` : ''} (formats: ${FORMATS.join(', ')})`,
        );
      }
      if (!picked.includes(format)) picked.push(format);
    }
    return picked;
  };
