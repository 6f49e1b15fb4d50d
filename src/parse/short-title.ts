/**
 * A long item's title, cut short: its first sentence when that is short enough, else its words up to a
 * clause boundary, never ending on a word that leads into the next ("…within the project and…").
 */
import { MAX_SENTENCE_WORDS, MAX_TITLE_WORDS, sentenceEnd, words } from './leads.js';

export function shortTitle(text: string): string {
  // The first sentence end that is not an abbreviation ("e.g.", "i.e.", "etc.", "vs.").
  const end = sentenceEnd(text, '', /(?<!\b(?:e\.g|i\.e|etc|vs|cf|approx|incl?|[A-Z]))[.!?](?=\s)/g, 10);
  const sentence = end ? text.slice(0, end.index + 1) : undefined;
  if (sentence && words(sentence) <= MAX_SENTENCE_WORDS) return sentence.replace(/[.]$/, '');
  const all = text.split(/\s+/);
  if (all.length <= MAX_TITLE_WORDS) return text;
  // Cut at the last clause boundary (before a parenthesis, after a comma, colon or semicolon) that
  // leaves a title of 6 to 16 words, else after 12 words; never on a word that leads to the next
  // ("…within the project and…"), nor inside brackets ("…benchmarks (e.g.,…").
  let cut = 12;
  for (let i = MAX_TITLE_WORDS; i >= 6; i--) {
    const head = all.slice(0, i).join(' ');
    const open = (head.match(/(^|\s)\(/g) ?? []).length > (head.match(/\)/g) ?? []).length;
    if (all[i]?.startsWith('(') || (/[,;:]$/.test(all[i - 1] ?? '') && !open)) {
      cut = i;
      break;
    }
  }
  // Nor does the fallback leave a bracket open: it cuts before it, where six words or more stay.
  let opened = cut - 1;
  while (opened >= 0 && !all[opened]!.startsWith('(')) opened--;
  if (opened >= 6 && !all.slice(opened, cut).some((word) => word.includes(')'))) cut = opened;
  while (cut > 6 && LEADING_WORD.test(all[cut - 1]!)) cut--;
  return `${all
    .slice(0, cut)
    .join(' ')
    .replace(/[,;:]$/, '')}…`;
}

/** Words that lead into what follows them: a cut title does not end on one. */
const LEADING_WORD =
  /^(and|or|but|nor|the|a|an|of|to|for|with|in|on|at|by|from|into|as|than|that|which|its|their|our)$/i;
