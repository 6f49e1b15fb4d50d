/**
 * Link resolution: every URL in a page becomes an absolute URL, an in-page
 * anchor, or (when it cannot be resolved or is unsafe) plain text.
 */
import type { Nodes } from 'mdast';
import type { Link } from '../model/types.js';
import { plainText, walk } from './markdown.js';

export type ResolvedUrl =
  | { kind: 'external'; url: string }
  | { kind: 'anchor'; anchor: string }
  | { kind: 'unresolved'; reason: string }
  | { kind: 'unsafe'; reason: string };

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** True when the base URL points at a rendered Markdown file host that keeps `.md` paths. */
function keepsMarkdownPaths(base: URL): boolean {
  return (
    /(^|\.)(github|gitlab|bitbucket|codeberg)\.(com|org)$/.test(base.hostname) &&
    /\/(blob|tree|src|-)\//.test(base.pathname)
  );
}

/**
 * Maps a relative link to a documentation page the way static site
 * generators such as Docusaurus publish it: `../x/index.md` → `../x/`,
 * `./y.md#z` → `./y#z`.
 */
function mapDocPath(relative: string): string {
  const match = /^([^?#]*)(.*)$/.exec(relative)!;
  let path = match[1]!;
  const rest = match[2]!;
  if (/\.mdx?$/i.test(path)) {
    path = path.replace(/\.mdx?$/i, '');
    if (/(^|\/)(index|readme|_index)$/i.test(path)) path = path.replace(/(index|readme|_index)$/i, '');
  }
  return path + rest;
}

export function resolveUrl(raw: string, baseUrl?: string): ResolvedUrl {
  // Control characters and whitespace inside a scheme are a classic way to hide `javascript:`.
  const url = raw.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const squashed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squashed)?.[1];
  if (scheme) {
    if (!SAFE_SCHEMES.has(`${scheme}:`)) return { kind: 'unsafe', reason: `${scheme}: links are not allowed` };
    try {
      return { kind: 'external', url: new URL(url).href };
    } catch {
      return { kind: 'unresolved', reason: `malformed URL "${url}"` };
    }
  }
  if (url.startsWith('#')) return { kind: 'anchor', anchor: safeDecode(url.slice(1)) };
  if (url === '') return { kind: 'unresolved', reason: 'empty link' };
  if (url.startsWith('//')) return resolveUrl(`https:${url}`);
  if (!baseUrl) {
    return {
      kind: 'unresolved',
      reason: `relative link "${url}" needs the page's published URL (set "url" in the config or front matter)`,
    };
  }
  try {
    const base = new URL(baseUrl);
    const target = keepsMarkdownPaths(base) ? url : mapDocPath(url);
    const resolved = new URL(target, base);
    if (!SAFE_SCHEMES.has(resolved.protocol))
      return { kind: 'unsafe', reason: `${resolved.protocol} links are not allowed` };
    return { kind: 'external', url: resolved.href };
  } catch {
    return { kind: 'unresolved', reason: `cannot resolve "${url}" against "${baseUrl}"` };
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A link whose words say it tracks the work: "tracking issue", "epic", "Track and discuss it on GitHub". */
const NAMES_TRACKER = /\b(meta|tracking|umbrella|epic)\b|^\s*track\b/i;

/**
 * An issue in the trackers other than a forge's own: Jira ("/browse/PROJ-123"), YouTrack
 * ("/issue/PROJ-12"), Trac ("/ticket/123"), Bugzilla ("show_bug.cgi?id=123").
 */
const ISSUE_ELSEWHERE =
  /\/browse\/[a-z][a-z0-9_]*-\d+\/?$|\/issue\/[a-z][a-z0-9_]*-\d+\/?$|\/ticket\/\d+\/?$|\/show_bug\.cgi\?id=\d+$/;

/** How strongly a link looks like the one that tracks a piece of work. */
function trackingScore(link: Link): number {
  if (link.kind !== 'external') return 0;
  const text = link.text.toLowerCase();
  // A link into an issue's comments written as the issue's reference ("[#1701](…/issues/1701#issuecomment-…)")
  // tracks by that issue; one called anything else ("discussion") points to the conversation.
  const intoComments = /#issuecomment-/i.test(link.url);
  const url =
    intoComments && /^#?\d+$/.test(text.trim()) ? link.url.toLowerCase().replace(/#.*$/, '') : link.url.toLowerCase();
  let score = 0;
  if (NAMES_TRACKER.test(text)) score += 100;
  if (/\/milestones?\/\d+/.test(url)) score += 80;
  else if (/\/projects?\/\d+/.test(url)) score += 70;
  else if (/\/(issues|epics)\/\d+\/?$/.test(url) || ISSUE_ELSEWHERE.test(url)) score += 60;
  else if (/\/(pull|merge_requests)\/\d+\/?$/.test(url)) score += 40;
  else if (/\/discussions\/\d+\/?$/.test(url)) score += 35;
  else if (/\/releases\/tag\/[^/]+\/?$/.test(url)) score += 35;
  if (/\b(proposal|rfc|kep|bep|design)\b/.test(text)) score += 30;
  if (/^#?\d+$|\bissue\b|\bmilestone\b/.test(text)) score += 5;
  return score;
}

/** A link that may track a piece of work: an issue, a pull request, a board, a milestone, a proposal. */
export const isTrackable = (link: Link): boolean => trackingScore(link) >= 30;

/** The URLs of the links in `nodes` that may track a piece of work. */
export function trackableUrlsIn(nodes: Nodes[]): Set<string> {
  const urls = new Set<string>();
  for (const node of nodes)
    walk(node, (inner) => {
      if (inner.type === 'link' && isTrackable({ url: inner.url, text: plainText(inner), kind: 'external' }))
        urls.add(inner.url);
    });
  return urls;
}

/**
 * The link that tracks the work, when the page gives the item one: a link
 * called so ("meta issue", "tracking issue", "epic"), one in the item's title
 * (its name, or a single reference after it), or the only issue, milestone or
 * board link in the item's own words (its line, or a "Tracking:" line). Links
 * in its sub-items belong to them, and links in its prose are background: an
 * item that links several issues, or only in passing, has no single tracker.
 */
export function pickTracking(own: Link[], titleLinks: Link[] = [], all: Link[] = own): Link | undefined {
  // Of several called so (each sub-item's "Track it on GitHub"), none is the item's own.
  const named = [
    ...new Map(
      [...titleLinks, ...all]
        .filter((link) => link.kind === 'external' && NAMES_TRACKER.test(link.text))
        .map((link) => [link.url, link]),
    ).values(),
  ];
  if (named.length === 1) return named[0];
  const trackable = isTrackable;
  const inTitle = titleLinks.filter(trackable);
  if (inTitle.length === 1) return inTitle[0];
  const found = [...new Map([...titleLinks, ...own].filter(trackable).map((link) => [link.url, link])).values()];
  // The project's own forge before another tracker it cites ("[#45](…/issues/45), upstream [ARROW-1](…/browse/ARROW-1)").
  const forge = found.filter((link) => !ISSUE_ELSEWHERE.test(link.url.toLowerCase()));
  const candidates = forge.length ? forge : found;
  if (candidates.length === 1) return candidates[0];
  // Several, one written as a reference ("#4") and the rest in words ("request access"): the reference.
  const references = candidates.filter((link) => /^(?:[\w.-]+\/[\w.-]+)?#\d+$/.test(link.text.trim()));
  return references.length === 1 ? references[0] : undefined;
}

/** A relative file path, not a URL: no scheme, not protocol-relative, not an anchor. */
export function isLocalPath(url: string): boolean {
  return url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url.trim()) && !url.startsWith('//') && !url.startsWith('#');
}
