/**
 * The order of work after saves, with builds stood in for by promises the
 * test settles: the deck of every save comes before any PDF, a save aborts
 * the PDFs of an older one (waiting or running), and saves during a deck
 * make one more round, not one per save.
 */
import { describe, expect, it } from 'vitest';
import { Rounds, type RoundWork } from '../../src/watch/rounds.js';

/** Work whose every step is logged and held until the test lets it go. */
function heldWork() {
  const log: string[] = [];
  const held: { step: string; release: () => void }[] = [];
  const hold = (step: string) => new Promise<void>((release) => held.push({ step, release }));
  const work: RoundWork = {
    async deck(round) {
      log.push(`deck ${round}`);
      await hold(`deck ${round}`);
      log.push(`deck ${round} done`);
    },
    async rest(round, signal) {
      log.push(`rest ${round}`);
      await Promise.race([hold(`rest ${round}`), new Promise((resolve) => signal.addEventListener('abort', resolve))]);
      log.push(signal.aborted ? `rest ${round} aborted` : `rest ${round} done`);
    },
  };
  /** Lets the oldest held step go once it is held. */
  const release = async (step: string) => {
    for (let i = 0; i < 200 && !held.some((h) => h.step === step); i++) await new Promise((r) => setTimeout(r, 5));
    const at = held.findIndex((h) => h.step === step);
    if (at === -1) throw new Error(`${step} is not held; log: ${log.join(', ')}`);
    held.splice(at, 1)[0]!.release();
  };
  const until = async (line: string) => {
    for (let i = 0; i < 200 && !log.includes(line); i++) await new Promise((r) => setTimeout(r, 5));
    if (!log.includes(line)) throw new Error(`never "${line}"; log: ${log.join(', ')}`);
  };
  return { work, log, release, until };
}

const errors: unknown[] = [];

describe('watch rounds', () => {
  it('builds the deck, then after a pause the formats that follow', async () => {
    const { work, log, release } = heldWork();
    const rounds = new Rounds(work, (e) => errors.push(e), 10);
    const deckBuilt = rounds.request();
    await release('deck 1');
    await deckBuilt;
    await release('rest 1');
    await rounds.idle();
    expect(log).toEqual(['deck 1', 'deck 1 done', 'rest 1', 'rest 1 done']);
  });

  it('aborts the formats of an older save when a newer save comes, and builds its deck at once', async () => {
    const { work, log, release, until } = heldWork();
    const rounds = new Rounds(work, (e) => errors.push(e), 10);
    void rounds.request();
    await release('deck 1');
    await until('rest 1');
    void rounds.request();
    await release('deck 2');
    await release('rest 2');
    await rounds.idle();
    expect(log).toEqual([
      'deck 1',
      'deck 1 done',
      'rest 1',
      'rest 1 aborted',
      'deck 2',
      'deck 2 done',
      'rest 2',
      'rest 2 done',
    ]);
  });

  it('never starts the formats of a save followed by another within the pause', async () => {
    const { work, log, release, until } = heldWork();
    const rounds = new Rounds(work, (e) => errors.push(e), 60_000);
    void rounds.request();
    await release('deck 1');
    await until('deck 1 done');
    void rounds.request();
    await release('deck 2');
    await until('deck 2 done');
    rounds.stop();
    await rounds.idle();
    expect(log).toEqual(['deck 1', 'deck 1 done', 'deck 2', 'deck 2 done']);
  });

  it('answers saves during a deck with one more deck before any formats', async () => {
    const { work, log, release } = heldWork();
    const rounds = new Rounds(work, (e) => errors.push(e), 10);
    const first = rounds.request();
    // Three saves while the first deck is built: one more round covers them all.
    const later = [rounds.request(), rounds.request(), rounds.request()];
    await release('deck 1');
    await first;
    await release('deck 2');
    await Promise.all(later);
    await release('rest 2');
    await rounds.idle();
    expect(log).toEqual(['deck 1', 'deck 1 done', 'deck 2', 'deck 2 done', 'rest 2', 'rest 2 done']);
  });

  it('waits longer than the gap between saves in a burst before starting the formats', async () => {
    const { work, log, release, until } = heldWork();
    const rounds = new Rounds(work, (e) => errors.push(e), 0);
    void rounds.request();
    await release('deck 1');
    // A first save has no save just before it: its formats start after the usual pause.
    await until('rest 1');
    void rounds.request();
    await release('deck 2');
    await until('deck 2 done');
    // Two saves moments apart: no formats for a while after the deck (timers never fire early).
    await new Promise((r) => setTimeout(r, 100));
    expect(log).not.toContain('rest 2');
    await release('rest 2');
    await rounds.idle();
    expect(log.slice(-2)).toEqual(['rest 2', 'rest 2 done']);
  });

  it('keeps going after a build throws, and reports the error', async () => {
    const seen: unknown[] = [];
    let calls = 0;
    const rounds = new Rounds(
      {
        deck: async () => {
          calls += 1;
          if (calls === 1) throw new Error('broken page');
        },
        rest: async () => undefined,
      },
      (e) => seen.push(e),
      0,
    );
    await rounds.request();
    await rounds.request();
    await rounds.idle();
    expect(calls).toBe(2);
    expect(seen.map(String)).toEqual(['Error: broken page']);
  });

  it('stops: running formats are aborted and no new round starts', async () => {
    const { work, log, release, until } = heldWork();
    const rounds = new Rounds(work, (e) => errors.push(e), 0);
    void rounds.request();
    await release('deck 1');
    await until('rest 1');
    rounds.stop();
    await rounds.request();
    await rounds.idle();
    expect(log).toEqual(['deck 1', 'deck 1 done', 'rest 1', 'rest 1 aborted']);
    expect(errors).toEqual([]);
  });
});
