/**
 * What a page's config may say about its structure, and the record of how a
 * page was read (for `inspect --explain` and `lint`).
 */
import type { OutlineNode } from '../outline.js';
import type { LevelCandidate } from './levels.js';

/** Where a page's config says the initiatives are, when inference should not decide. */
export interface StructureOptions {
  /** A heading level, list items, table rows; `auto` (the default) infers it. */
  at?: 'auto' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'list' | 'table';
  /** Only the part under this heading (by its title) holds initiatives; the rest is context. */
  within?: string;
  /** The table column (by its header) that names the rows. */
  titleColumn?: string;
  /** Headings and items (by title, `*` matches any text) that are not initiatives. */
  exclude?: string[];
  /**
   * Lines of headings above the level `at` names that each hold a list of the work: one slide each,
   * as the headings at that level are. Set by the deck budget (./deck-budget.ts), never by config.
   */
  holders?: ReadonlySet<number>;
}

/** Why a part is read as it is when the config says where the initiatives are. */
export const configReading = (at: string, depth: number | undefined): string =>
  `the config says initiatives are ${at.startsWith('h') ? `H${depth} headings` : at === 'list' ? 'list items' : 'table rows'}`;

export interface Decision {
  line: number;
  title: string;
  reading: 'initiative' | 'section' | 'items' | 'context' | 'closing' | 'empty' | 'excluded';
  why: string;
}

export interface Ambiguity {
  line: number;
  message: string;
  /** The two best readings, each with the config that picks it. */
  readings: { reading: string; config: string }[];
}

/** Why the page was read as it was: the candidate levels and every decision, in page order. */
export interface Explanation {
  levels: LevelCandidate[];
  level?: number;
  levelWhy: string;
  decisions: Decision[];
  ambiguities: Ambiguity[];
  /** Config settings that did not apply (a `within` section the page does not have). */
  unused: string[];
}

/** Whether a title matches a config pattern (case-insensitive; `*` matches any text). */
export function matchesTitle(pattern: string, title: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .trim()
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    'i',
  );
  return regex.test(title.trim());
}

export function findNode(nodes: OutlineNode[], title: string): OutlineNode | undefined {
  for (const node of nodes) {
    if (node.heading && matchesTitle(title, node.heading.title)) return node;
    const inner = findNode(node.children, title);
    if (inner) return inner;
  }
  return undefined;
}
