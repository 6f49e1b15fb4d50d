/**
 * How a list item names its work: a bold or linked lead, "Name: description",
 * "Name - description", "Name. Description…", or one sentence that is the
 * name; and how a sentence becomes a title (no final stop, no run-on).
 */
import type { PhrasingContent, Text } from 'mdast';
import { isBareStatus } from './status.js';
import { plainText, trimInlines } from './markdown.js';
import { MONTH, MONTH_OTHER } from './period-matchers.js';
import { isIssueRef, splitTitleRefs } from './title-refs.js';

export const MAX_TITLE_WORDS = 16;
/** A one-sentence item up to this long is titled by its whole sentence, as written. */
export const MAX_SENTENCE_WORDS = 30;
/** Fewer words after "Name:" qualify the name rather than describe it. */
const MIN_DESCRIPTION_WORDS = 6;
/** A first sentence this short, followed by more, is a name ("Canary builds. Nightly builds of …"). */
const MAX_NAME_SENTENCE_WORDS = 12;

export const words = (text: string) => (text.trim() ? text.trim().split(/\s+/).length : 0);

const SYMBOLS_ONLY = /^[^\p{L}\p{N}]*$/u;
/** A bracketed tag in capitals alone: "[ADD] ", "[WIP] ", "[P1] ". */
const TAG_ONLY = /^\s*\[[\p{Lu}\p{N}][\p{Lu}\p{N}_-]{0,11}\]\s+$/u;

/**
 * Drops leading emoji and punctuation before a bold lead ("🐣 **Phase 1:** …"), a dash after a checkbox
 * ("[x] - Install Kafka"), and a marker set in bold or italics ("**†** Iterative model control", "*★* Faster
 * builds"): a name has letters.
 */
export function stripLeadingSymbols(inl: PhrasingContent[]): PhrasingContent[] {
  const first = inl[0];
  // A dash that sets the words off from a checkbox ("- [x] - Install Kafka") is no part of them.
  if (first?.type === 'text' && /^[-–—]\s+\S/.test(first.value))
    return stripLeadingSymbols([{ ...first, value: first.value.replace(/^[-–—]\s+/, '') }, ...inl.slice(1)]);
  if (first?.type === 'text' && inl[1] && SYMBOLS_ONLY.test(first.value) && first.value.trim().length <= 4) {
    return inl.slice(1);
  }
  // A tag in capitals before a bold name ("[ADD] **JShell Support**", "[HIGH] **Tags**"): the kind or
  // weight of the change, set before the name as an emoji would be.
  // A tag that states a status ("[DONE] **Search**") is left for the status to be read from.
  if (
    first?.type === 'text' &&
    inl[1]?.type === 'strong' &&
    TAG_ONLY.test(first.value) &&
    !isBareStatus(first.value.trim().slice(1, -1))
  )
    return inl.slice(1);
  if ((first?.type === 'strong' || first?.type === 'emphasis') && inl[1]) {
    const marker = plainText(first).trim();
    if (marker && marker.length <= 4 && SYMBOLS_ONLY.test(marker)) return trimInlines(inl.slice(1));
  }
  return inl;
}

const SEPARATOR = /\s+[-–—]\s+|\s+[-–—]$/;

/** Splits inlines at the first " - " dash separator within a text node. */
export function splitAtDash(inl: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] | undefined {
  for (let i = 0; i < inl.length; i++) {
    const node = inl[i]!;
    if (node.type !== 'text') continue;
    const match = SEPARATOR.exec(node.value);
    if (!match) continue;
    const before = node.value.slice(0, match.index);
    const after = node.value.slice(match.index + match[0].length);
    const head = [...inl.slice(0, i), { type: 'text', value: before } as PhrasingContent];
    // A sign set off by a dash ("🗃 - Faster tests") is no name: the words after it are.
    if (!/[\p{L}\p{N}]/u.test(plainText(head))) return undefined;
    if (words(plainText(head)) > MAX_TITLE_WORDS) return undefined;
    return [head, [{ type: 'text', value: after } as PhrasingContent, ...inl.slice(i + 1)]];
  }
  return undefined;
}

// A month by its name or its abbreviation, not a word that opens as one does ("Decompression", "Novel"),
// in the languages pages are written in too ("Janvier", "Marzo", "Juli", "Januari").
const TIME_WORD = new RegExp(
  `^(?:${MONTH}\\.?|${MONTH_OTHER}|(?:19|20)\\d\\d|'\\d\\d|q[1-4]|h[12]|spring|summer|fall|autumn|winter|early|mid|late|end|of|-|–)$`,
  'iu',
);

/** A label that only names a time: "Nov", "Q3 2025", "Early 2024", "2019". */
export function isPeriodLabel(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  return (
    tokens.length <= 4 &&
    tokens.every((t) => TIME_WORD.test(t)) &&
    !tokens.every((t) => /^(early|mid|late|end|of|-|–)$/i.test(t))
  );
}

/**
 * A month, quarter or year before a colon ("Nov: Start the project", "Q3 2025: Plugin API") says
 * when, not what: the words after it name the item. Undefined when nothing follows the colon.
 */
export function periodLeadOf(inl: PhrasingContent[]): { when: string; rest: PhrasingContent[] } | undefined {
  const first = inl[0];
  // The time set in bold or italics, before the colon or closed by it ("**Q3 2019**: …", "__Nov:__ …").
  if (first?.type === 'strong' || first?.type === 'emphasis') {
    const label = plainText(first).trim();
    const next = inl[1];
    const closed = /[:：]$/.test(label);
    if (!closed && !(next?.type === 'text' && /^\s*[:：]/.test(next.value))) return undefined;
    const when = label.replace(/\s*[:：]$/, '');
    if (!isPeriodLabel(when)) return undefined;
    const after = closed
      ? inl.slice(1)
      : [{ ...next!, value: (next as { value: string }).value.replace(/^\s*[:：]/, '') }, ...inl.slice(2)];
    const rest = trimInlines(after as PhrasingContent[]);
    return plainText(rest).trim() ? { when, rest } : undefined;
  }
  if (first?.type !== 'text') return undefined;
  const match = /^\s*([^:\n]{2,24}?)\s*:(?:\s+(?=\S)|\s*$)/.exec(first.value);
  if (!match || !isPeriodLabel(match[1]!)) return undefined;
  const rest = trimInlines([{ ...first, value: first.value.slice(match[0].length) }, ...inl.slice(1)]);
  return plainText(rest).trim() ? { when: match[1]!, rest } : undefined;
}

/** A reference code: capitals and digits, no spaces ("REQ-12", "P0", "FR-3", "KEP-1234", "M1"). */
const CODE = /^[A-Z]{1,6}[-_]?\d{1,5}[a-z]?$/;

/**
 * "**REQ-12:** Export the report as PDF": a bold code before the words that name the work; the code,
 * and the words. Undefined when nothing follows it ("**P0**" alone is all the title there is).
 */
export function codeLeadOf(inl: PhrasingContent[]): { code: string; rest: PhrasingContent[] } | undefined {
  const [lead, next] = inl;
  if (lead?.type !== 'strong') return undefined;
  const code = plainText(lead).trim().replace(/:$/, '');
  if (!CODE.test(code) || next?.type !== 'text') return undefined;
  const rest = trimInlines([{ ...next, value: next.value.replace(/^\s*[:.\-–—]?\s*/, '') }, ...inl.slice(2)]);
  return plainText(rest).trim() ? { code, rest } : undefined;
}

/** "Service Mesh Integration: While we have…" → ["Service Mesh Integration", "While we have…"]. */
export function colonLeadOf(inl: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] | undefined {
  // The name may hold code ("Support for `Float64`: …"); a colon that ends its line ends the name
  // when a link or code opens the next one ("Constraint programming:⏎[#2227](…) JuMP has …").
  let at = 0;
  const open = (n: PhrasingContent | undefined) =>
    n?.type === 'inlineCode' || (n?.type === 'text' && !n.value.includes(':'));
  while (open(inl[at])) at++;
  const node = inl[at];
  if (node?.type !== 'text') return undefined;
  const before = plainText(inl.slice(0, at));
  const match = /^([^:.!?]{0,60}):(?:\s+(?=\S)|[ \t]*\n\s*$)/.exec(node.value);
  if (!match) return undefined;
  const name = `${before}${match[1]!}`;
  const after = trimInlines([{ type: 'text', value: node.value.slice(match[0].length) }, ...inl.slice(at + 1)]);
  if (
    name.trim().length < 2 ||
    inl.slice(0, at).some((n) => n.type === 'text' && /[.!?]/.test(n.value)) ||
    !plainText(after).trim() ||
    words(name) > 8 ||
    /^(status|note|see|e\.g|i\.e|documents?|outcome|links?)$/i.test(name.trim())
  )
    return undefined;
  // "bug: clicking on a dark area crashes", "refactor(core): …": the kind of change, in lower case as
  // commit messages write it, tags the line; the words after it name the work with it ("Docs:" is an area).
  if (/^(bug|fix|feat|chore|docs|refactor|perf|tests?|ci|build|style)(\([^()]*\))?$/.test(name.trim()))
    return undefined;
  // So does the one kind of work, in any case ("Feature: Encrypted backups", "BUG: …", "New feature: …").
  if (/^(new\s+)?(feature|feat|bug|bug\s?fix|fix|enhancement|chore|refactor)$/i.test(name.trim())) return undefined;
  // "Retry policy (for example: …)": a colon inside brackets is not the end of a name.
  if ((name.match(/[([]/g) ?? []).length > (name.match(/[)\]]/g) ?? []).length) return undefined;
  // "… can read from: GitHub, GitLab" continues a sentence; it is not a name.
  if (/\b(from|to|for|of|with|in|on|by|at|the|a|an|and|or|are|is|including|like|such\s+as)$/i.test(name.trim()))
    return undefined;
  const head = trimInlines([...inl.slice(0, at), { type: 'text', value: match[1]! }]);
  return [head, after];
}

/** "[Name](url): description": the linked name titles the item. */
export function linkLeadOf(inl: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] | undefined {
  const [first, second] = inl;
  // "[#49](…) cookiecutter for specs": a reference names no work; the words after it do.
  if (first?.type !== 'link' || second?.type !== 'text' || isIssueRef(first)) return undefined;
  // "[Name](url): description", or the description on the next line / after a full stop.
  const match =
    /^\s*:\s+(?=\S)/.exec(second.value) ??
    /^[ \t]*[.\-–—]?[ \t]*\n\s*(?=\S)/.exec(second.value) ??
    /^\s*[.\-–—]\s+(?=\S)/.exec(second.value);
  if (!match || words(plainText(first)) > 8) return undefined;
  return [[first], trimInlines([{ type: 'text', value: second.value.slice(match[0].length) }, ...inl.slice(2)])];
}

/**
 * Splits inlines after a short first sentence that more text follows. The
 * sentence ends at `.`, `!` or `?` and a space, outside code and links, and
 * not after an abbreviation ("e.g.") or an initial.
 */
export function firstSentence(
  inl: PhrasingContent[],
  maxWords = MAX_NAME_SENTENCE_WORDS,
): [PhrasingContent[], PhrasingContent[]] | undefined {
  for (let i = 0; i < inl.length; i++) {
    const node = inl[i]!;
    if (node.type !== 'text') continue;
    const before = plainText(inl.slice(0, i) as never);
    const match = sentenceEnd(
      node.value,
      before,
      // Not after an abbreviation ("e.g.", "a.k.a.", "w.r.t.", an initial) nor inside an ellipsis ("Datadog...").
      /(?<!\b(?:e\.g|i\.e|etc|vs|cf|approx|incl?|no|[A-Z]|\p{L}\.\p{L})|\.)[.!?](?![.])(?=\s+\S)/gu,
    );
    if (!match) continue;
    const head = trimInlines([
      ...inl.slice(0, i),
      { type: 'text', value: node.value.slice(0, match.index + (match[0] === '.' ? 0 : 1)) },
    ]);
    const tail = trimInlines([{ type: 'text', value: node.value.slice(match.index + 1) }, ...inl.slice(i + 1)]);
    const n = words(plainText(head));
    if (n < 1 || n > maxWords || !plainText(tail)) return undefined;
    return [head, tail];
  }
  return undefined;
}

/**
 * "Promise Play⏎In addition to making sure…": a line of its own without a stop, as long as a name, over
 * more words on the next lines. Only where the list breaks lines on purpose (list-drafts.ts): a page
 * wrapped at a width breaks a sentence anywhere.
 */
export function nameOnItsLine(inl: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] | undefined {
  const at = inl.findIndex((node) => node.type === 'text' && node.value.includes('\n'));
  if (at === -1) return undefined;
  const node = inl[at] as Text;
  const cut = node.value.indexOf('\n');
  const head = trimInlines([...inl.slice(0, at), { type: 'text', value: node.value.slice(0, cut) }]);
  const tail = trimInlines([{ type: 'text', value: node.value.slice(cut + 1) }, ...inl.slice(at + 1)]);
  const name = plainText(head).trim();
  if (!name || /[.!?,;:…]$/.test(name) || words(name) > MAX_NAME_SENTENCE_WORDS) return undefined;
  return words(plainText(tail)) >= 3 ? [head, tail] : undefined;
}

/**
 * Whether the text after "Name:" or "Name -" describes the name (a clause of
 * its own) rather than qualifies it ("AWS Provider: additional API types",
 * "Resource composition - experimental MVP"): a qualifier stays in the title.
 */
export function describes(after: PhrasingContent[]): boolean {
  const text = splitTitleRefs(after).titleRich;
  return words(plainText(text.length ? text : after)) >= MIN_DESCRIPTION_WORDS;
}

/** A sentence used as a title loses its full stop, "." or an ideographic "。"/"．" (not "…", "?" or "!"). */
export function withoutFinalStop(inl: PhrasingContent[]): PhrasingContent[] {
  const last = inl[inl.length - 1];
  if (
    last?.type !== 'text' ||
    !/[^.。．][.。．]\s*$/.test(last.value) ||
    /\b(e\.g|i\.e|etc|vs|cf|incl|approx)\.\s*$/i.test(last.value)
  )
    return inl;
  return [...inl.slice(0, -1), { ...last, value: last.value.replace(/[.。．]\s*$/, '') }];
}

/** Words set in bold as a whole ("**Testing**"), out of the bold that only sets them apart. */
export function outOfBold(rich: PhrasingContent[]): PhrasingContent[] {
  const inl = trimInlines(rich);
  return inl.length === 1 && inl[0]!.type === 'strong' ? trimInlines(inl[0].children) : inl;
}

export function trimTrailingColon(rich: PhrasingContent[]): PhrasingContent[] {
  const last = rich[rich.length - 1];
  if (last?.type !== 'text' || !/:\s*$/.test(last.value)) return rich;
  return trimInlines([...rich.slice(0, -1), { ...last, value: last.value.replace(/:\s*$/, '') }]);
}

/**
 * The first match of a sentence-end pattern (global) that is not inside
 * parentheses: "syntax highlighting (inc. detection)" has no sentence end.
 * `before` is the text that precedes `value` in the same paragraph.
 */
export function sentenceEnd(value: string, before: string, pattern: RegExp, minIndex = 0): RegExpExecArray | undefined {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
    if (match.index < minIndex) continue;
    const upTo = before + value.slice(0, match.index);
    const open = (upTo.match(/\(/g) ?? []).length - (upTo.match(/\)/g) ?? []).length;
    if (open <= 0) return match;
  }
  return undefined;
}
