/**
 * Cross-repository references written as GitHub writes them in prose
 * ("acme/tool#1540", "RFC: acme/tool-ffi#12"): GitHub turns them into links,
 * so the page's authors see links; here they become the same links, to the
 * issue (GitHub redirects an issue number to its pull request). Text inside
 * links, code and HTML is left alone, and so is a page that links to a
 * GitLab instance (whose references look alike but lead elsewhere).
 */
import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';

const REFERENCE = /(?<![\w/.@#-])([A-Za-z0-9][\w.-]{0,38})\/([\w.-]{1,100})#(\d{1,9})\b/g;

export function linkReferences(root: Root): void {
  if (linksToGitLab(root)) return;
  walk(root);
}

function walk(node: Parent): void {
  for (let i = node.children.length - 1; i >= 0; i--) {
    const child = node.children[i]!;
    if (child.type === 'text') node.children.splice(i, 1, ...split(child));
    else if (child.type !== 'link' && child.type !== 'linkReference' && 'children' in child) walk(child);
  }
}

function split(text: Text): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.value.matchAll(REFERENCE)) {
    const [whole, owner, repo, number] = match;
    if (match.index > last) out.push({ type: 'text', value: text.value.slice(last, match.index) });
    const link: Link = {
      type: 'link',
      url: `https://github.com/${owner}/${repo}/issues/${number}`,
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
