/**
 * What `watch` listens to: the folders of the pages (their `.md` files), the
 * templates and the theme, and the config file. Editors save in several
 * steps (truncate and write, or write and rename), so changes are gathered
 * for a moment and reported once.
 */
import { watch as watchFs, type FSWatcher } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Long enough to gather the steps of one save, short beside the time a rebuild takes. */
export const SETTLE_MS = 25;

export interface SourcesToWatch {
  /** Folders holding the pages (absolute). */
  pageDirs: Iterable<string>;
  templates: string;
  configFile?: string;
  /** Called once per gathered change; `config` when the config file was among them. */
  onChange(change: { config: boolean }): void;
  /** Told about a folder that cannot be watched. */
  say(line: string): void;
}

export function watchSources(sources: SourcesToWatch): { close(): void } {
  const watchers: FSWatcher[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let config = false;
  const changed = (isConfig: boolean) => {
    // A config change stays noticed even when a page's change comes right after it.
    config ||= isConfig;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const change = { config };
      config = false;
      sources.onChange(change);
    }, SETTLE_MS);
  };
  const watchDir = (dir: string, filter: (name: string) => boolean, isConfig = false) => {
    try {
      watchers.push(
        watchFs(dir, (_event, name) => {
          if (name && filter(String(name))) changed(isConfig);
        }),
      );
    } catch {
      sources.say(`(not watching ${dir}: it cannot be watched)`);
    }
  };
  for (const dir of sources.pageDirs) watchDir(dir, (name) => name.toLowerCase().endsWith('.md'));
  watchDir(sources.templates, (name) => /\.(hbs|css)$/.test(name));
  watchDir(resolve(sources.templates, 'partials'), (name) => name.endsWith('.hbs'));
  const { configFile } = sources;
  if (configFile) watchDir(dirname(configFile), (name) => resolve(dirname(configFile), name) === configFile, true);
  return {
    close: () => {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
