/** Small pure rules found on the two-hundred-and-thirtieth and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { normalizeStatus } from '../../src/parse/status.js';

const edition = (markdown: string, file = 'page.md') =>
  parseRoadmap(sourceFromBytes(file, Buffer.from(markdown))).edition;
const initiatives = (markdown: string) => allInitiatives(edition(markdown));
const titles = (markdown: string) => initiatives(markdown).map((i) => i.title);

describe('a word that opens as a month does is no period', () => {
  it.each(['Decompression', 'Novel', 'Mayhem', 'Octopus', 'Augmentation'])(
    '"%s" under a backlog is an item',
    (name) => {
      expect(titles(`# Widget Roadmap\n\n## Backlog\n\n- PWA\n- ${name}\n- Electron\n`)).toEqual([
        'PWA',
        name,
        'Electron',
      ]);
    },
  );
  it.each(['Dec', 'Nov 2027', 'Sept.', 'Q3', 'Janvier', 'Marzo 2027', 'Juli', 'Januari', 'Outubro'])(
    '"%s" alone only names a time: it holds a place',
    (when) => {
      expect(titles(`# Widget Roadmap\n\n## Backlog\n\n- PWA\n- ${when}\n- Electron\n`)).toEqual(['PWA', 'Electron']);
    },
  );
  it.each(['Januar', 'Septembre', 'Junio', 'Mei'])('"%s" before a colon says when; the rest names the item', (when) => {
    expect(titles(`# Widget Roadmap\n\n## 2027\n\n- ${when}: Offline mode\n- Nov: Dark theme\n`)).toEqual([
      'Offline mode',
      'Dark theme',
    ]);
  });
});

describe('a checklist between periods that hold theirs', () => {
  const page = (middle: string) =>
    `# Widget\n\n# Roadmap\n\n## Must have\n- [x] Offline cache\n- [ ] Emoji picker\n\n## ${middle}\n- [x] Read receipts\n- [ ] Typing indicator\n\n## Later\n- [ ] Voice notes\n- [ ] Stickers\n`;
  it('is a group like them, box by box', () => {
    const found = initiatives(page('In the mix'));
    expect(found.map((i) => i.title)).toEqual([
      'Offline cache',
      'Emoji picker',
      'Read receipts',
      'Typing indicator',
      'Voice notes',
      'Stickers',
    ]);
    expect(found.find((i) => i.title === 'Read receipts')?.status).toBe('done');
  });
  it.each(['Additional', 'Other tasks', 'Extras'])('under "%s", after them, its boxes are work', (title) => {
    const markdown = `# Widget\n\n## Must have\n- [x] Offline cache\n- [ ] Emoji picker\n\n## Nice to have\n- [ ] Voice notes\n\n## ${title}\n- [ ] Stickers\n- [ ] Themes\n`;
    expect(titles(markdown)).toEqual(['Offline cache', 'Emoji picker', 'Voice notes', 'Stickers', 'Themes']);
  });
  it('after the periods, it is no group', () => {
    const markdown =
      '# Widget\n\n## Must have\n- [x] Offline cache\n- [ ] Emoji picker\n\n## Later\n- [ ] Voice notes\n- [ ] Stickers\n\n## Rollback criteria\n- [ ] Error rate above 1%\n- [ ] Latency doubles\n';
    expect(titles(markdown)).not.toContain('Error rate above 1%');
  });
  it('beside one period only, it is the steps of one piece of work', () => {
    const markdown =
      '# Widget\n\n## Later\n- [ ] Voice notes\n- [ ] Stickers\n\n## Delivery marks\n- [x] Read receipts\n- [ ] Typing indicator\n\n## Calls\n\nVoice calls between two people.\n';
    expect(titles(markdown)).toContain('Delivery marks');
    expect(titles(markdown)).not.toContain('Read receipts');
  });
});

describe('status words', () => {
  it.each([
    ['Resolved', 'done'],
    ['Résolu', 'done'],
    ['Ready to merge', 'in-progress'],
    ['Ready for review', 'in-progress'],
    ['Unresolved', 'unknown'],
    ['Auto-resolved imports', 'unknown'],
    ['Resolved type hovers', 'unknown'],
    ['Ready for review notifications', 'unknown'],
    ['Status: resolved.', 'done'],
  ])('"%s" → %s', (words, status) => {
    expect(normalizeStatus(words)).toBe(status);
  });
  it('a group of them holds its work', () => {
    const found = initiatives(
      '# Widget\n\n## Now\n\n- [ ] Faster startup\n\n## Ready to merge\n\n- [ ] `feature/themes` — colour themes\n- [ ] `feature/tabs` — tabbed windows\n\n## Resolved\n\n- [x] Crash on save\n- [x] Slow export\n',
    );
    expect(found.map((i) => [i.title, i.status])).toEqual([
      ['Faster startup', 'in-progress'],
      ['feature/themes — colour themes', 'planned'],
      ['feature/tabs — tabbed windows', 'planned'],
      ['Crash on save', 'done'],
      ['Slow export', 'done'],
    ]);
  });
});

describe('status words name a group only as a whole title', () => {
  it.each(['Resolved type hovers', 'Ready for review notifications', 'Auto-resolved imports'])(
    '"%s" is a piece of work',
    (title) => {
      const markdown = `# Widget\n\n## ${title}\n\nShown in the editor.\n\n## Inlay hints\n\nTypes beside the code.\n`;
      expect(titles(markdown)).toEqual([title, 'Inlay hints']);
    },
  );
});

describe('a part is read once', () => {
  it('a part set aside before the walk is not read again as work', () => {
    const model = edition(
      '# Widget\n\n## 🚀 Planned\n\n- Faster startup\n- Dark theme\n\n## ✅ Done\n\n- Search\n- Export\n\n## 📅 Past releases\n\n| Version | Date | Highlights |\n|---|---|---|\n| v1.1.0 | 2025-12 | Shared folders and audio player |\n| v1.0.0 | 2025-11 | Opening build |\n',
    );
    const asWork = allInitiatives(model).filter((i) => i.title === 'Opening build').length;
    const asContext = (JSON.stringify(model.intro).match(/Opening build/g) ?? []).length;
    expect(asWork + asContext).toBe(1);
  });
  it('a sign beside a title that names no status does not make it a status group', () => {
    const model = edition(
      '# Widget\n\n## 🚀 Planned\n\n- Faster startup\n- Dark theme\n\n## ✅ Done\n\n- Search\n- Export\n\n## 📅 Past releases\n\n- v1.1.0: shared folders\n- v1.0.0: opening build\n',
    );
    expect(allInitiatives(model).map((i) => i.title)).toEqual(['Faster startup', 'Dark theme', 'Search', 'Export']);
    expect(JSON.stringify(model.intro)).toMatch(/opening build/);
  });
});

describe('parts that are not work, in more languages', () => {
  const page = (title: string, body: string) =>
    `# Widget Roadmap\n\n## Now\n\n- Faster startup\n- Dark theme\n\n## Later\n\n- Plugin store\n\n## ${title}\n\n${body}\n`;
  const links = '- [Design notes](./design.md) - how it fits\n- [Issues](https://example.org/widget/issues)\n';
  it.each([
    '参考资料',
    '相关链接',
    '参考リンク',
    '참고 자료',
    'Weiterführende Links',
    'Liens utiles',
    'Referencias',
    'Ссылки',
  ])('"%s" over links is references', (title) => {
    expect(titles(page(title, links))).toEqual(['Faster startup', 'Dark theme', 'Plugin store']);
  });
  it.each(['What Widget will not do', 'Lo que no haremos', 'O que não faremos'])('"%s" names non-goals', (title) => {
    expect(titles(page(title, '- Cloud hosting\n- A mobile app\n'))).toEqual([
      'Faster startup',
      'Dark theme',
      'Plugin store',
    ]);
  });
  it.each(['Links to partners', 'Liens avec les partenaires'])('"%s" over work it names stays work', (title) => {
    // A title that only opens with the word names an area: "Links to partners" over its tasks is work.
    expect(titles(page(title, '- Partner directory\n- Referral codes\n'))).toContain('Partner directory');
  });
});

describe('measures and risks in the languages pages are written in', () => {
  const page = (title: string, body: string) =>
    `# Widget Roadmap\n\n## Q1 2027\n\n### Faster startup\n\nStart in half the time.\n\n### Dark theme\n\nA theme for the night.\n\n### ${title}\n\n${body}\n`;
  it.each([
    ['Métricas de Éxito Q1', '- 95% test coverage\n- 0 crashes\n'],
    ['Success Metrics Q1', '- 95% test coverage\n- 0 crashes\n'],
    ['Indicateurs de succès', '- 95 % de couverture\n- Aucun plantage\n'],
    ['Erfolgskennzahlen', '- 95 % Testabdeckung\n'],
    ['Riesgos y Mitigaciones', '- Poco tiempo: priorizar\n- Pocas manos: pedir ayuda\n'],
    ['Risiken', '- Zu wenig Zeit\n'],
    ['懸念点', '- 時間が足りない\n'],
    ['风险', '- 人手不足\n'],
    ['Dependencias', '- Una nueva versión del motor\n'],
  ])('"%s" is not work', (title, body) => {
    expect(titles(page(title, body))).toEqual(['Faster startup', 'Dark theme']);
  });
  it.each([
    ['Riesgo cero en despliegues', 'Despliegues sin corte con canarios.'],
    ['Limitaciones de velocidad por usuario', 'Un límite de peticiones por usuario.'],
  ])('"%s" names work', (title, body) => {
    expect(titles(page(title, body))).toContain(title);
  });
});

describe('a release asked as a question is work the page is unsure of', () => {
  it.each(['v3.1: Plugin store?', '2.0 - Plugins? 🤔', 'Version 4.0: a web app?'])('"%s"', (title) => {
    const markdown = `# Widget Roadmap\n\n## v3.0: Offline mode\n\n**Goal:** work without a network.\n\n## ${title}\n\n**Goal:** let others extend it.\n\n## How can I help?\n\nOpen an issue.\n`;
    expect(titles(markdown)).toHaveLength(2);
  });
});

describe('a title that joins a part of the page to the roadmap names no project', () => {
  it.each(['News & Roadmap', '🔮 News & Roadmap', 'Vision and Roadmap', 'Status + roadmap'])('"%s"', (title) => {
    const model = edition(`# ${title}\n\n## Next\n\n- Offline mode\n- Dark theme\n`, 'widget-lab.md');
    expect(model.project ?? '').not.toMatch(/&|\band\b|\+/);
  });
  it('a project named before the roadmap is still read', () => {
    expect(edition('# Widget Lab Roadmap\n\n## Next\n\n- Offline mode\n- Dark theme\n').project).toBe('Widget Lab');
  });
});

describe('a group whose text says it holds no work yet', () => {
  const page = (title: string, text: string) =>
    `# Widget Roadmap\n\n## v1.0\n\n- Offline mode\n- Dark theme\n\n## v2.0\n\n- Plugin store\n\n## ${title}\n\n${text}\n`;
  it.each([
    ['Further out', 'No features are planned for now.'],
    ['Low priority', 'We have not identified any work of this rank.'],
    ['Later', 'Nothing is planned yet.'],
    ['Backlog', 'No items at this time.'],
  ])('"%s" is no work', (title, text) => {
    expect(titles(page(title, text))).toEqual(['Offline mode', 'Dark theme', 'Plugin store']);
  });
  it.each([
    ['Later', 'A plugin store with no fees for authors.'],
    ['Plugin sandbox', 'Nothing is planned yet beyond a design note.'],
  ])('"%s" over "%s" stays work', (title, text) => {
    expect(titles(page(title, text))).toContain(title);
  });
});

describe('what the reviews of these words found', () => {
  it.each([
    ['Non résolu', 'unknown'],
    ['Pas encore résolu', 'unknown'],
    ['Not resolved', 'planned'],
    ['To be resolved', 'unknown'],
    ['Not ready for review', 'unknown'],
  ])('status "%s" → %s', (words, status) => {
    expect(normalizeStatus(words)).toBe(status);
  });
  it('"Problèmes non résolus" is no group of work done', () => {
    const found = initiatives(
      '# Widget\n\n## Terminé\n\n- Export PDF\n\n## Problèmes non résolus\n\n- Fuite mémoire\n- Fuseaux horaires\n',
    );
    expect(found.find((i) => i.title === 'Fuite mémoire')?.status).not.toBe('done');
  });
  const under = (title: string) =>
    `# Widget Roadmap\n\n## Q1 2027\n\n### Faster startup\n\nStart in half the time.\n\n### ${title}\n\nWhat it brings.\n`;
  it.each([
    'Autodetección del proxy: ya no hará falta configurarlo',
    'Safe upgrades: the updater will not do anything unasked',
    'Abhängigkeiten reduzieren',
    'Riesgos de la cadena de suministro: firmas',
    'Dépendances : passage à Python 3.12',
    '依赖：升级到 Spring 3',
    'リスク・コンプライアンス管理画面',
    'Риски: оценка уязвимостей',
  ])('"%s" names work', (title) => {
    expect(titles(under(title))).toContain(title);
  });
  it('"Métricas de éxito" under a period, told in prose, is a feature', () => {
    expect(titles(under('Métricas de éxito'))).toContain('Métricas de éxito');
  });
  it.each(['Janv.', 'Déc.', 'Decembre', 'Févr.'])('"%s" alone holds a place', (when) => {
    expect(titles(`# Widget Roadmap\n\n## Backlog\n\n- PWA\n- ${when}\n- Electron\n`)).toEqual(['PWA', 'Electron']);
  });
  it('a sign alone titles a status group', () => {
    const found = initiatives(
      '# Widget\n\n## Completed\n\n- [x] Search\n\n## In progress\n\n- [ ] Export\n\n## 🔮\n\n- [ ] Voice notes\n- [ ] Stickers\n',
    );
    expect(found.map((i) => [i.title, i.status])).toEqual([
      ['Search', 'done'],
      ['Export', 'in-progress'],
      ['Voice notes', 'future'],
      ['Stickers', 'future'],
    ]);
  });
});

describe('a priority group named with its kind of work', () => {
  it.each(['Low-priority items', 'Low priority features', 'Low Priority Work'])('"%s" groups work', (title) => {
    const markdown = `# Widget Roadmap\n\n## Top-Priority Items\n\n### Parser\n\nRewrite the parser.\n\n### CLI\n\nNew flags.\n\n## ${title}\n\nWe have not identified any tasks of this kind yet.\n`;
    expect(titles(markdown)).toEqual(['Parser', 'CLI']);
  });
});
