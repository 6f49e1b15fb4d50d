/**
 * Open work that says how it stands, item by item: table rows whose status column says planned or
 * under way, open boxes, items led by the sign of such a status. A page that writes its work so, in the
 * parts under one heading, and describes its design in prose under the others ("## Architecture",
 * "## Coordination" beside "## Phases" over tables of features with their status) has its work in
 * those items, not in the prose. Ticked boxes of a release history are what shipped: they do not count.
 */
import type { RootContent } from 'mdast';
import { plainText } from '../markdown.js';
import type { OutlineNode } from '../outline.js';
import { normalizeStatus } from '../status.js';
import { readTable } from '../table.js';
import { splitTitleStatus } from '../title-status.js';
import { openingStatusOf, statusLineOf } from './blocks.js';

/** A status of work still to do or under way: ticked boxes of a release history are what shipped. */
const open = (status: string) => status !== 'unknown' && status !== 'done';

/** How many items of these blocks each say that their work is open (planned, under way, to come). */
export function statusMarkedItems(blocks: RootContent[]): number {
  let count = 0;
  const visit = (block: RootContent) => {
    if (block.type === 'table') {
      const reading = readTable(block);
      if (reading.kind !== 'items') return;
      const col = reading.roles.indexOf('status');
      if (col < 0) return;
      for (const row of block.children.slice(1))
        if (open(normalizeStatus(plainText(row.children[col] ?? { type: 'text', value: '' }).trim()))) count++;
      return;
    }
    if (block.type !== 'list') return;
    for (const item of block.children) {
      const lead = /^\p{Extended_Pictographic}/u.exec(plainText(item.children[0] ?? item).trim())?.[0];
      if (item.checked === false || (lead && open(normalizeStatus(lead)))) count++;
    }
  };
  blocks.forEach(visit);
  return count;
}

/** The same, over a part and every part under it. */
export function statusMarkedItemsUnder(node: OutlineNode): number {
  return statusMarkedItems(node.blocks) + node.children.reduce((n, child) => n + statusMarkedItemsUnder(child), 0);
}

/** Whether a heading says how its work stands, in its title or on a status line of its own. */
export function headingStatesStatus(node: OutlineNode): boolean {
  const heading = node.heading!;
  const rich = heading.rich.length ? heading.rich : [{ type: 'text' as const, value: heading.title }];
  return !!splitTitleStatus(rich).status || !!statusLineOf(node.blocks) || !!openingStatusOf(node.blocks);
}
