/**
 * A roadmap kept as data in the front matter, drawn by the site's layout: read when the body holds no
 * work, one initiative per entry, its values as data.
 */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { workKeyOf } from '../../src/parse/front-matter-work.js';
import { parseRoadmap } from '../../src/parse/index.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;

describe('workKeyOf: the top-level list that holds the work', () => {
  it.each([
    [{ roadmap: [{ name: 'v1', checked: true }, { name: 'v2' }] }, 'roadmap'],
    [{ milestones: [{ title: 'Plugins' }, { title: 'Themes' }] }, 'milestones'],
    // Entries named by their phase; of two lists of work, the longer one.
    [{ roadmap: [{ phase: 'Alpha' }, { phase: 'Beta' }] }, 'roadmap'],
    [{ milestones: [{ title: 'a' }, { title: 'b' }], phases: [{ name: 'x' }, { name: 'y' }, { name: 'z' }] }, 'phases'],
    // Not work: people, links, questions, words, a single entry; keys that only contain a word of work
    // ("nav_items", "featured", "related_projects"), a landing page's features, pricing plans, entries
    // whose "status" or "state" is not that of work (review 26).
    [{ authors: [{ name: 'Ann', email: 'ann@example.org' }, { name: 'Bo' }] }, undefined],
    [
      {
        maintainers: [
          { name: 'Ann', status: 'active' },
          { name: 'Bo', status: 'emeritus' },
        ],
      },
      undefined,
    ],
    [{ nav_items: [{ title: 'Getting started' }, { title: 'Configuration' }] }, undefined],
    [{ featured: [{ title: 'Fast builds' }, { title: 'Plugins' }] }, undefined],
    [{ features: [{ title: 'Fast builds' }, { title: 'Plugins' }] }, undefined],
    [{ related_projects: [{ name: 'kit-ui', url: 'https://github.com/acme/kit-ui' }, { name: 'kit-cli' }] }, undefined],
    [
      {
        events: [
          { name: 'KitConf', state: 'TX' },
          { name: 'DevDays', state: 'OR' },
        ],
      },
      undefined,
    ],
    [
      {
        plans: [
          { name: 'Community', features: ['a'] },
          { name: 'Team', features: ['b'] },
        ],
      },
      undefined,
    ],
    [
      {
        cards: [
          { title: 'Sync', status: 'done' },
          { title: 'Search', status: 'planned' },
        ],
      },
      undefined,
    ],
  ])('%j → %s', (data, key) => {
    expect(workKeyOf(data)).toBe(key);
  });
});

const PAGE = `---
title: Widget Roadmap
layout: roadmap
roadmap:
  - name: v1.0
    checked: true
    completed:
      - Plugin loader
      - Settings screen
  - name: v1.1
    checked: progress
    description: Sharing **presets** with [others](https://example.org/presets).
    pending:
      - Preset gallery
  - title: v2.0
    status: in_progress
    url: https://github.com/acme/widget/milestone/4
  - name: v3.0
    checked: false
  - name: Future ideas
    checked: false
    pending:
      - Windows port
---

The roadmap may change at any time.
`;

describe('a page whose work is in its front matter', () => {
  const read = edition(PAGE);
  const items = allInitiatives(read);

  it('gives one initiative per entry, at its line in the file', () => {
    expect(items.map((i) => [i.title, i.position.line])).toEqual([
      ['v1.0', 5],
      ['v1.1', 10],
      ['v2.0', 15],
      ['v3.0', 18],
      ['Future ideas', 20],
    ]);
  });

  it('reads how each stands: true is done, false not done, a code in words, the name before false', () => {
    expect(items.map((i) => i.status)).toEqual(['done', 'in-progress', 'in-progress', 'planned', 'future']);
  });

  it("keeps each entry's lists and text, and its own link as its tracking", () => {
    expect(JSON.stringify(items[0]!.body)).toContain('Plugin loader');
    expect(JSON.stringify(items[1]!.body)).toContain('presets');
    expect(items[2]!.tracking?.url).toBe('https://github.com/acme/widget/milestone/4');
  });

  it("keeps the body's lines as the introduction", () => {
    expect(JSON.stringify(read)).toContain('The roadmap may change at any time.');
  });
});

describe('the front matter is asked only when the body holds no work', () => {
  it('a body with its own work keeps it, and the data is not read', () => {
    const page = `---\nroadmap:\n  - name: Old plan\n  - name: Older plan\n---\n\n# Roadmap\n\n## Now\n\n- Plugins\n- Themes\n`;
    expect(allInitiatives(edition(page)).map((i) => i.title)).toEqual(['Plugins', 'Themes']);
  });

  it('a page with neither is still refused, naming the file', () => {
    expect(() => edition('---\nauthors:\n  - name: Ann\n  - name: Bo\n---\n\nNothing here yet.\n')).toThrow(
      /no initiatives found/,
    );
    // With no body at all, it is empty: its lists are not work.
    expect(() => edition('---\nauthors:\n  - name: Ann\n  - name: Bo\n---\n')).toThrow(/front matter but no content/);
  });

  it('TOML front matter gives each "[[roadmap]]" table its line', () => {
    const page = '+++\ntitle = "Kit"\n[[roadmap]]\nname = "Sync"\nstatus = "done"\n[[roadmap]]\nname = "Search"\n+++\n';
    expect(allInitiatives(edition(page)).map((i) => [i.title, i.status, i.position.line])).toEqual([
      ['Sync', 'done', 3],
      ['Search', 'unknown', 6],
    ]);
  });
});

describe('the values are data', () => {
  const page = (title: string, description: string) =>
    `---\nroadmap:\n  - title: ${JSON.stringify(title)}\n    description: ${JSON.stringify(description)}\n  - title: Themes\n---\n`;

  it.each([
    ['# Not a heading', '- not a list\n- nor this'],
    ['<script>alert(1)</script>Launch', '<img src=x onerror=alert(1)>'],
    ['Plugin <b onclick="x()">API</b>', 'Sharing <iframe src="file:///etc/passwd"></iframe> presets'],
    ['---', '<!-- --> ```js'],
  ])('%j stays one entry of text, with no HTML in it', (title, description) => {
    const items = allInitiatives(edition(page(title, description)));
    expect(items).toHaveLength(2);
    expect(items[1]!.title).toBe('Themes');
    // HTML within a line is dropped as the body's is; a value that would open a block of HTML is its text.
    expect(JSON.stringify(items[0])).not.toMatch(/"type":"(html|heading|list|code)"/);
    expect(JSON.stringify(items[0])).not.toMatch(/<b |<iframe/);
  });
});
