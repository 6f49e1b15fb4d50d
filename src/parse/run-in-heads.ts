/**
 * Run-in heads: a few bold words closed by a full stop that head their paragraph
 * ("**Security.** Responding to reported vulnerabilities…"), as typeset pages head
 * their parts; read as headings where they list a group's work.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { FIELD_KEY } from './field-lists.js';
import { plainText, trimInlines } from './markdown.js';
import { groupsByTime } from './period.js';

/**
 * A run-in head: a paragraph that opens with a few words in bold closed by a full stop, then goes on
 * to describe them ("**Security.** Responding to reported vulnerabilities…", "**HTTP/3** (QUIC). The
 * protocol…"). Its words head the paragraph as a heading would; the rest is its text. A key of the
 * details ("**Status:** …", "**Goal.** …") is not one.
 */
export function runInHeadOf(
  paragraph: Paragraph,
): { title: string; rich: PhrasingContent[]; rest: Paragraph } | undefined {
  const children = trimInlines(paragraph.children);
  const [first, next] = children;
  if (first?.type !== 'strong') return undefined;
  const title = plainText(first).trim();
  const words = title.split(/\s+/).length;
  if (!/\p{L}/u.test(title) || words > 8 || /[:：]$/.test(title) || FIELD_KEY.test(title.replace(/\.$/, '')))
    return undefined;
  const after = next?.type === 'text' ? next.value : '';
  let rest: PhrasingContent[];
  // A full stop that ends an abbreviation ("e.g.", "v1.0.") does not close a head.
  if (/(?:^|\s)[^\s.]{2,}\.$/.test(title)) rest = children.slice(1);
  else if (/^\.\s/.test(after))
    rest = [{ ...next!, value: after.replace(/^\.\s*/, '') } as PhrasingContent, ...children.slice(2)];
  else if (/^\s*\([^()]*\)\.\s/.test(after)) rest = children.slice(1);
  else return undefined;
  rest = trimInlines(rest);
  if (!plainText({ type: 'paragraph', children: rest }).trim()) return undefined;
  return {
    title: title.replace(/\.$/, ''),
    rich: trimTrailingStop(first.children),
    rest: { type: 'paragraph', children: rest, position: paragraph.position },
  };
}

/** The bold words of a run-in head without the full stop that closes them. */
function trimTrailingStop(rich: PhrasingContent[]): PhrasingContent[] {
  const out = trimInlines(rich);
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.replace(/\.\s*$/, '') };
  return out;
}

/**
 * Run-in heads that come two or more under the same heading, when that heading groups work by when or
 * how it stands ("Now", "Next", "Q3 2025", "Backlog"), names the roadmap, or there is none above them:
 * the group's pieces, each headed in its paragraph. Under a heading that names a piece of work
 * ("Plugin API"), "**Motivation.** …", "**Approach.** …" describe that work.
 */
export function runInHeads(blocks: RootContent[]): Set<RootContent> {
  const groups: { holdsWork: boolean; heads: RootContent[] }[] = [{ holdsWork: true, heads: [] }];
  for (const block of blocks) {
    if (block.type === 'heading') {
      const title = plainText(block);
      const holdsWork = groupsByTime(title) || /\broad\s?map\b/i.test(title);
      groups.push({ holdsWork, heads: [] });
    } else if (block.type === 'paragraph' && runInHeadOf(block)) groups[groups.length - 1]!.heads.push(block);
  }
  return new Set(groups.filter((group) => group.holdsWork && group.heads.length >= 2).flatMap((group) => group.heads));
}
