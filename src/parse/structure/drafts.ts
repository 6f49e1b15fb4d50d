/**
 * Initiative drafts from the outline: a heading that is one piece of work,
 * and the items (list items, table rows) of a section of work.
 */
import type { List, ListItem, PhrasingContent, RootContent } from 'mdast';
import type { Status } from '../../model/types.js';
import { eachSignsItsStatus, isTitledItem, type InitiativeDraft, namesEach, paragraph } from '../items.js';
import { isStatusList, isTaskList, statusFromBody } from '../item-lists.js';
import { draftsFromListItems } from '../list-drafts.js';
import { isNavigationList } from '../navigation.js';
import { splitTitleStatus, trackerOfDetail } from '../title-status.js';
import { isLegendList, isLegendTable } from '../legend.js';
import { isBoardList } from '../meta.js';
import { plainText } from '../markdown.js';
import { flattenBlocks, type OutlineHeading, type OutlineNode } from '../outline.js';
import { deliveredIn, isReleasedLink, namesOnlyAStatus, statusOfSectionTitle } from '../status.js';
import { trimTrailingColon } from '../leads.js';
import { findPeriod } from '../period.js';
import { readTable } from '../table.js';
import { holdsAPlace } from './place-holders.js';
import { draftsFromTable } from '../table-drafts.js';
import { draftsFromCellLists, listsWorkInCells } from '../table-lists.js';
import { displayBlocks, openingStatusOf, progressOf, statedStatusOf, withoutOpeningStatus } from './blocks.js';

/** URLs of the links in a heading. */
function linksOf(heading: OutlineHeading): string[] {
  const urls: string[] = [];
  const visit = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'link') urls.push(node.url);
      if ('children' in node) visit(node.children as PhrasingContent[]);
    }
  };
  visit(heading.rich);
  return urls;
}

/** A heading that links to its published release ("## [v0.4.0 …](…/releases/tag/v0.4.0)"). */
export function isShippedRelease(heading: OutlineHeading): boolean {
  return linksOf(heading).some(isReleasedLink);
}

/** The status a section heading names: its words, or a link to its published release. */
export function statusOfHeading(heading: OutlineHeading): Status {
  const named = statusOfSectionTitle(heading.title);
  return named === 'unknown' && linksOf(heading).some(isReleasedLink) ? 'done' : named;
}

export function initiativeFromHeading(node: OutlineNode): InitiativeDraft {
  const heading = node.heading!;
  // "### IAM:" names the part that follows; the colon is not part of the name.
  const written = trimTrailingColon(heading.rich.length ? heading.rich : [{ type: 'text', value: heading.title }]);
  const split = splitTitleStatus(written);
  const blocks = flattenBlocks(node);
  const own = statedStatusOf(blocks) ?? openingStatusOf(blocks) ?? progressOf(blocks) ?? statusFromBody(node.blocks);
  const released =
    !split.status && !own && linksOf(heading).some(isReleasedLink)
      ? { status: 'done' as const, statusText: 'Released' }
      : undefined;
  // A heading that is only a period or status group ("Future", "Later"), read as one piece of
  // work, says its status by its name; "Long-term storage" does not.
  const named = namesOnlyAStatus(heading.title)
    ? statusOfSectionTitle(heading.title)
    : deliveredIn(heading.title)
      ? 'done'
      : 'unknown';
  const byName = named !== 'unknown' ? { status: named, statusText: undefined } : undefined;
  // Every box ticked says more than an emoji before the title ("🏗️ Storage layer" over ticked boxes is done).
  const ticked = own?.status === 'done' && split.statusText && !/\p{L}/u.test(split.statusText);
  const titled = ticked ? undefined : split;
  return {
    titleRich: ticked ? written : split.titleRich,
    body: displayBlocks([...(split.detail ? [paragraph(split.detail)] : []), ...withoutOpeningStatus(blocks)]),
    tracking: trackerOfDetail(split.detail),
    position: heading.position,
    status: titled?.status ?? own?.status ?? released?.status ?? byName?.status,
    statusText: titled?.statusText ?? own?.statusText ?? released?.statusText,
  };
}

/** Words of an item that asks or speaks of the list it is in, rather than naming work. */
const TALKS_ABOUT_THE_LIST =
  /\?|\b(?:this|these)\s+(?:list|roadmap|page|document|items?)\b|\bopen\s+an?\s+(?:issue|discussion|pull\s+request|pr)\b|\blet\s+us\s+know\b/i;

/**
 * In a list whose items name their work ("**Data Sources**" with its
 * checklist, "Name: …"), items that are plain sentences instead ("We welcome
 * contributions!", "Want to speak to us? …") talk about the list: they are
 * its introduction, not work.
 */
export function splitProseItems(list: List): { work: ListItem[]; prose: ListItem[] } {
  const titled = list.children.filter(isTitledItem);
  if (titled.length < 2 || titled.length < list.children.length * 0.6) return { work: list.children, prose: [] };
  // A sentence has several words; "Migrations." or "Distributed messaging system." is a name with a full stop.
  // A ticked box makes an item a task of the list, however it is worded; so does an open one, unless
  // the item asks or speaks of the list ("- [ ] Have an idea? Open an issue.").
  const isTask = (item: ListItem) =>
    item.checked === true || (item.checked === false && !TALKS_ABOUT_THE_LIST.test(plainText(item)));
  // Led by a short name and a colon, as the titled items beside it are ("Document: Build and improve the
  // docs." among "Provenance: …", "Release: …"): named work, even by a word that also keys details.
  // ("Note: this list is not complete." remarks on the list.)
  const colonLed = (item: ListItem) => {
    const key = /^([^:：.!?]{1,40})[:：]\s+\S/.exec(plainText(item.children[0] ?? item).trim())?.[1]?.trim();
    return !!key && !/^(?:notes?|n\.?b\.?|p\.?s\.?|remarks?|caveats?|disclaimers?|updates?|edit)$/i.test(key);
  };
  const alike = titled.filter(colonLed).length * 2 >= titled.length;
  const isSentence = (item: ListItem) =>
    !isTitledItem(item) &&
    !isTask(item) &&
    !(alike && colonLed(item)) &&
    item.children.length === 1 &&
    /[.!?]\s*$/.test(plainText(item)) &&
    (plainText(item).match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []).length >= 5;
  return { work: list.children.filter((item) => !isSentence(item)), prose: list.children.filter(isSentence) };
}

export interface ItemOptions {
  /** Lists count only when most of their items name their work. */
  titledOnly: boolean;
  /** A checklist lists work (under a period or status group), not the steps of one piece. */
  tasksAreWork?: boolean;
  tablesOnly?: boolean;
  titleColumn?: string;
  excluded?: (title: string) => boolean;
  /** The heading the blocks are under: a table under a plan's heading lists its work, done or not. */
  heading?: string;
  /** A heading above that one names a release ("v1.0.0 - Production Release" › "Status"): a plan too. */
  releaseAbove?: boolean;
  /** A page with nothing else: its support matrix's rows are the work. */
  matrixIsWork?: boolean;
}

const ALREADY = /\b(already|existing|available)\b/i;
/** A line that says its table lists what exists: "Features released so far:", "Already available in 2.x:". */
export const NAMES_WHAT_EXISTS = /\b(already|existing|available|released|shipped|delivered|so\s+far|today)\b/i;

/** "Roadmap for the 2.0 release", "In flight items for 2.1", "Q3 plan": a heading that names a plan or a release. */
export function namesAPlan(heading: string | undefined): boolean {
  return (
    !!heading &&
    (/\b(road[\s-]?maps?|plans?|planned|release[sd]?|milestones?|goals?|in[\s-]+flight|sprints?)\b/i.test(heading) ||
      !!findPeriod(heading) ||
      /(?<![\w.])v?\d+\.\d+/.test(heading))
  );
}

/** "Some notes to highlight:", "Notes": the list after such a line remarks on the work above. */
/** "Notes:", "Some remarks", and "Release details:" over the facts of a release (its date, its manager). */
const NOTES_LEAD =
  /^(some\s+|a\s+few\s+)?(notes?|remarks?|caveats?|footnotes?)\b[^.!?]*:?$|^(release|version|project)\s+(details|information|info|facts)\s*:?$/i;

/**
 * A line right above a table that introduces it as a plan ("Planned v1 experience:"), not as what
 * exists ("Features released so far:", "Already available in 2.x:").
 */
export function labelsAPlan(before: RootContent | undefined): boolean {
  const text = before?.type === 'paragraph' ? plainText(before).trim() : '';
  if (!/[:：]$/.test(text) || text.split(/\s+/).length > 8) return false;
  return namesAPlan(text) && !NAMES_WHAT_EXISTS.test(text) && !/\bdone\b/i.test(text);
}

function isNotesList(before: RootContent | undefined): boolean {
  return before?.type === 'paragraph' && NOTES_LEAD.test(plainText(before).trim());
}

/**
 * The item a label line over a list names, when the line opens with its title ("cnosdb-inspect
 * 包含以下内容：", "SDK:") and says little more: the longest such title among the items read so far.
 */
function itemNamedBy(label: RootContent | undefined, items: InitiativeDraft[]): InitiativeDraft | undefined {
  if (label?.type !== 'paragraph') return undefined;
  const text = plainText(label).trim().toLowerCase();
  if (!/[:：]$/.test(text) || text.split(/\s+/).length > 8) return undefined;
  let best: InitiativeDraft | undefined;
  let length = 0;
  for (const item of items) {
    const title = plainText(item.titleRich).trim().toLowerCase();
    // The title, then a colon, a space or a sign of another script ("cnosdb-inspect包含"): not "a" of "a new…".
    const rest = text.slice(title.length);
    if (title.length >= 2 && title.length > length && text.startsWith(title) && /^(?:\s|[:：]|\P{ASCII})/u.test(rest)) {
      best = item;
      length = title.length;
    }
  }
  return best;
}

/**
 * Initiatives of a leaf section: list items and table rows, with the prose
 * around them (and any excluded item) as intro; `why` says what was read.
 */
export function itemsOf(
  blocks: RootContent[],
  options: ItemOptions,
): { intro: RootContent[]; items: InitiativeDraft[]; why: string } | undefined {
  const intro: RootContent[] = [];
  const items: InitiativeDraft[] = [];
  const why: string[] = [];
  for (const [index, block] of blocks.entries()) {
    if (block.type === 'list' && isNotesList(blocks[index - 1])) {
      intro.push(block);
      continue;
    }
    // "cnosdb-inspect contains:" over a list, after a table with a "cnosdb-inspect" row: that row's details.
    const row = block.type === 'list' ? itemNamedBy(blocks[index - 1], items) : undefined;
    if (row) {
      row.body.push(blocks[index - 1]!, ...displayBlocks([block]));
      const label = intro.indexOf(blocks[index - 1]!);
      if (label !== -1) intro.splice(label, 1);
      continue;
    }
    if (!options.tablesOnly && block.type === 'list' && isStatusList(block) && items.length) {
      // "1. Item" followed by a "- Status: …" list that is not nested: the status is the item's.
      const last = items[items.length - 1]!;
      last.body.push(...displayBlocks([block]));
      // Read as a status list nested under the item is (statusFromBody): the same words give the same badge.
      const stated = statusFromBody([block]);
      if (!last.status && stated) {
        last.status = stated.status;
        last.statusText = stated.statusText;
      }
      continue;
    }
    if (
      !options.tablesOnly &&
      block.type === 'list' &&
      !isNavigationList(block) &&
      !isLegendList(block) &&
      !isBoardList(block) &&
      (options.tasksAreWork || !isTaskList(block) || namesEach(block))
    ) {
      const held = block.children.filter((item) => plainText(item).trim() !== '' && holdsAPlace(item));
      const { work, prose } = splitProseItems({
        ...block,
        children: block.children.filter((item) => !holdsAPlace(item)),
      });
      if (!work.length && !prose.length && !held.length) continue;
      if (prose.length || held.length) intro.push({ ...block, children: [...prose, ...held] });
      items.push(...draftsFromListItems(work).map((draft) => ({ ...draft, body: displayBlocks(draft.body) })));
      why.push(
        `${work.length} list items${prose.length ? ` (${prose.length} plain sentences kept as its introduction)` : ''}`,
      );
      continue;
    }
    if (block.type === 'table' && listsWorkInCells(block)) {
      const drafts = draftsFromCellLists(block);
      items.push(...drafts);
      why.push(`a table that lists its work in its cells: ${drafts.length} items`);
      continue;
    }
    const reading =
      block.type === 'table' && !isLegendTable(block)
        ? readTable(block, { titleColumn: options.titleColumn, matrixIsWork: options.matrixIsWork })
        : undefined;
    if (block.type === 'table' && reading?.kind === 'items') {
      items.push(
        ...draftsFromTable(block, reading, {
          // (Under a release, a table titled as what exists already, "Already available in 1.x", is not its plan.)
          // A line that introduces the table ("Planned v1 experience:") names it as its heading would.
          plan:
            namesAPlan(options.heading) ||
            labelsAPlan(blocks[index - 1]) ||
            (!!options.releaseAbove && !ALREADY.test(options.heading ?? '')),
        }),
      );
      why.push(`a table: ${reading.why}`);
      continue;
    }
    if (reading) why.push(`a table that is a ${reading.kind}: ${reading.why}`);
    intro.push(block);
  }
  if (!items.length) return undefined;
  if (options.titledOnly) {
    const lists = blocks.filter((b): b is List => b.type === 'list' && !isNavigationList(b) && !isStatusList(b));
    const all = lists.flatMap((list) => list.children);
    if (all.length && all.filter(isTitledItem).length < all.length / 2 && !eachSignsItsStatus(all)) return undefined;
  }
  const kept = options.excluded ? items.filter((item) => !options.excluded!(plainText(item.titleRich))) : items;
  for (const item of items.filter((i) => !kept.includes(i))) {
    intro.push({ type: 'paragraph', children: [{ type: 'strong', children: item.titleRich }] }, ...item.body);
  }
  if (!kept.length) return undefined;
  return { intro: displayBlocks(intro), items: kept, why: why.join('; ') };
}
