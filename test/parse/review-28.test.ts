/**
 * Probe pages of the review of this round's rules (test/fixtures/review-28): long pages whose items
 * stay the work past the deck's budget (status, period and priority groups, items tracked one by one,
 * prose pieces of work beside a long list), and releases whose features are a table of their own.
 * Each reads as it did before the round.
 */
import { describe, expect, it } from 'vitest';
import { allInitiatives } from '../../src/model/types.js';
import { groupsOnly } from '../../src/parse/group-titles.js';
import { readProbePage, trackedItems } from '../helpers/probes.js';

const read = (name: string) => readProbePage('review-28', name);

describe('items past the budget stay the work when the headings over them name none of it', () => {
  it.each([
    // Six prose pieces of work under "Now" and "Next", then 84 shipped lines under "Done".
    ['P13-now-next-long-done.md', 90, ['Plugin marketplace', 'in-progress']],
    // Quarters over 88 items.
    ['P14-quarters-many-items.md', 88, ['Support config loader', 'planned']],
    // Status groups over checklists.
    ['P15-status-buckets-checklists.md', 87, ['Validate Windows paths', 'done']],
    // Areas over items each tracked by an issue of their own.
    ['P16-areas-issue-tracked.md', 90, ['Speed up TLS settings', 'unknown']],
    // Priority groups (Must, Should, Could) under each area.
    ['P17-moscow-per-area.md', 90, ['Support config loader', 'unknown']],
  ])('%s: %i initiatives', (name, count, [title, status]) => {
    const found = allInitiatives(read(name));
    expect(found).toHaveLength(count);
    expect([found[0]!.title, found[0]!.status]).toEqual([title, status]);
    expect(found.some((i) => groupsOnly(i.title))).toBe(false);
  });

  it('keeps each item’s own tracker', () => {
    const tracked = trackedItems(read('P16-areas-issue-tracked.md')).filter(([, , url]) => url);
    expect(tracked).toHaveLength(90);
  });

  it.each([
    ['Q1 2025', true],
    ['Done', true],
    ['Must have', true],
    ['Version 0.4.0 - Offline mode', false],
    ['2.3 - Sync engine', false],
    ['Phase 2: Loader', false],
    ['Storage', false],
    ['Support config loader (v1.0.0)', false],
    ['Future (v2.0+)', true],
    ['Recently Completed (v1.4.0 - v2.0.1)', true],
    ['Q1 2025 goals', true],
  ])('%j only groups: %s', (title, expected) => {
    expect(groupsOnly(title)).toBe(expected);
  });
});

describe('a release whose features are a table of their own lists them', () => {
  it('each feature with its status', () => {
    expect(trackedItems(read('P19-release-features-table.md'))).toEqual([
      ['OpenTelemetry traces', 'done', null],
      ['Structured logs', 'in-progress', null],
      ['Metrics dashboard', 'planned', null],
      ['Alert rules', 'planned', null],
      ['Tenant isolation', 'in-progress', null],
      ['Per-tenant quotas', 'planned', null],
      ['Tenant admin API', 'planned', null],
    ]);
  });
});
