/**
 * Wiki links ("[[sync-settings]]", "[[Page name|shown words]]"), as wikis (GitHub's among them) and
 * note-taking tools write a link to another page: the site shows the page's name, or the
 * words given beside it, without brackets. Where the page also defines the name as a link reference,
 * CommonMark reads "[" + the link "[name]" + "]": the link stays, the brackets around it go (a link
 * written in full, "[[🛠️][how-to-help]]", keeps the brackets its author set around it).
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';

const WIKI = /(?<![\w\]])\[\[(\S[^[\]|\n]*?)(?:\|(\S[^[\]\n]*?))?\]\]/g;

/**
 * The words a wiki link shows. With a bar, sites disagree on the order (GitHub wikis write
 * "[[Link text|Page-Name]]", note-taking tools "[[page|alias]]"): the side written in words, with
 * spaces, is the text; the other, a page's name, is where it leads. Alike, the words after the bar.
 */
function shown(target: string, after?: string): string {
  if (after === undefined) return target.trim();
  const spaced = (text: string) => /\s/.test(text.trim());
  return (spaced(target) && !spaced(after) ? target : after).trim();
}

export function readWikiLinks(root: Root): void {
  visit(root);
}

function visit(node: Parent): void {
  const children = node.children as PhrasingContent[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'text') {
      child.value = child.value.replace(WIKI, (_, target: string, after?: string) => shown(target, after));
    } else if (child.type === 'linkReference' && child.referenceType === 'shortcut') {
      const before = children[i - 1];
      const after = children[i + 1];
      if (isText(before) && before.value.endsWith('[') && isText(after) && after.value.startsWith(']')) {
        before.value = before.value.slice(0, -1);
        after.value = after.value.slice(1);
      }
    } else if ('children' in child) visit(child as Parent);
  }
}

const isText = (node: PhrasingContent | undefined): node is Text => node?.type === 'text';
