/**
 * The DevTools protocol over Chromium's pipe: JSON messages, each ended by a
 * NUL byte.
 */
import type { Readable, Writable } from 'node:stream';
import type { ConnectionTransport } from 'puppeteer-core';

export function pipeTransport(write: Writable, read: Readable): ConnectionTransport {
  let pending: Buffer[] = [];
  let open = true;
  let told = false;
  // Puppeteer learns of a closed pipe only through onclose: until then every message it sends waits
  // for its answer until the protocol timeout (60 s), and that timer keeps the process alive. A pipe
  // that closed before puppeteer set onclose (a browser that exited at once) must still say so.
  const tellClosed = () => {
    open = false;
    if (told || !transport.onclose) return;
    told = true;
    transport.onclose();
  };
  const transport: ConnectionTransport = {
    send(message) {
      if (open) write.write(`${message}\0`);
      else setImmediate(tellClosed);
    },
    close() {
      open = false;
      write.end();
    },
  };
  read.on('data', (chunk: Buffer) => {
    let end = chunk.indexOf(0);
    if (end === -1) {
      pending.push(chunk);
      return;
    }
    let start = 0;
    while (end !== -1) {
      const message = Buffer.concat([...pending, chunk.subarray(start, end)]).toString('utf8');
      pending = [];
      transport.onmessage?.(message);
      start = end + 1;
      end = chunk.indexOf(0, start);
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  });
  read.on('close', tellClosed);
  if (read.destroyed || write.destroyed) open = false;
  // A closed pipe shows as its end; errors on it add nothing.
  read.on('error', () => undefined);
  write.on('error', () => undefined);
  return transport;
}
