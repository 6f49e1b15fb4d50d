/** The language a page's script tells, table-driven. */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/i18n/detect.js';
import { pageLanguage } from '../../src/i18n/page-language.js';

describe('detectLanguage', () => {
  const cases: [string, string, string | undefined][] = [
    [
      'Japanese prose (kana and kanji)',
      '## 認証基盤の刷新\n\nシングルサインオンに対応し、管理画面から設定できるようにします。',
      'ja',
    ],
    [
      'Japanese with many English product names',
      '## Kubernetes Operator の GA\n\nOperator を Kubernetes 1.30 に対応させ、Helm チャートを公開します。',
      'ja',
    ],
    ['Japanese katakana-only heading', '# ロードマップ', 'ja'],
    ['Korean', '## 검색 성능 개선\n\n색인 구조를 바꾸어 대용량 저장소에서도 빠르게 검색할 수 있도록 합니다.', 'ko'],
    ['Korean with a few Hanja', '## 보안 強化\n\n모든 API 호출에 감사 로그를 남기고 권한 검사를 강화합니다.', 'ko'],
    ['Simplified Chinese', '## 插件市场\n\n支持第三方插件的发布、搜索和一键安装。', 'zh-Hans'],
    [
      'Chinese with a product name in katakana is still Chinese',
      '## 支持 ツール 集成\n\n我们将在下一个版本中提供完整的命令行工具和配置文件迁移指南，并改进文档。',
      'zh-Hans',
    ],
    ['English', '## Faster builds\n\nCache the dependency graph between runs.', undefined],
    [
      'German (Latin script: not told apart from English)',
      '## Schnellere Builds\n\nDer Abhängigkeitsgraph wird zwischengespeichert.',
      undefined,
    ],
    [
      'English naming languages it will support',
      '## Localization\n\nAdd translations for 日本語, 한국어 and 简体中文 to the docs site, reviewed by native speakers before every release.',
      undefined,
    ],
    [
      'CJK only in code, links and URLs',
      '## Fonts\n\nSee [the guide](https://example.com/日本語) and `設定.yaml`.\n\n```\nフォント = 游ゴシック\n```',
      undefined,
    ],
    ['an empty page', '', undefined],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('pageLanguage', () => {
  const japanese = '## 認証基盤の刷新\n\nシングルサインオンに対応します。';
  const cases: [string, Parameters<typeof pageLanguage>[0], { tag: string; language: string; source: string }][] = [
    [
      'the config wins',
      { config: 'de', frontMatter: 'ja', text: japanese },
      { tag: 'de', language: 'de', source: 'config' },
    ],
    [
      'then front matter',
      { frontMatter: 'ko-KR', text: japanese },
      { tag: 'ko-KR', language: 'ko', source: 'front-matter' },
    ],
    ['then the script', { text: japanese }, { tag: 'ja', language: 'ja', source: 'script' }],
    ['else English', { text: '## Faster builds' }, { tag: 'en', language: 'en', source: 'default' }],
    [
      'a tag is put in canonical form',
      { frontMatter: 'pt-br', text: '' },
      { tag: 'pt-BR', language: 'pt-BR', source: 'front-matter' },
    ],
    [
      'Portuguese of Portugal gets the Brazilian words, its own tag',
      { config: 'pt-PT', text: '' },
      { tag: 'pt-PT', language: 'pt-BR', source: 'config' },
    ],
    [
      'zh-CN is Simplified Chinese',
      { frontMatter: 'zh-CN', text: '' },
      { tag: 'zh-CN', language: 'zh-Hans', source: 'front-matter' },
    ],
    [
      'a language without a catalogue keeps its tag, English words',
      { frontMatter: 'it', text: '' },
      { tag: 'it', language: 'en', source: 'front-matter' },
    ],
    [
      'Traditional Chinese has no catalogue',
      { frontMatter: 'zh-TW', text: '' },
      { tag: 'zh-TW', language: 'en', source: 'front-matter' },
    ],
    [
      'a value that is no tag is not used',
      { frontMatter: 'japanese please', text: japanese },
      { tag: 'ja', language: 'ja', source: 'script' },
    ],
    ['nor one that is not text', { frontMatter: 42, text: '' }, { tag: 'en', language: 'en', source: 'default' }],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(pageLanguage(input)).toEqual(expected);
  });
});

describe('on real pages', () => {
  it('reads the three Chinese pages of the corpus as Chinese, every other page and both seeds as no CJK language', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { CORPUS: CORPUS_DIR, SEED_2022, SEED_2024 } = await import('../helpers/paths.js');
    const files = [
      SEED_2022,
      SEED_2024,
      ...(await readdir(CORPUS_DIR)).filter((f) => f.endsWith('.md')).map((f) => join(CORPUS_DIR, f)),
    ];
    expect(files.length).toBeGreaterThan(20);
    const detected = await Promise.all(
      files.map(async (file) => [file, detectLanguage(await readFile(file, 'utf8'))] as const),
    );
    const { basename } = await import('node:path');
    expect(
      detected.filter(([, language]) => language !== undefined).map(([file, language]) => [basename(file), language]),
    ).toEqual([
      ['OpenCSGs-csghub-docs-roadmap.md', 'zh-Hans'],
      [
        'kubevela-kubevela.github.io-i18n-zh-docusaurus-plugin-content-docs-current-roadmap-2021-12-roadmpa.md',
        'zh-Hans',
      ],
      ['nocobase-nocobase-docs-zh-CN-roadmap.md', 'zh-Hans'],
    ]);
  });
});
