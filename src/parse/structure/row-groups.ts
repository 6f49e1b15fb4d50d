/**
 * A table's rows labelled by a row over them ("**Testing**" with its other cells empty, then its
 * rows; a release row closing the rows it ships) are that label's section, as the items under a
 * heading are the heading's: the label names the group on its slides, not only in the model.
 */
import type { OutlineHeading } from '../outline.js';
import { bucketOf } from '../period.js';
import { statusOfSectionTitle } from '../status.js';
import type { SectionDraft } from './sections.js';

export function splitRowGroups(sections: SectionDraft[]): SectionDraft[] {
  return sections.flatMap((section) => {
    if (!section.initiatives.some((draft) => draft.rowGroup)) return [section];
    const groups = new Map<string, SectionDraft>();
    const context = section.heading ? [...section.context, section.heading] : section.context;
    const rest = section.initiatives.filter((draft) => {
      const label = draft.rowGroup;
      if (!label) return true;
      const key = `${label.position.line}\u0000${label.title}`;
      let group = groups.get(key);
      if (!group) {
        const heading: OutlineHeading = {
          depth: (section.heading?.depth ?? 1) + 0.5,
          title: label.title,
          rich: label.rich,
          position: label.position,
          pseudo: true,
        };
        const stated = statusOfSectionTitle(label.title);
        group = {
          heading,
          context,
          intro: [],
          initiatives: [],
          status: stated !== 'unknown' ? stated : section.status,
          bucket: bucketOf(label.title) ?? section.bucket,
          position: label.position,
        };
        groups.set(key, group);
      }
      group.initiatives.push(draft);
      return false;
    });
    const split = [...groups.values()];
    // A section left with no rows of its own hands its introduction to its first group.
    if (!rest.length && section.intro.length) split[0]!.intro = [...section.intro, ...split[0]!.intro];
    return [{ ...section, initiatives: rest }, ...split];
  });
}
