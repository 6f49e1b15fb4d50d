/**
 * The preview server of `watch`, probed like an attacker would: raw HTTP
 * requests to the real server (malformed paths, foreign Host and Origin
 * headers, links out of the output folder, the build's own files, a flood of
 * event-stream clients). It must answer each with a 4xx or 5xx and keep
 * serving, and no byte from outside the output folder may ever come back.
 */
import { randomBytes } from 'node:crypto';
import { request as httpRequest, createServer, type ClientRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_NAME } from '../../src/build/cache.js';
import { LOCK_NAME } from '../../src/export/lock.js';
import { MAX_EVENT_CLIENTS } from '../../src/watch/events.js';
import { guarded } from '../../src/watch/request-guard.js';
import { EVENTS_PATH, startPreviewServer, type PreviewServer } from '../../src/watch/server.js';
import { tempDir } from '../helpers/paths.js';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Bytes of a file outside the output folder: they must never appear in any answer. */
const SECRET = `OUTSIDE-SECRET-${randomBytes(8).toString('hex')}`;
const CACHE_SECRET = `/home/someone/private/${randomBytes(8).toString('hex')}.md`;
const bodies: Buffer[] = [];

let dir: string;
let out: string;
let server: PreviewServer;

/** One raw request on a fresh socket; the path is sent exactly as given. */
function send(
  path: string,
  options: { host?: string | null; headers?: Record<string, string>; method?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const host = options.host === undefined ? `127.0.0.1:${server.port}` : options.host;
    const req = httpRequest(
      {
        // setHost off: node would otherwise put its own Host in place of an empty one.
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? 'GET',
        agent: false,
        setHost: false,
        headers: { ...(host !== null ? { host } : {}), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          bodies.push(body);
          resolve({ status: res.statusCode!, headers: res.headers, body });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Opens the event stream and resolves with its status once the answer starts; the socket stays open. */
function openEvents(): Promise<{ status: number; req: ClientRequest }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        path: EVENTS_PATH,
        agent: false,
        headers: { host: `127.0.0.1:${server.port}` },
      },
      (res) => {
        res.on('data', () => undefined);
        res.on('error', () => undefined);
        resolve({ status: res.statusCode!, req });
      },
    );
    req.on('error', (error) => {
      if (!req.destroyed) reject(error);
    });
    req.end();
  });
}

beforeAll(async () => {
  dir = await tempDir();
  out = join(dir, 'output');
  await mkdir(join(out, 'deck'), { recursive: true });
  await writeFile(join(dir, 'secret.txt'), SECRET);
  await writeFile(
    join(out, 'index.html'),
    '<html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'"></head><body>index page</body></html>',
  );
  await writeFile(join(out, 'deck', 'index.html'), '<html><body>the deck</body></html>');
  await writeFile(join(out, 'deck', 'deck.pdf'), '%PDF-1.7 the deck');
  await writeFile(join(out, CACHE_NAME), JSON.stringify({ version: 2, editions: { x: { files: [CACHE_SECRET] } } }));
  await writeFile(join(out, LOCK_NAME), `{"pid":1,"path":"${CACHE_SECRET}"}`);
  await writeFile(join(out, `${LOCK_NAME}.abcd.tmp`), CACHE_SECRET);
  await writeFile(join(out, 'deck', '.deck.pdf.123.abcd.tmp'), CACHE_SECRET);
  await writeFile(join(out, 'deck', 'deck.pdf.tmp'), CACHE_SECRET);
  await writeFile(join(out, '.env'), CACHE_SECRET);
  await mkdir(join(out, '.git'));
  await writeFile(join(out, '.git', 'config'), CACHE_SECRET);
  // Links: out of the folder (to a file, to a folder, absolute), to an internal file, and one that stays inside.
  await symlink(join(dir, 'secret.txt'), join(out, 'leak.txt'));
  await symlink('..', join(out, 'up'));
  await symlink(join(dir, 'secret.txt'), join(out, 'deck', 'leak.pdf'));
  await symlink(CACHE_NAME, join(out, 'cache.json'));
  await symlink(join('deck', 'deck.pdf'), join(out, 'alias.pdf'));
  server = await startPreviewServer(out, 0);
});

afterAll(async () => {
  await server?.close();
  // Whatever was asked, nothing from outside the output folder (nor the cache's paths) came back.
  for (const body of bodies) {
    expect(body.includes(SECRET)).toBe(false);
    expect(body.includes(CACHE_SECRET)).toBe(false);
  }
});

describe('the watch preview server', () => {
  it("serves the decks to the user's own browser", async () => {
    const index = await send('/');
    expect(index.status).toBe(200);
    expect(index.body.toString()).toContain('index page');
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await send('/deck/')).status).toBe(200);
    expect((await send('/deck/deck.pdf')).body.toString()).toBe('%PDF-1.7 the deck');
    expect((await send('/deck/deck.pdf', { method: 'HEAD' })).status).toBe(200);
    // A link that stays inside the folder is fine.
    expect((await send('/alias.pdf')).body.toString()).toBe('%PDF-1.7 the deck');
    expect((await send('/missing.html')).status).toBe(404);
  });

  it('answers a malformed path with 400 and keeps serving', async () => {
    expect((await send('/%zz')).status).toBe(400);
    expect((await send('/deck/%E0%A4%A')).status).toBe(400);
    expect((await send('/%')).status).toBe(400);
    expect((await send('/')).status).toBe(200);
  });

  it('refuses encoded separators, dot segments and non-origin request targets', async () => {
    for (const path of [
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/deck/..%5c..%5csecret.txt',
      '/a%00b',
      '/../secret.txt',
      `http://127.0.0.1:${server.port}/`,
      '*',
    ]) {
      const answer = await send(path);
      expect({ path, status: answer.status }).toEqual({ path, status: 400 });
    }
  });

  it('answers only its own Host names and port (DNS rebinding), the event stream too', async () => {
    for (const host of [
      `localhost:${server.port}`,
      `LOCALHOST:${server.port}`,
      `[::1]:${server.port}`,
      `127.0.0.1:${server.port}`,
    ]) {
      expect({ host, status: (await send('/', { host })).status }).toEqual({ host, status: 200 });
    }
    const foreign = [
      'evil.example',
      `evil.example:${server.port}`,
      `localhost.evil.example:${server.port}`,
      `127.0.0.1:${server.port + 1}`,
      '127.0.0.1',
      'localhost',
      `127.0.0.1.nip.io:${server.port}`,
      `0.0.0.0:${server.port}`,
      '',
    ];
    for (const host of foreign) {
      for (const path of ['/', '/deck/deck.pdf', EVENTS_PATH]) {
        const answer = await send(path, { host });
        expect({ host, path, status: answer.status }).toEqual({ host, path, status: 403 });
      }
    }
    // No Host at all: node refuses an HTTP/1.1 request without one (400) before the guard sees it.
    expect([400, 403]).toContain((await send('/', { host: null })).status);
  });

  it('refuses a foreign Origin, for pages and for the event stream', async () => {
    for (const path of ['/', EVENTS_PATH]) {
      expect((await send(path, { headers: { origin: 'http://evil.example' } })).status).toBe(403);
      expect((await send(path, { headers: { origin: 'null' } })).status).toBe(403);
    }
    expect((await send('/', { headers: { origin: `http://127.0.0.1:${server.port}` } })).status).toBe(200);
  });

  it('does not follow links out of the output folder', async () => {
    for (const path of ['/leak.txt', '/up/secret.txt', '/deck/leak.pdf']) {
      const answer = await send(path);
      expect({ path, status: answer.status }).toEqual({ path, status: 403 });
      expect(answer.body.includes(SECRET)).toBe(false);
    }
  });

  it('never serves the build cache, the lock, temporary files or dotfiles', async () => {
    const internal = [
      `/${CACHE_NAME}`,
      `/${LOCK_NAME}`,
      `/${LOCK_NAME}.abcd.tmp`,
      '/deck/.deck.pdf.123.abcd.tmp',
      '/deck/deck.pdf.tmp',
      '/.env',
      '/.git/config',
      '/.git/',
      `/${encodeURIComponent(CACHE_NAME)}`,
      '/%2Eenv',
      '/cache.json',
      `/deck/../${CACHE_NAME}`,
    ];
    for (const path of internal) {
      const answer = await send(path);
      // `/deck/../x` is resolved by no browser, so it is a bad request rather than a missing file.
      const expected = path.includes('/../') ? 400 : 404;
      expect({ path, status: answer.status }).toEqual({ path, status: expected });
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await send('/', { method: 'POST' })).status).toBe(405);
    expect((await send('/deck/deck.pdf', { method: 'DELETE' })).status).toBe(405);
  });

  it(`caps the event stream at ${MAX_EVENT_CLIENTS} clients and frees the place of a closed one`, async () => {
    expect(MAX_EVENT_CLIENTS).toBe(32);
    const clients = [];
    for (let i = 0; i < MAX_EVENT_CLIENTS; i++) clients.push(await openEvents());
    expect(clients.every((c) => c.status === 200)).toBe(true);
    const refused = await openEvents();
    expect(refused.status).toBe(503);
    // Pages still load while the stream is full.
    expect((await send('/')).status).toBe(200);

    // A page closes: its place is given back once the server sees the socket close.
    clients.pop()!.req.destroy();
    let again = await openEvents();
    for (let tries = 0; again.status !== 200 && tries < 200; tries++) {
      again.req.destroy();
      await new Promise((r) => setTimeout(r, 25));
      again = await openEvents();
    }
    expect(again.status).toBe(200);
    expect((await openEvents()).status).toBe(503);
    for (const c of [...clients, again]) c.req.destroy();
  });
});

describe('a request handler that fails', () => {
  it('answers 500 and the server keeps serving', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const plain = createServer(
      guarded(
        async (_req, res) => {
          calls += 1;
          if (calls === 1) throw new Error('unexpected');
          if (calls === 2) JSON.parse('{');
          res.end('fine');
        },
        (error) => errors.push(error),
      ),
    );
    await new Promise<void>((ok) => plain.listen(0, '127.0.0.1', ok));
    const port = (plain.address() as AddressInfo).port;
    const get = () =>
      new Promise<number>((resolve, reject) => {
        httpRequest({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode!));
        })
          .on('error', reject)
          .end();
      });
    expect(await get()).toBe(500);
    expect(await get()).toBe(500);
    expect(await get()).toBe(200);
    expect(errors).toHaveLength(2);
    await new Promise((done) => plain.close(done));
  });
});
