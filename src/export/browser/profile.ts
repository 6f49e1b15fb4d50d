/**
 * Chromium's throw-away profile (`--user-data-dir`), one per browser, and
 * everything Chromium puts beside it in the temporary folder: removed when
 * the browser closes, on errors and signals, and (for builds killed outright)
 * by the next build once their browser is gone.
 */
import { mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { readdir, readlink, rm, stat } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { isAlive } from '../lock.js';

const PROFILE_PREFIX = 'roadmap-deck-chromium-';

/**
 * Chromium's process-singleton folder: it makes `$TMPDIR/org.chromium.Chromium.XXXXXX/SingletonSocket`
 * and links it from the profile. A browser that exits cleanly removes it; one that is ended (which is
 * how a build closes its browser: it is quicker, and nothing in the profile needs saving) leaves it.
 */
const SINGLETON_DIR = /^\.?(org\.chromium\.Chromium|com\.google\.Chrome(\.for\.Testing)?)\.[\w-]+$/;

/** A new, empty profile folder (synchronously: Chromium starts before anything else is awaited). */
export function createProfile(): string {
  return mkdtempSync(join(tmpdir(), PROFILE_PREFIX));
}

/** The singleton folder this profile's browser made, if any (only a folder named as Chromium names it). */
function singletonDirOf(target: string | undefined): string | undefined {
  if (!target) return undefined;
  const dir = dirname(target);
  return SINGLETON_DIR.test(basename(dir)) ? dir : undefined;
}

/** Removes a profile and the singleton folder of its browser; the browser must have exited. */
export async function removeProfile(profile: string): Promise<void> {
  const singleton = singletonDirOf(await readlink(join(profile, 'SingletonSocket')).catch(() => undefined));
  if (singleton) await rm(singleton, { recursive: true, force: true }).catch(() => undefined);
  await rm(profile, { recursive: true, force: true, maxRetries: 3 });
}

/** The same, synchronously, for the last moment of a process that exits with its browser still open. */
export function removeProfileSync(profile: string): void {
  try {
    let target: string | undefined;
    try {
      target = readlinkSync(join(profile, 'SingletonSocket'));
    } catch {
      // No browser got that far.
    }
    const singleton = singletonDirOf(target);
    if (singleton) rmSync(singleton, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  } catch {
    // Best effort at exit; the next build removes what is left.
  }
}

/**
 * Profiles left behind by builds that were killed outright (no chance to clean up): removed
 * once their browser is gone. Chromium names its process in the profile's SingletonLock
 * (`host-pid`); a profile without one is removed after an hour.
 */
export async function removeStaleProfiles(current?: string): Promise<void> {
  try {
    const names = (await readdir(tmpdir())).filter((name) => name.startsWith(PROFILE_PREFIX));
    for (const name of names) {
      const dir = join(tmpdir(), name);
      if (dir === current) continue;
      let stale: boolean;
      try {
        const [host, pid] = /^(.*)-(\d+)$/.exec(await readlink(join(dir, 'SingletonLock')))?.slice(1) ?? [];
        stale = host === hostname() && !isAlive(Number(pid));
      } catch {
        stale = Date.now() - (await stat(dir)).mtimeMs > 3_600_000;
      }
      if (stale) await removeProfile(dir);
    }
  } catch {
    // Tidying up is best effort.
  }
}
