/**
 * MyST, the Markdown dialect of Sphinx sites: a role is written `{name}` right
 * before a code span ("See issue {issue}`646`", "{any}`pkg.load`"), and a
 * target `(label)=` on a line of its own marks the heading after it. Both are
 * markup the site turns into links or anchors; here a role reads as what the
 * site prints ("#646", "@ann", "pkg.load" as code, a title as text) and a
 * target goes.
 */
import type { Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { isParent, plainText, walk } from './markdown.js';

const ROLE_AT_END = /\{([a-z][\w.:+-]*)\}$/;
/** `Title <target>`: the title is what the site shows. */
const TITLED = /^(.+?)\s*<[^<>]+>$/s;

/** One role as the site prints it. */
export function roleText(role: string, content: string): PhrasingContent {
  const titled = TITLED.exec(content);
  const shown = titled ? titled[1]!.trim() : content.trim();
  const name = role.replace(/^[a-z]+:/, '');
  if (/^(issue|pr|pull|gh-issue|gh-pr|ghissue|ghpull)$/.test(name) && /^\d+$/.test(shown))
    return { type: 'text', value: `#${shown}` };
  if (/^(user|gh-user|ghuser)$/.test(name)) return { type: 'text', value: `@${shown.replace(/^@/, '')}` };
  if (titled || /^(doc|ref|term|numref|abbr|sup|sub|kbd|guilabel|menuselection|file|download|eq|cite)$/.test(name))
    return { type: 'text', value: shown };
  return { type: 'inlineCode', value: shown };
}

function rewriteRoles(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    const next = children[i + 1];
    const role = node.type === 'text' && next?.type === 'inlineCode' ? ROLE_AT_END.exec(node.value) : null;
    if (!role || node.type !== 'text' || next?.type !== 'inlineCode') {
      out.push(node);
      continue;
    }
    const before = node.value.slice(0, role.index);
    if (before) out.push({ ...node, value: before });
    out.push(roleText(role[1]!, next.value));
    i++;
  }
  return out;
}

/** A paragraph that is only a MyST target, "(label)=". */
export function isTarget(block: RootContent): boolean {
  return block.type === 'paragraph' && /^\([\w.:-]+\)=$/.test(plainText(block).trim());
}

export function readMyst(root: Root): void {
  walk(root, (node) => {
    if (!isParent(node)) return;
    const parent = node as Parents;
    if (parent.type === 'paragraph' || parent.type === 'heading' || parent.type === 'tableCell')
      parent.children = rewriteRoles(parent.children as PhrasingContent[]);
    else if (parent.type === 'root' || parent.type === 'listItem' || parent.type === 'blockquote')
      parent.children = (parent.children as RootContent[]).filter((b) => !isTarget(b)) as typeof parent.children;
  });
}
