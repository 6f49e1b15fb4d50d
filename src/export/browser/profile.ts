/**
 * Chromium's throw-away profile (`--user-data-dir`), one per browser, and
 * everything Chromium puts beside it in the temporary folder: removed when
 * the browser closes, on errors and signals, and (for builds killed outright)
 * by the next build once their browser is gone.
 */
import { mkdtempSync, readdirSync, readlinkSync, rmSync, statSync } from 'node:fs';
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

/** When each profile of this process was made. */
const madeAt = new Map<string, number>();

/** A new, empty profile folder (synchronously: Chromium starts before anything else is awaited). */
export function createProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), PROFILE_PREFIX));
  madeAt.set(profile, Date.now());
  return profile;
}

/** The singleton folder this profile's browser made, if any (only a folder named as Chromium names it). */
function singletonDirOf(target: string | undefined): string | undefined {
  if (!target) return undefined;
  const dir = dirname(target);
  return SINGLETON_DIR.test(basename(dir)) ? dir : undefined;
}

/**
 * A browser ended between making its singleton folder and linking it from the profile leaves a
 * folder nothing points to: the singleton folders made in the seconds after this profile was, that
 * no profile of ours links to.
 */
function unlinkedSingletonsSince(profile: string): string[] {
  const since = madeAt.get(profile);
  if (since === undefined) return [];
  try {
    const names = readdirSync(tmpdir());
    const linked = new Set(
      names
        .filter((name) => name.startsWith(PROFILE_PREFIX))
        .map((name) => {
          try {
            return singletonDirOf(readlinkSync(join(tmpdir(), name, 'SingletonSocket')));
          } catch {
            return undefined;
          }
        })
        .filter(Boolean),
    );
    return names
      .filter((name) => SINGLETON_DIR.test(name))
      .map((name) => join(tmpdir(), name))
      .filter((dir) => {
        // Chromium makes it within seconds of starting on the new profile; a folder made later is another browser's.
        const made = statSync(dir).mtimeMs;
        return !linked.has(dir) && made >= since - 1000 && made <= since + 30_000;
      });
  } catch {
    return [];
  }
}

/**
 * Shared-memory files a browser ended outright may leave (`$TMPDIR/.org.chromium.Chromium.XXXXXX`:
 * Chromium makes each and unlinks it at once, where /dev/shm is not used), made since this profile was.
 * Nothing ever opens one by name again, so removing one that a live browser holds open harms nothing.
 */
function leftSharedMemorySince(profile: string): string[] {
  const since = madeAt.get(profile);
  if (since === undefined) return [];
  try {
    return readdirSync(tmpdir())
      .filter((name) => name.startsWith('.') && SINGLETON_DIR.test(name))
      .map((name) => join(tmpdir(), name))
      .filter((path) => statSync(path).mtimeMs >= since - 1000);
  } catch {
    return [];
  }
}

/** What a profile's browser left beside it: its singleton folder (linked or not) and shared-memory files. */
function leftBeside(profile: string, socketTarget: string | undefined): string[] {
  const singleton = singletonDirOf(socketTarget);
  const left = [...(singleton ? [singleton] : unlinkedSingletonsSince(profile)), ...leftSharedMemorySince(profile)];
  return [...new Set(left)];
}

/** Removes a profile and the singleton folder of its browser; the browser must have exited. */
export async function removeProfile(profile: string): Promise<void> {
  const target = await readlink(join(profile, 'SingletonSocket')).catch(() => undefined);
  for (const dir of leftBeside(profile, target)) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  await rm(profile, { recursive: true, force: true, maxRetries: 3 });
  madeAt.delete(profile);
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
    for (const dir of leftBeside(profile, target)) rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
    madeAt.delete(profile);
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
