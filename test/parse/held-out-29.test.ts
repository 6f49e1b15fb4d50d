/** Small pure rules found on the two-hundred-and-fourteenth and later held-out sets. */
import { describe, expect, it } from 'vitest';
import type { PhrasingContent } from 'mdast';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { leadingSignOf } from '../../src/parse/title-status.js';

const edition = (markdown: string, file = 'page.md') =>
  parseRoadmap(sourceFromBytes(file, Buffer.from(markdown))).edition;
const initiatives = (markdown: string) => allInitiatives(edition(markdown));
const titles = (markdown: string) => initiatives(markdown).map((i) => i.title);

describe("a group's list written as one-line paragraphs", () => {
  const page = (...parts: string[]) => `# Widget Roadmap\n\nWhat we plan.\n\n${parts.join('\n')}`;
  it.each([
    [
      'periods over short lines, some of them sentences',
      page(
        '## Q3 2027\n\nOffline mode.\n\nBatch export\n\nPlugin loader (maybe v2.1)\n',
        '## Q4 2027\n\nDark theme?\n\nFaster startup\n',
      ),
      ['Offline mode', 'Batch export', 'Plugin loader (maybe v2.1)', 'Dark theme?', 'Faster startup'],
    ],
    [
      'a status group, with rules and comments between the lines',
      page('## Planned Features\n\nSearch index\n\n<!-- later -->\n\nSaved queries\n\n---\n\nAlert rules\n'),
      ['Search index', 'Saved queries', 'Alert rules'],
    ],
    [
      'lines each signed by how they stand',
      page('## Next\n\n✅ Search index\n\n🔲 Saved queries\n\n🔲 [Alert](https://example.org/alert) rules\n'),
      ['Search index', 'Saved queries', 'Alert rules'],
    ],
    // Prose stays prose: a heading that names work, long or wrapped lines, a line that introduces, two sentences.
    [
      'a heading that names a piece of work',
      page('## Offline mode\n\nWorks without a network.\n\nSyncs when back.\n\nKeeps a queue.\n'),
      ['Offline mode'],
    ],
    [
      'two sentences of prose under a period',
      page('## Q3 2027\n\nWe focus on speed.\n\nMore to come.\n\n## Q4 2027\n\n- Dark theme\n- Faster startup\n'),
      ['Dark theme', 'Faster startup'],
    ],
    [
      'lines that wrap',
      page(
        '## Q3 2027\n\n- Batch export\n\n## Q4 2027\n\nThe work of this quarter\nis not yet settled.\n\nWe will say more\nwhen it is.\n\nAsk on the forum\nif you wish.\n',
      ),
      // The period told in prose is read as before; none of its lines is an item.
      ['Batch export', 'Q4 2027'],
    ],
    [
      'a call to the reader and a place held',
      page(
        '## Now\n\n- Dark theme\n- Faster startup\n\n## Backlog\n\nIdeas welcome\n\nOpen an issue to propose one\n\n## Later\n\nTBD\n\nTo be decided at the summit\n',
      ),
      ['Dark theme', 'Faster startup', 'Later'],
    ],
    [
      'a line that introduces a list',
      page('## Q3 2027\n\nWork for this quarter:\n\n- Batch export\n- Dark theme\n'),
      ['Batch export', 'Dark theme'],
    ],
    [
      'a long paragraph among short ones',
      page(
        '## Q3 2027\n\nBatch export\n\nThe export runs on every file the user picks and writes them all at once to a folder of their choice.\n\nDark theme\n',
        '## Q4 2027\n\n- Faster startup\n',
      ),
      ['Faster startup'],
    ],
  ])('%s', (_, markdown, expected) => {
    expect(titles(markdown)).toEqual(expected);
  });

  it('reads the status each line is signed with', () => {
    const read = initiatives(
      '# Widget Roadmap\n\n## Planned Features\n\n✅ Search index\n\n🔲 Saved queries\n\n🚧 Alert rules\n',
    ).map((i) => [i.title, i.status]);
    expect(read).toEqual([
      ['Search index', 'done'],
      ['Saved queries', 'planned'],
      ['Alert rules', 'in-progress'],
    ]);
  });
});

describe('a sign set apart before the words it marks', () => {
  const text = (value: string): PhrasingContent => ({ type: 'text', value });
  const link: PhrasingContent = { type: 'link', url: 'https://example.org', children: [text('Search')] };
  const strong: PhrasingContent = { type: 'strong', children: [text('Search')] };
  it.each([
    [[text('✅ '), link, text(' index')], { status: 'done', statusText: '✅' }],
    [[text('🚧 '), strong], { status: 'in-progress', statusText: '🚧' }],
    [[text(' 🔲 '), link], { status: 'planned', statusText: '🔲' }],
    [[text('⬜️ '), strong], { status: 'planned', statusText: '⬜' }],
    [[text('🔮 '), { type: 'inlineCode', value: 'sync' } as PhrasingContent], { status: 'future', statusText: '🔮' }],
    // Not a sign alone: words with it, a sign of no state, nothing after it.
    [[text('✅ Search '), link], undefined],
    [[text('🚀 '), strong], undefined],
    [[text('✅')], undefined],
  ])('%j', (inlines, expected) => {
    expect(leadingSignOf(inlines)).toEqual(expected);
  });

  it('gives a listed item the status of its sign', () => {
    const read = initiatives(
      '# Widget Roadmap\n\n## Work\n\n- ✅ [Search](https://example.org/search) index\n- 🚧 **Sync** across devices\n- ⬜ `cli` rewrite\n- 🚀 **Themes** for the editor\n',
    ).map((i) => [i.title, i.status]);
    expect(read).toEqual([
      ['Search index', 'done'],
      ['Sync', 'in-progress'],
      ['cli rewrite', 'planned'],
      ['Themes', 'unknown'],
    ]);
  });
});

describe('parts that are not work, in more words and languages', () => {
  const page = (title: string, text: string) =>
    `# Widget Roadmap\n\n## ${title}\n\n${text}\n## Next\n\n- Offline mode\n- Batch export\n`;
  it.each([
    // Measures of success, whatever they list.
    ['Success Metrics', '- Number of supported languages\n- Community contributions\n'],
    ['📊 Success Metrics', 'We measure success by:\n- **Adoption**: downloads\n- **Community**: contributors\n'],
    ['KPIs', '- Weekly users > 500\n- Retention above 40%\n'],
    ['How we measure success', '- Weekly users\n- Retention\n'],
    ['Measuring success', 'Downloads and stars.\n'],
  ])('"%s" is not work', (title, text) => {
    expect(titles(page(title, text))).toEqual(['Offline mode', 'Batch export']);
  });

  // How the project works, in other languages: its versions and its cadence, beside stages of work.
  it.each([
    ['版本号', '周期'],
    ['版本规则', '发布周期'],
    ['バージョン番号', 'リリースサイクル'],
    ['Release-Zyklus', 'Cycle de publication'],
    ['Ciclo de lanzamientos', 'Ciclo de lançamentos'],
  ])('"%s" and "%s" are not work', (versions, cadence) => {
    const read = titles(
      `# Widget\n\n## ${versions}\nX.Y.Z.\n\n## ${cadence}\nEvery Monday.\n\n## Milestones\n\n### Milestone 0\n\n- Proxy\n- Tunnel\n\n### Milestone 1\n\n- Routing\n- Web sockets\n`,
    );
    expect(read).toEqual(['Proxy', 'Tunnel', 'Routing', 'Web sockets']);
  });

  it.each([
    // "Performance metrics" over work to do is that work; so is work named in those languages, and
    // "KPIs" over features of a dashboard.
    ['Performance metrics', '- Export a latency histogram\n- Add a dashboard\n'],
    ['KPIs', '- KPI cards with trend arrows\n- Alerts on KPI targets\n'],
    ['Metrics', '- Prometheus endpoint\n- Grafana dashboard\n'],
    ['版本管理工具', '- 支持多版本\n- 支持回滚\n'],
    ['版本管理', '- 自动生成历史版本\n- 恢复历史版本\n'],
    ['Versionierung', '- Dokumentversionen\n- Wiederherstellen\n'],
  ])('"%s" is work', (title, text) => {
    expect(titles(page(title, text)).length).toBeGreaterThan(2);
  });
});

describe('horizons told in more words', () => {
  it.each(['Down the road', 'Down-the-road', 'Further out'])('"%s" groups future work', (title) => {
    const read = initiatives(
      `# Widget Roadmap\n\n## Working on next\n\n- [ ] Offline mode\n- [ ] Batch export\n\n## ${title}\n\n- [ ] Plugin loader\n- [ ] Dark theme\n`,
    );
    expect(read.map((i) => [i.title, i.status])).toEqual([
      ['Offline mode', 'planned'],
      ['Batch export', 'planned'],
      ['Plugin loader', 'future'],
      ['Dark theme', 'future'],
    ]);
  });
});

describe('an item that only says the list goes on', () => {
  it.each(['To be continued', 'More coming soon', 'more soon…', 'And more to come!', '(more to come ...)', '[etc.]'])(
    '"%s" is no work',
    (line) => {
      expect(titles(`# Widget Roadmap\n\n## Next\n\n- Offline mode\n- Batch export\n- ${line}\n`)).toEqual([
        'Offline mode',
        'Batch export',
      ]);
    },
  );
});

describe('a deck a presenter can give: a release above the level that holds its own list', () => {
  const list = (name: string, n: number) =>
    Array.from({ length: n }, (_, i) => `- [ ] ${name} step ${i + 1}`).join('\n');
  const release = (v: string) =>
    `## v${v} - Theme ${v}\n\n### Engine ${v}\n\n${list(`Engine ${v}`, 9)}\n\n### Editor ${v}\n\n${list(`Editor ${v}`, 9)}\n\n`;
  const releases = ['1.1', '1.2', '1.3', '1.4', '1.5'].map(release).join('');
  const areas = ['1.1', '1.2', '1.3', '1.4', '1.5'].flatMap((v) => [`Engine ${v}`, `Editor ${v}`]);

  it('reads a released version over its list as one slide beside the areas', () => {
    const read = initiatives(`# Widget Roadmap\n\n## ✅ v1.0.0 - First release\n\n${list('Core', 5)}\n\n${releases}`);
    expect(read.map((i) => i.title)).toEqual(['v1.0.0 - First release', ...areas]);
    expect(read[0]!.status).toBe('done');
  });

  it('leaves a part that is no release, stage or period as context', () => {
    const read = titles(
      `# Widget Roadmap\n\n${releases}## Effort estimates\n\n- Engine work done in three weeks\n- Editor work done in six weeks\n- Risks in the shader compiler\n`,
    );
    expect(read).toEqual(areas);
  });
});

describe('a horizon titled as a vision and dated in a remark holds work', () => {
  const page = (vision: string) =>
    `# Widget Roadmap\n\n## Vision\n\nThe best widget.\n\n## Short-term Goals (Next 3 months)\n\n### v1.1 - Faster\n\n- [ ] Cache\n- [ ] Index\n\n### v1.2 - Safer\n\n- [ ] Audit\n- [ ] Signing\n\n## ${vision}\n\n### Semantic search\n\n- [ ] Embeddings\n- [ ] Ranking\n\n### Team spaces\n\n- [ ] Sharing\n- [ ] Roles\n`;
  it.each([
    'Long-term Vision (2+ years)',
    'Mid-term Vision (9+ months)',
    'Long-Term Vision (v2.0+)',
    'Future Vision (2027+)',
  ])('"%s"', (vision) => {
    expect(titles(page(vision))).toEqual(['v1.1 - Faster', 'v1.2 - Safer', 'Semantic search', 'Team spaces']);
  });

  it.each(['Long-term Vision', '🎯 Long-term Vision', 'Vision (2027)', 'Vision 2030 (adopted 2024)'])(
    '"%s" alone sets out aims',
    (vision) => {
      expect(titles(page(vision))).toEqual(['v1.1 - Faster', 'v1.2 - Safer']);
    },
  );
});

describe('a stage or release known by its number alone, told in prose only, is that work', () => {
  it.each([
    [
      'milestones',
      '## Milestone 1\n\nThis milestone completes the sensor firmware.\n\n## Milestone 2\n\nThis milestone completes the controller.\n\n## Milestone 3\n\nThis milestone completes the simulator.\n',
      ['Milestone 1', 'Milestone 2', 'Milestone 3'],
    ],
    [
      'releases',
      '## v1.2\n\nAdds offline mode and a sync queue.\n\n## v1.3\n\nAdds shared folders.\n',
      ['v1.2', 'v1.3'],
    ],
    // A stage over its list still groups the work the list names.
    [
      'stages over lists',
      '## Phase 1\n\n- Sensor firmware\n- Controller board\n\n## Phase 2\n\n- Simulator\n- Test bench\n',
      ['Sensor firmware', 'Controller board', 'Simulator', 'Test bench'],
    ],
  ])('%s', (_, body, expected) => {
    expect(titles(`# Widget Roadmap\n\n${body}`)).toEqual(expected);
  });
});

describe('a column headed "Target"', () => {
  const table = (rows: string[]) => `# Widget Roadmap\n\n| Target | Status |\n| --- | --- |\n${rows.join('\n')}\n`;
  it('over names is what the rows aim at: their titles', () => {
    const read = initiatives(
      table(['| Docker scripts | In progress |', '| Helm chart | Done |', '| Terraform module | Backlog |']),
    ).map((i) => [i.title, i.status]);
    expect(read).toEqual([
      ['Docker scripts', 'in-progress'],
      ['Helm chart', 'done'],
      ['Terraform module', 'future'],
    ]);
  });

  it('over dates says when', () => {
    const read = initiatives(
      '# Widget Roadmap\n\n| Feature | Target | Status |\n| --- | --- | --- |\n| Docker scripts | Q3 2027 | In progress |\n| Helm chart | Q4 2027 | Planned |\n| Terraform module | 2028 | Planned |\n',
    ).map((i) => i.title);
    expect(read).toEqual(['Docker scripts', 'Helm chart', 'Terraform module']);
  });
});

describe('a call to add more is no work', () => {
  it.each([
    '[share your ideas here](https://github.com/acme/widget/issues)',
    'suggest your own features here',
    'add more here',
  ])('%s', (line) => {
    expect(titles(`# Widget Roadmap\n\n1. Offline mode\n1. Batch export\n1. ${line}\n`)).toEqual([
      'Offline mode',
      'Batch export',
    ]);
  });
});

describe("the project's objectives set out beside its work are its goals", () => {
  it.each(['Objectives', 'Project Objectives', 'Our aims', 'Goals'])('"%s"', (title) => {
    const read = titles(
      `# Widget Roadmap\n\n## ${title}\n\n1. make widgets easy to share\n2. keep every file local first\n\n## v1.0.0\n\n- Sharing links\n- Local sync\n\n## Long-term goals\n\n- Plugin API\n`,
    );
    expect(read).toEqual(['Sharing links', 'Local sync', 'Plugin API']);
  });

  it('stay the work on a page that has no other', () => {
    expect(titles('# Widget Roadmap\n\n## Objectives\n\n- Sharing links\n- Local sync\n')).toEqual([
      'Sharing links',
      'Local sync',
    ]);
  });
});
