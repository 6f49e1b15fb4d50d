/**
 * Sections of one name under different headings ("What's next" under each theme) are told apart by
 * the heading they sit under: "Performance — What's next". Where each heading holds only that one
 * section of the name ("Milestones + Progress" under each epic, and nothing else), the name they share
 * tells nothing: the heading names it alone (not where the heading names a section of its own: two
 * sections would share its name).
 */
import type { Section } from '../model/types.js';
import type { SectionDraft } from './structure/index.js';

/** Renames, in place, the sections (made from `drafts`, one each) that share a name. */
export function tellSectionsApart(sections: Section[], drafts: SectionDraft[]): void {
  const parentOf = (draft: SectionDraft) => draft.context[draft.context.length - 1];
  const keys = sections.map((section) => section.title.toLowerCase());
  const named = new Map<string, number>();
  for (const key of keys) named.set(key, (named.get(key) ?? 0) + 1);
  const under = new Map<unknown, number>();
  for (const draft of drafts) {
    const parent = parentOf(draft);
    if (parent) under.set(parent, (under.get(parent) ?? 0) + 1);
  }
  const alone = new Map<string, boolean>();
  drafts.forEach((draft, i) => {
    const parent = parentOf(draft);
    alone.set(keys[i]!, (alone.get(keys[i]!) ?? true) && !!parent && under.get(parent) === 1);
  });
  const titles = new Set(keys);
  drafts.forEach((draft, i) => {
    const parent = parentOf(draft);
    const section = sections[i]!;
    if (!parent || named.get(keys[i]!)! < 2) return;
    // Named as written, less a colon at its end ("**Feature:**"); a status it states tells it apart.
    const parentName = parent.title.replace(/\s*[:：]\s*$/, '') || parent.title;
    section.title =
      alone.get(keys[i]!) && !titles.has(parentName.toLowerCase()) ? parentName : `${parentName} — ${section.title}`;
  });
}
