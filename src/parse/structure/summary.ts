/**
 * A table that sums up the parts of the page ("Status at a glance", "Summary", "Progress summary"):
 * most of its rows name work that has a heading or an item of its own further down the page, or a
 * heading of its own above it. Those parts describe the work; the table is their overview or recap,
 * and its rows do not make slides of their own twice.
 */
import type { ListItem, RootContent, Table } from 'mdast';
import { type Meta, metaOf, namesHistory } from '../meta.js';
import { CURRENT_STATE, datesOnly } from '../meta-titles.js';
import { plainText } from '../markdown.js';
import { descendants, flattenBlocks, type OutlineNode } from '../outline.js';
import { readTable } from '../table.js';
import { columnStats, type ColumnStats } from '../table-columns.js';
import { hasDetailLines, statesItsStatus, statusLineOf } from './blocks.js';
import { isTimeBucket, namesARelease } from './groups.js';
import { releaseWorkName } from '../period-names.js';
import { periodLeadOf } from '../leads.js';
import { goalsBesideWork } from './goals.js';
import { isTaskList } from '../item-lists.js';
import { trailingStatusOf } from '../status-tags.js';

/** Lower-case words only, checkboxes left out, for comparing a row's name with the page's later names. */
const wordsKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/\[[ x]\]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The names written elsewhere on the page: every heading and every list item's first line after
 * `line`, and every heading before `from` (a recap names the headings it follows).
 */
function namesAround(root: OutlineNode, from: number, line: number): string[] {
  const names: string[] = [];
  const visit = (blocks: RootContent[]) => {
    for (const block of blocks) {
      if ((block.position?.start.line ?? 0) <= line) continue;
      if (block.type === 'list')
        for (const item of block.children) {
          const first = item.children[0];
          if (first?.type === 'paragraph') names.push(wordsKey(plainText(first)));
          visit(item.children.slice(1));
        }
    }
  };
  for (const node of descendants(root)) {
    const at = node.heading?.position.line ?? 0;
    if (node.heading && (at > line || at < from)) names.push(wordsKey(node.heading.title));
    visit(node.blocks);
  }
  visit(root.blocks);
  return names.filter(Boolean);
}

/** Whether a table's rows mostly name work that the page describes again after it. */
export function isSummaryTable(table: Table, root: OutlineNode): boolean {
  const reading = readTable(table);
  if (reading.kind !== 'items') return false;
  const cell = (row: Table['children'][number], col: number) => wordsKey(plainText(row.children[col] ?? []));
  const rows = table.children.slice(1).filter((row) => cell(row, reading.titleCol));
  if (rows.length < 3) return false;
  const elsewhere = namesAround(root, table.position?.start.line ?? 0, table.position?.end.line ?? 0);
  const named = (name: string) => !!name && elsewhere.some((text) => ` ${text} `.includes(` ${name} `));
  // A row names its work by its title cell, or by its first ("Phase 1" of "Phase 1: Foundation"); a row's
  // number ("1", "2") names nothing, however often the digit comes back. A first column of versions,
  // dates or states names its rows only where a heading or item is that value alone ("## 1.1" after
  // "| 1.1 | Plugins |"), not where a longer name holds it ("Release 2.0 schedule").
  const firstNames = !namesNothingMostly(columnStats(rows, 0));
  const firstNamed = (row: Table['children'][number]) => {
    if (/^\s*#?\d+\.?\s*$/.test(plainText(row.children[0] ?? []))) return false;
    const name = cell(row, 0);
    return firstNames ? named(name) : !!name && elsewhere.includes(name);
  };
  const recurring = rows.filter((row) => named(cell(row, reading.titleCol)) || firstNamed(row));
  return recurring.length * 2 >= rows.length;
}

/** A column most of whose cells cannot name a row: versions, dates, states, placeholders, references. */
const namesNothingMostly = (stats: ColumnStats) => stats.notNames * 2 >= stats.filled;

const summaries = new WeakMap<OutlineNode, boolean>();

/** A part whose only work-bearing block is a summary table (asked twice per part: remembered). */
export function isSummaryPart(node: OutlineNode, root: OutlineNode): boolean {
  let known = summaries.get(node);
  if (known === undefined) {
    known = readsAsSummary(node, root);
    summaries.set(node, known);
  }
  return known;
}

function readsAsSummary(node: OutlineNode, root: OutlineNode): boolean {
  if (node.children.length) return false;
  const tables = node.blocks.filter((b): b is Table => b.type === 'table');
  const lists = node.blocks.filter((b) => b.type === 'list');
  return tables.length === 1 && lists.length === 0 && isSummaryTable(tables[0]!, root);
}

/** What a part is when it is not work: a summary table, or what the page's words say (../meta.ts). */
export function metaOfPart(node: OutlineNode, inBucket: boolean): Meta | undefined {
  let root = node;
  while (root.parent) root = root.parent;
  if (isSummaryPart(node, root)) return { kind: 'about', why: 'its table sums up the work described after it' };
  // "## Changelog" over "### v0.4.0", "### v0.3.0": the record of past releases, release by release.
  if (node.children.length && namesHistory(node.heading!.title, true) && node.children.every(namesAReleaseOnly))
    return { kind: 'about', why: 'its title names the history of past releases, its parts the releases' };
  // "## Current Status (2024-11)" over parts that each say how far an area is, none with work still open: a
  // snapshot, as the undated title is ("Current Status (v1.0.0)" holds what that release delivered).
  const dated = /^(.*\S)\s*\(([^()]*)\)$/.exec(node.heading!.title.trim());
  if (dated && node.children.length && CURRENT_STATE.test(dated[1]!) && datesOnly(dated[2]!) && !statesOpenWork(node))
    return {
      kind: 'about',
      why: 'its title says where the project stands on a date; its parts say how far each area is',
    };
  if (!inBucket && goalsBesideWork(node))
    return { kind: 'about', why: "its list sets out the project's goals, beside the parts that hold its work" };
  // A part that states how its own work stands ("Status: In progress", "**Goal:** … **Owner:** …") is a
  // piece of work, however its title reads ("Contributor documentation").
  // So is one whose line set apart says so in words of its own ("*Status: Since this topic was added…*"),
  // where two sibling parts or more state their status in such lines: the page's way of writing its work.
  // (Asked only of a part that has such a line: the siblings are many on a long page.)
  const siblingsStateStatus = () =>
    (node.parent?.children ?? []).filter((s) => s !== node && statusLineOf(s.blocks) !== undefined).length >= 2;
  const ownWork =
    statusLineOf(node.blocks) !== undefined ||
    (statesItsStatus(node.blocks) && siblingsStateStatus()) ||
    hasDetailLines(node.blocks);
  // (Parts headed by a sign and a bold name are its work, as its list would be: not parts of its own.)
  const signed = node.children.length > 0 && node.children.every((child) => child.heading?.signed);
  const blocks = signed ? flattenBlocks(node) : node.blocks;
  const meta = metaOf(node.heading!.title, blocks, node.children.length > 0 && !signed, inBucket, ownWork);
  // A release named by a single number over a checklist of its tasks ("V3 - Contributors wanted", its
  // boxes maybe in a collapsible block below): the call is for that work. (Over steps, links or
  // questions, "v2 - Get involved" is still a call.)
  if (meta?.kind === 'closing' && RELEASE_NUMBER_FIRST.test(node.heading!.title) && holdsTasks(node)) return undefined;
  // "## Release Schedule" over "### Q3 2027", "### Q4 2027", their work each with its "Status:" line: the
  // plan itself, not how releases are made.
  if (meta?.kind === 'process' && periodsOfStatedWork(node)) return undefined;
  return meta;
}

/**
 * A part titled by a past release alone ("v0.3.0", "Nimbus 0.2", "v2.3.0 (Current)", "1.2 (2023-05)"): not a
 * release named for its work ("v1.3 - Restore"), nor one its remark says is still to come ("v0.6 (Planned)").
 */
const namesAReleaseOnly = (node: OutlineNode): boolean => {
  if (!node.heading) return false;
  const remark = /\s*\(([^()]*)\)\s*$/.exec(node.heading.title);
  const title = remark ? node.heading.title.slice(0, remark.index) : node.heading.title;
  const past = !remark || PAST_REMARK.test(remark[1]!.trim()) || /^\d{4}([-./]\d{1,2}){0,2}$/.test(remark[1]!.trim());
  return past && namesARelease(title) && !releaseWorkName(title) && !holdsOpenWork(node);
};

/** A line that says a part's work is not done ("Status: In progress"), anywhere in the part. */
const statesOpenWork = (node: OutlineNode): boolean =>
  [node, ...descendants(node)].some((part) => {
    const stated = statusLineOf(part.blocks);
    return stated !== undefined && stated.status !== 'done';
  });

/** Work still open anywhere in the part: an unticked box, an item or a line that says so ("(planned)"). */
const holdsOpenWork = (node: OutlineNode): boolean =>
  statesOpenWork(node) ||
  [node, ...descendants(node)].some((part) =>
    part.blocks.some(
      (b) =>
        b.type === 'list' &&
        b.children.some((item) => {
          const stated = trailingStatusOf(plainText(item.children[0] ?? item).trim());
          return item.checked === false || (stated !== undefined && stated.status !== 'done');
        }),
    ),
  );

/** A remark that a release is out: "Current", "Latest", "Released", "Stable", "LTS". */
const PAST_REMARK = /^(current|latest|released|stable|lts|shipped|done|out)$/i;

const periodsOfStatedWork = (node: OutlineNode): boolean =>
  node.children.length >= 2 &&
  node.children.every(
    (period) =>
      isTimeBucket(period.heading!) &&
      descendants(period).some((part) => part !== period && statusLineOf(part.blocks) !== undefined),
  );

const RELEASE_NUMBER_FIRST = /^(?:(?:version|release)\s+v?|v)\d+(?=[\s:,;)]|$)/i;

const holdsTasks = (node: OutlineNode): boolean =>
  node.blocks.some((b) => b.type === 'list' && isTaskList(b)) || node.children.some(holdsTasks);

/** A line that opens with a day: "January 10: planning call", "10 Jan –", "2024-03-05". */
const DAY_LEAD =
  /^(?:\d{1,2}\.?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|^\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|^\d{4}-\d{2}-\d{2}\b/i;

/**
 * Two or more headings below a part that name periods, each over a list of two items or more ("# How to
 * contribute" over "## Sigma" and its "### 2021", "### 2022" lists, a heading level off): work the part
 * holds, though its own words are about the roadmap.
 */
export function holdsPeriodsOfWork(node: OutlineNode): boolean {
  // Items that name work, not dates of meetings or events ("January 10: planning call").
  const dated = (item: ListItem) => {
    const line = item.children[0]?.type === 'paragraph' ? item.children[0].children : [];
    return !!periodLeadOf(line) || DAY_LEAD.test(plainText({ type: 'paragraph', children: line }).trim());
  };
  const periods = descendants(node).filter(
    (child) =>
      isTimeBucket(child.heading!) &&
      child.blocks.some(
        (b) => b.type === 'list' && b.children.length >= 2 && b.children.filter(dated).length * 2 < b.children.length,
      ),
  );
  return periods.length >= 2;
}
