/**
 * The top of a page, before its first section: a first heading that only titles the page among its
 * peers, and a table of work, each row with its state, that stands beside the sections' work.
 */
import type { RootContent } from 'mdast';
import { plainText } from '../markdown.js';
import type { OutlineNode } from '../outline.js';
import { readTable } from '../table.js';
import { sameButForNumbers, undecorated } from '../title-words.js';
import { isTimeBucket } from './groups.js';
import { itemsOf, NAMES_WHAT_EXISTS } from './drafts.js';
import { isLegendTable } from '../legend.js';
import type { InitiativeDraft } from '../items.js';
import type { SectionDraft } from './sections.js';

/**
 * The first of several H1s, when it names the roadmap and holds only prose; below H1, the first of
 * several headings that only says "Roadmap" ("## Roadmap", "## Hoja de ruta") over its prose.
 */
export function isTitleAmongPeers(top: OutlineNode[]): boolean {
  const [first] = top;
  if (top.length < 2 || !first?.heading || first.children.length) return false;
  const depth = first.heading.depth;
  if (!top.every((node) => node.heading?.depth === depth)) return false;
  // Alike but for the release each names ("# Plan for v0.3", "# Plan for v2"), they are peers.
  if (sameButForNumbers(top.map((node) => node.heading!.title)).has(first.heading.title)) return false;
  if (
    depth === 1
      ? !/\broadmap\b/i.test(first.heading.title) && !onlyRoadmap(first.heading.title)
      : !onlyRoadmap(first.heading.title)
  )
    return false;
  // Its list, when the H1s after it are the roadmap's own horizons ("# Short-Term Roadmap", "# Later"),
  // says what those horizons are: "- The **short-term roadmap** is focused on…".
  const horizons = top
    .slice(1)
    .every((node) => /\broadmap\b/i.test(node.heading!.title) || isTimeBucket(node.heading!));
  return first.blocks.every(
    (block) =>
      block.type === 'paragraph' ||
      block.type === 'html' ||
      block.type === 'blockquote' ||
      // A rule under its prose ends it ("**Current Version:** v0.1.4" then "---"); under a list it may
      // close that horizon's work ("# 2024 Roadmap" over its items, "---", "# 2025 Roadmap").
      (block.type === 'thematicBreak' && !first.blocks.some((b) => b.type === 'list')) ||
      (horizons && block.type === 'list'),
  );
}

/** A title that only says "Roadmap", in the page's language: "The Roadmap", "Hoja de ruta", "路线图". */
function onlyRoadmap(title: string): boolean {
  return /^(?:(?:the|our|project)\s+)?(?:roadmap|hoja\s+de\s+ruta|feuille\s+de\s+route|roteiro|路线图|路線圖|ロードマップ|로드맵|дорожная\s+карта)$/i.test(
    undecorated(title).replace(/[:：]$/, ''),
  );
}

const lower = (text: string) => text.trim().toLowerCase();

/** States that say what a part is rather than how its work stands. */
const MATURITY = /^\W*(stable|experimental|alpha|beta|preview|incubating|deprecated|ga|mature)\W*$/i;

/** A table of work with a column of states ("| Feature | Status | Notes |"), not a legend. */
function statesEachRow(block: RootContent): boolean {
  if (block.type !== 'table' || isLegendTable(block)) return false;
  const reading = readTable(block);
  if (reading.kind !== 'items') return false;
  const statusCol = reading.roles.indexOf('status');
  // A column of maturities ("Stable", "Beta", "Experimental") says what each part is, not how work stands.
  const states = block.children.slice(1).map((row) => plainText(row.children[statusCol] ?? []).trim());
  return statusCol >= 0 && !states.filter(Boolean).every((state) => MATURITY.test(state));
}

/** A line above a table that says it lists what exists, is supported, or how to read the page. */
function namesWhatExists(before: RootContent | undefined): boolean {
  if (before?.type !== 'paragraph') return false;
  const text = plainText(before);
  return NAMES_WHAT_EXISTS.test(text) || /\b(support(ed|s)?|legend|how\s+to\s+read|meaning|status\s+of)\b/i.test(text);
}

/** Rows a table above the first heading needs to be read as work beside the sections' (a smaller one sums up). */
const MIN_INTRO_ROWS = 3;

/**
 * A table of work above the first heading, each row with its state ("Planned v1 experience:" over
 * "| Feature | Status |", then "## Extras" over more rows): the page's first list of work, beside the
 * sections'. Not a legend, a column of maturities, a table introduced as what exists or is supported,
 * nor one whose rows the sections name: it sums them up.
 */
export function introTableOfWork(
  intro: RootContent[],
  held: SectionDraft[],
  titleColumn: string | undefined,
  excluded: (title: string) => boolean,
): { items: InitiativeDraft[]; intro: RootContent[]; why: string } | undefined {
  if (!intro.some((block, i) => statesEachRow(block) && !namesWhatExists(intro[i - 1]))) return undefined;
  const found = itemsOf(intro, { titledOnly: false, tablesOnly: true, titleColumn, excluded });
  if (!found || found.items.length < MIN_INTRO_ROWS) return undefined;
  const named = new Set(
    held.flatMap((s) => [s.heading?.title ?? '', ...s.initiatives.map((i) => plainText(i.titleRich))]).map(lower),
  );
  return found.items.some((item) => named.has(lower(plainText(item.titleRich)))) ? undefined : found;
}
