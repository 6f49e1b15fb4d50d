/**
 * Which requests the preview server answers at all. The server listens on
 * 127.0.0.1, but any web page the user opens can make the browser send
 * requests there, and a name the attacker controls can be made to resolve to
 * 127.0.0.1 (DNS rebinding). So the Host (and Origin, when sent) must be this
 * server's own, the path must decode to plain names, and the build's own
 * files are never pages.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CACHE_NAME } from '../build/cache.js';
import { LOCK_NAME } from '../export/lock.js';

/** Headers on every answer: no sniffing a PDF into a page, no embedding by other sites, no caching of drafts. */
export const COMMON_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-origin',
} as const;

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** The Host values a browser sends for this server; another name means a rebound DNS name. */
export function allowedHosts(port: number): string[] {
  const hosts = LOOPBACK_NAMES.map((name) => `${name}:${port}`);
  // Browsers leave the port out of Host when it is the scheme's default.
  return port === 80 ? [...hosts, ...LOOPBACK_NAMES] : hosts;
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

/** Browsers send Origin on cross-origin reads (and some same-origin ones); when sent it must be this server. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || allowedHosts(port).some((host) => origin.toLowerCase() === `http://${host}`);
}

export type RequestPath = { ok: true; pathname: string; segments: string[] } | { ok: false };

/** The decoded names along a request target's path, or `ok: false` when it is not a plain path. */
export function parseRequestPath(target: string): RequestPath {
  // Only the origin form (`/a/b?q`): the absolute form and `*` are for proxies.
  if (!target.startsWith('/')) return { ok: false };
  const pathname = target.replace(/[?#].*$/s, '');
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let name: string;
    try {
      name = decodeURIComponent(raw);
    } catch {
      return { ok: false };
    }
    // An encoded separator or a dot segment would reach another folder; browsers resolve
    // dot segments before sending, so only a hand-made request has them.
    if (name === '.' || name === '..' || /[/\\\0]/.test(name)) return { ok: false };
    segments.push(name);
  }
  return { ok: true, pathname, segments };
}

/**
 * Names in the output folder that are not pages: dotfiles and dot-folders, the build cache
 * (it holds absolute paths of the user's files), the output lock and temporary files.
 */
export function isInternalName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('.') || lower === CACHE_NAME || lower.startsWith(LOCK_NAME) || lower.endsWith('.tmp');
}

export function deny(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res
    .writeHead(status, { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...headers })
    .end(`${text}\n`);
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** A handler that cannot take the server down: whatever it throws becomes a 500 (or a cut connection, once the answer has begun). */
export function guarded(
  handler: Handler,
  onError: (error: unknown) => void = () => undefined,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    new Promise<void>((done) => done(handler(req, res))).catch((error: unknown) => {
      onError(error);
      if (res.headersSent) res.destroy();
      else deny(res, 500, 'internal error');
    });
  };
}
