/**
 * References in a title: "Faster startup ([#42](…))", "Allow live cluster
 * upgrades (#6075, #6079)", "Support experimental Gateway APIs such as
 * TCPRoute Issue #643, UDPRoute Issue #641 …", "Serverless tier
 * <https://…>". The references are split off so the title reads as a name;
 * they stay with the initiative (a single one usually becomes its tracking
 * link, several are shown with its text).
 */
import type { Link, PhrasingContent } from 'mdast';
import { plainText, trimInlines } from './markdown.js';
import { spellsOut } from './abbreviations.js';
import { isBareStatus } from './status.js';
import { isBareUrl, isFiller, isRefLink, REF_TEXT, words } from './ref-links.js';
import { linkAsides, openAside } from './title-asides.js';

export { isRefLink } from './ref-links.js';

/** References written as plain text: "#879, #435". */
const TEXT_REFS = /(?:\s*[,;&]?\s*(?:and\s+)?(?:(?:issue|pr)\s*)?#\d+)+[\s).,;]*$/i;
/** One or more short notes in brackets or parentheses: "[medium]", "(document compatibility) [large]". */
const ANNOTATIONS = /^(?:[([][^()[\]]{1,40}[)\]]\s*)+$/;
/**
 * Words that point to references at the end of a sentence or after a dash, before the references; "per"
 * or "as suggested in" anywhere before them ("add board support, per [#27](…)", "… as requested in
 * [issue #12](…)").
 */
const POINTER_AFTER =
  /(?:[.;,(]\s*|\s+[-–—]\s*)(?:see(?:\s+also)?|cf\.?|refs?\.?|related(?:\s+(?:issues?|prs?|pull\s+requests?))?|tracking\s+issue)\s*:?\s*$|[,;]?\s+(?:as\s+)?per\s*:?\s*$|[,;]?\s+as\s+(?:suggested|requested|proposed|discussed|described|reported|asked\s+for|outlined)\s+(?:in|on|at)\s*:?\s*$/i;
/** Words that introduce examples: what follows them in a title is detail. */
const INTRODUCER = /\s+(?:such\s+as|e\.g\.?|including|like|for\s+example|incl\.)\s+/i;

export interface TitleRefs {
  titleRich: PhrasingContent[];
  /** The one reference link split off, if there was exactly one. */
  ref?: Link;
  /** Everything taken out of the title (references, examples), for the initiative's text. */
  moved: PhrasingContent[];
}

/** References in a run of inlines: "#123" texts and reference links. */
const refCount = (nodes: PhrasingContent[]) =>
  new Set(plainText(nodes).match(/#\d+/g) ?? []).size +
  nodes.filter((n) => isRefLink(n) && !/#\d+/.test(plainText(n))).length;

export function splitTitleRefs(titleRich: PhrasingContent[]): TitleRefs {
  // "[#132](…) GPU support": references that lead the title track the work; the words after them name it.
  const leading = leadingRefs(titleRich);
  if (leading) {
    const inner = splitTitleRefs(leading.rest);
    const moved = [...leading.refs, ...inner.moved];
    const links = moved.filter((n): n is Link => n.type === 'link');
    const single = links.length === 1 && refCount(moved) === 1;
    return { titleRich: inner.titleRich, moved, ...(single ? { ref: links[0] } : {}) };
  }
  // A closing aside in parentheses that holds links ("… ([spec](…))", "… (see [RFC](…))",
  // "… ([discussion](…), thoughts in [a doc](…))"): a pointer to more, not part of the name.
  const aside = linkAsides(titleRich);
  const nodes = aside ? aside.before : [...titleRich];
  // A trailing run of reference links and the punctuation between them, with a remark in
  // parentheses after them ("… [#72](…) (multithreading first?)").
  let start = nodes.length;
  const remark = nodes[start - 1];
  if (
    remark?.type === 'text' &&
    /^\s*\([^()]*\)[\s.,;]*$/.test(remark.value) &&
    !isBareStatus(remark.value.replace(/[()]/g, '')) &&
    isRefLink(nodes[start - 2])
  )
    start--;
  while (start > 0 && (isFiller(nodes[start - 1]) || isRefLink(nodes[start - 1]))) start--;
  // A bare address that ends the sentence ("… bayesian search from https://…") is part of it.
  const before = nodes[start - 1];
  const objectOf =
    before?.type === 'text' &&
    /\b(from|at|in|on|to|via|see|by|of|under|with)\s*$/i.test(before.value) &&
    nodes.slice(start).every((n) => isFiller(n) || (n.type === 'link' && isBareUrl(n)));
  if (objectOf) start = nodes.length;
  const run = nodes.slice(start);
  const refs = run.filter(isRefLink);
  let head = nodes.slice(0, start);
  let moved: PhrasingContent[] = [...(refs.length ? run : []), ...(aside?.aside ?? [])];
  if (!refs.length) head = nodes;
  // References after an aside that holds a link ("… ([spec](…)) ([#12](…))"): the run stops at the
  // aside's link, whose opening parenthesis stays in the title; the aside goes with the references.
  const open = refs.length ? openAside(head) : undefined;
  if (open) {
    moved = [...open.aside, ...moved];
    head = open.before;
  }
  // References written as text at the end ("… support #879, #435").
  const last = head[head.length - 1];
  let textRefs = false;
  if (last?.type === 'text') {
    const match = TEXT_REFS.exec(last.value);
    if (match && match.index > 0) {
      textRefs = true;
      head = [...head.slice(0, -1), { ...last, value: last.value.slice(0, match.index) }];
      moved = [{ type: 'text', value: `${match[0].trim()} ` }, ...moved];
    }
  }
  // The words that point to them, after the sentence ("…operator. Related issue: [#46](…)", "… — see [#12]",
  // "… gravity (see #5)").
  const tail = head[head.length - 1];
  const pointer = (refs.length || textRefs) && tail?.type === 'text' ? POINTER_AFTER.exec(tail.value) : null;
  if (tail?.type === 'text' && pointer && pointer.index > 0) {
    head = [...head.slice(0, -1), { ...tail, value: tail.value.slice(0, pointer.index) }];
    moved = [{ type: 'text', value: `${pointer[0].replace(/^[\s.;,(\-–—]+/, '')} ` }, ...moved];
  }
  // A linked name followed only by short notes in brackets ("[Pythonic refactor](…) [medium]",
  // "… (document compatibility) [medium]"): the notes are detail.
  const lastLink = head.map((n) => n.type).lastIndexOf('link');
  if (lastLink >= 0 && lastLink < head.length - 1) {
    const after = head.slice(lastLink + 1);
    const notes = plainText(after).trim();
    if (
      after.every((n) => n.type === 'text') &&
      ANNOTATIONS.test(notes) &&
      !spellsOut(head.slice(0, lastLink + 1), notes)
    ) {
      moved = [{ type: 'text', value: notes }, ...moved];
      head = head.slice(0, lastLink + 1);
    }
  }
  // Several references left inside: the title ends where its examples begin.
  if (refCount(head) + refCount(moved) >= 2 && refCount(head) >= 1) {
    for (let i = 0; i < head.length; i++) {
      const node = head[i]!;
      if (node.type !== 'text') continue;
      const match = INTRODUCER.exec(node.value);
      if (!match) continue;
      const before = [...head.slice(0, i), { ...node, value: node.value.slice(0, match.index) }];
      if (words(before) < 2) break;
      moved = [{ type: 'text', value: node.value.slice(match.index).trimStart() }, ...head.slice(i + 1), ...moved];
      head = before;
      break;
    }
  }
  const cleaned = trimInlines(
    head.map((node, i) =>
      i === head.length - 1 && node.type === 'text'
        ? { ...node, value: node.value.replace(/[\s(\-–—:,]+$/, '') }
        : node,
    ),
  );
  if (!moved.length || words(cleaned) < 1) return { titleRich, moved: [] };
  const movedLinks = moved.filter((n) => n.type === 'link');
  // One link moved out is the item's own: a reference, or the one pointer of its aside.
  const single =
    movedLinks.length === 1 && (isRefLink(movedLinks[0]) ? refCount(moved) === 1 : refCount(moved) === 0 && !!aside);
  if (single) return { titleRich: cleaned, moved: balanced(trimInlines(moved)), ref: movedLinks[0] };
  // One reference beside asides that only point to background ("([spec](…)) ([#12](…))"): the reference is the item's own.
  const refLinks = movedLinks.filter(isRefLink);
  if (refLinks.length === 1 && refCount(moved) === 1 && (aside || open))
    return { titleRich: cleaned, moved: balanced(trimInlines(moved)), ref: refLinks[0] };
  return { titleRich: cleaned, moved: balanced(trimInlines(moved)) };
}

/** A link written as an issue's reference: "#49", "acme/widget#49", "issue 49", "PR #7" (not "2023", not an address). */
export function isIssueRef(node: PhrasingContent | undefined): node is Link {
  if (node?.type !== 'link') return false;
  const text = plainText(node).trim();
  return REF_TEXT.test(text) && /#\d|^(?:issue|pr|pull\s+request)\s*\d/i.test(text);
}

/** Words that do not start a name: the reference is the subject ("#12 fixes …") or a note follows it ("on Windows only"). */
const NOT_A_NAME =
  /^(?:[^\p{L}\p{N}`*_]|(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|and|or|on|by|in|for|with|to|at|of|from|via|see|also|covers?|tracks?|fix(?:es|ed)?|adds?|added|proposes?|closes?|closed|resolves?|resolved|implements?|implemented)\b)/iu;

/** References and the punctuation between them at the start of a title, before the words that name the work. */
function leadingRefs(nodes: PhrasingContent[]): { refs: PhrasingContent[]; rest: PhrasingContent[] } | undefined {
  let k = 0;
  while (k < nodes.length && (isFiller(nodes[k]) || isIssueRef(nodes[k]))) k++;
  const refs = nodes.slice(0, k);
  if (!refs.some((n) => n.type === 'link')) return undefined;
  const [first, ...others] = nodes.slice(k);
  const rest = trimInlines(
    first?.type === 'text' ? [{ ...first, value: first.value.replace(/^[\s:\-–—]+/, '') }, ...others] : nodes.slice(k),
  );
  const text = plainText(rest);
  if (!text || NOT_A_NAME.test(text) || isBareStatus(text)) return undefined;
  return { refs: trimInlines(refs), rest };
}

/** The moved part without a closing parenthesis whose opening one stayed in the title: "#2884)" → "#2884". */
function balanced(nodes: PhrasingContent[]): PhrasingContent[] {
  const text = plainText(nodes);
  const opens = (text.match(/\(/g) ?? []).length;
  const closes = (text.match(/\)/g) ?? []).length;
  if (closes <= opens) return nodes;
  // The first closing parenthesis with no opening one before it: "#9)(first try)" → "#9 (first try)".
  let depth = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== 'text') continue;
    for (let j = 0; j < node.value.length; j++) {
      if (node.value[j] === '(') depth++;
      else if (node.value[j] === ')' && --depth < 0) {
        const value = `${node.value.slice(0, j)}${i < nodes.length - 1 || j < node.value.length - 1 ? ' ' : ''}${node.value.slice(j + 1)}`;
        const end = i === nodes.length - 1 ? value.replace(/\s+([.,;]?)\s*$/, '$1') : value;
        return trimInlines([...nodes.slice(0, i), { ...node, value: end }, ...nodes.slice(i + 1)]);
      }
    }
  }
  return nodes;
}
