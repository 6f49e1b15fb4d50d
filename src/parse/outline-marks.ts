/**
 * Lines of a sign and a bold name ("🧪 **Data Loaders**", "✅ **Job Engine**") that head the parts of a
 * page: the sign before the name, and the lines that head their lists on a page with headings too.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { isPeriodLabel } from './leads.js';
import { plainText, trimInlines } from './markdown.js';
import { bucketOf, isReleaseNumber } from './period.js';
import { isBareStatus } from './status.js';
import { namedWithDate } from './structure/dated-titles.js';

/**
 * The marker before a bold name at the start of a line ("🧪 **Data Loaders**"): signs only, then a name
 * that is no status ("✅ **Shipped in v1.2**" says how the part above stands) and no sentence ("⚠️ **This
 * roadmap may change.**", "📢 **Last updated: March 2024**").
 */
export function markerOf(children: PhrasingContent[]): (PhrasingContent & { type: 'text' }) | undefined {
  const [marker, bold] = children;
  if (marker?.type !== 'text' || bold?.type !== 'strong' || !/^[^\p{L}\p{N}]+$/u.test(marker.value.trim()))
    return undefined;
  const name = plainText(bold).trim();
  if (!name || /[.!?:：]$|:\s/.test(name) || isBareStatus(name) || /^(shipped|released|done|completed?)\b/i.test(name))
    return undefined;
  return marker;
}

/**
 * Lines of a marker and a bold name alone, each right over a list ("✅ **Retries**" over its points), on a
 * page with headings: they head their parts, as they do on a page without headings, where three of them
 * or more say by their sign how the part stands (✅, 🚧). Signs that only decorate ("✨ **New features**",
 * "🐛 **Bug fixes**") label lists; so do names of a period, a release, a rank or a detail ("📅 **Q1**",
 * "🏷️ **v2.1**", "🔥 **High priority**", "🎯 **Goals**").
 */
export function markedListHeads(blocks: RootContent[]): Set<RootContent> {
  const heads = blocks.filter((block, i): block is Paragraph => {
    if (block.type !== 'paragraph' || blocks[i + 1]?.type !== 'list') return false;
    const children = trimInlines(block.children);
    if (children.length !== 2 || !markerOf(children)) return false;
    const name = plainText(children[1]!).trim();
    return (
      (!bucketOf(name) || namedWithDate(name)) &&
      !isPeriodLabel(name) &&
      !isReleaseNumber(name) &&
      !/^v\d/i.test(name) &&
      !DETAIL_NAME.test(name.replace(/:$/, ''))
    );
  });
  const stating = heads.filter((head) => STATE_SIGN.test(plainText(head.children[0]!)));
  return new Set(stating.length >= 3 ? heads : []);
}

/** Signs that say how a part stands: done, under way, not started, planned, paused, dropped. */
const STATE_SIGN = /[✅✔☑❌⬜🔲🔴🟠🟡🟢🔵⚪⏸⏳🚧🔄📅📋🗓🔜]/u;

/** Names of a detail of a part, not of a part: "Goals", "Non-goals", "Status", "Notes", "Risks". */
const DETAIL_NAME =
  /^(goals?|non[\s-]?goals?|objectives?|deliverables?|outcomes?|status|notes?|description|summary|timeline|dependencies|risks?|owners?|(success|acceptance|exit)\s+criteria)$/i;
