/**
 * Starts Chromium with its DevTools protocol on a pipe, then loads puppeteer
 * (which takes a while) and connects to it: the two overlap. A browser that
 * does not start leaves nothing behind that keeps this process alive: no
 * timer, no pipe, no connection waiting for an answer, no child.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import type { Browser, ConnectionTransport } from 'puppeteer-core';
import { pipeTransport } from './pipe-transport.js';

const importPuppeteer = () => import('puppeteer-core');
let puppeteerLoading: ReturnType<typeof importPuppeteer> | undefined;

/** Loads puppeteer (once); a build waits for it before its long synchronous work. */
export function loadPuppeteer(): ReturnType<typeof importPuppeteer> {
  puppeteerLoading ??= importPuppeteer();
  return puppeteerLoading;
}

/** Chromium's own explanation of an exit at start, when it gave one ("No usable sandbox!", a missing library…). */
function exitReason(stderr: string): string | undefined {
  return stderr
    .split('\n')
    .map((line) => line.replace(/^\[[^\]]*\]\s*/, '').trim())
    .find((line) => line && !/^(Fontconfig|DevTools listening)/.test(line));
}

/** Starts Chromium (synchronously: it boots while this process goes on loading modules). */
export function spawnChromium(executablePath: string, args: string[]): ChildProcess {
  // In a process group of its own, so that ending it ends every process it started.
  return spawn(executablePath, [...args, '--remote-debugging-pipe', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    detached: process.platform !== 'win32',
  });
}

/** Connects puppeteer to a Chromium just spawned; on failure (or `signal`) the browser is ended and let go. */
export async function connectChromium(child: ChildProcess, timeoutMs: number, signal: AbortSignal): Promise<Browser> {
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    if (stderr.length < 20_000) stderr += String(chunk);
  });
  const timers: ReturnType<typeof setTimeout>[] = [];
  let onAbort: () => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    child.once('error', reject);
    child.once('exit', (code, sig) =>
      reject(new Error(exitReason(stderr) ?? `the browser exited at start (${sig ?? `code ${code}`})`)),
    );
    timers.push(
      setTimeout(
        () => reject(new Error(`the browser did not start within ${Math.round(timeoutMs / 1000)} s`)),
        timeoutMs,
      ),
    );
    onAbort = () => reject(new Error('the browser start was interrupted'));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  failed.catch(() => undefined);
  // Once the start has failed, a connection still on its way is not made (or is closed at once).
  let abandoned = false;
  const connection: { transport?: ConnectionTransport } = {};
  try {
    const connected = (async () => {
      const puppeteer = (await loadPuppeteer()).default;
      if (abandoned) throw new Error('the browser start was abandoned');
      connection.transport = pipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable);
      return puppeteer.connect({
        transport: connection.transport,
        defaultViewport: null,
        protocolTimeout: Math.max(timeoutMs, 60_000),
      });
    })();
    connected.catch(() => undefined);
    return await Promise.race([connected, failed]).catch(async (error: unknown) => {
      // A browser that exits at start closes its pipe first: its own reason, when it gives one
      // within a second, says more than the lost connection.
      const exit = await Promise.race([
        failed.then(
          () => undefined,
          (e: unknown) => e,
        ),
        new Promise((r) => {
          timers.push(setTimeout(r, 1_000));
        }),
      ]);
      throw exit ?? error;
    });
  } catch (error) {
    abandoned = true;
    killBrowser(child);
    // Whatever it left behind must not hold this process open through its pipes…
    for (const stream of child.stdio) stream?.destroy();
    child.unref();
    // …nor through a connection waiting for answers that will never come.
    connection.transport?.onclose?.();
    throw error;
  } finally {
    for (const timer of timers) clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

/** Ends the browser and every process in its group. */
export function killBrowser(child: ChildProcess): void {
  try {
    if (process.platform !== 'win32' && child.pid) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    // Already gone.
  }
}
