/**
 * Cross-repository references written as GitHub writes them in prose
 * ("acme/tool#1540", "RFC: acme/tool-ffi#12"): GitHub turns them into links,
 * so the page's authors see links; here they become the same links, to the
 * issue (GitHub redirects an issue number to its pull request). Text inside
 * links, code and HTML is left alone, and so is a page that links to a
 * GitLab instance (whose references look alike but lead elsewhere).
 *
 * A bare "#184" is a reference to the page's own repository: GitHub links it
 * so where the page is kept. It becomes a link only when that repository is
 * known (the clone's git remote, see load/repository.ts) and the page is its
 * own: it writes the repository's name ("acme editor" for acme-editor). A page
 * copied into another repository (a folder of roadmap editions) is not.
 */
import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { squash } from './link-names.js';
import { plainText } from './markdown.js';

const REFERENCE = /(?<![\w/.@#&-])(?:([A-Za-z0-9][\w.-]{0,38})\/([\w.-]{1,100}))?#(\d{1,9})\b(?![\w-])/g;

/** Links the page's issue references; `own` ("owner/name") is the repository a bare "#N" refers to. */
export function linkReferences(root: Root, own?: string): void {
  if (linksToGitLab(root)) return;
  walk(root, own && writesName(plainText(root), own.split('/')[1] ?? '') ? own : undefined);
}

/** Whether the text writes a name, as one to three words ("acme editor", "acme-editor", "AcmeEditor"). */
export function writesName(text: string, name: string): boolean {
  const target = squash(name.replace(/\.git$/, ''));
  if (target.length < 2) return false;
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let n = 0; n < 3 && i + n < words.length; n++) {
      joined += words[i + n]!.toLowerCase();
      if (joined === target) return true;
      if (joined.length >= target.length) break;
    }
  }
  return false;
}

function walk(node: Parent, own: string | undefined): void {
  for (let i = node.children.length - 1; i >= 0; i--) {
    const child = node.children[i]!;
    if (child.type === 'text') node.children.splice(i, 1, ...split(child, own));
    else if (child.type !== 'link' && child.type !== 'linkReference' && 'children' in child) walk(child, own);
  }
}

function split(text: Text, own: string | undefined): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.value.matchAll(REFERENCE)) {
    const [whole, owner, repo, number] = match;
    const repository = owner ? `${owner}/${repo}` : own;
    if (!repository) continue;
    if (match.index > last) out.push({ type: 'text', value: text.value.slice(last, match.index) });
    const link: Link = {
      type: 'link',
      url: `https://github.com/${repository}/issues/${number}`,
      children: [{ type: 'text', value: whole }],
    };
    out.push(link);
    last = match.index + whole.length;
  }
  if (!out.length) return [text];
  if (last < text.value.length) out.push({ type: 'text', value: text.value.slice(last) });
  return out;
}

function linksToGitLab(node: Root | RootContent): boolean {
  if (
    (node.type === 'link' || node.type === 'definition') &&
    /^https?:\/\/(gitlab\.|[^/]+\/.*\/-\/(issues|merge_requests)\/)/i.test(node.url)
  )
    return true;
  return 'children' in node && (node.children as RootContent[]).some(linksToGitLab);
}
