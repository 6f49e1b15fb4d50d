/**
 * Typed errors. Each failure has its own class carrying where it happened
 * (file, line, column) and the underlying `cause`. Only the CLI turns them
 * into messages and exit codes.
 */
import { printable } from './escape/terminal.js';

export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
}

export class RoadmapError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** Stable machine-readable code, e.g. `E_FRONT_MATTER`. */
  readonly code: string = 'E_ROADMAP';

  constructor(message: string, location: ErrorLocation = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
  }

  /** `file:line: message`, the one-line form the CLI prints: page text in it (a file name, a quoted value) made inert. */
  format(): string {
    const where = [
      this.file === undefined ? undefined : printable(this.file),
      this.line,
      this.line !== undefined ? this.column : undefined,
    ]
      .filter((part) => part !== undefined)
      .join(':');
    const message = printable(this.message);
    return where ? `${where}: ${message}` : message;
  }
}

export class InputNotFoundError extends RoadmapError {
  override readonly code = 'E_NOT_FOUND';
}
export class InputNotFileError extends RoadmapError {
  override readonly code = 'E_NOT_A_FILE';
}
/** Two pages that would build into one output folder, or a page that would take a name the output folder keeps. */
export class OutputNameClashError extends RoadmapError {
  override readonly code = 'E_NAME_CLASH';
}
export class InputEncodingError extends RoadmapError {
  override readonly code = 'E_ENCODING';
}
export class InputTooLargeError extends RoadmapError {
  override readonly code = 'E_TOO_LARGE';
}
export class EmptyInputError extends RoadmapError {
  override readonly code = 'E_EMPTY';
}
export class FrontMatterError extends RoadmapError {
  override readonly code = 'E_FRONT_MATTER';
}
export class NoInitiativesError extends RoadmapError {
  override readonly code = 'E_NO_INITIATIVES';
}
export class LimitExceededError extends RoadmapError {
  override readonly code = 'E_LIMIT';
}
/** One thing wrong in a config file, on its line. */
export interface ConfigProblem {
  message: string;
  line?: number;
}
export class ConfigError extends RoadmapError {
  override readonly code = 'E_CONFIG';
  /** Every problem found in the file, each with its line; the error's own message and line are the first's. */
  readonly problems: readonly ConfigProblem[];

  constructor(
    message: string,
    location: ErrorLocation = {},
    options?: { cause?: unknown; problems?: ConfigProblem[] },
  ) {
    super(message, location, options);
    this.problems = options?.problems?.length
      ? options.problems
      : [{ message, ...(location.line !== undefined ? { line: location.line } : {}) }];
  }

  /** A config with several problems: all of them at once, as `file:line: message`, one per line. */
  static of(problems: ConfigProblem[], file: string | undefined): ConfigError {
    const first = problems[0] ?? { message: 'config is not valid' };
    const message =
      problems.length > 1 ? `${problems.length} problems: ${problems.map((p) => p.message).join('; ')}` : first.message;
    return new ConfigError(message, { file, line: first.line }, { problems });
  }

  override format(): string {
    if (this.problems.length <= 1) return super.format();
    return this.problems.map((p) => new RoadmapError(p.message, { file: this.file, line: p.line }).format()).join('\n');
  }
}
export class TemplateError extends RoadmapError {
  override readonly code = 'E_TEMPLATE';
}
export class BrowserNotFoundError extends RoadmapError {
  override readonly code = 'E_NO_BROWSER';
}
export class BrowserError extends RoadmapError {
  override readonly code = 'E_BROWSER';
}
/** A page's renderer process died (out of memory, a Chromium bug): found at once, not at the timeout. */
export class RendererCrashError extends BrowserError {}
/** The browser itself went away (killed, crashed): no fresh page can help. */
export class BrowserGoneError extends BrowserError {}
/** An output (or the output lock) could not be written: a full disk, a read-only folder, a file where a folder should be. */
export class OutputWriteError extends RoadmapError {
  override readonly code = 'E_WRITE';
  /** The file or folder that could not be written. */
  readonly path: string;

  constructor(message: string, path: string, options?: { cause?: unknown }) {
    super(message, {}, options);
    this.path = path;
  }
}
/** A browser was found but would not start: as unusable as none (exit code 3). */
export class BrowserStartError extends RoadmapError {
  override readonly code = 'E_BROWSER_START';
}
/** No browser to use, or none that starts. */
export const isNoUsableBrowser = (error: RoadmapError) =>
  error.code === 'E_NO_BROWSER' || error.code === 'E_BROWSER_START';
export class RenderTimeoutError extends RoadmapError {
  override readonly code = 'E_TIMEOUT';
}
export class OutputLockedError extends RoadmapError {
  override readonly code = 'E_LOCKED';
}
export class InterruptedError extends RoadmapError {
  override readonly code = 'E_INTERRUPTED';
}

/** The command was used wrongly (an impossible option value, a port that cannot be used): exit code 2. */
export class UsageError extends RoadmapError {
  override readonly code: string = 'E_USAGE';
}
/** The preview server could not listen on the port it was given (in use, not allowed). */
export class PortUnavailableError extends UsageError {}
export const isUsageError = (error: RoadmapError) => error.code === 'E_USAGE';

/** A RoadmapError as plain data, to cross a worker boundary (classes do not survive structured cloning). */
export interface RoadmapErrorData extends ErrorLocation {
  name: string;
  message: string;
}

export function errorToData(error: RoadmapError): RoadmapErrorData {
  return { name: error.name, message: error.message, file: error.file, line: error.line, column: error.column };
}

/** The classes an error may be rebuilt as on this side of a worker boundary. */
const REBUILDABLE: Record<string, new (message: string, location?: ErrorLocation) => RoadmapError> = {
  RoadmapError,
  InputNotFoundError,
  InputNotFileError,
  InputEncodingError,
  InputTooLargeError,
  EmptyInputError,
  FrontMatterError,
  NoInitiativesError,
  LimitExceededError,
  ConfigError,
};

export function errorFromData(data: RoadmapErrorData): RoadmapError {
  const Class = REBUILDABLE[data.name] ?? RoadmapError;
  return new Class(data.message, { file: data.file, line: data.line, column: data.column });
}

/** Wraps anything thrown into a RoadmapError, keeping the original as `cause`. */
export function toRoadmapError(error: unknown, location: ErrorLocation = {}): RoadmapError {
  if (error instanceof RoadmapError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new RoadmapError(message, location, { cause: error });
}
