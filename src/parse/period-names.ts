/**
 * The name a heading gives its work after a period, a stage or a release number: "Q1 2026: Chat
 * Desktop UI", "Phase 1: Storage", "v0.1.0 — Foundation". Words that only say when, or how the work
 * stands, name nothing.
 */
import { bucketOf, findPeriod, matchPeriod, PHASE } from './period.js';

/** A title split at its first colon or spaced dash: "Q1 2026: Installer" → ["Q1 2026", "Installer"]. */
function splitAtLead(title: string): [string, string] | undefined {
  const match = /^(.+?)\s*(?:[:：]|\s[–—-])\s+(.*\p{L}.*)$/u.exec(title.trim());
  return match ? [match[1]!, match[2]!] : undefined;
}

/** Words that make a period's prefix its goals: "Potential … goals", "Planned … targets". */
const PERIOD_GOALS = /\b(potential|possible|tentative|planned|expected|goals?|targets?|objectives?|priorities)\b/gi;

/**
 * The name a heading gives a piece of work after its date ("Q1 2026: Chat Desktop UI" → "Chat Desktop
 * UI"): a period, then a colon or dash, then words that are neither a horizon nor a status. Not a
 * release's name ("v0.15 - Framework Evolution"): a release groups what it delivers.
 */
export function nameAfterPeriod(title: string): string | undefined {
  const split = splitAtLead(title);
  if (!split) return undefined;
  const [prefix, name] = split;
  const found = matchPeriod(prefix);
  if (!found || found.period.kind === 'version') return undefined;
  // The prefix is the period and nothing else ("Q1 2026"; "Phase 2" is not one: phases name a stage),
  // or the period's goals ("Potential 2027-2028 goals: finish the 0.2 language").
  const rest = prefix.replace(found.words, ' ').replace(PERIOD_GOALS, ' ');
  if (/[\p{L}\p{N}]/u.test(rest) || bucketOf(name)) return undefined;
  return name;
}

/**
 * The name a heading gives after its period or stage ("Milestone 2 — lower the expander",
 * "Phase 1: Storage"): the words after the colon or dash, when they are not a horizon or status.
 */
export function nameAfterStage(title: string): string | undefined {
  const named = nameAfterPeriod(title);
  if (named) return named;
  const split = splitAtLead(title);
  if (!split || bucketOf(split[1])) return undefined;
  const phase = PHASE.exec(split[0]);
  return phase && !/[\p{L}\p{N}]/u.test(split[0].replace(phase[0], '')) ? split[1] : undefined;
}

/**
 * The name a release heading gives the release ("v0.1.0 — Foundation" → "Foundation", "v1.2.2-beta —
 * Lo barato"): the words after the number's colon or dash, when they are not a date, a horizon or a
 * status ("0.1.0 — December 2019" names when, not what).
 */
export function nameAfterRelease(title: string): string | undefined {
  const split = splitAtLead(title.replace(/\s*\([^()]*\)\s*$/, ''));
  if (!split) return undefined;
  const [prefix, name] = split;
  if (!/^v?\.?\s?\d+(\.(\d+|x))+(-[\p{L}\d.]+)?\+?$/iu.test(prefix.trim())) return undefined;
  if (findPeriod(name) || bucketOf(name) || STAGE_ONLY.test(name.trim())) return undefined;
  return name;
}

/**
 * The name a release heading gives its work, its signs and the word "Version" aside ("🚀 v2.4.0 -
 * Search", "Version 0.4.0 - Offline mode" → "Offline mode").
 */
export function releaseWorkName(title: string): string | undefined {
  const bare = title.replace(/^[^\p{L}\p{N}]+/u, '').replace(/^(?:version|release)\s+(?=v?\d)/i, '');
  return nameAfterRelease(/^\d/.test(bare) ? `v${bare}` : bare);
}

/** Whether a name is a release's stage, not what it brings: "Beta", "CTP", "RC 2", "General availability". */
export const namesAStageOnly = (name: string): boolean => STAGE_ONLY.test(name.trim());

/** A release's stage, not what it brings: "Beta", "CTP", "RC 2", "Stable", "Developer Preview". */
const STAGE_ONLY =
  /^(?:the\s+)?(?:alpha|beta|rc|release\s+candidates?|(?:community\s+technology|technical|developer|public)?\s*previews?|ctps?|ga|general\s+availability|lts|mvp|stable|final)(?:\s*\d+)?$/i;

/**
 * The name of a piece of work written with the version it has been in since, in trailing parentheses:
 * "Cell Frames (v0.2.2+)", "Joined Cells (v0.3.7+, macOS)", "Mini Charts (since v0.2.3)" → "Cell
 * Frames", "Joined Cells", "Mini Charts". A version alone there names a release ("Hydrogen (v1.0.0)",
 * "Vector Tiles (v0.2.0)"); so does a release, a stage or a period by name ("Completed (v0.2.x+)").
 */
export function nameBeforeVersion(title: string): string | undefined {
  const match = /^(.*\p{L}.*?)\s*\(\s*(?:v?\d+(?:\.\d+)+\+|since\s+v?\d+(?:\.\d+)*)(?:\s*[,;][^()]*)?\)$/iu.exec(
    title.trim(),
  );
  if (!match) return undefined;
  const name = match[1]!.trim();
  if (findPeriod(name) || bucketOf(name) || PHASE.test(name) || RELEASE_WORD.test(name)) return undefined;
  return name;
}

/** Words that name a release or a stage rather than a piece of work. */
const RELEASE_WORD =
  /\b(?:releases?|versions?|milestones?|mvp|alpha|beta|rc|previews?|stable|lts|ga|launch|roadmap|goals?|features?|cycles?|updates?|refresh)\b/i;
