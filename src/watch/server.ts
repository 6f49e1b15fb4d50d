/**
 * The preview server of `watch`: serves the output folder on 127.0.0.1 to
 * the user's own browser, with live reload. Requests first pass the guard
 * (request-guard.ts), then name a file that must really be inside the
 * output folder (files.ts); the event stream has its own cap (events.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { PortUnavailableError } from '../errors.js';
import { EventStream } from './events.js';
import { lookUpFile, sendFile } from './files.js';
import { EVENTS_PATH } from './live-reload.js';
import { checkPort, portUnavailableMessage } from './port.js';
import { deny, guarded, isAllowedHost, isAllowedOrigin, parseRequestPath } from './request-guard.js';

export { EVENTS_PATH, withLiveReload } from './live-reload.js';

export interface PreviewServer {
  url: string;
  /** The port the server is bound to (the one the system picked, when asked for 0). */
  port: number;
  /** Tells open pages which decks were rebuilt (their HTML is written). */
  reload(stems: string[]): void;
  /** Tells an open index page that it was rewritten. */
  reloadIndex(): void;
  /** Shows (or, with an empty list, clears) build problems on open pages. */
  problems(lines: string[]): void;
  close(): Promise<void>;
}

export interface PreviewServerOptions {
  /** Where an unexpected error in a request is reported (one line); the request gets a 500. */
  log?: (line: string) => void;
  /** Event-stream clients allowed at once. */
  maxClients?: number;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((ok, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      fail(new PortUnavailableError(portUnavailableMessage(port, error.code), {}, { cause: error }));
    });
    server.listen(port, '127.0.0.1', () => ok((server.address() as AddressInfo).port));
  });
}

export async function startPreviewServer(
  root: string,
  port: number,
  options: PreviewServerOptions = {},
): Promise<PreviewServer> {
  checkPort(port);
  const base = resolve(root);
  const log = options.log ?? (() => undefined);
  const events = new EventStream(options.maxClients);
  let bound = port;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!isAllowedHost(req.headers.host, bound) || !isAllowedOrigin(req.headers.origin, bound)) {
      deny(res, 403, 'this server answers only http://127.0.0.1, http://localhost and http://[::1] on its own port');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      deny(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
      return;
    }
    const path = parseRequestPath(req.url ?? '');
    if (!path.ok) {
      deny(res, 400, 'bad request path');
      return;
    }
    if (path.pathname === EVENTS_PATH) {
      // A HEAD would take a client's place and never end.
      if (req.method === 'GET') events.add(res);
      else deny(res, 405, 'method not allowed', { allow: 'GET' });
      return;
    }
    const found = await lookUpFile(base, path.segments);
    if (found.status === 200) await sendFile(res, found);
    else deny(res, found.status, found.status === 404 ? 'not built yet' : 'forbidden');
  };

  const server = createServer(
    guarded(handle, (error) => log(`preview server: ${(error as Error)?.message ?? String(error)}`)),
  );
  bound = await listen(server, port);
  // Past the start, a server error is reported, never thrown into the process.
  server.on('error', (error) => log(`preview server: ${error.message}`));
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${bound}/`,
    port: bound,
    reload: (stems) => events.send('reload', stems),
    reloadIndex: () => events.send('index', null),
    problems: (lines) => events.problems(lines),
    close: () => {
      closing ??= new Promise<void>((done) => {
        events.close();
        server.close(() => done());
        // Open pages keep connections alive; they must not hold the close.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
