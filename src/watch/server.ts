/**
 * The preview server of `watch`: serves the output folder on 127.0.0.1,
 * and adds to every HTML page a small script that reloads it when its deck
 * was rebuilt and shows build problems over it. The page's CSP is extended
 * for exactly that script (by hash) and for the event stream.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const EVENTS_PATH = '/__roadmap-deck/events';

/** Runs in the served page. */
function liveReload(): void {
  const source = new EventSource('/__roadmap-deck/events');
  const path = location.pathname;
  const showProblem = (text: string) => {
    let box = document.getElementById('rd-problem');
    if (!box) {
      box = document.createElement('pre');
      box.id = 'rd-problem';
      box.setAttribute('style', 'position:fixed;left:16px;right:16px;bottom:16px;z-index:99;margin:0;padding:14px 18px;'
        + 'background:#7f1d1d;color:#fff;font:15px/1.45 monospace;white-space:pre-wrap;border-radius:8px;box-shadow:0 4px 24px #0008');
      document.body.appendChild(box);
    }
    box.textContent = text;
  };
  source.addEventListener('reload', (event) => {
    const stems = JSON.parse((event as MessageEvent).data) as string[];
    if (path === '/' || path === '/index.html' || stems.some((stem) => path.startsWith(`/${encodeURIComponent(stem)}/`))) location.reload();
  });
  source.addEventListener('problems', (event) => {
    const problems = JSON.parse((event as MessageEvent).data) as string[];
    if (problems.length) showProblem(`roadmap-deck: the last good deck is shown; the page has problems:\n${problems.join('\n')}`);
    else document.getElementById('rd-problem')?.remove();
  });
}

const CLIENT = `(${liveReload.toString()})();`;
const CLIENT_HASH = createHash('sha256').update(CLIENT).digest('base64');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.pdf': 'application/pdf', '.png': 'image/png', '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json', '.css': 'text/css', '.js': 'text/javascript',
};

/** The page with the live-reload script and a CSP that allows it (and nothing else new). */
export function withLiveReload(html: string): string {
  const csp = html.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/, (_, open: string, policy: string, close: string) => {
    let next = /script-src /.test(policy)
      ? policy.replace(/script-src ([^;]*)/, `script-src $1 'sha256-${CLIENT_HASH}'`)
      : `${policy}; script-src 'sha256-${CLIENT_HASH}'`;
    next = /connect-src /.test(next) ? next.replace(/connect-src ([^;]*)/, "connect-src $1 'self'") : `${next}; connect-src 'self'`;
    return `${open}${next}${close}`;
  });
  return csp.replace(/<\/body>/i, `<script>${CLIENT}</script>\n</body>`);
}

export interface PreviewServer {
  url: string;
  /** Tells open pages which decks were rebuilt. */
  reload(stems: string[]): void;
  /** Shows (or, with an empty list, clears) build problems on open pages. */
  problems(lines: string[]): void;
  close(): Promise<void>;
}

export async function startPreviewServer(root: string, port: number): Promise<PreviewServer> {
  const base = resolve(root);
  const clients = new Set<ServerResponse>();
  let lastProblems: string[] = [];
  const send = (event: string, data: unknown) => {
    for (const client of clients) client.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === EVENTS_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`event: problems\ndata: ${JSON.stringify(lastProblems)}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    let file = normalize(join(base, decodeURIComponent(url.pathname)));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      if (type.startsWith('text/html')) {
        const html = withLiveReload(await readFile(file, 'utf8'));
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(html);
        return;
      }
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not built yet');
    }
  };
  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    reload: (stems) => send('reload', stems),
    problems: (lines) => {
      lastProblems = lines;
      send('problems', lines);
    },
    close: () => new Promise((done) => {
      for (const client of clients) client.end();
      server.close(() => done());
    }),
  };
}
