/**
 * The small script `watch` adds to every HTML page it serves: it reloads the
 * page when its deck was rebuilt and shows build problems over it. The page's
 * CSP is extended for exactly that script (by hash) and for the event stream.
 */
import { createHash } from 'node:crypto';

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
      box.setAttribute(
        'style',
        'position:fixed;left:16px;right:16px;bottom:16px;z-index:99;margin:0;padding:14px 18px;' +
          'background:#7f1d1d;color:#fff;font:15px/1.45 monospace;white-space:pre-wrap;border-radius:8px;box-shadow:0 4px 24px #0008',
      );
      document.body.appendChild(box);
    }
    box.textContent = text;
  };
  const isIndex = path === '/' || path === '/index.html';
  // A deck reloads as soon as its own HTML is written; the index page once the build has rewritten it.
  source.addEventListener('reload', (event) => {
    const stems = JSON.parse((event as MessageEvent).data) as string[];
    if (stems.some((stem) => path.startsWith(`/${encodeURIComponent(stem)}/`))) location.reload();
  });
  source.addEventListener('index', () => {
    if (isIndex) location.reload();
  });
  source.addEventListener('problems', (event) => {
    const problems = JSON.parse((event as MessageEvent).data) as string[];
    if (problems.length)
      showProblem(`roadmap-deck: the last good deck is shown; the page has problems:\n${problems.join('\n')}`);
    else document.getElementById('rd-problem')?.remove();
  });
}

const CLIENT = `(${liveReload.toString()})();`;
const CLIENT_HASH = createHash('sha256').update(CLIENT).digest('base64');

/** The page with the live-reload script and a CSP that allows it (and nothing else new). */
export function withLiveReload(html: string): string {
  const csp = html.replace(
    /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/,
    (_, open: string, policy: string, close: string) => {
      let next = /script-src /.test(policy)
        ? policy.replace(/script-src ([^;]*)/, `script-src $1 'sha256-${CLIENT_HASH}'`)
        : `${policy}; script-src 'sha256-${CLIENT_HASH}'`;
      next = /connect-src /.test(next)
        ? next.replace(/connect-src ([^;]*)/, "connect-src $1 'self'")
        : `${next}; connect-src 'self'`;
      return `${open}${next}${close}`;
    },
  );
  return csp.replace(/<\/body>/i, `<script>${CLIENT}</script>\n</body>`);
}
