/**
 * Matching initiatives across two editions of a roadmap: the same title
 * (after normalizing case, punctuation and status marks) first, then a
 * fuzzy match for renamed ones, scored, above a threshold.
 */
import type { Initiative } from '../model/types.js';

interface Match {
  previous: Initiative;
  current: Initiative;
  /** 1 for the same title; otherwise the similarity (0–1) that made the match. */
  score: number;
  how: 'title' | 'fuzzy';
}

interface Matching {
  matches: Match[];
  added: Initiative[];
  removed: Initiative[];
}

/** Below this similarity two initiatives are different work. */
const FUZZY_THRESHOLD = 0.6;

const STOP = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'for',
  'to',
  'in',
  'on',
  'with',
  'by',
  'at',
  'from',
  'into',
  'support',
]);

export function normalizeTitle(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function tokens(title: string): string[] {
  return normalizeTitle(title)
    .split(' ')
    .filter((t) => t && !STOP.has(t));
}

/** Dice coefficient over title words, with a little weight on the descriptions' words. */
export function similarity(a: Initiative, b: Initiative): number {
  const ta = new Set(tokens(a.title));
  const tb = new Set(tokens(b.title));
  if (!ta.size || !tb.size) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  const titleScore = (2 * shared) / (ta.size + tb.size);
  const wa = new Set(
    normalizeTitle(a.text)
      .split(' ')
      .filter((t) => t.length > 3),
  );
  const wb = new Set(
    normalizeTitle(b.text)
      .split(' ')
      .filter((t) => t.length > 3),
  );
  let common = 0;
  for (const t of wa) if (wb.has(t)) common++;
  const textScore = wa.size && wb.size ? (2 * common) / (wa.size + wb.size) : 0;
  return Math.round((0.8 * titleScore + 0.2 * textScore) * 100) / 100;
}

export function matchInitiatives(previous: Initiative[], current: Initiative[]): Matching {
  const matches: Match[] = [];
  const usedPrev = new Set<Initiative>();
  const usedCur = new Set<Initiative>();
  const byTitle = new Map<string, Initiative[]>();
  for (const p of previous) {
    const key = normalizeTitle(p.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), p]);
  }
  for (const c of current) {
    const candidates = (byTitle.get(normalizeTitle(c.title)) ?? []).filter((p) => !usedPrev.has(p));
    const p = candidates[0];
    if (p) {
      matches.push({ previous: p, current: c, score: 1, how: 'title' });
      usedPrev.add(p);
      usedCur.add(c);
    }
  }
  // Renamed work: the best remaining pairs above the threshold, best first.
  const pairs: { p: Initiative; c: Initiative; score: number }[] = [];
  for (const c of current) {
    if (usedCur.has(c)) continue;
    for (const p of previous) {
      if (usedPrev.has(p)) continue;
      const score = similarity(p, c);
      if (score >= FUZZY_THRESHOLD) pairs.push({ p, c, score });
    }
  }
  pairs.sort((x, y) => y.score - x.score);
  for (const { p, c, score } of pairs) {
    if (usedPrev.has(p) || usedCur.has(c)) continue;
    matches.push({ previous: p, current: c, score, how: 'fuzzy' });
    usedPrev.add(p);
    usedCur.add(c);
  }
  matches.sort((a, b) => current.indexOf(a.current) - current.indexOf(b.current));
  return {
    matches,
    added: current.filter((c) => !usedCur.has(c)),
    removed: previous.filter((p) => !usedPrev.has(p)),
  };
}
