/**
 * The parser's model as the scorer sees it. Kept apart from the scorer so
 * that the scorer's tests can be written with plain objects, and so that a
 * change to the model's shape touches one small function.
 */
import { roadmapName, type RoadmapEdition, type Status } from '../../src/model/types.js';
import type { PageModel } from './score.js';

/** The model's status vocabulary already is the truth's; 'unknown' is the truth's null. */
export function truthStatus(status: Status): string | null {
  return status === 'unknown' ? null : status;
}

export function pageModelOf(edition: RoadmapEdition): PageModel {
  return {
    // What the title slide shows: "Backstage" + "Roadmap", not the page's bare H1.
    title: roadmapName(edition.title, edition.project),
    // A label taken from the file name is the tool's stand-in, not a label the page gives.
    label: edition.labelSource === 'file-name' ? null : edition.label,
    initiatives: edition.sections.flatMap((section) =>
      section.initiatives.map((initiative) => ({
        title: initiative.title,
        section: section.implicit ? null : section.title,
        status: truthStatus(initiative.status),
        tracking: initiative.tracking?.url ?? null,
      })),
    ),
  };
}
