/**
 * What a list is, read from its items (a checklist, a list of status lines),
 * and what an item's details say of it: its status, its links.
 */
import type { Link as MdLink, List, PhrasingContent, RootContent } from 'mdast';
import type { Status } from '../model/types.js';
import { plainText } from './markdown.js';
import { normalizeStatus, statusOfChecklist } from './status.js';

/** "Status: in progress", "Status - done", or a bare "Status". */
export const STATUS_LINE = /^status(\s*[:：\-–—]|\s*$)/i;

/**
 * A task list ("- [ ] Kafka source", "- [x] Redshift") is the checklist of
 * the piece of work it sits under — a heading or a titled item — never a list
 * of initiatives of its own: its entries are steps, and their checks give
 * the work's progress.
 */
export function isTaskList(list: List): boolean {
  const tasks = list.children.filter((item) => typeof item.checked === 'boolean').length;
  return tasks > 0 && tasks >= list.children.length / 2;
}

/** A list whose items each only state a status ("Status: in progress"): it belongs to the item above. */
export function isStatusList(list: List): boolean {
  return list.children.length > 0 && list.children.every((item) => STATUS_LINE.test(plainText(item)));
}

/** Status stated inside an initiative's details: a "Status: X" line or a checklist. */
export function statusFromBody(body: RootContent[]): { status: Status; statusText: string } | undefined {
  for (const block of body) {
    if (block.type === 'list') {
      const statusItem = block.children.find((item) => STATUS_LINE.test(plainText(item)));
      if (statusItem) {
        const text = plainText(statusItem).replace(/^status\s*:?\s*/i, '');
        if (text)
          return {
            status: normalizeStatus(text),
            statusText:
              text
                .replace(/\s*\([^()]*#\d[^()]*\)/g, '')
                .replace(/[.;,](\s.*)?$/, '')
                .trim() || text,
          };
      }
      const checks = block.children.map((item) => item.checked).filter((c): c is boolean => typeof c === 'boolean');
      const combined = statusOfChecklist(checks);
      if (combined && checks.length === block.children.length)
        return { status: combined, statusText: `${checks.filter(Boolean).length}/${checks.length} done` };
    }
  }
  return undefined;
}

/** Collects `[text](url)` nodes of an inline run (for links in titles). */
export function linksIn(nodes: PhrasingContent[]): MdLink[] {
  const out: MdLink[] = [];
  const visit = (list: PhrasingContent[]) => {
    for (const node of list) {
      if (node.type === 'link') out.push(node);
      if ('children' in node) visit(node.children as PhrasingContent[]);
    }
  };
  visit(nodes);
  return out;
}
