/**
 * The event stream that tells open pages to reload or show build problems.
 * Each client holds a socket open for as long as its page is, so their
 * number is capped, and a client leaves the set as soon as its socket closes.
 */
import type { ServerResponse } from 'node:http';
import { COMMON_HEADERS, deny } from './request-guard.js';

/** Far more pages than anyone keeps open while editing; far fewer sockets than would starve the process. */
export const MAX_EVENT_CLIENTS = 32;

function message(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private lastProblems: string[] = [];

  constructor(private readonly max = MAX_EVENT_CLIENTS) {}

  get size(): number {
    return this.clients.size;
  }

  /** Takes `res` as a client (it first hears the current problems), or answers 503 when full. */
  add(res: ServerResponse): void {
    if (this.clients.size >= this.max) {
      deny(res, 503, 'too many open pages', { 'retry-after': '10' });
      return;
    }
    this.clients.add(res);
    // 'close' comes however the connection ends: the page closed or reloaded, the socket cut.
    res.on('close', () => this.clients.delete(res));
    // A write racing a page that just went away must not become an unhandled 'error' event.
    res.on('error', () => this.clients.delete(res));
    res.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'text/event-stream', connection: 'keep-alive' });
    res.write(message('problems', this.lastProblems));
  }

  send(event: string, data: unknown): void {
    for (const client of this.clients) client.write(message(event, data));
  }

  problems(lines: string[]): void {
    this.lastProblems = lines;
    this.send('problems', lines);
  }

  close(): void {
    for (const client of this.clients) client.end();
    this.clients.clear();
  }
}
