/**
 * A renderer that crashes while an edition renders (out of memory, a
 * Chromium bug) is known at once, not at the render timeout: the edition is
 * rendered again on a fresh page, and if that crashes too it alone fails,
 * with a message that says the renderer crashed. The crash is real: the
 * page's renderer process is ended through the DevTools protocol
 * (`Page.crash`) while the deck loads in the real Chromium.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { RendererCrashError } from '../../src/errors.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { tempDir } from '../helpers/paths.js';

/** The session, crashing the renderer of any page that loads a deck whose title matches, `times` times. */
function crashing(session: BrowserSession, title: RegExp, times: number) {
  let crashes = 0;
  const armed = new WeakSet<Page>();
  const wrapped: BrowserSession = {
    ...session,
    async newPage(options) {
      const target = await session.newPage(options);
      if (!armed.has(target.page)) {
        armed.add(target.page);
        target.page.on('load', async () => {
          if (crashes >= times || !title.test(await target.page.title().catch(() => ''))) return;
          crashes++;
          const cdp = await target.page.createCDPSession();
          await cdp.send('Page.crash').catch(() => undefined);
        });
      }
      return target;
    },
  };
  return { session: wrapped, crashes: () => crashes };
}

const TIMEOUT_MS = 60_000;

async function project() {
  const dir = await tempDir();
  const boom = join(dir, 'boom.md');
  const calm = join(dir, 'calm.md');
  await writeFile(boom, '# Boom Roadmap 2025\n\n## Now\n\n- **One:** first\n- **Two:** second\n');
  await writeFile(calm, '# Calm Roadmap 2025\n\n## Now\n\n- **One:** first\n- **Two:** second\n');
  return { dir, boom, calm };
}

describe('a renderer that crashes', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is reported as a crash, after one retry on a fresh page, well before the timeout; the other editions build', async () => {
    const { dir, boom, calm } = await project();
    const fault = crashing(session, /^Boom/, Infinity);
    const result = await build({
      files: [boom, calm],
      outDir: join(dir, 'out'),
      formats: ['pdf'],
      browser: fault.session,
      timeoutMs: TIMEOUT_MS,
      concurrency: 1,
      diff: false,
      cwd: dir,
    });
    expect(fault.crashes()).toBe(2);
    expect(result.failures).toHaveLength(1);
    const { file, error } = result.failures[0]!;
    expect(file).toBe(boom);
    expect(error).toBeInstanceOf(RendererCrashError);
    expect(error.format()).toBe(`${boom}: the browser's renderer crashed while rendering this edition, twice`);
    expect(result.editions.map((e) => e.stem)).toEqual(['calm']);
    expect(existsSync(join(dir, 'out', 'calm', 'calm.pdf'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'boom'))).toBe(false);
    expect(result.seconds).toBeLessThan(TIMEOUT_MS / 1000 / 2);
  });

  it('once: the edition is rendered again on a fresh page, with a warning', async () => {
    const { dir, boom, calm } = await project();
    const fault = crashing(session, /^Boom/, 1);
    const result = await build({
      files: [boom, calm],
      outDir: join(dir, 'out'),
      formats: ['pdf'],
      browser: fault.session,
      timeoutMs: TIMEOUT_MS,
      concurrency: 1,
      diff: false,
      cwd: dir,
    });
    expect(fault.crashes()).toBe(1);
    expect(result.failures).toEqual([]);
    const built = result.editions.find((e) => e.stem === 'boom')!;
    expect(built.warnings).toContainEqual(
      expect.objectContaining({
        rule: 'browser-retried',
        message: "the browser's renderer crashed; rendered again on a fresh page",
      }),
    );
    expect(existsSync(join(dir, 'out', 'boom', 'boom.pdf'))).toBe(true);
    expect(result.seconds).toBeLessThan(TIMEOUT_MS / 1000 / 2);
  });
});
