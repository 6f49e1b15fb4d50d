/**
 * A heading that groups work becomes a section: its status (stated under it, in its title, or by
 * the group around it) and its period or release bucket are read here.
 */
import type { RootContent } from 'mdast';
import type { Bucket, Position, Status } from '../../model/types.js';
import type { InitiativeDraft } from '../items.js';
import type { OutlineHeading, OutlineNode } from '../outline.js';
import { bucketOf } from '../period.js';
import { statusOfSectionTitle } from '../status.js';
import { splitTitleStatus } from '../title-status.js';
import { openingStatusOf, progressOf, statedStatusOf } from './blocks.js';
import { statusOfHeading } from './drafts.js';

export interface SectionDraft {
  heading?: OutlineHeading;
  /** Titles of enclosing sections, outermost first. */
  context: OutlineHeading[];
  intro: RootContent[];
  initiatives: InitiativeDraft[];
  status?: Status;
  statusText?: string;
  bucket?: Bucket;
  position: Position;
}

export const headingLine = (heading: OutlineHeading): RootContent => ({
  type: 'paragraph',
  children: [{ type: 'strong', children: heading.rich }],
});

/** The section a heading's node makes, under the headings in `context` (outermost first). */
export function sectionOf(node: OutlineNode, context: OutlineHeading[]): SectionDraft {
  const heading = node.heading!;
  const stated =
    statedStatusOf(node.blocks) ?? openingStatusOf(node.blocks, node.children.length) ?? progressOf(node.blocks);
  // "Version 0.5 (In Development)": a status the title states after its name is the section's too.
  const named = statusOfHeading(heading);
  const fromTitle = named !== 'unknown' ? named : (splitTitleStatus(heading.rich).status ?? 'unknown');
  const inherited = [...context]
    .reverse()
    .map((h) => statusOfSectionTitle(h.title))
    .find((s) => s !== 'unknown');
  return {
    heading,
    context,
    intro: [],
    initiatives: [],
    status: stated?.status ?? (fromTitle !== 'unknown' ? fromTitle : inherited),
    statusText: stated?.statusText,
    bucket:
      bucketOf(heading.title) ??
      [...context]
        .reverse()
        .map((h) => bucketOf(h.title))
        .find(Boolean),
    position: heading.position,
  };
}
