/**
 * Probe pages of the review of the front-matter, release and H1 rules (test/fixtures/review-26): the
 * shapes where those rules first read wrong, each asserted as a presenter reads it: lists in the front
 * matter that are not work, calls named after a release, titles with a remark or a sign.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

const DIR = join(import.meta.dirname, '../fixtures/review-26');
const read = (name: string) => parseRoadmap(sourceFromBytes(name, readFileSync(join(DIR, name)))).edition;

describe('probe pages that hold no work are refused, as before', () => {
  it.each([
    ['P101-team-status-board.md', 'NoInitiativesError'],
    ['P102-jekyll-nav-items.md', 'NoInitiativesError'],
    ['P103-hugo-featured-landing.md', 'NoInitiativesError'],
    ['P104-related-projects.md', 'NoInitiativesError'],
    ['P105-events-state.md', 'NoInitiativesError'],
    ['P113-empty-body-authors.md', 'EmptyInputError'],
    ['P114-pricing-plans.md', 'NoInitiativesError'],
  ])('%s → %s', (name, error) => {
    expect(() => read(name)).toThrow(expect.objectContaining({ name: error }));
  });
});

describe('probe pages read as a presenter would', () => {
  it.each([
    ['P110-toml.md', 'Kit Roadmap', ['Offline mode', 'Plugin API', 'Windows installer']],
    ['P111-toml-empty-body.md', 'Kit Roadmap', ['Offline mode', 'Plugin API']],
    ['P117-phases-key.md', 'Kit Roadmap', ['Phase 1 — Foundations', 'Phase 2 — Plugins', 'Phase 3 — Cloud']],
    ['P118-fm-roadmap-body-legend.md', 'Kit Roadmap', ['Plugin API', 'Windows installer', 'Cloud workspaces']],
    [
      'P201-v2-faq.md',
      'Kit Roadmap',
      ['New sync engine', 'Plugin API', 'Drop Node 16', 'Cloud workspaces', 'Realtime collaboration'],
    ],
    ['P202-v1-feedback.md', 'Kit Roadmap', ['Offline mode', 'CSV export', 'Plugin API', 'Windows installer']],
    [
      'P203-v2-contributing.md',
      'Kit roadmap',
      ['Faster startup', 'Config validation', 'Plugin API', 'Remove the legacy --flat flag'],
    ],
    [
      'P204-v2-release-process.md',
      'Kit roadmap 2025',
      ['Config validation', 'Faster startup', 'Plugin API', 'Windows installer'],
    ],
    [
      'P205-v2-help-wanted.md',
      'Kit roadmap',
      ['Faster startup', 'Config validation', 'Plugin API', 'Windows installer'],
    ],
    ['P206-v2-open-contrib-control.md', 'Kit roadmap', ['Offline mode', 'CSV export']],
    [
      'P301-title-wip-h1s.md',
      'Kit Sync (WIP)',
      ['Prototype the new engine', 'Conflict resolution UI', 'Migration from v1 storage'],
    ],
    [
      'P302-title-emoji-h1s.md',
      '🏗️ Platform Rebuild 2025',
      [
        'Replace the queue with Kafka',
        'New schema registry',
        'Move tenants in batches',
        'Retire the old workers',
        'Delete legacy tables',
      ],
    ],
    [
      'P304-title-beta-h1s.md',
      'Kit Mobile (beta)',
      ['Offline editing', 'Push notifications', 'Tablet layout', 'Widgets', 'Apple Watch app'],
    ],
    [
      'P306-title-first-control.md',
      'Quill Roadmap',
      ['Editor core', 'Markdown export', 'Collaboration', 'Comments', 'Plugins'],
    ],
    [
      'P307-calendar-title-h1s.md',
      '📅 Kit 2025 plan',
      ['Plugin API', 'Faster startup', 'Windows installer', 'Cloud workspaces'],
    ],
    [
      'P308-plain-banner-then-title.md',
      'Kit Roadmap',
      ['Plugin API', 'Faster startup', 'Windows installer', 'Cloud workspaces'],
    ],
  ])('%s', (name, title, titles) => {
    const edition = read(name);
    expect(edition.title).toBe(title);
    expect(allInitiatives(edition).map((i) => i.title)).toEqual(titles);
  });
});
