/**
 * Run-in heads: a few bold words closed by a full stop that head their paragraph
 * ("**Security.** Responding to reported vulnerabilities…"), as typeset pages head
 * their parts; read as headings where they list a group's work.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { FIELD_KEY } from './field-lists.js';
import { plainText, trimInlines } from './markdown.js';
import { groupsOnly } from './group-titles.js';
import { metaOf } from './meta.js';
import { groupsByTime } from './period.js';

/** The end of a head alone on its line, the text on the next ones (not a term's "⏎: definition"). */
const OWN_LINE = /^(?::[ \t]*\n|[ \t]*\n(?![ \t]*:))/;

/**
 * A run-in head: a paragraph that opens with a few words in bold closed by a full stop, then goes on
 * to describe them ("**Security.** Responding to reported vulnerabilities…", "**HTTP/3** (QUIC). The
 * protocol…"), or alone on its first line over the lines that do. Its words head the paragraph as a
 * heading would; the rest is its text. A key of the details ("**Status:** …", "**Goal.** …") is not one.
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
  // Alone on the paragraph's first line, its text on the lines after ("**Batch export**⏎Export many files…"):
  // the page shows it run in, the line break a space. (A term over its definition, "⏎: …", is a key.)
  else if (OWN_LINE.test(after))
    rest = [{ ...next!, value: after.replace(/^:?[ \t]*\n/, '') } as PhrasingContent, ...children.slice(2)];
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
  // Bold lines alone head their parts only under a heading that names them as kinds of work ("Focus
  // Areas"); run-in heads do under any group of work ("Themes" may name a piece of work: UI themes).
  // Heads alone on their line do under a heading that only groups ("Next", "Q3 2025"; not "Phase 1:
  // Offline mode", whose "**Problem**⏎…" describes it), or none, when they name work: "**Risks**⏎…"
  // and "**Open questions**⏎…" after a period's list are notes on it.
  const groups: Group[] = [group(true, false, true)];
  blocks.forEach((block, i) => {
    const current = groups[groups.length - 1]!;
    if (block.type === 'heading') {
      const title = plainText(block);
      const roadmap = /\broad\s?map\b/i.test(title);
      groups.push(
        group(groupsByTime(title) || roadmap, KINDS_OF_WORK.test(title.trim()), groupsOnly(title) || roadmap),
      );
    } else if (block.type === 'paragraph' && runInHeadOf(block)) {
      if (!headsItsOwnLine(block)) current.heads.push(block);
      else if (!notes(block)) current.ownLine.push(block);
    } else if (block.type === 'paragraph' && boldLineOver(block, blocks[i + 1])) current.lines.push(block);
  });
  return new Set(
    groups.flatMap((g) => [
      ...(g.holdsWork && g.heads.length >= 2 ? g.heads : []),
      ...(g.onlyGroups && g.ownLine.length >= 2 ? g.ownLine : []),
      ...(g.namesKind && g.lines.length >= 2 ? g.lines : []),
    ]),
  );
}

interface Group {
  holdsWork: boolean;
  namesKind: boolean;
  onlyGroups: boolean;
  heads: RootContent[];
  ownLine: RootContent[];
  lines: RootContent[];
}

const group = (holdsWork: boolean, namesKind: boolean, onlyGroups: boolean): Group => ({
  holdsWork,
  namesKind,
  onlyGroups,
  heads: [],
  ownLine: [],
  lines: [],
});

/** Whether a head's words name a note on the work rather than work: "Risks", "Open questions", "Help wanted". */
function notes(paragraph: Paragraph): boolean {
  const head = runInHeadOf(paragraph)!;
  return !!metaOf(head.title, [head.rest], false);
}

/** Whether a paragraph's bold words stand alone on its first line ("**Batch export**⏎Export many files…"). */
function headsItsOwnLine(paragraph: Paragraph): boolean {
  const [first, next] = trimInlines(paragraph.children);
  return first?.type === 'strong' && next?.type === 'text' && OWN_LINE.test(next.value);
}

/** A heading that names the kind of work its parts are: "Focus Areas", "Key initiatives", "Planned features". */
const KINDS_OF_WORK =
  /^(?:(?:our|the|main|major|key|planned)\s+)?(?:initiatives|features|epics|projects|priorities|focus\s+areas|areas\s+of\s+focus|work\s*streams)$/i;

/**
 * A paragraph of a few bold words and nothing else ("**API の単純化**"), not a key of the details, over
 * a block of its own that is not another such line: it heads that block as a heading would.
 */
function boldLineOver(paragraph: Paragraph, next: RootContent | undefined): boolean {
  const children = trimInlines(paragraph.children);
  if (children.length !== 1 || children[0]!.type !== 'strong') return false;
  const title = plainText(children[0]!).trim();
  if (!/\p{L}/u.test(title) || title.split(/\s+/).length > 8 || /[:：.]$/.test(title) || FIELD_KEY.test(title))
    return false;
  return (
    !!next &&
    next.type !== 'heading' &&
    !(next.type === 'paragraph' && next.children.length === 1 && next.children[0]!.type === 'strong')
  );
}
