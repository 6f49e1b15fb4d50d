/**
 * `roadmap-deck watch [files..] [--port N]`: build, serve with live reload, rebuild on save.
 * Ctrl-C (SIGINT) or SIGTERM closes the server, the watchers and the browser, then exits
 * 130 or 143, as a shell reports a process ended by that signal.
 */
import { closeAllBrowsers } from '../../export/browser/launch.js';
import { startWatch, type WatchSession } from '../../watch/index.js';
import { settingsInput, type WatchArgs } from '../options.js';
import type { Output } from '../output.js';

const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

/** Resolves with the exit code of the first SIGINT/SIGTERM; a second one exits at once (the browser still ends with the process). */
function nextSignal(): { code: Promise<number>; stop(): void } {
  let received: number | undefined;
  let settle: (code: number) => void = () => undefined;
  const code = new Promise<number>((resolve) => {
    settle = resolve;
  });
  const handler = (signal: 'SIGINT' | 'SIGTERM') => {
    if (received !== undefined) process.exit(received);
    received = SIGNAL_EXIT[signal];
    settle(received);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    code,
    stop: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}

export async function watchCommand(args: WatchArgs, output: Output): Promise<number> {
  // Listening from the start: a signal during the first build must also close what is open.
  const signal = nextSignal();
  let stopping = false;
  const starting = startWatch({
    ...settingsInput(args),
    port: args.port,
    configFile: args.config,
    log: (line) => {
      if (!stopping) output.out(line);
    },
  });
  try {
    const first = await Promise.race([starting, signal.code]);
    if (typeof first === 'number') {
      // Interrupted while starting: ending the browser ends the first build, then all is closed.
      stopping = true;
      output.out('Stopping…');
      await closeAllBrowsers();
      await (await starting.catch(() => undefined))?.close();
      return first;
    }
    const session: WatchSession = first;
    const code = await signal.code;
    stopping = true;
    output.out('Stopping…');
    await session.close();
    return code;
  } finally {
    signal.stop();
  }
}
