/** What a round wrote, or gave up, in the order it happened. `round` counts rebuilds from 1 (the first build). */
export type WatchEvent =
  /** An edition's deck (md, html) is written and its open pages were told to reload. */
  | { type: 'deck'; round: number; stem: string; files: string[] }
  /** The round's formats that follow have begun (after their deck, and a pause with no newer save). */
  | { type: 'formats-start'; round: number }
  /** An edition's formats that follow (pdf, handout, png) are written. */
  | { type: 'formats'; round: number; stem: string; files: string[] }
  /** The round's formats that follow were given up for a newer save; nothing more of theirs is written. */
  | { type: 'cancelled'; round: number };
