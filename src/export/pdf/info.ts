/** The PDFs' document properties: title, subject, author and keywords (the section names). */
import type { Words } from '../../i18n/index.js';
import { shownLabel, withLabel } from '../../model/label.js';
import { roadmapName, type RoadmapEdition } from '../../model/types.js';
import type { PdfInfo } from './metadata.js';

export function pdfInfoOf(edition: RoadmapEdition, author: string | undefined, words: Words): PdfInfo {
  const name = roadmapName(edition.title, edition.project);
  const initiatives = words.count(
    'initiatives',
    edition.sections.reduce((n, s) => n + s.initiatives.length, 0),
  );
  return {
    title: deckTitle(edition),
    subject:
      edition.description ??
      (shownLabel(edition)
        ? words.text('pdfSubject', { name, label: edition.label, initiatives })
        : words.text('pdfSubjectUnlabelled', { name, initiatives })),
    author,
    keywords: [
      ...new Set([
        ...(edition.project ? [edition.project] : []),
        ...(shownLabel(edition) ? [edition.label] : []),
        ...edition.sections.filter((s) => !s.implicit).map((s) => s.title),
      ]),
    ],
  };
}

/** "Name — label": the deck's title wherever a file names it. */
export function deckTitle(edition: RoadmapEdition): string {
  return withLabel(roadmapName(edition.title, edition.project), edition);
}
