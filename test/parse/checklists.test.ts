/** Checklists under headings: boxes that each name their work, against boxes that are the steps of one piece of work. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

const titles = (page: string) =>
  allInitiatives(parseRoadmap(sourceFromBytes('roadmap.md', Buffer.from(page))).edition).map((i) => [
    i.title,
    i.status,
  ]);

describe('a checklist whose boxes each name their work in bold', () => {
  it.each([
    [
      'under release headings with a focus line',
      `# Roadmap

## Now — Stabilization (v0.2.x)

Focus: production readiness and monitoring.

- [ ] **Error reporting** — client and server error monitoring
- [x] **Self-hosting guide** — deployment docs and a contributing guide
- [x] **Quota atomicity** — atomic functions for members and storage

## Next — Polish (v0.3.x)

Focus: UX polish and mobile support.

- [ ] **Mobile shell** — a menu and a drawer for small screens
- [ ] **Branch warnings** — alert past a threshold of open branches
`,
      [
        ['Error reporting', 'in-progress'],
        ['Self-hosting guide', 'done'],
        ['Quota atomicity', 'done'],
        ['Mobile shell', 'planned'],
        ['Branch warnings', 'planned'],
      ],
    ],
    [
      'under area headings introduced by a sentence',
      `# Roadmap

## Storage

We want storage to scale.

- [ ] **Sharding** — split tables across nodes
- [ ] **Compaction** — reclaim space in the background
- [x] **Checksums** — verify every block on read

## Networking

Faster links between nodes.

- [x] **QUIC transport** — lower latency between nodes
- [ ] **Connection pooling** — reuse sockets across requests
- [ ] **Rate limits** — per-client limits at the edge
`,
      [
        ['Sharding', 'planned'],
        ['Compaction', 'planned'],
        ['Checksums', 'done'],
        ['QUIC transport', 'done'],
        ['Connection pooling', 'planned'],
        ['Rate limits', 'planned'],
      ],
    ],
  ])('holds one piece of work per box: %s', (_, page, expected) => {
    expect(titles(page)).toEqual(expected);
  });

  it('but plain boxes under a heading described in prose are the steps of that heading', () => {
    const page = `# Roadmap

## SQL layer

A query layer over the key-value store.

- [x] parser
- [ ] planner
- [ ] executor

## Replication

Copies of every shard on three nodes, with automatic failover when a node goes away.

- [ ] leader election
- [ ] log shipping
`;
    expect(titles(page).map(([title]) => title)).toEqual(['SQL layer', 'Replication']);
  });
});

describe('phases on a page where lists hold the work', () => {
  const page = `# Project Roadmap

## Development Phases

### ✅ Phase 1: Foundation (COMPLETED)

**Goal:** Establish the core architecture

- [x] CLI argument parsing
- [x] Configuration management

**Contributors:** @ann, @bo

### 🚧 Phase 2: Backends (IN PROGRESS)

**Goal:** Support several backends

#### Completed ✅
- [x] Backend trait definition
- [x] Local backend

#### In Progress 🔨
- [ ] **Embedded model backend** — runs on the device
- [ ] **Model cache** — downloads once

#### Planned 📅
- [ ] Remote API support
- [ ] Custom model loading

**Track Progress:** [What's being built](./active.md)
`;
  const items = allInitiatives(parseRoadmap(sourceFromBytes('roadmap.md', Buffer.from(page))).edition);

  it('a phase with detail lines of its own ("Goal", "Contributors") is one piece of work', () => {
    expect(items[0]!.title).toBe('Phase 1: Foundation');
    expect(items[0]!.status).toBe('done');
  });

  it('"Planned" beside "Completed" and "In Progress" is a status group as they are: one item per box', () => {
    expect(items.slice(1).map((i) => [i.title, i.status])).toEqual([
      ['Backend trait definition', 'done'],
      ['Local backend', 'done'],
      ['Embedded model backend', 'in-progress'],
      ['Model cache', 'in-progress'],
      ['Remote API support', 'planned'],
      ['Custom model loading', 'planned'],
    ]);
  });
});

describe('a line that says its checklist is the roadmap', () => {
  it('holds one piece of work per box, its own numbering left out of the titles', () => {
    const page =
      "Milestones\n==========\n\nAhem, this is the real roadmap:\n\n- [x] 0: decide on the technology we're using.\n- [ ] 1: render units on the map\n- [ ] 10: realistic building creation (amount of work needed, building process)\n\nthings to be done sometime:\n\n* game recording, playback\n* lobby + lobby server\n\nthings to keep in mind:\n\n* performance\n* good code\n";
    const items = allInitiatives(parseRoadmap(sourceFromBytes('roadmap.md', Buffer.from(page))).edition);
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ["decide on the technology we're using", 'done'],
      ['render units on the map', 'planned'],
      ['realistic building creation (amount of work needed, building process)', 'planned'],
      ['game recording, playback', 'future'],
      ['lobby + lobby server', 'future'],
    ]);
  });
});
