/** What fitting did that the author should know: slides shortened, slides that still overflow. */
import type { Diagnostic, RoadmapEdition } from '../model/types.js';
import type { SlideFit } from '../render/fit-plan.js';
import type { SlideInfo } from '../render/index.js';
import type { SlideMeasure } from './fit.js';

export function fitWarnings(
  edition: RoadmapEdition,
  slides: SlideInfo[],
  fit: Record<number, SlideFit>,
  measures: SlideMeasure[],
): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  for (const [number, decision] of Object.entries(fit)) {
    if (decision.keep === undefined) continue;
    const slide = slides[Number(number) - 1]!;
    warnings.push({
      file: edition.source.file,
      line: slide.line ?? 1,
      column: 1,
      severity: 'warning',
      rule: 'slide-shortened',
      message: `slide ${number} "${slide.title}" was too long even at ${decision.scale}% text size and was shortened; the full text is in the speaker notes and the handout`,
    });
  }
  for (const m of measures.filter((x) => x.overflows)) {
    const slide = slides[m.slide - 1]!;
    warnings.push({
      file: edition.source.file,
      line: slide.line ?? 1,
      column: 1,
      severity: 'error',
      rule: 'slide-overflow',
      message: `slide ${m.slide} "${slide.title}" still overflows after fitting`,
    });
  }
  return warnings;
}
