/**
 * List items that hold a place rather than name work: "TBD", "…and more", "(more to come …)", "your
 * idea here", a pointer to the release notes, a period alone. They stay with the introduction.
 */
import type { ListItem } from 'mdast';
import { isPeriodLabel } from '../leads.js';
import { plainText } from '../markdown.js';
import { isStub } from '../meta.js';
import { isPlaceholder } from '../table.js';

/** An item that only says the list goes on: "...you name it...", "…and more", "And much more!", "etc.", "More to come", "To be continued". */
const OPEN_END =
  /^(?:\.{3}|…)?\s*(?:and\s+)?(?:(?:much|many|lots)\s+)?(?:more(?:\s+to\s+come(?:\s+soon)?|\s+(?:coming\s+)?soon)?|etc\.?|so\s+on|you\s+name\s+it|the\s+list\s+goes\s+on|to\s+be\s+continued)\s*[.!?…]*$/i;

/** A place left for more, or a call to fill it: "YOUR IDEA HERE", "*add more here*", "share your ideas here". */
const PLACE_FOR_MORE =
  /^(?:(?:add|submit|suggest|propose|share)\s+(?:more|your)(?:\s+own)?(?:\s+\w+)?|(?:insert\s+)?(?:an?\s+|your\s+(?:own\s+)?)\w+(?:\s+\w+)?)\s+here\s*[.!…]*$/i;

/** Whether an item only holds a place ("TBD", "…"), or only names a period ("- Q1", "- Q2" of a timeline not yet filled in). */
export function holdsAPlace(item: ListItem): boolean {
  // Either may be set in brackets: "(more to come …)".
  const unbracketed = plainText(item)
    .trim()
    .replace(/^[([](.*)[)\]]$/s, '$1')
    .trim();
  return (
    isPlaceholder(plainText(item)) ||
    OPEN_END.test(unbracketed) ||
    PLACE_FOR_MORE.test(unbracketed) ||
    // "See the [release notes](…) for details": a pointer to more, as a release's whole body can be.
    isStub(item.children) ||
    (item.children.length === 1 && isPeriodLabel(plainText(item).replace(/[:.]\s*$/, '')))
  );
}
