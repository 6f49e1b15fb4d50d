/**
 * The names a page's links give: a code host's owner and repository, another
 * site's own name. A project's links to its repository and site are evidence
 * of its name (./project-name.ts).
 */
import { PLATFORMS } from './name-words.js';

/** Case- and separator-blind form for comparing with links and hints: "Acme UI" = "acme-ui". */
export function squash(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Suffixes a project commonly adds to its name for a GitHub owner or a repository: "x-dev", "x-io", "xcore", "x2". */
const OWNER_SUFFIX = /^(\d+|io|dev|hq|labs?|org|project|js|core)$/;

/**
 * What a repository's name says of the project: the name itself and, for a
 * repository that holds the project's site or documentation, the name without
 * that part ("acme-documentation", "acme.org", "acme-website" → "acme").
 */
const SITE_PART = /^(.+?)(?:[-_.](?:docs?|documentation|website|site|homepage|www|github\.io|org|com|net))+$/i;

export function hintKeys(hint: string): string[] {
  const bare = SITE_PART.exec(hint)?.[1];
  const keys = [squash(hint), ...(bare && squash(bare).length > 2 ? [squash(bare)] : [])];
  return [...new Set(keys)].filter((key) => key.length > 1);
}

export function linksTo(name: string, links: Map<string, number>): number {
  const matches = (key: string) => key === name || (key.startsWith(name) && OWNER_SUFFIX.test(key.slice(name.length)));
  if (name.length < 3) return 0;
  let count = 0;
  for (const [key, n] of links) if (matches(key)) count += n;
  return count;
}

const CODE_HOSTS = new Set(['github', 'gitlab', 'bitbucket', 'codeberg']);

/** Names in the page's links: owner and repository on code hosts, the site's own name elsewhere. */
export function linkedNames(urls: string[]): Map<string, number> {
  const names = new Map<string, number>();
  const add = (name: string | undefined, weight = 1) => {
    const key = name ? squash(name) : '';
    if (key.length > 1 && !PLATFORMS.has(key)) names.set(key, (names.get(key) ?? 0) + weight);
  };
  for (const raw of urls) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol)) continue;
    const labels = url.hostname
      .toLowerCase()
      .replace(/^www\./, '')
      .split('.');
    const site = labels[labels.length - 2];
    if (site && CODE_HOSTS.has(site)) {
      const parts = url.pathname.split('/').filter(Boolean);
      // "/orgs/acme/projects/2" names an owner and nothing else.
      const [owner, repo] = /^(orgs|users|groups)$/.test(parts[0] ?? '') ? [parts[1]] : parts;
      // The repository names the project; its owner is often a company or a foundation: half a link.
      if (repo && squash(repo) !== squash(owner ?? '')) {
        add(owner, 0.5);
        add(repo.replace(/\.git$/, ''), 1);
      } else {
        add(owner, 1);
      }
    } else if (site && !PLATFORMS.has(site)) {
      add(site);
    }
  }
  return names;
}
