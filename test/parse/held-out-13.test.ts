/** Small pure rules found on the fifteenth to eighteenth held-out sets. */
import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { metaOf } from '../../src/parse/meta.js';
import { bucketOf } from '../../src/parse/period.js';
import { nameAfterPeriod, nameAfterStage } from '../../src/parse/period-names.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { namesARelease } from '../../src/parse/structure/groups.js';
import { statusOfSectionTitle } from '../../src/parse/status.js';
import { readTable } from '../../src/parse/table.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);
const sections = (markdown: string) =>
  edition(markdown).sections.map((s) => `${s.title ?? '-'}: ${s.initiatives.map((i) => i.title).join(', ')}`);

describe('a piece of work named after its date', () => {
  it.each([
    ['Q1 2026: Chat Desktop UI', 'Chat Desktop UI'],
    ['Q2 2026 – Vision SDK', 'Vision SDK'],
    ['2025 H1: Plugin API', 'Plugin API'],
    ['Q1 2026', undefined],
    ['Q1 2026: Next', undefined],
    ['Q3 2025: Completed', undefined],
    ['v0.15 - Framework Evolution', undefined],
    ['Phase 2: Storage', undefined],
    ['Work planned for Q1 2026: details', undefined],
  ])('%s names %s', (title, name) => {
    expect(nameAfterPeriod(title)).toBe(name);
  });

  const part = (title: string) =>
    `### ${title}\n\n**A short tagline.**\n\nA paragraph that says what the work is.\n\nKey capabilities:\n- One\n- Two\n- Three\n\n→ [Plan](https://example.com/plan)\n\n`;

  it('is one initiative, its list one part of its text', () => {
    expect(
      titles(`# Roadmap\n\n## What's next\n\n${part('Q1 2026: Installer')}${part('Q2 2026: Desktop UI')}`),
    ).toEqual(['Q1 2026: Installer', 'Q2 2026: Desktop UI']);
  });

  it('leaves a period over a list of work a group of that work', () => {
    expect(titles('# Roadmap\n\n## Q1 2026: Foundations\n\n- Installer\n- Desktop UI\n- Plugin API\n')).toEqual([
      'Installer',
      'Desktop UI',
      'Plugin API',
    ]);
  });
});

describe('a support matrix written in words', () => {
  const matrix =
    '| Area | Web | iOS | Android |\n| --- | :-: | :-: | :-: |\n| CommonMark | Yes | Yes | Yes |\n' +
    '| Smart copy (HTML, RTF) | Yes | Planned | Partial |\n| Math | Yes | No | In progress |\n';

  it('reads "Yes", "No" and "Partial" cells as marks of what is supported where', () => {
    expect(readTable(parseMarkdown(matrix).children[0] as Table).kind).toBe('matrix');
  });

  it('keeps a table of work with one yes/no column a table of work', () => {
    const table = '| Feature | Breaking |\n| --- | --- |\n| Plugin API | Yes |\n| New CLI | No |\n| Themes | No |\n';
    expect(readTable(parseMarkdown(table).children[0] as Table).kind).toBe('items');
  });

  it('takes notes on the matrix’s rows for part of it, not for work', () => {
    const blocks = parseMarkdown(
      `${matrix}\nWhere it says Partial:\n\n- **Smart copy** - the plain-text write works; the rest is not exposed yet.\n`,
    ).children;
    expect(metaOf('Status at a glance', blocks, false)?.kind).toBe('about');
    const work = parseMarkdown(`${matrix}\n- **Offline mode** - caches pages.\n`).children;
    expect(metaOf('Status at a glance', work, false)).toBeUndefined();
  });
});

describe('a part whose text opens by inviting readers to take part', () => {
  it.each([
    ['Need a feature? Open an issue describing what you build. Pull requests are welcome too.', 'closing'],
    ['Pull requests are welcome.', 'closing'],
    ['Contributions are always welcome: see the guide.', 'closing'],
    [
      'A nice list of functions is provided elsewhere. Any of them is a good candidate. Functions in scope are A, B and C. If you want another, please open an issue!',
      undefined,
    ],
    ['Submit a feature request for what you need.', undefined],
  ])('%s → %s', (text, kind) => {
    expect(metaOf('Asking for something', parseMarkdown(text).children, false)?.kind).toBe(kind);
  });
});

describe('a list of releases, each over its own list', () => {
  const page =
    '# Editor\n\n## Roadmap\n\n- 0.3\n    - [ ] Extensibility models\n        - [x] Language service\n    - [x] Configuration loading\n' +
    '- 0.4\n    - [ ] Plugin manager\n    - [ ] Left pane\n- Future\n    - [ ] Sidebar\n    - [ ] Skins\n';

  it('is the page’s outline: each release a section of its boxes', () => {
    expect(sections(page)).toEqual([
      '0.3: Extensibility models, Configuration loading',
      '0.4: Plugin manager, Left pane',
      'Future: Sidebar, Skins',
    ]);
  });

  it('stays one list under a history heading', () => {
    const history =
      '# Roadmap\n\n- Install anywhere.\n- Integrate with RBAC.\n\n# History\n\n- 0.1\n  - GUI.\n  - DSL.\n- 0.2\n  - Nested workflows.\n';
    expect(titles(history)).toEqual(['Install anywhere', 'Integrate with RBAC']);
  });

  it.each([
    ['0.3', true],
    ['1.1+', true],
    ['2.x', false],
    ['2.1.x', true],
    ['v1.2', true],
    ['1', false],
    ['3.5 GHz support', false],
  ])('"%s" names a release: %s', (title, release) => {
    expect(namesARelease(title)).toBe(release);
  });
});

describe('a release’s checklist after a paragraph that introduces it', () => {
  it('holds one initiative per box, read as its sibling releases are', () => {
    const page =
      '# Roadmap\n\n## Version 0.8.0 - Purgatory\n\nOur first release, mostly a deathmatch mode to try out.\n\n- [ ] Fix bugs\n- [ ] Make a map\n\n' +
      '## Version 0.7.0 - Crazy\n\n- [ ] Generated rooms\n- [ ] Generated items\n';
    expect(titles(page)).toEqual(['Fix bugs', 'Make a map', 'Generated rooms', 'Generated items']);
  });

  it('keeps short labels over later checklists part of the release', () => {
    const page =
      '# Roadmap\n\n## Up coming\n\n### 0.0.14\n\n- [ ] wait package\n\nFrom 0.0.13\n\n- [ ] log UI\n\n## Finished\n\n### 0.0.13\n\n- [x] align errors\n';
    expect(titles(page)).toEqual(['wait package', 'log UI', 'align errors']);
  });
});

describe('sub-headings named alike under each piece of work', () => {
  const work = (title: string, own = '') =>
    `## ${title}\n\n### Context\n\nWhy it matters.\n\n### Objective\n\nWhat it achieves.\n\n### Goals${own}\n\n- One\n- Two\n\n`;

  it('are the parts of a template, not pieces of work', () => {
    expect(
      titles(`# Roadmap 2025\n\n${work('Webhooks', ' and Needs')}${work('Helm chart plugin')}${work('Tutorials')}`),
    ).toEqual(['Webhooks', 'Helm chart plugin', 'Tutorials']);
  });

  it('leave areas named alike under each period pieces of work', () => {
    const area = (q: string) =>
      `## ${q}\n\n### Storage\n\nMake the store faster in ${q} by caching reads.\n\n### Testing\n\nRun the suite in ${q} against every database.\n\n`;
    expect(titles(`# Roadmap 2023\n\n${area('Q1')}${area('Q2')}`)).toEqual([
      'Storage',
      'Testing',
      'Storage',
      'Testing',
    ]);
  });
});

describe('periods and status groups in other languages', () => {
  it.each([
    ['Próximo', 'horizon'],
    ['Entregas recentes', 'status'],
    ['短期目标 (未来 1-3 个月)', 'horizon'],
    ['✅ 已完成', 'status'],
    ['未来探索与社区驱动', 'horizon'],
    ['Plus tard', 'horizon'],
    ['En cours', 'status'],
    ['Als Nächstes', 'horizon'],
    ['Долгосрочные цели', 'horizon'],
    ['Выполнено', 'status'],
    ['Sécurité', undefined],
    ['Proximity sensors', undefined],
    ['Guía de instalación multiplataforma', undefined],
  ])('%s → %s', (title, kind) => {
    expect(bucketOf(title)?.kind).toBe(kind);
  });

  it.each([
    ['短期目标 (未来 1-3 个月)', 'planned'],
    ['中期目标 (未来 3-9 个月)', 'planned'],
    ['未来探索', 'future'],
    ['Próximo', 'planned'],
    ['Entregas recentes', 'done'],
    ['Long terme', 'future'],
    ['В работе', 'in-progress'],
    ['Unplanned/Not yet planned Features', 'future'],
  ])('%s is %s', (title, status) => {
    expect(statusOfSectionTitle(title)).toBe(status);
  });

  it('reads the work under each as its items', () => {
    const page =
      '# Roadmap\n\n## Entregas recentes\n\n- [x] Higiene do núcleo\n- [x] Segurança de shell\n\n' +
      '## Próximo\n\n- [ ] Auto-updater multiplataforma\n- [ ] Notarização Apple\n';
    expect(sections(page)).toEqual([
      'Entregas recentes: Higiene do núcleo, Segurança de shell',
      'Próximo: Auto-updater multiplataforma, Notarização Apple',
    ]);
  });
});

describe('sibling headings that introduce their lists by the same label', () => {
  it('are each one piece of work, in any language', () => {
    const phase = (title: string, lead = '') =>
      `### ${title}\n\n${lead}Цели:\n\n- ввести контракт\n- обернуть текущий runtime\n- перейти к новой схеме\n\n`;
    const page = `# Дорожная карта\n\n## Фазы\n\n${phase('Backend abstraction')}${phase('USB DAC backend', 'Первый реальный backend.\n\n')}${phase('Audio health dashboard')}`;
    expect(titles(page)).toEqual(['Backend abstraction', 'USB DAC backend', 'Audio health dashboard']);
  });

  it('leave releases that label their lists alike groups of their work', () => {
    const release = (v: string) => `## ${v}\n\nFeatures:\n\n- Plugin API ${v}\n- Dark mode ${v}\n- Themes ${v}\n\n`;
    expect(titles(`# Roadmap\n\n${release('v1.0')}${release('v2.0')}`)).toHaveLength(6);
  });
});

describe('sub-headings of a group of features', () => {
  const feature = (title: string, points: string) => `### ${title}\n\n${points}\n`;
  it('are each one feature, their plain points its details', () => {
    const page =
      '# Roadmap\n\n## Unplanned features\n\n' +
      feature('Onboarding experience', '- First-time setup flow\n- Guided setup process\n') +
      feature('Calendar export improvements', '- Fix flaky ICS export\n- Revisit EventKit\n') +
      feature('Widgets (needs proper ideas)', '- Decide on widget content\n- Implement read-only widget first\n');
    expect(titles(page)).toEqual([
      'Onboarding experience',
      'Calendar export improvements',
      'Widgets (needs proper ideas)',
    ]);
    expect(allInitiatives(edition(page)).map((i) => i.status)).toEqual(['future', 'future', 'future']);
  });

  it('are areas when their items each link to their own issue', () => {
    const page =
      '# Roadmap\n\n## New Features\n\n' +
      feature(
        'AutoML',
        '- Support PBT [#1382](https://github.com/o/r/issues/1382)\n- Support ASHA [#1383](https://github.com/o/r/issues/1383)\n',
      ) +
      feature(
        'UI',
        '- Migrate to the new UI [#12](https://github.com/o/r/issues/12)\n- Importance plots [#13](https://github.com/o/r/issues/13)\n',
      );
    expect(titles(page)).toEqual(['Support PBT', 'Support ASHA', 'Migrate to the new UI', 'Importance plots']);
  });
});

describe('a release above the level the work is found at', () => {
  it('holds its list’s items as its work', () => {
    const page =
      '# Roadmap\n\n## Version 0.5 (In Development)\n\n- In-app search\n- Stability improvements\n\n' +
      '## Upcoming features\n\n### Offline caching\n\n- Extend caching\n- Define TTL policies\n\n### Onboarding\n\n- Setup flow\n- Custom tenants\n';
    expect(titles(page)).toEqual(['In-app search', 'Stability improvements', 'Offline caching', 'Onboarding']);
  });
});

describe('an item copied into a sub-list of its own part', () => {
  it('is one initiative; the same line under an area of its own stays', () => {
    const item = '- **官方 Docker 支持:** 提供并维护官方的 Dockerfile。\n';
    const page = `# 路线图\n\n## 中期目标\n\n${item}- **剪贴板同步:** 同步剪贴板内容。\n\n### 性能与部署\n\n${item}\n### 用户体验\n\n- to be define\n`;
    expect(titles(page)).toEqual(['官方 Docker 支持', '剪贴板同步']);
  });
});

describe('pages exported from a document editor', () => {
  it('titles an empty heading by the bold line under it', () => {
    const page =
      '# Roadmap\n\n### \n**About this document**\n\nThis document links to the issues list.\n\n### \n**Current Roadmap**\n\n' +
      '|Theme|Description|Timeline|\n|--|--|--|\n|Security|Audit logging|May 2022|\n|Security|TLS hardening|June 2022|\n' +
      '|Usability|Dashboards|May 2022|\n|Security|Session logout|Exploring|\n';
    expect(sections(page)).toEqual(['Current Roadmap: Audit logging, TLS hardening, Dashboards, Session logout']);
  });
});

describe('a column whose values repeat across a quarter of the rows or more', () => {
  it('names a theme the rows share, not each row', () => {
    const rows = [
      'Security|Audit logging',
      'Usability|Dashboards',
      'Security|TLS hardening',
      'IDP|Multiple IDPs',
      'Security|Session logout',
    ];
    const table = `|Theme|Description|\n|--|--|\n${rows.map((r) => `|${r}|`).join('\n')}\n`;
    const reading = readTable(parseMarkdown(table).children[0] as Table);
    expect(reading.kind === 'items' && reading.headers[reading.titleCol]).toBe('Description');
  });
});

describe('lists after a table, each labelled by one of its rows', () => {
  it('are the details of that row', () => {
    const page =
      '# RoadMap\n\n## 1.0\n\n| title | content | time |\n| --- | --- | --- |\n| SDK | Java and Go clients | 2022-03 |\n' +
      '| cnosdb | backup/restore | 2022-03 |\n| cnosdb-inspect | disk file tools | 2022-04 |\n\n' +
      'cnosdb-inspect包含以下内容：\n- buildtsi：重建tsi索引文件\n- dumptsi：转储tsi文件中的内容\n\nSDK：\n- Golang 已完成\n- Java 已完成\n';
    const found = allInitiatives(edition(page));
    expect(found.map((i) => i.title)).toEqual(['SDK', 'cnosdb', 'cnosdb-inspect']);
    expect(JSON.stringify(found[2]!.body)).toContain('buildtsi');
  });
});

describe('a heading that names the kind of work of its sub-headings', () => {
  it('groups them, as a section', () => {
    const theme = (t: string) => `#### ${t}\n\nGoal: improve ${t.toLowerCase()} across the provider, as users ask.\n\n`;
    const page =
      '# Q3 2020 Roadmap\n\n## Currently In Progress\n\n### 2.0.0\n\nMajor releases remove deprecated code and change defaults.\n\n' +
      `### Themes\n\nWe plan to work on three themes this quarter.\n\n${theme('Coverage')}${theme('Lifecycle')}${theme('Errors')}` +
      '## Research Topics\n\nDiscovery only.\n\n### Manifest resource\n\nWe evaluate custom resources in a provider of their own.\n\n### Operator\n\nWe look at an operator for runs inside the cluster.\n';
    expect(sections(page)).toEqual([
      'Currently In Progress: 2.0.0',
      'Themes: Coverage, Lifecycle, Errors',
      'Research Topics: Manifest resource, Operator',
    ]);
    expect(edition(page).sections[2]!.status).toBe('future');
  });

  it('reads "open issues" in a piece of work’s text as issues still open, not an invitation', () => {
    expect(
      metaOf(
        'Errors',
        parseMarkdown('While there are few open issues on this, users ask for better messages.').children,
        false,
      ),
    ).toBeUndefined();
  });
});

describe('a status set in bold after a dash, on lines that link to their work', () => {
  const page =
    '# Roadmap\n\n## May 2024\n\n- [🎆 Project Page](https://github.com/o/r/pull/38) - **👷 Development**\n' +
    '- 🔐 Member Authorization - **👷 Development**\n- [🤫 Secrets in Sessions](https://github.com/o/r/pull/41) - **✅ Released**\n';

  it('is the item’s status, and the lines are work, not a legend', () => {
    const found = allInitiatives(edition(page));
    expect(found.map((i) => [i.title, i.status])).toEqual([
      ['🎆 Project Page', 'in-progress'],
      ['🔐 Member Authorization', 'in-progress'],
      ['🤫 Secrets in Sessions', 'done'],
    ]);
  });

  it('leaves a legend of symbols a legend', () => {
    expect(titles('# Roadmap\n\n- ✅ - done\n- 👷 - in progress\n\n## Now\n\n- Search ✅\n- Sync 👷\n')).toEqual([
      'Search',
      'Sync',
    ]);
  });
});

describe('work still being looked into', () => {
  it.each(['Researching', 'Research topics', 'Under exploration'])('"%s" groups future work', (title) => {
    expect(bucketOf(title)?.kind).toBe('horizon');
    expect(statusOfSectionTitle(title)).toBe('future');
  });

  it('leaves a title that names research work a piece of work', () => {
    expect(bucketOf('Exploring new storage engines')).toBeUndefined();
  });
});

describe('sibling headings over a few plain points each', () => {
  const part = (title: string, points: string[]) => `## ${title}\n\n${points.map((p) => ` * ${p}`).join('\n')}\n\n`;
  it('are each one piece of work', () => {
    const page =
      '# Builder Roadmap\n\n' +
      part('Multi-Process Builder', ['Move core plugins into worker processes']) +
      part('Plugin UI merging', ['Make it easier to merge plugin UI', 'Probably requires a simpler workbench']) +
      part('Build Output', ['Build output panel. Some mockups in progress.']) +
      part('Indenter revamp', ['Simplify complex indentation', 'Port the Python indenter', 'Better Vala logic']);
    expect(titles(page)).toEqual(['Multi-Process Builder', 'Plugin UI merging', 'Build Output', 'Indenter revamp']);
  });

  it('stay groups when their items link to their own issues', () => {
    const linked = (t: string, n: number) => `${t} [#${n}](https://github.com/o/r/issues/${n})`;
    const page =
      '# Roadmap\n\n' +
      part('Storage', [linked('Faster reads', 1), linked('Batched writes', 2)]) +
      part('Client', [linked('New CLI', 3), linked('Shell completion', 7)]) +
      part('Docs', [linked('Tutorials', 4), linked('Cookbook', 8)]) +
      part('Testing', [linked('Fuzzing', 5), linked('Benchmarks', 6)]);
    expect(titles(page)).toHaveLength(8);
  });
});

describe('a part that says its work is already done, over areas', () => {
  it('reads each area as one piece of delivered work, and the plan after it item by item', () => {
    const page =
      '# Roadmap\n\n## Implementado\n\n### Wire + protocolo\n\n- Conexion TCP con keepalive.\n- Auth: trust, MD5, SCRAM.\n- Reader con bufio.\n\n' +
      '### Decoders de tipo\n\n- Formato binario para bool e int.\n- Decoder de arrays.\n- Fallback texto.\n- Plan de encoder.\n\n' +
      '## Proximo\n\n- Soporte de LISTEN/NOTIFY\n- CI con Postgres 17\n\n## Despues\n\n- Replicacion logica\n\n## No planeado\n\n- ORM\n';
    expect(sections(page)).toEqual([
      'Implementado: Wire + protocolo, Decoders de tipo',
      'Proximo: Soporte de LISTEN/NOTIFY, CI con Postgres 17',
      'Despues: Replicacion logica',
    ]);
    expect(edition(page).sections.map((s) => s.status)).toEqual(['done', 'planned', 'future']);
  });
});

describe('bold lines over their own text, under a heading that names them as kinds of work', () => {
  it('head their parts; a "Deliverables" part beside them is the group’s details', () => {
    const quarter = (q: string, a: string, b: string) =>
      `## 2026 ${q}: Stabilization\n\n### Focus Areas\n\n**${a}**\n\n次の概念を明確に定義します。\n\n- State\n- Intent\n\n**${b}**\n\nAPI を単純にします。\n\n### Deliverables\n\n- README\n- 図\n\n`;
    const page = `# Kit Roadmap 2026\n\n${quarter('Q1', 'コア概念の定義', 'API の単純化')}${quarter('Q2', 'Dependency Injection', 'Layer Guide')}`;
    expect(titles(page)).toEqual(['コア概念の定義', 'API の単純化', 'Dependency Injection', 'Layer Guide']);
  });

  it('stay text under a heading that names a piece of work', () => {
    const page =
      '# Roadmap\n\n## Themes\n\n**Dark**\n\nA dark theme.\n\n**Light**\n\nA light theme.\n\n## Plugins\n\nA plugin API.\n';
    expect(titles(page)).toEqual(['Themes', 'Plugins']);
  });
});

describe('stages that name their work and tell it in prose', () => {
  it.each([
    ['Milestone 2 — lower the expander to fusevm', 'lower the expander to fusevm'],
    ['Phase 1: Storage', 'Storage'],
    ['Q1 2026: Installer', 'Installer'],
    ['Phase 2', undefined],
    ['Milestone 3: Done', undefined],
  ])('%s names %s', (title, name) => {
    expect(nameAfterStage(title)).toBe(name);
  });

  it('are each one piece of work; "Known divergences" is context', () => {
    const page =
      '# Roadmap\n\n## Milestone 1 — the scanner (done)\n\nCategory codes and the line scanner.\n\n' +
      '## Milestone 2 — the expander\n\nLower macro bodies to bytecode.\n\n## Milestone 3 — the stomach (begun)\n\nBoxes, glue, fonts.\n\n' +
      '## Known divergences\n\nSome primitives differ from real TeX.\n';
    const found = allInitiatives(edition(page));
    expect(found.map((i) => i.status)).toEqual(['done', 'unknown', 'in-progress']);
    expect(found).toHaveLength(3);
  });

  it('leave a phase over a list of work a group of it', () => {
    expect(titles('# Roadmap\n\n## Phase 1: Storage\n\n- Faster reads\n- Batched writes\n- Compaction\n')).toHaveLength(
      3,
    );
  });
});

describe('more parts that are not work, and names that are', () => {
  it.each([
    ['Feedback', 'closing'],
    ['Give us feedback', 'closing'],
    ['Improved Hot Reload and Development Feedback Loops', undefined],
    ['Benefits', 'about'],
    ['Benefits of WinUI', 'about'],
    ['Benefits of the new storage engine', 'about'],
    ['Benefits tracking for members', undefined],
    ['What This Means for Existing Users', 'about'],
  ])('%s → %s', (title, kind) => {
    expect(metaOf(title, parseMarkdown('Some words about it, in a sentence.').children, false)?.kind).toBe(kind);
  });

  it('titles rows by a column of names that mention versions ("iOS 9.3 support")', () => {
    const rows = [
      'iOS 9.3 support|Support Xcode 7.3|3/2016',
      'Android 7.0 Support|Nougat|11/2016',
      'Appium CI|Custom CI|5/2015',
    ];
    const table = `| Project | Description | Completed |\n| --- | --- | --- |\n${rows.map((r) => `|${r}|`).join('\n')}\n`;
    const reading = readTable(parseMarkdown(table).children[0] as Table);
    expect(reading.kind === 'items' && reading.headers[reading.titleCol]).toBe('Project');
  });

  it('reads H1s that come several times under a front-matter title as parts, and release details as notes', () => {
    const page =
      '---\ntitle: Roadmap\n---\n\n# Kubernetes version support\n\nVersions are set during the cycle.\n\n# Next Release\n\n' +
      'Release Details:\n- Version: 1.10.0\n- Release manager: undecided\n\nPlanned major features:\n- K8s 1.36 support\n- Queue configuration management\n\n' +
      '# Long term goals\n- Foreign pod preemption\n- FIPS builds\n';
    const found = edition(page);
    expect(found.title).not.toBe('Kubernetes version support');
    expect(allInitiatives(found).map((i) => i.title)).toEqual([
      'K8s 1.36 support',
      'Queue configuration management',
      'Foreign pod preemption',
      'FIPS builds',
    ]);
  });
});

describe('what the project already has, conclusions and warnings', () => {
  it.each(['Current features', '当前功能', 'Conclusion', '结论', 'Warnings', 'Limitations'])(
    '"%s" is not work',
    (title) => {
      expect(metaOf(title, parseMarkdown('- One thing it does\n- Another thing\n').children, false)).toBeDefined();
    },
  );

  it.each(['Current feature flags cleanup', 'Warnings in the CLI output'])('"%s" is work', (title) => {
    expect(metaOf(title, parseMarkdown('- One thing it does\n- Another thing\n').children, false)).toBeUndefined();
  });
});

describe('"Planned" and "Upcoming" groups', () => {
  it('hold one initiative per line or box', () => {
    const page =
      '# Roadmap\n\n## Planned features\n\n- Schema sync\n- Collection pagination\n\n## Planned changes for v4\n\n' +
      '- [x] Single table inheritance\n- [ ] Lazy scalar properties\n';
    expect(sections(page)).toEqual([
      'Planned features: Schema sync, Collection pagination',
      'Planned changes for v4: Single table inheritance, Lazy scalar properties',
    ]);
  });
});

describe('sibling checklists beside a release’s', () => {
  it('are each box a piece of work, a label over its own boxes among them', () => {
    const page =
      '# Roadmap\n\n## Compiler v1.0\n* [x] Parser\n* [x] Type solver\n\n## Libraries\n* [x] Base library\n* [ ] Tests library\n\n' +
      '## Platforms\n* JavaScript\n  * [x] Runtime\n  * [ ] Wasm\n* [ ] LLVM compiler\n';
    expect(titles(page)).toEqual([
      'Parser',
      'Type solver',
      'Base library',
      'Tests library',
      'JavaScript',
      'LLVM compiler',
    ]);
  });
});

describe('a bold row over rows named in plain words, and work for afterwards', () => {
  it('labels those rows even when they leave their other cells empty', () => {
    const page =
      '# Roadmap\n\nDescription|Status|Links|\n-----------|------|-----|\n**Testing**|\nMetrics tests|Done|[#652](https://github.com/o/r/issues/652)\n| |\n' +
      '**5 Min to Value**|\nDistribution packages|\nHost metrics|In progress|\n';
    expect(titles(page)).toEqual(['Metrics tests', 'Distribution packages', 'Host metrics']);
  });

  it('reads "Afterwards" as a horizon of future work', () => {
    expect(bucketOf('Afterwards')?.kind).toBe('horizon');
    expect(statusOfSectionTitle('Afterwards')).toBe('future');
  });
});

describe('a table of releases, each described at length', () => {
  it('titles each row by its version', () => {
    const row = (v: string, d: string) => `| ${v} | | ${d} |`;
    const table =
      '| Version | Status | Description |\n| --- | --- | --- |\n' +
      [
        row('0.5', 'Basic combat, mob AI, skills and spells, with the polish a first playable game needs to be tried.'),
        row('0.6', 'Party, guilds, chat channels, settings, economy, weather, socials and emotes including freeform.'),
        row(
          '1.1+',
          'Ranged combat, multiple currencies, item durability, flight, underwater areas, auctions and banking.',
        ),
      ].join('\n');
    const reading = readTable(parseMarkdown(`${table}\n`).children[0] as Table);
    expect(reading.kind === 'items' && reading.headers[reading.titleCol]).toBe('Version');
  });

  it('keeps short names beside versions the rows’ titles', () => {
    const table = '| Version | Feature |\n| --- | --- |\n| 0.5 | Combat |\n| 0.6 | Guilds |\n| 0.7 | Quests |\n';
    const reading = readTable(parseMarkdown(table).children[0] as Table);
    expect(reading.kind === 'items' && reading.headers[reading.titleCol]).toBe('Feature');
  });
});

describe('a label over a list that only begins with a row’s title', () => {
  it('does not take the list for that row’s details when the title is a mere word of it', () => {
    const page =
      '# Roadmap\n\n| title | content |\n| --- | --- |\n| A | first part |\n| Beta | second part |\n| Gamma | third part |\n\n' +
      'a new approach:\n- Rework the store\n- Faster reads\n';
    expect(titles(page)).toContain('Rework the store');
  });
});
