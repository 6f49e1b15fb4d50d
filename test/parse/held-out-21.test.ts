/** Small pure rules found on the hundred-and-seventh and later held-out sets, and left from the sets before. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);

describe("a title that names the roadmap: its own checklist is work, as a section's is", () => {
  const later = '\n\nLater down the line, we plan to:\n\n- [ ] Plugin store\n- [ ] Themes\n';
  it.each([
    ['# Roadmap', 5],
    ['# Widget Roadmap', 5],
    ['# Milestones', 5],
    // A title that names no roadmap: the boxes are the steps the introduction speaks of.
    ['# Widget', 2],
  ])('"%s" over three boxes and a labelled list: %i pieces of work', (title, count) => {
    const page = `${title}\n\nWidget gets new features as soon as they are ready.\n\n- [x] VST3 support\n- [x] Presets\n- [x] Pitch bend${later}`;
    expect(titles(page)).toHaveLength(count);
  });

  it('the boxes come first, done, in the section without a name', () => {
    const page = `# Roadmap\n\nIntro.\n\n- [x] VST3 support\n- [x] Presets${later}`;
    const [first, second] = edition(page).sections;
    expect(first!.initiatives.map((i) => [i.title, i.status])).toEqual([
      ['VST3 support', 'done'],
      ['Presets', 'done'],
    ]);
    expect(second!.initiatives.map((i) => i.title)).toEqual(['Plugin store', 'Themes']);
  });

  it.each([
    ['- [x] checked is completed\n- [ ] unchecked is to-do'],
    ['- [x] a ticked box: done\n- [ ] an empty box: planned'],
  ])('a key to the boxes is no work: %j', (key) => {
    const page = `# Roadmap\n\nKey:\n\n${key}\n\n## 4.0\n\n- [x] Multi-word names\n- [ ] Docs site\n\n## Maybe\n\n- [ ] Completion\n`;
    expect(titles(page)).toEqual(['Multi-word names', 'Docs site', 'Completion']);
  });
});

describe('a line used as a heading that opens by saying when groups work', () => {
  const page = (label: string) =>
    `# Roadmap\n\nWhat we do next.\n\n- VST3 support\n- Presets\n\n${label}\n\n- [ ] Refresh the GUI\n- [ ] New engine\n- [ ] Legato\n\nFeedback is welcome on the forum.\n`;
  it.each([
    ["Later down the line, we're planning to:", 3],
    ['In 2026, we will:', 3],
    ['Next, we want to:', 3],
    // Words that say no time: the boxes are the steps of the work the line names, not work of their own.
    ['Sound engine, which we rewrite:', 0],
    ["Longer than we'd like, but worth it:", 0],
  ])('"%s" over three boxes: %i pieces of work under it', (label, count) => {
    const under = allInitiatives(edition(page(label))).filter((i) => !['VST3 support', 'Presets'].includes(i.title));
    expect(under).toHaveLength(count);
  });
});

describe("a release's checklist ends at a rule drawn before the next part", () => {
  it.each([
    ['----\n\n', 3],
    ['', 3],
    ['Some words on why this release matters, and what we hope it brings to the people who use it.\n\n', 1],
  ])('"### Upcoming Version 3.0" over boxes, then %j: %i pieces of work in it', (after, count) => {
    const page = `# Roadmap\n\nIntro.\n\n## 3.X\n\n### Upcoming Version 3.0\n\n- [ ] Proper logo\n- [ ] Better installer\n- [x] Better errors\n\n${after}## 2.X\n\n### Version 2.1 (Released)\n\n- [x] Audit\n- [x] Docs\n`;
    const section = edition(page).sections.find((s) => s.title.includes('3.0'));
    expect(section?.initiatives.length ?? 1).toBe(count);
  });
});

describe('boilerplate parts of a README are no work', () => {
  it.each(['License', 'Licence', 'Authors', 'Author', 'Copyright', 'Code of Conduct'])('"## %s"', (title) => {
    const page = `# Widget Roadmap\n\n## Planned\n\n- Plugin store\n- Themes\n\n## ${title}\n\nWidget is licensed under the MIT License by its authors. See the LICENSE file for details.\n`;
    expect(titles(page)).toEqual(['Plugin store', 'Themes']);
  });

  it('a piece of work that speaks of a license is still work', () => {
    const page = `# Widget Roadmap\n\n## Relicense to Apache 2.0\n\nWe move from GPL to Apache 2.0, with every contributor's consent.\n\n## License scanning\n\nScan dependencies for licences that do not fit ours, on every build.\n`;
    expect(titles(page)).toEqual(['Relicense to Apache 2.0', 'License scanning']);
  });
});

describe("a period's own checklist before the headings under it is work", () => {
  it.each([
    ['## Updates (TODO)', 4],
    ['## Next', 4],
    // An area's checklist is the steps of its work: the boxes are not read one by one.
    ['## Updates', 2],
  ])('"%s" over two boxes, then "### Future plans" over two items: %i pieces of work', (heading, count) => {
    const page = `# Widget Roadmap\n\n## Milestones\n\n### Version 1.0\n\n- [x] CLI\n- [x] Reports\n\n${heading}\n\n- [ ] Auto updates\n- [ ] Notifications\n\n### Future plans\n\n- CI integration\n- Dashboard\n`;
    const under = allInitiatives(edition(page)).filter((i) => !['CLI', 'Reports'].includes(i.title));
    expect(under).toHaveLength(count);
  });
});

describe('a footnote mark is not a word of the title', () => {
  it.each([
    ['Device setup<sup>1</sup>', 'Device setup'],
    ['Sampler support[^4]\n\n[^4]: The interface is not complete.', 'Sampler support'],
    ['Scribbles<sup>[2](#notes)</sup>', 'Scribbles'],
    ['Profiles <sup>†</sup>', 'Profiles'],
    // Words in superscript that are no mark stay: "x<sup>2</sup> speed" is a name.
    ['E = mc<sup>2</sup> demo', 'E = mc2 demo'],
    ['Support for Unicode <sup>beta</sup>', 'Support for Unicode beta'],
  ])('"%s" is titled "%s"', (line, title) => {
    const page = `# Widget Roadmap\n\n## Planned\n\n- ${line}\n- Themes\n`;
    expect(titles(page)[0]).toBe(title);
  });
});

describe('a part that lists issues, one per item, is work whatever its title', () => {
  const page = (title: string, items: string) =>
    `# Widget Roadmap\n\n## Features\n\n- Options pages ([#1639](https://github.com/acme/widget/issues/1639))\n- Migrations ([#299](https://github.com/acme/widget/issues/299))\n\n## ${title}\n\n${items}\n`;
  it.each([
    [
      'Planning',
      '- Plugin architecture ([#1489](https://github.com/acme/widget/issues/1489))\n- Relationship fields ([#1322](https://github.com/acme/widget/issues/1322))',
      4,
    ],
    // How the project plans, told in words: no work.
    ['Planning', '- We plan each quarter in a public call.\n- Anyone may propose an item.', 2],
    // The same issue twice is a pointer, not work item by item.
    [
      'Planning',
      '- Read [the plan](https://github.com/acme/widget/issues/1)\n- Comment on [it](https://github.com/acme/widget/issues/1)',
      2,
    ],
  ])('"## %s" over %j: %i pieces of work', (title, items, count) => {
    expect(titles(page(title, items))).toHaveLength(count);
  });
});

describe('a heading that only names more work holds it item by item', () => {
  const page = (title: string) =>
    `# Widget Roadmap\n\n## Later\n\n### Agent framework\n\nAgents that plan, learn and hand work to each other, built on the memory system and tool calling.\n\n### Memory system\n\nShort and long-term memory, with entity tracking across conversations.\n\n### ${title}\n\n- **Enhanced RAG**: vector database integration\n- **Multimodal**: video processing\n- **Caching**: prompt caching\n`;
  it.each([
    ['Additional Features', 5],
    ['Other improvements', 5],
    ['Miscellaneous', 5],
    // A name of its own: one piece of work, told by its parts.
    ['Retrieval features', 3],
  ])('"### %s" over three bold-led items: %i pieces of work', (title, count) => {
    expect(titles(page(title))).toHaveLength(count);
  });
});

describe('lists of places to talk or follow are not work', () => {
  it.each([
    [
      '## Stay updated\n\n- **Watch the repo**: [acme/widget](https://github.com/acme/widget)\n- **Join Discord**: [Community](https://discord.gg/abc)\n- **Follow releases**: [Releases](https://github.com/acme/widget/releases)\n',
      0,
    ],
    [
      '## Community priorities\n\nHelp us prioritize! Vote on features:\n\n1. **[Feature requests](https://github.com/acme/widget/issues?q=label%3Aenhancement)** - Upvote what you need\n2. **[Discussions](https://github.com/acme/widget/discussions)** - Share your use cases\n3. **[Discord](https://discord.gg/abc)** - Join the conversation\n',
      0,
    ],
    [
      '## Design documents\n\nAll design documents are in [docs/design](https://github.com/acme/widget/tree/main/docs/design):\n\n- [Agent roadmap](https://github.com/acme/widget/blob/main/docs/design/agents.md)\n- [Memory](https://github.com/acme/widget/blob/main/docs/design/memory.md)\n\n---\n\n**Questions about the roadmap?** [Ask in Discord](https://discord.gg/abc)\n',
      0,
    ],
    // Work that names the repositories it builds on is work.
    [
      '## Discovery\n\n- Cluster labelling based on [Node Feature Discovery](https://github.com/acme/nfd)\n- Discovering clusters created by [cluster-api](https://github.com/acme/cluster-api)\n',
      2,
    ],
    // Work tracked on boards is work.
    [
      '## Priority 2\n\n- API: [Widget 1.0](https://github.com/acme/widget/projects/3)\n- Spark: [Merge-on-read](https://github.com/acme/widget/projects/11)\n',
      2,
    ],
  ])('%j: %i pieces of work besides the planned ones', (part, count) => {
    const page = `# Widget Roadmap\n\n## Planned\n\n- Plugin store\n- Themes\n\n${part}`;
    expect(titles(page).length - 2).toBe(count);
  });
});

describe('a "Details:" line names what tracks the work', () => {
  it.each([
    [
      '**Details**: [Phase 1.1 design doc](https://github.com/acme/widget/blob/main/docs/design/phase-1.1.md)',
      'https://github.com/acme/widget/blob/main/docs/design/phase-1.1.md',
    ],
    // A link in a sentence of the text tracks nothing.
    [
      'It builds on [the memory design](https://github.com/acme/widget/blob/main/docs/design/memory.md) and more.',
      undefined,
    ],
  ])('%j', (line, url) => {
    const page = `# Widget Roadmap\n\n## Conversation management\n\nImmutable conversation state, with pruning.\n\n${line}\n\n## Guardrails\n\nValidation of input and output.\n`;
    expect(allInitiatives(edition(page))[0]!.tracking?.url).toBe(url);
  });
});

describe('a board laid out as a table: one piece of work per cell, grouped by column', () => {
  const board = (header: string) =>
    `# User Roadmap\n\n${header}\n| --- | --- | --- |\n| 🚀 As a mapper, I can work offline. | 🗺️ As a mapper, I can download basemaps. | 📻 As a manager, I can deploy on a field device. |\n| 🎨 As a manager, I can create projects. | 🌍 As a manager, I can export to OSM. | |\n`;
  it('"| In Progress | Next | Future |" gives three groups, in column order', () => {
    const page = edition(board('| In Progress | Next | Future |'));
    expect(page.sections.map((s) => [s.title, s.initiatives.length])).toEqual([
      ['In Progress', 2],
      ['Next', 2],
      ['Future', 1],
    ]);
    expect(page.sections[0]!.initiatives[0]!.status).toBe('in-progress');
  });

  it('columns that name no period or status are a table of rows, read row by row', () => {
    const page = edition(board('| Mapper | Manager | Field |'));
    expect(allInitiatives(page).length).toBeLessThan(5);
  });
});

describe("a release's only part, titled as under the releases beside it, lists what it brings", () => {
  const release = (n: string, items: string[]) =>
    `## Version ${n}\n\n* Release date: **April 2020**\n* Docs: [docs/${n}](https://example.org/${n}/)\n\n### Features\n\n${items.map((item, i) => `${i + 1}. ${item}`).join('\n')}\n`;
  const page = `# Roadmap\n\n## Version 2.6\n\n### Features\n\n#### Interface\n\n* Push a message when login is lost\n* Resizable right panel\n\n#### Query\n\n* CSV export\n\n#### Search\n\n* Search by coordinates\n\n#### Print\n\n* A0 printing\n\n${release('2.5', ['Map slider', 'Story maps', 'KML styling'])}\n${release('2.4', ['IFRAME integration', 'Radio buttons'])}`;
  it('each numbered line of 2.5 and 2.4 is work, and the release facts are not', () => {
    const found = titles(page);
    expect(found).toEqual(
      expect.arrayContaining(['Map slider', 'Story maps', 'KML styling', 'IFRAME integration', 'Radio buttons']),
    );
    expect(found).not.toContain('Version 2.5');
    expect(found).not.toContain('Features');
  });
});

describe('metadata written as the first lines of the page (Pelican, MultiMarkdown)', () => {
  it.each([
    [
      'Title: Widget Roadmap\nDate: 2021-06-10\nSlug: roadmap\n\n## Planned\n\n- Plugin store\n- Themes\n',
      'Widget Roadmap',
      2,
    ],
    // Without a title, such lines are text of the page.
    ['Status: Draft\nOwner: Ada\n\n# Widget Roadmap\n\n## Planned\n\n- Plugin store\n- Themes\n', 'Widget Roadmap', 2],
  ])('%j', (markdown, title, count) => {
    const page = edition(markdown);
    expect(page.title).toBe(title);
    expect(allInitiatives(page)).toHaveLength(count);
  });
});

describe('a month named in another language names no project', () => {
  it.each(['Juli', 'Juillet', 'Julio', 'Dezember'])('"%s" is not taken for the project', (month) => {
    const page = `# Roadmap\n\n## Version 2.6\n\n* Entwicklungen: **Anfang ${month} 2020**\n* Freigabedatum: **7. ${month} 2019**\n* EOS: **${month} 2022**\n\n### Geplant\n\n- Kartenvergleich\n- Story maps\n`;
    expect(edition(page).project).toBeUndefined();
  });
});

describe('a table of the roles of the people who do the work is not work', () => {
  it.each(['Role Description', 'Roles', 'Roles and responsibilities'])('"## %s"', (title) => {
    const page = `# Roadmap\n\n- [x] **Milestone 0: Draft done**\n- [ ] **Milestone 1: Project launched**\n\n## ${title}\n\n| Role | Description |\n| --- | --- |\n| Project leaders | OWASP project leaders |\n| Core team | Monitors the prioritized list |\n`;
    expect(titles(page)).toEqual(['Milestone 0: Draft done', 'Milestone 1: Project launched']);
  });
});

describe('an item led by a name and a colon, as its siblings are, is work even when the name keys details', () => {
  const page = (line: string) =>
    `# Roadmap\n\n## Q2 Artifacts\n\n* Artifact Generation: Enable shifting context between models.\n* Provenance: Continue to iterate on the provenance of artifacts.\n* ${line}\n`;
  it.each([
    ['Document: Build and improve documentation to support tool use.', 3],
    ['Status: Track the state of every validation in one place.', 3],
    // A remark on the list stays its introduction.
    ['Note: this list is not complete and will change every quarter.', 2],
  ])('%j: %i pieces of work', (line, count) => {
    expect(titles(page(line))).toHaveLength(count);
  });
});

describe('a status list after an item reads as one nested under it', () => {
  it.each([
    ['- Status: Planned (Q3 2024)', 'Planned (Q3 2024)'],
    ['- Status: In progress ([#12](https://github.com/acme/widget/issues/12))', 'In progress'],
    ['- Status: Done. Shipped in 2.0', 'Done'],
  ])('%j, not indented and indented, gives "%s"', (line, text) => {
    const flat = `# Roadmap\n\n## Planned\n\n1. Widget store\n\n${line}\n\n2. Themes\n`;
    const nested = `# Roadmap\n\n## Planned\n\n1. Widget store\n\n   ${line}\n\n2. Themes\n`;
    expect(allInitiatives(edition(flat))[0]!.statusText).toBe(text);
    expect(allInitiatives(edition(nested))[0]!.statusText).toBe(text);
  });
});

describe('a name on a line of its own over what it is, where the list breaks its lines on purpose', () => {
  const page = (items: string) => `# Roadmap\n\n${items}\n`;
  it('"- Promise Play⏎  In addition to…" is titled by its first line', () => {
    const items = [
      '- Promise Play\n  In addition to making sure that a Promise is always returned from play(), we should shim one.',
      '- vjs-fill being first class\n  vjs-fluid is a first-class option now but vjs-fill is just as useful.',
      '- Custom builds\n  May not be necessary if we split the player into packages.',
      '- Settings Menu\n  It is time to revisit the settings menu.',
    ].join('\n');
    expect(titles(page(items))).toEqual([
      'Promise Play',
      'vjs-fill being first class',
      'Custom builds',
      'Settings Menu',
    ]);
  });

  it('lines wrapped at a width are one sentence', () => {
    const items = [
      '- Add more tuning\n  strategies, with a focus on random search and Bayesian methods.',
      '- Systematic benchmarking, probably modeled on\n  the benchmarks of other toolkits.',
      '- Give the ensemble model a more extendible API and extend it\n  beyond bagging.',
    ].join('\n');
    expect(titles(page(items))[0]).toBe(
      'Add more tuning strategies, with a focus on random search and Bayesian methods',
    );
  });
});

describe('status words written with a hyphen, or qualified by a negation', () => {
  it.each([
    ['to-do', 'planned'],
    ['done', 'done'],
    // "Not finished" qualifies work under way; it does not say the work is only planned.
    ['In progress (not yet complete)', 'in-progress'],
    ['Started, but not finished', 'in-progress'],
  ])('"Status: %s" is %s', (word, status) => {
    const page = `# Roadmap\n\n## Work\n\n1. Plugin store\n   - Status: ${word}\n2. Themes\n   - Status: done\n`;
    expect(allInitiatives(edition(page))[0]!.status).toBe(status);
  });
});

describe('a question about the work and when it comes groups that work', () => {
  const page = (q1: string, q2: string) =>
    `# Roadmap\n\n## ${q1}\n\n- Search for Chroma Cloud\n- Query planner\n\n## ${q2}\n\n- Chroma 1.0\n- Github sync\n\n## How can I help?\n\nOpen an issue and tell us what you need.\n`;
  it.each([
    ['What is the core team working on right now?', 'What did the team just complete?', 4],
    ["What's next?", 'What have we shipped?', 4],
    // Questions about the project's ways are questions.
    ['How do we plan?', 'What does a release contain?', 0],
  ])('"%s" and "%s": %i pieces of work', (q1, q2, count) => {
    // A page with no work left is refused (E_NO_INITIATIVES): none found.
    const found = (() => {
      try {
        return titles(page(q1, q2));
      } catch {
        return [];
      }
    })();
    expect(found).toHaveLength(count);
  });
});

describe('a sentence of work dated at its end is one piece of work, its list the steps', () => {
  const page = (a: string, b: string) =>
    `# Roadmap\n\n## ${a}\n\n* Create a gRPC service.\n* Handlers for remote read and write.\n* Fan out to storage nodes.\n\n## ${b}\n\n* Dedicated query service.\n* Authentication and rate limiting.\n`;
  it.each([
    [
      'Launch the coordinator as a bridge for reads and writes (Q1 2018)',
      'Query engine and optimizations for the coordinator (Q2 2018)',
      2,
    ],
    // Periods that group work, and releases dated so, hold their items.
    ['Q1 2018', 'Q2 2018', 5],
    ['Next release (Q3 2024)', 'Later (2025)', 5],
    [
      'Web compatibility and widget system APIs stabilization (v0.3, April-May 2024)',
      'Theme API stabilization and state provider (v0.4, June 2024)',
      5,
    ],
  ])('"%s" and "%s": %i pieces of work', (a, b, count) => {
    expect(titles(page(a, b))).toHaveLength(count);
  });
});

describe('parts about the roadmap: how the work is read around them', () => {
  it('front matter after a blank line is front matter; a rule at the top of a page is a rule', () => {
    const fm = edition(
      '\n---\ntitle: "Widget Roadmap"\nlinkTitle: "Roadmap"\n---\n\n## Planned\n\n- Plugin store\n- Themes\n',
    );
    expect(fm.title).toBe('Widget Roadmap');
    const rule = edition('\n---\n\n# Widget Roadmap\n\n---\n\n## Planned\n\n- Plugin store\n- Themes\n');
    expect(rule.title).toBe('Widget Roadmap');
    expect(allInitiatives(rule)).toHaveLength(2);
  });

  it.each(['Philosophy', 'Our philosophy', 'Will not Implement', "Won't implement", 'Fineprint', 'Fine print'])(
    '"## %s" is no work',
    (title) => {
      const page = `# Widget Roadmap\n\n## Planned\n\n- Plugin store\n- Themes\n\n## ${title}\n\n- We keep the core small and stable over time.\n- We do not break the plugin API.\n`;
      expect(titles(page)).toEqual(['Plugin store', 'Themes']);
    },
  );

  it('a call to contribute over periods of work, a heading level off: the periods are work, the call is not', () => {
    const page = `# Overview\n\nWhat we plan.\n\n# How to contribute to the roadmap\n\nOpen a pull request and explain why.\n\n## Sigma\n\nSigma rules in the product.\n\n### 2021\n\n- Browse rules\n- Test rules\n\n### 2022\n\n- Store rules in the database\n- Cluster rules by technique\n`;
    const page_ = edition(page);
    expect(allInitiatives(page_).map((i) => i.title)).toEqual([
      'Browse rules',
      'Test rules',
      'Store rules in the database',
      'Cluster rules by technique',
    ]);
    expect(page_.sections.flatMap((s) => s.intro.map((b) => JSON.stringify(b)))).not.toContain('pull request');
  });
});

describe('this round, third part: pages of releases filled in from one template, and marked bold lines', () => {
  it('a marker before a bold line that heads a part goes with it ("🧪 **Data Loaders**")', () => {
    const page = `# Roadmap\n\nPlanned and released features.\n\n🧪 **Data Loaders**<br>\nMap schema fields to other sources.\n\n<hr>\n\n⏳ **Websockets**<br>\nSubscriptions over websockets.\n\n<hr>\n\n✅ **Metrics**<br>\nContinuous metrics.\n`;
    const found = allInitiatives(edition(page));
    expect(found.map((i) => i.title)).toEqual(['🧪 Data Loaders', 'Websockets', 'Metrics']);
    expect(found.slice(1).map((i) => i.status)).toEqual(['in-progress', 'done']);
  });

  const release = (n: string, name: string) =>
    `# ${n}. v0.${n}.x — ${name}\n\nWhat this release is for.\n\n### Goals\n\n- Stability\n- Clear APIs\n\n### Deliverables\n\n- Stable API responses\n- Reliable storage\n- Demo tooling\n\n---\n\n`;
  const page = `# Widget Roadmap\n\n_One roadmap for Widget._\n\n**Status:** Early development\n\n---\n\n${release('2', 'Core Maturity')}${release('3', 'Editor and Attachments')}${release('4', 'Workflow Engine')}# 9. Long-Term Vision (Beyond v1.0)\n\nWhere we go next.\n\n### Advanced governance\n\nVoting and decision records for councils.\n\n### Transparency\n\nPublic dashboards of every record.\n\n# 10. Staying Up to Date\n\nWatch the repository for news.\n`;

  it('releases that each fill in "Goals" and "Deliverables" are one piece of work each', () => {
    expect(titles(page).slice(0, 3)).toEqual([
      '2. v0.2.x — Core Maturity',
      '3. v0.3.x — Editor and Attachments',
      '4. v0.4.x — Workflow Engine',
    ]);
  });

  it('the title and "Staying up to date" are not work', () => {
    const found = titles(page);
    expect(found).not.toContain('Widget Roadmap');
    expect(found.some((t) => /Staying/.test(t))).toBe(false);
  });
});

describe("a period's own lists before the headings under it are its work", () => {
  const page = (title: string) =>
    `# Roadmap\n\n## Current features\n\nThe gateway and the watchdog.\n\n## ${title}\n\nMust have\n\n* Re-branding\n* Long-running tasks\n\nShould have\n\n* ARM port\n* Reverse proxy\n\n### Contributing\n\nPull requests are welcome.\n`;
  it.each([
    ['2. Future items', 4],
    ['Next', 4],
    // An area's lists, each under its label, describe one piece of work.
    ['Gateway design', 0],
  ])('"## %s" over labelled lists, then "### Contributing": %i pieces of work in it', (title, count) => {
    const section = edition(page(title)).sections.find((s) => s.title === title);
    expect(section?.initiatives.length ?? 0).toBe(count);
  });
});
