/**
 * The order of work after saves. Each round builds the HTML deck first (the
 * open page reloads as soon as it is written), then the formats that follow
 * (PDF, handout, pictures). A save while a deck is built queues one more
 * round; a save while the formats that follow are waiting or being built
 * aborts them: a save never waits for an older save's PDFs, only for the
 * moment it takes them to stop.
 */

/** The two halves of a round; both report their own errors (a throw is only logged by the caller). */
export interface RoundWork {
  /** Builds the HTML decks of round `round`. */
  deck(round: number): Promise<void>;
  /** Builds the formats that follow; ends early, writing nothing more, once `signal` aborts. */
  rest(round: number, signal: AbortSignal): Promise<void>;
}

/**
 * How long the formats that follow wait after their deck, at least. A save seldom comes this soon
 * after a deck; PDFs started and aborted at once would only take CPU from the next save's deck.
 */
export const FOLLOW_DELAY_MS = 300;

/**
 * Saves closer together than this are a burst (an editor saving as one types): the formats then
 * wait a little longer than the gap between the last two saves, so that they start only when the
 * burst pauses instead of being started and aborted at every save. Saves further apart leave
 * the PDFs time to finish between them.
 */
export const BURST_GAP_MS = 1_500;
const BURST_MARGIN_MS = 200;

/** Resolves after `ms`, or at once when `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

export class Rounds {
  private round = 0;
  private pending = false;
  private stopped = false;
  private running: Promise<void> | undefined;
  private following: AbortController | undefined;
  /** Callers waiting for the next deck to be built. */
  private waiting: (() => void)[] = [];
  /** When the last two saves came. */
  private saves: number[] = [];

  constructor(
    private readonly work: RoundWork,
    private readonly onError: (error: unknown) => void,
    private readonly followDelayMs = FOLLOW_DELAY_MS,
  ) {}

  /** A save: one more round, and the formats still to come for an older one are dropped. Resolves once this save's deck is built. */
  request(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.pending = true;
    this.saves = [this.saves.at(-1) ?? -Infinity, performance.now()];
    this.following?.abort();
    const built = new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running ??= this.loop().finally(() => {
      this.running = undefined;
    });
    return built;
  }

  /** Resolves when no round is running or waiting. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** No new round starts; the formats that follow, if running, are aborted. */
  stop(): void {
    this.stopped = true;
    this.following?.abort();
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  private followDelay(): number {
    const gap = this.saves[1]! - this.saves[0]!;
    return gap < BURST_GAP_MS ? Math.max(this.followDelayMs, gap + BURST_MARGIN_MS) : this.followDelayMs;
  }

  private async loop(): Promise<void> {
    while (this.pending && !this.stopped) {
      this.pending = false;
      const round = ++this.round;
      const waiting = this.waiting.splice(0);
      await this.work.deck(round).catch(this.onError);
      for (const resolve of waiting) resolve();
      // A save during the deck: its deck comes before any PDF.
      if (this.pending || this.stopped) continue;
      const controller = new AbortController();
      this.following = controller;
      await pause(this.followDelay(), controller.signal);
      if (!controller.signal.aborted) await this.work.rest(round, controller.signal).catch(this.onError);
      this.following = undefined;
    }
  }
}
