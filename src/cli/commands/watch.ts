/** `roadmap-deck watch [files..] [--port N]`: build, serve with live reload, rebuild on save. */
import { parseFormats } from './build.js';
import { startWatch } from '../../watch/index.js';
import type { Output } from '../output.js';

export async function watchCommand(args: Record<string, unknown>, output: Output): Promise<number> {
  const session = await startWatch({
    files: (args.files as string[] | undefined) ?? [],
    outDir: args.out as string | undefined,
    port: typeof args.port === 'number' ? args.port : undefined,
    configFile: args.config as string | undefined,
    formats: parseFormats(args.format),
    log: (line) => output.out(line),
  });
  await new Promise<void>((done) => {
    const stop = () => {
      output.out('Stopping…');
      void session.close().finally(done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
