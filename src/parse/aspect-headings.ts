/**
 * Sub-headings that tell one aspect of the work above them, not a piece of work of their own: why it
 * is done ("Goals", "Motivation"), what it brings ("Key Features", "Planned Features", "Deliverables"),
 * how it is built or used ("Technical Details", "Architecture", "Use Cases", "Migration Path"). A
 * release or stage named for its work over such sub-headings is that work (./outline-folds.ts).
 */
import { undecorated } from './title-words.js';

/** Words before what a release brings: "Key Features", "Planned Features", "Major Features Implemented". */
const QUALIFIER =
  '(?:(?:key|main|major|core|planned|proposed|potential|possible|completed|implemented|delivered|new|additional|initial|notable|lts|target(?:ed)?)\\s+)*';

/** What the work brings. */
const BRINGS = `${QUALIFIER}(?:features?|capabilities|functionality|deliverables?|achievements|highlights|outcomes?)(?:\\s+(?:implemented|planned|delivered|completed|included))?`;

/** Why the work is done. */
const WHY =
  '(?:goals?|objectives?|aims?|purpose|motivation|rationale|benefits|overview|summary|scope|problem(?:\\s+statement)?)';

/** How it is built, used, tested, moved to, documented; when it lands. */
const HOW =
  '(?:technical\\s+(?:details|highlights|notes|design|approach|overview)|implementation(?:\\s+(?:approach|details|notes|plan|strategy))?|approach|architecture(?:\\s+(?:decisions|overview|notes))?|design(?:\\s+(?:principles|notes|decisions|goals))?|use\\s+cases|user\\s+stories|examples?|requirements|dependencies|risks|open\\s+questions|migration(?:\\s+(?:path|plan|strategy|guide))?|backwards?\\s+compatibility|breaking\\s+changes|testing(?:\\s+(?:strategy|plan))?|documentation|timeline|next\\s+steps|(?:success|acceptance|exit|completion)\\s+criteria)';

const CORE = new RegExp(`^(?:${WHY}|${BRINGS})$`, 'i');
const BRINGS_ONLY = new RegExp(`^${BRINGS}$`, 'i');
const ASPECT = new RegExp(`^(?:${WHY}|${BRINGS}|${HOW})$`, 'i');

/** A heading's title as a key: no decoration, no closing colon ("🎯 Goals:" → "Goals"). */
const keyOf = (title: string) => undecorated(title).replace(/\s*[:：]$/, '');

/** Whether a sub-heading names an aspect of the work above it. */
export const namesAnAspect = (title: string): boolean => ASPECT.test(keyOf(title));

/** Whether it says why the work is done or what it brings: the aspects that show the rest are aspects too. */
export const namesWhyOrWhat = (title: string): boolean => CORE.test(keyOf(title));

/** Whether it says what the work brings: "Features", "Planned Features", "Deliverables". */
export const namesWhatItBrings = (title: string): boolean => BRINGS_ONLY.test(keyOf(title));
