/**
 * The matcher, through scorePage: each case is a small truth, what a parser
 * produced, and which reading wins with what found/missed/extra.
 */
import { describe, expect, it } from 'vitest';
import type { ProducedItem } from './match.js';
import { scorePage } from './score.js';
import type { Truth, TruthItem } from './truth.js';

const item = (title: string, more: Partial<TruthItem> = {}): TruthItem => ({
  title,
  section: null,
  status: null,
  tracking: null,
  ...more,
});
const made = (title: string, section: string | null = null): ProducedItem => ({
  title,
  section,
  status: null,
  tracking: null,
});
const truthOf = (more: Partial<Truth>): Truth => ({ file: 'page.md', title: 'Tool Roadmap', initiatives: [], ...more });

interface Case {
  name: string;
  truth: Partial<Truth>;
  produced: ProducedItem[];
  reading?: string;
  missed: string[];
  extra: string[];
  found?: number;
  optionalFound?: number;
}

const CASES: Case[] = [
  {
    name: 'an exact title',
    truth: { initiatives: [item('Plugin API'), item('Faster startup')] },
    produced: [made('plugin  API'), made('Faster startup.')],
    missed: [],
    extra: [],
    found: 2,
  },
  {
    name: 'a missing and an unexpected item',
    truth: { initiatives: [item('Plugin API'), item('Faster startup')] },
    produced: [made('Plugin API'), made('Overview')],
    missed: ['Faster startup'],
    extra: ['Overview'],
  },
  {
    name: 'an alt title',
    truth: { initiatives: [item('Extensible frontend platform', { alt: ['Phase 1: Extensible frontend platform'] })] },
    produced: [made('Phase 1: Extensible frontend platform')],
    missed: [],
    extra: [],
  },
  {
    name: 'numbering not in alt',
    truth: { initiatives: [item('Roles and Authorization')] },
    produced: [made('1.2 Roles and Authorization')],
    missed: ['Roles and Authorization'],
    extra: ['1.2 Roles and Authorization'],
  },
  {
    name: 'numbering listed in alt',
    truth: { initiatives: [item('Roles and Authorization', { alt: ['1.2 Roles and Authorization'] })] },
    produced: [made('1.2 Roles and Authorization')],
    missed: [],
    extra: [],
  },
  {
    name: 'a priority prefix not in alt',
    truth: { initiatives: [item('Logs')] },
    produced: [made('P1: Logs')],
    missed: ['Logs'],
    extra: ['P1: Logs'],
  },
  {
    name: 'status emoji around the title',
    truth: { initiatives: [item('Performance', { section: 'Completed' })] },
    produced: [made('✅ Performance', 'Completed ✅')],
    missed: [],
    extra: [],
  },
  {
    name: 'an optional item, produced or not',
    truth: { initiatives: [item('Plugin API')], optional: [item('What we have accomplished'), item('Backlog')] },
    produced: [made('Plugin API'), made('What we have accomplished')],
    missed: [],
    extra: [],
    found: 1,
    optionalFound: 1,
  },
  {
    name: 'a duplicate that fills the expected slot before the optional one',
    truth: { initiatives: [item('Versioning')], optional: [item('Versioning')] },
    produced: [made('Versioning'), made('Versioning'), made('Versioning')],
    missed: [],
    extra: ['Versioning'],
    found: 1,
    optionalFound: 1,
  },
  {
    name: 'a replace alternative (title@section), chosen because it fits better',
    truth: {
      initiatives: [
        item('Done thing A', { section: 'Completed' }),
        item('Done thing B', { section: 'Completed' }),
        item('Next thing'),
      ],
      alternatives: [
        {
          description: 'completed on one slide',
          replace: ['Done thing A@Completed', 'Done thing B@Completed'],
          with: [item('Completed')],
        },
      ],
    },
    produced: [made('Completed'), made('Next thing')],
    reading: 'completed on one slide',
    missed: [],
    extra: [],
  },
  {
    name: 'a replace alternative by bare title',
    truth: {
      initiatives: [item('v0.11.0', { section: 'v0.11.0' }), item('Roadmap item')],
      alternatives: [
        { description: 'split', replace: ['v0.11.0'], with: [item('Docs overhaul'), item('Composition')] },
      ],
    },
    produced: [made('Docs overhaul'), made('Composition'), made('Roadmap item')],
    reading: 'split',
    missed: [],
    extra: [],
  },
  {
    name: 'a whole-list alternative',
    truth: {
      initiatives: [item('GRPC API'), item('Runtime'), item('Storage')],
      alternatives: [{ description: 'one slide per phase', initiatives: [item('Phase 1'), item('Phase 2')] }],
    },
    produced: [made('Phase 1'), made('Phase 2')],
    reading: 'one slide per phase',
    missed: [],
    extra: [],
  },
  {
    name: 'the main reading when an alternative fits no better',
    truth: {
      initiatives: [item('A'), item('B')],
      alternatives: [{ description: 'coarse', initiatives: [item('AB')] }],
    },
    produced: [made('A')],
    reading: 'truth',
    missed: ['B'],
    extra: [],
  },
  {
    name: 'a page with nothing to find and nothing produced (the parser refused it)',
    truth: { initiatives: [] },
    produced: [],
    missed: [],
    extra: [],
    found: 0,
  },
];

describe('matching produced initiatives with the truth', () => {
  it.each(CASES)('$name', (c) => {
    const score = scorePage('page', truthOf(c.truth), { title: 'Tool Roadmap', label: null, initiatives: c.produced });
    expect(score.missed).toEqual(c.missed);
    expect(score.extra).toEqual(c.extra);
    expect(score.exact).toBe(c.missed.length === 0 && c.extra.length === 0);
    if (c.reading) expect(score.reading).toBe(c.reading);
    if (c.found !== undefined) expect(score.found).toBe(c.found);
    if (c.optionalFound !== undefined) expect(score.optionalFound).toBe(c.optionalFound);
  });
});

describe('a title repeated under two sections', () => {
  it('pairs each produced item with the truth item of its own section', () => {
    const truth = truthOf({
      initiatives: [
        item('Testing', { section: 'v0.4', status: 'planned' }),
        item('Testing', { section: 'Backlog', status: 'future' }),
      ],
    });
    const produced = [
      { ...made('Testing', 'Backlog'), status: 'future' },
      { ...made('Testing', 'v0.4'), status: 'planned' },
    ];
    const score = scorePage('page', truth, { title: 'Tool Roadmap', label: null, initiatives: produced });
    expect(score.exact).toBe(true);
    expect(score.section).toEqual({ right: 2, total: 2, wrong: [] });
    expect(score.status).toEqual({ right: 2, total: 2, wrong: [] });
  });
});

describe('an alt spelling', () => {
  it("never takes the slot of an item produced with the truth's own title", () => {
    const truth = truthOf({ initiatives: [item('Search', { alt: ['Global search'] }), item('Global search')] });
    const score = scorePage('page', truth, {
      title: 'Tool Roadmap',
      label: null,
      initiatives: [made('Global search'), made('Search')],
    });
    expect(score.exact).toBe(true);
  });
});
