/**
 * Pages two reviews wrote to probe this round's rules (test/fixtures/review-32). Status, priority,
 * sprint, area and team groups whose parts share key lines ("**Owner**:", "**Capacity**:") keep their
 * items (A17, A18, A20, B03, B04, B21); so do areas past the deck's budget whose items each name their
 * work and link its epic (A26). Areas of 90 boxes that each end with their issue read one slide per area
 * (A07), and a title's background aside leaves with its issue (B07). Rows of the second round are
 * described above them.
 */
import { describe, expect, it } from 'vitest';
import { allInitiatives } from '../../src/model/types.js';
import { readProbePage } from '../helpers/probes.js';

const read = (name: string) => allInitiatives(readProbePage('review-32', name));
type Row = [string, number, [string, string, string | null][]];

describe('pages that probe the rules of held-out-32', () => {
  it.each<Row>([
    [
      'A07-areas-checklist-linked.md',
      6,
      [
        ['Editor', 'planned', null],
        ['Sync', 'planned', null],
      ],
    ],
    [
      'A17-status-groups-keys.md',
      9,
      [
        ['Finish the new query builder', 'in-progress', 'https://github.com/juniper-db/juniper/issues/1201'],
        ['Migration guide from 2.x', 'in-progress', 'https://github.com/juniper-db/juniper/issues/1188'],
      ],
    ],
    [
      'A18-priority-groups-keys.md',
      8,
      [
        ['SAML single sign-on', 'unknown', null],
        ['Audit log export', 'unknown', null],
      ],
    ],
    [
      'A20-sprints-keys.md',
      8,
      [
        ['Invoice list with filters', 'unknown', null],
        ['Download invoice as PDF', 'unknown', null],
      ],
    ],
    [
      'A26-areas-named-items-long.md',
      87,
      [
        ['Secrets rotation 1', 'unknown', 'https://github.com/fjord-cloud/platform/issues/2001'],
        ['SDK for Python 2', 'unknown', 'https://github.com/fjord-cloud/platform/issues/2002'],
      ],
    ],
    [
      'B03-areas-why-owner.md',
      10,
      [
        ['HTTP CONNECT proxy support', 'unknown', 'https://github.com/ferrolink/ferrolink/issues/101'],
        ['SOCKS5 authentication', 'unknown', 'https://github.com/ferrolink/ferrolink/issues/108'],
      ],
    ],
    [
      'B04-sprints-capacity.md',
      8,
      [
        ['Ticket export to CSV', 'unknown', null],
        ['SLA timer on ticket view', 'unknown', null],
      ],
    ],
    [
      'B07-items-spec-then-issue.md',
      8,
      [
        ['Matrix builds with include/exclude', 'unknown', 'https://github.com/kestrelci/kestrel/issues/412'],
        ['Reusable pipeline templates', 'unknown', 'https://github.com/kestrelci/kestrel/issues/398'],
      ],
    ],
    [
      'B21-teams-slack-oncall.md',
      10,
      [
        ['Migrate CI to self-hosted runners', 'unknown', null],
        ['Postgres 16 upgrade', 'unknown', null],
      ],
    ],
    // A second round (on ffe4ee7): bold words before a dash that note, define or log (C02, C05, C09) head
    // nothing; columns of identifiers name the rows when nothing beside them does (C15, C16, C17, C25,
    // D25); items led by an issue's number name no work of their own (D04).
    [
      'C02-glossary-no-headings.md',
      4,
      [
        ['Online shard rebalancing', 'planned', 'https://github.com/ferrodb/ferro/issues/412'],
        ['Incremental compaction', 'planned', 'https://github.com/ferrodb/ferro/issues/430'],
      ],
    ],
    [
      'C05-changelog-paragraphs.md',
      3,
      [
        ['JMAP support', 'unknown', null],
        ['Encrypted search index', 'unknown', null],
      ],
    ],
    [
      'C09-notes-no-headings.md',
      5,
      [
        ['Streaming responses', 'in-progress', null],
        ['Tool calling for local models', 'unknown', null],
      ],
    ],
    [
      'C15-table-flag-key.md',
      4,
      [
        ['new-checkout', 'unknown', null],
        ['smart-search', 'unknown', null],
      ],
    ],
    [
      'C16-table-only-id-names.md',
      4,
      [
        ['CORE-1021', 'in-progress', null],
        ['CORE-1034', 'planned', null],
      ],
    ],
    [
      'C17-table-name-id-words.md',
      4,
      [
        ['Webhooks', 'in-progress', null],
        ['Zapier', 'planned', null],
      ],
    ],
    [
      'C25-table-epic-id-words.md',
      4,
      [
        ['Payments', 'planned', null],
        ['Identity', 'planned', null],
      ],
    ],
    [
      'D04-long-issue-lead.md',
      6,
      [
        ['Editor', 'unknown', null],
        ['Sync engine', 'unknown', null],
      ],
    ],
    [
      'D25-table-id-column.md',
      7,
      [
        ['image-resize', 'in-progress', null],
        ['pdf-export', 'planned', null],
      ],
    ],
  ])('%s: %i initiatives', (name, count, first) => {
    const found = read(name);
    expect(found).toHaveLength(count);
    expect(found.slice(0, 2).map((i) => [i.title, i.status, i.tracking?.url ?? null])).toEqual(first);
  });
});
