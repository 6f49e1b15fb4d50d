/**
 * The name a page uses for itself, read from its prose. Every run of one to
 * three name-like words is a candidate; each mention scores by what stands
 * around it (the ways a page speaks of its own project: "X's", "X is",
 * "the X community", "X 1.0", "the X roadmap", "… for X."), by where it stands
 * (front matter, intro, body), and by the page's links to the same name
 * (its repository, its site). The best candidate is the name only when it is
 * clearly ahead: a wrong name on a title slide is worse than none.
 */
import { hintKeys, linkedNames, linksTo, squash } from './link-names.js';
import type { BlockKind, PageText } from './page-text.js';
import { isDependency, type Mention, mentionsIn, properWords } from './name-mentions.js';
import {
  FUNCTION_WORDS,
  isVersion,
  OBJECT_WORDS,
  QUALIFIERS,
  ROADMAP_WORDS,
  SELF_NOUNS,
  SUBJECT_VERBS,
  tokenize,
} from './name-words.js';

export interface NameCandidate {
  name: string;
  score: number;
  /** Times the page writes it, anywhere. */
  mentions: number;
  /** The evidence found, with counts ("written as a name ×3", "the X community ×2", "links to it ×6"). */
  why: string[];
}

export interface NameReading {
  /** The name, when one candidate is clearly ahead. */
  name?: string;
  /** Every candidate with a score, best first. */
  candidates: NameCandidate[];
}

export interface NameOptions {
  /** Names of the repository the page lives in: they count only where the page writes them. */
  hints?: string[];
}

/** A name needs this much evidence… */
export const MIN_SCORE = 6;
/** …and this lead over the best candidate that shares no word with it. */
export const MIN_LEAD = 1.5;

const KIND_WEIGHT: Record<BlockKind, number> = { meta: 2, intro: 1.5, prose: 1, heading: 1, cell: 0.5 };

interface Tally {
  key: string;
  forms: Map<string, number>;
  mentions: number;
  /** Weighted mentions written as a name mid-sentence. */
  plain: number;
  score: number;
  evidence: Map<string, number>;
}

/** A context the page uses for its own project, with its weight. */
interface Rule {
  why: string;
  weight: number;
  test: (m: Mention, proper: boolean) => boolean;
}

const last = (m: Mention) => m.tokens[m.tokens.length - 1]!;
const ends = (m: Mention) => !m.next || /^\s*[.!?;:,()]/.test(last(m).after) || /\u2063/.test(last(m).after);
const joined = (m: Mention) => !last(m).possessive && /^ $/.test(last(m).after) && !!m.next;

export const RULES: Rule[] = [
  { why: "X's", weight: 3, test: (m) => last(m).possessive },
  {
    why: 'X is / X uses',
    weight: 3,
    // A lower-case word is a subject only at the start of a sentence ("widgets is …").
    test: (m, proper) => joined(m) && SUBJECT_VERBS.has(m.next!.key) && (proper || m.tokens[0]!.initial),
  },
  // "a high level roadmap", "our recent roadmap": a lower-case word before "roadmap" qualifies it, unless "the"
  // names it; a word that only qualifies does not, even after "the" ("the following roadmap").
  {
    why: 'the X roadmap',
    weight: 4,
    test: (m, proper) =>
      joined(m) &&
      /^roadmaps?$/.test(m.next!.key) &&
      (proper || (m.article && !m.tokens.some((t) => QUALIFIERS.has(t.key)))),
  },
  {
    why: 'roadmap of X',
    weight: 4,
    test: (m) => m.before?.after === ' ' && /^(of|for)$/.test(m.before.key) && /^roadmaps?$/.test(m.before2?.key ?? ''),
  },
  {
    why: 'the X community',
    weight: 2,
    // A lower-case word before such a noun is mostly an adjective ("major release"), unless "the" names it
    // ("the kind community", "the zarrita release"); a word that only qualifies ("the following features",
    // "the latest version") is no name.
    test: (m, proper) =>
      joined(m) &&
      SELF_NOUNS.has(m.next!.key) &&
      !/^roadmaps?$/.test(m.next!.key) &&
      (proper || (m.article && !m.tokens.some((t) => QUALIFIERS.has(t.key)))),
  },
  // A dependency's version is not the project's ("support for X 25.12").
  // A lower-case word before a bare number is a word of the sentence ("a lookup table de 256 entries").
  {
    why: 'X 1.0',
    weight: 2,
    test: (m, proper) =>
      joined(m) && isVersion(m.next!.text) && (proper || /^v|\./i.test(m.next!.text)) && !isDependency(m),
  },
  { why: "a dependency ('support for X', 'X compatible')", weight: -3, test: (m) => isDependency(m) },
  {
    why: '… for X.',
    weight: 1.5,
    // Only a name, or a word shaped like one ("with acme-tool."): "ready for production." ends on a common word.
    test: (m, proper) =>
      (proper || m.tokens.some((t) => /\p{L}[-_.\d]|\d\p{L}/u.test(t.text))) &&
      !!m.before &&
      OBJECT_WORDS.has(m.before.key) &&
      m.before.after === ' ' &&
      ends(m),
  },
];

export function readProjectName(page: PageText, options: NameOptions = {}): NameReading {
  const tallies = new Map<string, Tally>();
  const blocks = page.blocks.map((block) => ({ kind: block.kind, tokens: tokenize(block.text) }));
  const proper = properWords(blocks);
  for (const block of blocks) {
    for (const mention of mentionsIn(block.tokens, block.kind, proper)) {
      const key = mention.tokens.map((t) => t.key).join(' ');
      const tally = tallies.get(key) ?? { key, forms: new Map(), mentions: 0, plain: 0, score: 0, evidence: new Map() };
      tallies.set(key, tally);
      const form = mention.tokens.map((t) => t.text).join(' ');
      tally.forms.set(form, (tally.forms.get(form) ?? 0) + (mention.tokens[0]!.initial ? 0.5 : 1));
      tally.mentions += 1;
      const isProper = mention.tokens.some((t) => proper.has(t.key));
      const weight = KIND_WEIGHT[mention.kind];
      // A name written mid-sentence counts a little on its own; title-case text (headings, cells) does not.
      if (
        isProper &&
        !mention.tokens[0]!.initial &&
        (mention.kind === 'meta' || mention.kind === 'intro' || mention.kind === 'prose')
      ) {
        tally.plain += weight;
      }
      for (const rule of RULES) {
        if (!rule.test(mention, isProper)) continue;
        tally.score += rule.weight * weight;
        tally.evidence.set(rule.why, (tally.evidence.get(rule.why) ?? 0) + 1);
      }
    }
  }
  const links = linkedNames(page.urls);
  // A repository named with a common word ("main", "docs") says nothing about the page.
  const hints = (options.hints ?? [])
    .filter((h) => !FUNCTION_WORDS.has(h.toLowerCase()) && !ROADMAP_WORDS.has(h.toLowerCase()))
    .flatMap(hintKeys);
  const candidates: NameCandidate[] = [];
  for (const tally of tallies.values()) {
    // Frequency is evidence with diminishing returns: feature names repeat too ("Lifecycle Management").
    tally.score += 2 * Math.log2(1 + tally.plain);
    if (tally.plain) tally.evidence = new Map([['written as a name', Math.round(tally.plain)], ...tally.evidence]);
    const linked = linksTo(squash(tally.key), links);
    if (linked) {
      // Each further link says less: 1 → 3, 6 → 8.4, 25 → 14.1.
      tally.score += 3 * Math.log2(1 + linked);
      tally.evidence.set('links to it', Math.ceil(linked));
    }
    // The page writes its repository's name: that alone is enough evidence, unless a rival leads.
    if (hints.includes(squash(tally.key))) {
      tally.score += MIN_SCORE;
      tally.evidence.set('names its repository', 1);
    }
    if (tally.score <= 0) continue;
    candidates.push({
      name: spelling(tally),
      score: round(tally.score),
      mentions: tally.mentions,
      why: describe(tally.evidence),
    });
  }
  candidates.sort((a, b) => b.score - a.score || b.name.split(' ').length - a.name.split(' ').length);
  return { name: pick(candidates), candidates };
}

/**
 * The best candidate, lengthened to the fuller name the page mostly writes
 * ("Acme" → "Acme UI"), when it has enough evidence and leads every candidate
 * that shares no word with it.
 */
function pick(candidates: NameCandidate[]): string | undefined {
  const best = candidates[0];
  if (!best || best.score < MIN_SCORE) return undefined;
  // The fuller name is the one the page mostly writes, or the name of its repository ("Kit" → "Acme Kit").
  const fuller = candidates
    .filter(
      (c) =>
        c !== best &&
        contains(c.name, best.name) &&
        c.score >= MIN_SCORE &&
        (c.mentions >= best.mentions * 0.6 || c.why.includes('names its repository')),
    )
    .sort((a, b) => b.mentions - a.mentions || b.name.length - a.name.length)[0];
  let name = fuller?.name ?? best.name;
  // "zed-mac" beside "zed" with evidence of its own: the compound is a part of the project, unless
  // it is the name of the page's repository ("Acme-Web" in acme-web): then it is the project.
  const ownRepository = candidates.find((c) => c.name === name)?.why.includes('names its repository');
  const base = ownRepository ? undefined : /^([^\s-]+)-\S+$/.exec(name)?.[1]?.toLowerCase();
  const stem = base ? candidates.find((c) => c.name.toLowerCase() === base && c.score >= MIN_SCORE) : undefined;
  if (stem) name = stem.name;
  // Candidates that share a word with the name are spellings of it ("Acme", "Acme CSS") or its
  // parts ("acme-python", "acme-contrib"), not rivals.
  const split = (text: string) => text.toLowerCase().split(/[\s_-]+/);
  const words = new Set(split(name));
  const rival = candidates.find((c) => !split(c.name).some((word) => words.has(word)));
  return rival && best.score < rival.score * MIN_LEAD ? undefined : name;
}

/** Whether the words of `part` appear in a row in `whole`. */
function contains(whole: string, part: string): boolean {
  return ` ${whole.toLowerCase()} `.includes(` ${part.toLowerCase()} `) && whole.length > part.length;
}

/** The spelling the page uses most, mid-sentence first ("widgets", not "Widgets"). */
function spelling(tally: Tally): string {
  return [...tally.forms].sort((a, b) => b[1] - a[1])[0]![0];
}

function describe(evidence: Map<string, number>): string[] {
  return [...evidence].map(([why, n]) => (n > 1 ? `${why} ×${n}` : why));
}

const round = (n: number) => Math.round(n * 10) / 10;
