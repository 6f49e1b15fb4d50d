import type { SourceOrigin } from '../model/types.js';
import type { LoadedEdition } from './load-editions.js';

/** Editions read from git carry their commit, and are dated by it. */
export function withOrigins(
  editions: LoadedEdition[],
  origins: Record<string, SourceOrigin> | undefined,
): LoadedEdition[] {
  for (const { edition } of editions) {
    const origin = origins && Object.hasOwn(origins, edition.source.stem) ? origins[edition.source.stem] : undefined;
    if (!origin) continue;
    // A page that names no edition is named by its commit's date, not by the file it was written to.
    const label = edition.labelSource === 'file-name' ? origin.date : edition.label;
    Object.assign(edition, { date: origin.date, label, source: { ...edition.source, origin } });
  }
  return editions;
}
