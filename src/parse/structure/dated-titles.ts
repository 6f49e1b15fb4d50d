/**
 * Headings named and dated in a remark at their end ("Launch the coordinator (Q1 2018)", "Agent-native
 * (a Phase 1 priority)", "Offline sync (Q3 2025, planned)"): a piece of work and when it lands, where a
 * period, a release, a stage or a group named so ("Storage (Q3)", "M2 (Q2 2025, in progress)") groups work.
 */
import { isPeriodLabel } from '../leads.js';
import { bucketOf, findPeriod, matchPeriod, PHASE } from '../period.js';
import { statusOfSectionTitle } from '../status.js';

/** Words for work in general, not a piece of it: "Tasks", "All items", "The features". */
export const GENERIC_WORK =
  /^(?:(?:all|the|our|other|remaining)\s+)*(?:work|tasks?|items?|features?|changes|stuff|things|goals?|milestones?|phases?|releases?|projects?|issues?)$/i;

/**
 * A sentence of work dated in parentheses at its end ("Launch M3 Coordinator as a bridge for the
 * Read/Write path (Q1 2018)"): one piece of work and when it lands, not a period that groups work. Six
 * words at least before the date, or a remark that says when among other words (remarksOnWhen):
 * "Storage (Q3)" or "Next release (Q3 2024)" group.
 */
export function datedWork(title: string): boolean {
  const match = /^(.*\S)\s*[(（]([^()（）]+)[)）]\s*$/.exec(title.trim());
  const remark = match?.[2] ?? '';
  // A release dated so ("Theme API stabilization (v0.4, June 2024)") groups what it delivers.
  if (!match || !bucketOf(remark) || /(?<![\w.])v?\d+\.\d+/i.test(remark)) return false;
  const name = match[1]!;
  // Words of a period or a state ("Features planned for the upcoming release (Q3 2024)") group work.
  return (
    (name.split(/\s+/).length >= 6 ||
      (remarksOnWhen(remark) && !STAGE_NAME.test(name.trim()) && !GROUP_NAME.test(name.trim()))) &&
    !GENERIC_WORK.test(name) &&
    !bucketOf(name) &&
    !findPeriod(name) &&
    statusOfSectionTitle(name) === 'unknown' &&
    !/\b(?:quarter|month|year|release|ideas?|considering)\b/i.test(name)
  );
}

/** Words of a remark that say how a group stands or how sure its date is: "done", "target", "draft". */
const REMARK_STATE =
  /\b(done|complete[d]?|finished|in\s+progress|current|planned|target(ed)?|tentative|next|shipped|released|agreed|draft|committed|upcoming|ongoing|wip|estimated|eta)\b/i;
/** Names of a group of work: "Priorities (Q1 2025, agreed)", "Quarterly goals (Q3 2024, draft)". */
const GROUP_NAME = /\b(priorities|goals|themes|objectives|focus\s+areas|initiatives|epics)$/i;
/** Names of a release, a stage or a milestone: "v2", "M1", "Beta", "GA", "Cycle 12", "Horizon 1". */
const STAGE_NAME =
  /^(?:v?\d[\w.]*|m\d+|(?:alpha|beta|ga|rc|preview|cycle|sprint|iteration|horizon|wave|milestone|release|version|phase|stage|step)\b.*)$/i;

/**
 * A remark that says when among other words ("a Phase 1 priority", "build in Phase 3, design now",
 * "parallel track, starts Phase 0"): of a named piece of work, as "Agent-native (a Phase 1 priority)".
 * The time alone names a group ("Storage (Q3)", "Next release (in Q3 2024)").
 */
function remarksOnWhen(remark: string): boolean {
  // A phase or a date: a horizon ("next release") or a state in the remark groups work by it, as
  // a dated release's or milestone's does ("M2 (Q2 2025, in progress)", "Aurora (Q1 2025, current)").
  const when = PHASE.exec(remark)?.[0] ?? matchPeriod(remark)?.words;
  if (!when || REMARK_STATE.test(remark)) return false;
  const words = remark.replace(when, ' ').split(/[^\p{L}]+/u);
  return words.some(
    (word) => word.length >= 2 && !/^(?:in|by|for|from|until|till|since|to|the|of|and|or)$/i.test(word),
  );
}

/**
 * A name dated in a remark at its end, whatever else the remark says ("Offline sync (Q3 2025,
 * planned)"): not a period, a release, a stage or a group of work named so ("Q3 (2025)", "M2 (Q2
 * 2025, in progress)", "Priorities (Q1 2025)").
 */
export function namedWithDate(title: string): boolean {
  const match = /^(.*\S)\s*[(（]([^()（）]+)[)）]\s*$/.exec(title.trim());
  if (!match || !bucketOf(match[2]!)) return false;
  const name = match[1]!.trim();
  return (
    !bucketOf(name) &&
    !isPeriodLabel(name) &&
    !STAGE_NAME.test(name) &&
    !GROUP_NAME.test(name) &&
    !GENERIC_WORK.test(name) &&
    statusOfSectionTitle(name) === 'unknown'
  );
}

/**
 * A name with its stage, date or state in a remark at its end ("Mail hooks (Phase 1)",
 * "Storage (Q3 2025)", "Service mode (planned)"), as namedWithDate reads it; not one with a horizon
 * there ("Cached items (for next quarter)").
 */
export function namedWithStage(title: string): boolean {
  const remark = /[(（]([^()（）]+)[)）]\s*$/.exec(title.trim())?.[1] ?? '';
  return namedWithDate(title) && bucketOf(remark)?.kind !== 'horizon';
}
