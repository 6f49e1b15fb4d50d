/**
 * Titles of headings that only group work: by when, by how it stands or by how much it matters ("Q1
 * 2025", "Done", "Must have", "Future (v2.0+)"), naming none of it. Read by the deck budget
 * (./structure/deck-budget.ts) and by run-in heads (./run-in-heads.ts).
 */
import { bucketOf } from './period.js';
import { nameAfterStage, releaseWorkName } from './period-names.js';
import { namesOnlyAStatus } from './status.js';
import { isGenericTitle, undecorated } from './title-words.js';

/**
 * A heading that only groups work by when, how it stands or how much it matters ("Q1 2025", "Done",
 * "Must have"), naming none: not a piece of work a slide could be given to. A release or stage named
 * for its work ("Version 0.4.0 - Offline mode", "2.3 - Sync engine") is one.
 */
export function groupsOnly(title: string): boolean {
  const plain = undecorated(title);
  const bucket = bucketOf(plain);
  if (!bucket) return false;
  if (releaseWorkName(plain) || nameAfterStage(plain)) return false;
  // The words beside the group's own ("Support config loader (v1.0.0)" names its work).
  const rest = plain
    .replace(new RegExp(bucket.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), ' ')
    .replace(/[^\p{L}\p{N}'’]+/gu, ' ')
    .trim();
  return !rest || isGenericTitle(rest) || namesOnlyAStatus(rest) || !!bucketOf(rest);
}
