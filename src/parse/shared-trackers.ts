/**
 * A tracker that three or more initiatives name ("GitHub Issue" → the same
 * issue on 24 rows of a table) is the umbrella of them all, not the tracker
 * of any one: an initiative's tracking link is its own. Each keeps the link
 * in its text, none is tracked by it. Two initiatives may share one (a piece
 * of work told twice, under two periods).
 */
import type { Block, Initiative } from '../model/types.js';
import { contentHash } from '../hash.js';
import { collectLinks } from './resolve-links.js';
import { blocksToText, countWords } from './text.js';

const SHARED = 3;

export function untrackShared(initiatives: Initiative[]): void {
  const uses = new Map<string, number>();
  for (const { tracking } of initiatives) if (tracking) uses.set(tracking.url, (uses.get(tracking.url) ?? 0) + 1);
  for (const initiative of initiatives) {
    const link = initiative.tracking;
    if (!link || (uses.get(link.url) ?? 0) < SHARED) continue;
    delete initiative.tracking;
    delete link.tracking;
    // The slide's tracking line said it; now its text does.
    if (!collectLinks(initiative.body).some((l) => l.url === link.url)) {
      initiative.body = [
        ...initiative.body,
        {
          type: 'paragraph',
          children: [{ type: 'link', url: link.url, children: [{ type: 'text', value: link.text }] }],
        } as Block,
      ];
      initiative.text = blocksToText(initiative.body);
      initiative.words = countWords(`${initiative.title} ${initiative.text}`);
      initiative.hash = contentHash({ title: initiative.title, body: initiative.body });
    }
  }
}
