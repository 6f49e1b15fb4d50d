/**
 * The edition's label as a reader sees it. A label that is only a generic file name
 * ("ROADMAP", "docs-roadmap", "README") says nothing a reader can use: slides, the handout's
 * header and the PDF's properties go without it. `deck.json` and `inspect` keep the label as read.
 */
import type { RoadmapEdition } from './types.js';

/** File names that only say the page is a roadmap ("ROADMAP.md", "docs/roadmap.md", "README.md"). */
const GENERIC_FILE_NAME =
  /^((the|project|docs?|community)[-_. ]+)?(roadmap|readme|index|plans?)([-_. ]+(docs?|page|md))?$/i;

/** A translation's language tag closing a file name: "roadmap_zh", "ROADMAP.zh-CN", "README-ja". */
const LOCALE_TAG =
  /[-_.](?:zh|cn|tw|hk|en|ja|jp|ko|kr|de|fr|es|pt|br|ru|it|nl|pl|tr|vi|id|uk|ua|ar|fa|he|hi|th|cs|sv|fi|da|no|nb)(?:[-_](?:[a-z]{2}|hans|hant))?$/i;

/** The file name without a translation's language tag ("roadmap_zh" → "roadmap"); unchanged when nothing would be left. */
export function withoutLocaleTag(stem: string): string {
  const bare = stem.replace(LOCALE_TAG, '');
  return bare.trim() ? bare : stem;
}

export function shownLabel(edition: Pick<RoadmapEdition, 'label' | 'labelSource'>): string | undefined {
  return edition.labelSource === 'file-name' && GENERIC_FILE_NAME.test(withoutLocaleTag(edition.label.trim()))
    ? undefined
    : edition.label;
}

/** "Name — label", or the name alone when the label is not shown. */
export function withLabel(
  name: string,
  edition: Pick<RoadmapEdition, 'label' | 'labelSource'>,
  joiner = ' — ',
): string {
  const label = shownLabel(edition);
  return label ? `${name}${joiner}${label}` : name;
}
