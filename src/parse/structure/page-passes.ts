/**
 * Passes over the whole page once its parts are read: the checklist under a title that names the
 * roadmap, and work written twice.
 */
import type { RootContent } from 'mdast';
import { isTaskList } from '../item-lists.js';
import { isLegendList } from '../legend.js';
import { plainText } from '../markdown.js';
import type { OutlineHeading } from '../outline.js';
import { keyOfStatusWords } from './checklists.js';
import { itemsOf } from './drafts.js';
import { namesTheRoadmap } from './groups.js';
import type { SectionDraft } from './sections.js';

/**
 * A title that names the roadmap ("# Roadmap") says its list is the roadmap, as a section heading that
 * does: its own checklists, before the parts under it, list work box by box ("- [x] Finish VST3
 * support" over "Later down the line, we're planning to:"). A key to the boxes is no work, nor are
 * boxes a line introduces (the steps of a definition of done, a summary of the parts below).
 */
export function titleChecklists(
  titles: OutlineHeading[],
  intro: RootContent[],
  section: SectionDraft,
  excluded: (title: string) => boolean,
): void {
  if (!titles.some(namesTheRoadmap)) return;
  for (const [index, block] of [...intro.entries()].reverse()) {
    if (block.type !== 'list' || !isTaskList(block) || isLegendList(block)) continue;
    // A line that introduces the boxes says what they are ("Before a feature is done it must:",
    // "Quick summary:"), as does a key of status words alone ("- [x] Completed", "- [ ] = planned").
    const before = intro[index - 1];
    if (before?.type === 'paragraph' && /[:：]\s*$/.test(plainText(before))) continue;
    if (keyOfStatusWords(block)) continue;
    const found = itemsOf([block], { titledOnly: false, tasksAreWork: true, excluded });
    if (!found) continue;
    section.initiatives.unshift(...found.items);
    intro.splice(index, 1, ...found.intro);
  }
}

/**
 * An initiative written again word for word, title and text, in a part nested under the one it first
 * stood in (a list's item copied into a sub-list below it while the page was edited) is the same
 * work: the first stays, alone. The same line under two areas of their own is planned in each.
 */
export function withoutRepeats(sections: SectionDraft[]): void {
  const seen = new Map<string, SectionDraft>();
  for (const section of sections) {
    section.initiatives = section.initiatives.filter((draft) => {
      const text = draft.body
        .map((b) => plainText(b))
        .join('\n')
        .trim();
      if (!text) return true;
      const key = [plainText(draft.titleRich).trim(), text, draft.statusText ?? draft.status ?? ''].join('\u0000');
      const first = seen.get(key);
      if (first && (first === section || (first.heading && section.context.includes(first.heading)))) return false;
      if (!first) seen.set(key, section);
      return true;
    });
  }
}
