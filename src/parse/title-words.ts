/**
 * What a page's title says: whether it is only a generic heading ("Roadmap",
 * "Roadmap Overview", "Introduction") that needs the project's name, and the
 * project's name when the title gives one ("Acme roadmap", "Roadmap for X",
 * "X: A Roadmap to …").
 */
import { findPeriod } from './period.js';

/** Words that title any roadmap page; a title made of these (and periods) names nothing. */
const GENERIC = new Set(
  `
  roadmap roadmaps road map overview introduction intro summary about welcome home index readme contents page document
  project product public community technical tech detailed current overall official updated new draft high level
  short long medium term future upcoming planned plans plan planning features feature set and the our a an of for to
  quarterly yearly annual monthly weekly
  vision mission goals goal priorities direction strategy specification spec milestones milestone status what's whats
  next work development releases release
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that say what kind of page it is and add nothing once the project is named ("Roadmap Overview"). */
const PAGE_WORDS = /\s*\b(overview|introduction|intro|summary|page|document|home|index|readme|contents)\b\s*/gi;

/** Emoji, pictographs and symbols around a title ("🗺️ Roadmap"). */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: U+FE0F and U+20E3 are stripped on their own, with or without a base
const DECORATION = /^[\s\p{P}\p{S}\p{Cf}\uFE0F\u20E3]+|[\s\p{S}\p{Cf}\uFE0F\u20E3]+$/gu;

export function undecorated(title: string): string {
  return title.replace(DECORATION, '').trim();
}

/** Whether a title is only generic words, with at most periods besides ("Roadmap 2024"). */
export function isGenericTitle(title: string): boolean {
  const words = undecorated(title)
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter(Boolean);
  return words.every((word) => GENERIC.has(word) || PERIOD_WORD.test(word));
}

const PERIOD_WORD =
  /^(\d+|[qh][1-4]|fy\d*|cy\d*|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|spring|summer|fall|autumn|winter|beyond|through)$/;

/**
 * A generic title as the deck shows it after the project's name: the noun
 * phrase that ends in "roadmap", without articles or page words ("Roadmap
 * Overview", "Roadmap & Feature-set", "Our roadmap" → "Roadmap"; "Project
 * roadmap" stays), and "Roadmap" where the title does not say roadmap
 * ("Introduction").
 */
export function genericDeckTitle(title: string): string {
  const phrase = /^(.*?\broadmaps?)\b/i.exec(undecorated(title))?.[1];
  if (!phrase) return 'Roadmap';
  const plain = phrase
    .replace(PAGE_WORDS, ' ')
    .replace(/^\s*((the|our|a|an|this|my|your)\s+)+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return /^roadmaps?$/i.test(plain) ? 'Roadmap' : plain;
}

const PROJECT_PATTERNS = [
  /^(.+?):\s+(?:a\s+|the\s+)?roadmap\b/i,
  /^(?:the\s+)?(.+?)(?:'s)?\s+(?:project\s+)?(?:mission\s+and\s+)?roadmap\b/i,
  /^roadmap\s+(?:of|for)\s+(?:the\s+)?(.+?)(?:\s+project)?$/i,
];

/** The project a title names ("Node Pool Roadmap" → "Node Pool"), if it names one. */
export function nameInTitle(title: string): string | undefined {
  const text = undecorated(title);
  for (const pattern of PROJECT_PATTERNS) {
    // "Acme - Product Roadmap", "Acme Development Roadmap": the kind of roadmap is not the name.
    const found = pattern.exec(text)?.[1]?.trim();
    // "News & Roadmap", "Vision and roadmap": the title joins a part of the page to the roadmap.
    if (found && /(?:^|\s)(?:&|\+|\/|and|und|et|y|e|и)$/i.test(found)) continue;
    const name = found
      ?.replace(ROADMAP_KIND, '')
      .replace(/\s*[-–—:,]$/, '')
      .trim();
    if (!name || name.split(/\s+/).length > 4 || findPeriod(name)) continue;
    // "Detailed roadmap", "Our roadmap", "Using the roadmap", "2021 Roadmap": qualifiers, not names.
    if (!/\p{L}/u.test(name) || isGenericTitle(name) || NOT_A_NAME.test(name)) continue;
    return name;
  }
  return undefined;
}

const ROADMAP_KIND =
  /(\s*[-–—:]?\s*\b(product|development|technical|tech|public|community|engineering|strategic|official|overall|detailed|draft|updated|current|feature|features|high[\s-]level))+$/i;
const NOT_A_NAME = /^(this|my|your|sig|using(\s+(the|our))?|contributing\s+to(\s+the)?|how\s+to\s+\w+(\s+the)?)$/i;

const GENERIC_PART_WORDS =
  /^(?:roadmap|road|map|plans?|planning|milestones?|goals?|releases?|versions?|targets?|for|to|the|of|in|and|towards?|our|next)$/;

/** Titles that two or more share once their numbers are left out ("Plan for v0.3", "Plan for v2"). */
export function sameButForNumbers(titles: string[]): Set<string> {
  const key = (title: string) =>
    title
      .toLowerCase()
      .replace(/\b(?:v?\d+(?:\.(?:\d+|x))*|q[1-4]|h[12])\b/g, '#')
      .trim();
  // Only where the words they share name no project: "Plan for #", not "Quill API #".
  const generic = (title: string) =>
    key(title)
      .split(/[^\p{L}#]+/u)
      .every((word) => !word || word === '#' || GENERIC_PART_WORDS.test(word));
  const numbered = titles.filter((title) => /\d/.test(title) && generic(title));
  return new Set(numbered.filter((title) => numbered.filter((other) => key(other) === key(title)).length >= 2));
}
