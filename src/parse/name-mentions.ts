/**
 * Mentions: the runs of one to three name words a page writes, each with the
 * words around it, and what tells a mention of the project itself from one of
 * something it builds on ("support for X", "X integration").
 */
import type { BlockKind } from './page-text.js';
import {
  capitalized,
  FUNCTION_WORDS,
  isVersion,
  looksLikeName,
  nameWord,
  PLATFORMS,
  ROADMAP_WORDS,
  type Token,
} from './name-words.js';

export interface Mention {
  tokens: Token[];
  before?: Token;
  before2?: Token;
  next?: Token;
  /** The words after `next`, for what follows a version ("X 25.12 final compatible"). */
  after: Token[];
  /** Written after "the". */
  article: boolean;
  kind: BlockKind;
}

/** "support for X", "compatible with X", "migration to X": the page builds on X. */
const LEADS_TO_DEPENDENCY =
  /^(support|supports|compatible|compatibility|integration|interoperability|migration|migrating|port|porting|based|built|running)$/;
/** "X support", "X 25.12 compatible", "X integration": the same, written after the name. */
const FOLLOWS_DEPENDENCY = /^(support|compatible|compatibility|integration|interoperability)$/;

/** A mention of something the project works with, not of the project itself. */
export function isDependency(m: Mention): boolean {
  if (listedAmongOthers(m)) return true;
  if (
    m.before &&
    // A name may open with a dot (".NET"): "support for .NET 6.0".
    /^ \.?$/.test(m.before.after) &&
    /^(for|with|to|into|on)$/.test(m.before.key) &&
    LEADS_TO_DEPENDENCY.test(m.before2?.key ?? '')
  )
    return true;
  // The words after the name, past a version: "X support", "X 25.12.5 final compatible".
  const following = [m.next, ...m.after].filter((t): t is Token => !!t);
  const words = isVersion(following[0]?.text ?? '') ? following.slice(1) : following.slice(0, 1);
  return words.slice(0, 2).some((t) => FOLLOWS_DEPENDENCY.test(t.key));
}

/**
 * A name between commas, past its version ("Acme gateway 2021, Widget 2.6/2.7/3, Gizmo"): one of the
 * things a list says the project works with.
 */
function listedAmongOthers(m: Mention): boolean {
  // With its version, and another name after it: "After that, Widget 4, with its new engine, …" is
  // the project in an aside.
  if (!m.before || !/,\s*$/.test(m.before.after ?? '') || !isVersion(m.next?.text ?? '')) return false;
  // Past the version and its alternatives ("2.6/2.7/3", "4/5"), the list goes on.
  let end = m.tokens[m.tokens.length - 1]!;
  const rest = [m.next, ...m.after];
  let at = 0;
  for (; at < rest.length; at++) {
    const token = rest[at];
    if (!token || !isVersion(token.text) || !/^\s*\/?\s*$/.test(end.after ?? '')) break;
    end = token;
  }
  return /^\s*,/.test(end.after ?? '') && /^\p{Lu}/u.test(rest[at]?.text ?? '');
}

/**
 * Words written as names on this page: inner or all capitals anywhere, or
 * capitalized mid-sentence in prose more often than not (a word only capitalized
 * at the start of sentences and in titles is an ordinary word).
 */
/**
 * A short line written in title case ("Project Handling (Gradle: Single and Multi Module)"), as list
 * items often are: like a heading's, its capitals say nothing of which words are names.
 */
function titleCased(tokens: Token[]): boolean {
  const words = tokens.filter((token) => /^\p{L}{4,}$/u.test(token.text));
  return tokens.length <= 10 && words.length >= 2 && words.every((token) => capitalized(token.text));
}

export function properWords(blocks: { kind: BlockKind; tokens: Token[] }[]): Set<string> {
  const upper = new Map<string, number>();
  const lower = new Map<string, number>();
  const proper = new Set<string>();
  for (const block of blocks) {
    for (const token of block.tokens) {
      if (token.ident) continue;
      if (looksLikeName(token.text)) proper.add(token.key);
      if (token.initial || block.kind === 'heading' || block.kind === 'cell' || titleCased(block.tokens)) continue;
      const tally = capitalized(token.text) ? upper : lower;
      tally.set(token.key, (tally.get(token.key) ?? 0) + 1);
    }
  }
  for (const [key, count] of upper) if (count > (lower.get(key) ?? 0)) proper.add(key);
  return proper;
}

/** Runs of one to three name words: capitalized ones in a row, or a single word of any case. */
export function* mentionsIn(tokens: Token[], kind: BlockKind, proper: Set<string>): Generator<Mention> {
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 1; n <= 3 && i + n <= tokens.length; n++) {
      const run = tokens.slice(i, i + n);
      if (n > 1 && !/^ $/.test(run[n - 2]!.after)) break;
      if (n > 1 && run[n - 2]!.possessive) break;
      if (!run.every((t) => nameWord(t.key) && !t.ident)) break;
      if (n > 1 && !run.every((t) => capitalized(t.text) || proper.has(t.key))) break;
      // At least one word that is neither roadmap vocabulary nor a platform.
      if (run.every((t) => ROADMAP_WORDS.has(t.key) || PLATFORMS.has(t.key))) continue;
      if (n === 1 && FUNCTION_WORDS.has(run[0]!.key)) continue;
      // "roadmap for the X", "in the X": the article is skipped.
      const b = tokens[i - 1]?.key === 'the' ? i - 2 : i - 1;
      yield {
        tokens: run,
        before: tokens[b],
        before2: tokens[b - 1],
        next: tokens[i + n],
        after: tokens.slice(i + n + 1, i + n + 6),
        article: b === i - 2,
        kind,
      };
    }
  }
}
