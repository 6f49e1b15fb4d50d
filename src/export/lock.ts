/**
 * One build at a time per output folder. The lock is `.roadmap-deck.lock` in that folder; it names
 * its holder by PID and by a nonce unique to each acquisition (`<pid>-<random>`). A build that finds
 * it held waits its turn (up to a limit, then stops with a clear message); a lock whose holder is
 * gone is taken over.
 *
 * Why two builds can never hold it at once:
 *
 * 1. A lock appears whole or not at all. Its content is written to a temporary file first, which is
 *    then hard-linked to the lock's name: link() is atomic and fails with EEXIST when the name is
 *    taken. Of any number of builds racing for a free lock exactly one gets it, and no one reads a
 *    lock that is still empty. (Creating the file with open('wx') and writing the PID afterwards let
 *    a second build read the empty file in between, take it for a dead build's, and remove it.)
 * 2. A lock is removed only by its holder, on release, or by a build that found the holder dead: its
 *    PID does not run; or the PID is this process's and the nonce is not one of its acquisitions
 *    (a PID reused after a crash, or a holder in this same process that has already released); or
 *    the content does not parse and is older than a few seconds.
 * 3. Removing a dead holder's lock is the racy step. Build B reads the dead lock N; build C removes N
 *    and takes the lock as M; B, late, removes M, a live lock (ABA). So removing N first requires
 *    holding the takeover marker `<lock>.stale-N`, itself made as in point 1, so at most one build
 *    holds it; holding it, the build reads the lock again and removes it only if it still carries N.
 *    Between that check and the unlink the lock cannot change: N's holder is dead, and anyone else
 *    who would remove N needs the marker. Once N is gone no lock carries N again (nonces are never
 *    reused): a late build that takes the marker afterwards finds another nonce and removes nothing.
 * 4. A marker whose holder died half-way through a takeover is a dead lock too, taken over the same
 *    way through `<marker>.stale-T`. Each level needs a process to die within a few system calls.
 *
 * Builds in one process exclude each other too: a holder is its nonce, not its PID.
 *
 * Limits: a holder is judged alive by its PID, so a build in another PID namespace (a container
 * sharing the folder) looks dead. On a file system without hard links the lock is made by an
 * exclusive copy instead, which is briefly empty; content that does not parse is given a few seconds'
 * grace for that reason.
 */
import { randomBytes } from 'node:crypto';
import { constants, type BigIntStats } from 'node:fs';
import { copyFile, link, mkdir, open, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OutputLockedError } from '../errors.js';
import { cannotWrite, trackTemporaryFile, untrackTemporaryFile } from './write.js';

export const LOCK_NAME = '.roadmap-deck.lock';

/** Content that still does not parse this long after it was written is a dead build's, not one being written. */
const UNPARSABLE_GRACE_MS = 2_000;

/** Whether a process with this PID is running (one we may not signal counts). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface LockOptions {
  /** How long to wait for another build to finish. */
  waitMs?: number;
  onWait?: (holderPid: number) => void;
}

/** Nonces of this process's acquisitions in progress or held; one set even if this module is loaded twice. */
const NONCES = Symbol.for('roadmap-deck.lock.nonces');
const shared = globalThis as Record<symbol, unknown>;
shared[NONCES] ??= new Set<string>();
const ours = shared[NONCES] as Set<string>;

interface Acquirer {
  nonce: string;
  /** This acquisition's content, linked to every name it takes (the lock, takeover markers). */
  temp: string;
}

type Seen = { state: 'gone' } | { state: 'alive'; id: string; pid?: number } | { state: 'dead'; id: string };

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;
const ignoreMissing = (error: unknown) => {
  if (codeOf(error) !== 'ENOENT') throw error;
};

function parseHolder(text: string): { pid: number; nonce?: string } | undefined {
  try {
    const data = JSON.parse(text) as { pid?: unknown; nonce?: unknown };
    if (!Number.isInteger(data.pid) || (data.pid as number) <= 0) return undefined;
    // A nonce becomes part of a file name (the takeover marker): only a plain one is accepted.
    return {
      pid: data.pid as number,
      nonce: typeof data.nonce === 'string' && /^[\w-]{1,64}$/.test(data.nonce) ? data.nonce : undefined,
    };
  } catch {
    return undefined;
  }
}

/** Who holds `name`, and whether they still run. */
async function inspect(name: string): Promise<Seen> {
  let text: string;
  let stats: BigIntStats;
  try {
    // Content and identity from one open file: both describe the same lock.
    const handle = await open(name, 'r');
    try {
      text = await handle.readFile('utf8');
      stats = await handle.stat({ bigint: true });
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return { state: 'gone' };
    throw error;
  }
  const holder = parseHolder(text);
  // Without a nonce (unparsable, or written by an older version) the file itself is the identity.
  const id = holder?.nonce ?? `f${stats.ino}-${stats.ctimeNs}-${stats.size}`;
  if (!holder)
    return Date.now() - Number(stats.mtimeMs) < UNPARSABLE_GRACE_MS ? { state: 'alive', id } : { state: 'dead', id };
  const alive = holder.pid === process.pid ? holder.nonce !== undefined && ours.has(holder.nonce) : isAlive(holder.pid);
  return alive ? { state: 'alive', id, pid: holder.pid } : { state: 'dead', id };
}

/** Gives `name` this acquisition's content, atomically; false when the name is taken. */
async function place(temp: string, name: string): Promise<boolean> {
  try {
    await link(temp, name);
    return true;
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false;
    // No hard links here (FAT, some network shares): an exclusive copy, briefly empty (see above).
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(codeOf(error) ?? '')) throw error;
  }
  try {
    await copyFile(temp, name, constants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false;
    throw error;
  }
}

type Attempt = { held: true } | { held: false; pid?: number };

/** One try at `name` (a lock or a takeover marker), taking over a dead holder's. */
async function tryAcquire(name: string, me: Acquirer): Promise<Attempt> {
  for (;;) {
    if (await place(me.temp, name)) return { held: true };
    const seen = await inspect(name);
    // Released in between: try again at once.
    if (seen.state === 'gone') continue;
    if (seen.state === 'alive') return { held: false, pid: seen.pid };
    if (!(await removeDead(name, seen.id, me))) return { held: false };
  }
}

/** Removes the dead lock `id` from `name` unless another build is doing so; true when it is gone. */
async function removeDead(name: string, id: string, me: Acquirer): Promise<boolean> {
  const marker = `${name}.stale-${id}`;
  if (!(await tryAcquire(marker, me)).held) return false;
  trackTemporaryFile(marker);
  try {
    const seen = await inspect(name);
    if (seen.state !== 'gone' && seen.id === id) await unlink(name).catch(ignoreMissing);
    return true;
  } finally {
    untrackTemporaryFile(marker);
    await unlink(marker).catch(ignoreMissing);
  }
}

/** Takes the lock on `outDir`; resolves to the function that releases it. */
export async function lockOutput(outDir: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  await mkdir(outDir, { recursive: true }).catch((error: unknown) => {
    throw cannotWrite(error, outDir);
  });
  const lock = join(outDir, LOCK_NAME);
  const nonce = `${process.pid}-${randomBytes(8).toString('hex')}`;
  const me: Acquirer = { nonce, temp: `${lock}.${nonce}.tmp` };
  const deadline = Date.now() + (options.waitMs ?? 120_000);
  ours.add(nonce);
  trackTemporaryFile(me.temp);
  let held = false;
  try {
    const content = `${JSON.stringify({ pid: process.pid, nonce, started: new Date().toISOString() })}\n`;
    await writeFile(me.temp, content, { flag: 'wx' }).catch((error: unknown) => {
      throw cannotWrite(error, lock);
    });
    let told = false;
    for (let round = 0; ; round++) {
      const attempt = await tryAcquire(lock, me).catch((error: unknown) => {
        throw cannotWrite(error, lock);
      });
      if (attempt.held) {
        held = true;
        trackTemporaryFile(lock);
        return () => release(lock, nonce);
      }
      if (Date.now() > deadline) {
        const who = attempt.pid ? `another build (pid ${attempt.pid})` : 'another build';
        throw new OutputLockedError(
          `${who} is writing to ${outDir}; run again when it has finished (or remove ${lock} if no build is running)`,
          { file: outDir },
        );
      }
      if (!told && attempt.pid) {
        options.onWait?.(attempt.pid);
        told = true;
      }
      // Quick at first (a build that is just finishing), then every 100–200 ms; jittered so that
      // waiting builds do not all knock at once.
      await new Promise((r) => setTimeout(r, Math.min(150, 5 * 2 ** round) * (0.5 + Math.random())));
    }
  } finally {
    untrackTemporaryFile(me.temp);
    await unlink(me.temp).catch(() => undefined);
    if (!held) ours.delete(nonce);
  }
}

/** Removes the lock if it is still this acquisition's; never fails (it runs on every way out of a build). */
async function release(lock: string, nonce: string): Promise<void> {
  untrackTemporaryFile(lock);
  try {
    const seen = await inspect(lock);
    if (seen.state !== 'gone' && seen.id === nonce) await unlink(lock).catch(ignoreMissing);
  } catch {
    // Left behind, it names a process that no longer holds it: the next build takes it over.
  } finally {
    // Only now: until the file is gone, this process's other attempts must see the holder alive.
    ours.delete(nonce);
  }
}
