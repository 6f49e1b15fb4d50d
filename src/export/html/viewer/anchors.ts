/**
 * How the viewer names a slide in the address: an initiative's or a
 * section's id, else the kind of slide. Serialized into every HTML deck
 * beside the core (see index.ts), so it stands alone: no imports at run time.
 */
import type { SlideData } from './types.js';

export interface SlideAnchors {
  /** The name of slide i in the address, if it has one. */
  anchorOf(i: number): string | undefined;
  /** The slide a typed number or name points to (numbers from 1, clamped to the deck). */
  find(text: string): number | undefined;
  /** The slide with exactly this name. */
  named(name: string): number | undefined;
}

export function slideAnchors(slideInfo: SlideData[], total: number): SlideAnchors {
  // An anchor names the initiative or section a slide shows, else the kind of slide ('closing'),
  // numbered from the second slide of a kind on ('board', 'board-2'): a board or an overview that
  // goes on over several slides keeps each one's place.
  const seenKinds = new Map<string, number>();
  const kindAnchors = slideInfo.map((info) => {
    if (!info?.kind || info.id) return undefined;
    const n = (seenKinds.get(info.kind) ?? 0) + 1;
    seenKinds.set(info.kind, n);
    return n === 1 ? info.kind : `${info.kind}-${n}`;
  });
  const anchorOf = (i: number): string | undefined => slideInfo[i]?.id ?? kindAnchors[i];
  // Where names clash, an initiative wins over a section, and both over a kind of slide; ids over titles.
  const rank = (i: number) => (slideInfo[i]?.kind === 'initiative' ? 0 : slideInfo[i]?.id ? 1 : 2);
  const byAnchor = new Map<string, number>();
  const order = slideInfo
    .map((_, n) => n)
    .filter((n) => n < total)
    .sort((a, b) => rank(a) - rank(b) || a - b);
  for (const names of [anchorOf, (i: number) => slideInfo[i]?.alias]) {
    for (const i of order) {
      const name = names(i);
      if (name !== undefined && !byAnchor.has(name)) byAnchor.set(name, i);
    }
  }

  const clamp = (n: number) => Math.max(0, Math.min(total - 1, n));
  const find = (text: string): number | undefined => {
    const typed = text.trim();
    if (/^\d+$/.test(typed)) return clamp(Number(typed) - 1);
    let name = typed;
    try {
      name = decodeURIComponent(typed);
    } catch {
      /* kept as typed */
    }
    return byAnchor.get(name) ?? byAnchor.get(name.toLowerCase());
  };
  return { anchorOf, find, named: (name: string) => byAnchor.get(name) };
}
