/** lint on pages in other languages: titles in any script, and the front-matter `lang`. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../../src/lint/index.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';

const page = (name: string) => join(FIXTURES, 'languages', name);

describe('lint on Japanese, Korean and German pages', () => {
  it.each(['kumo-ci-2025-h2.md', 'haneul-db-2025.md', 'lotse-2025-fruehjahr.md'])(
    'finds nothing wrong with %s',
    async (name) => {
      const { diagnostics } = await lintFile(page(name));
      expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    },
  );

  it('tells titles in CJK scripts apart, and finds a real duplicate among them', async () => {
    const dir = await tempDir();
    const file = join(dir, 'dup.md');
    await writeFile(
      file,
      '# ロードマップ\n\n## 今期\n\n### 検索の改善\n\n全文検索を速くします。\n\n### 通知の改善\n\nメール通知をまとめます。\n\n### 検索の改善\n\n同じ題名です。\n',
    );
    const duplicates = (await lintFile(file)).diagnostics.filter((d) => d.rule === 'duplicate-title');
    expect(duplicates.map((d) => [d.line, d.message])).toEqual([
      [13, 'initiative "検索の改善" has the same title as the one on line 5'],
    ]);
  });

  it('reads front-matter lang, and says when it is no language or has no translation', async () => {
    const dir = await tempDir();
    const lint = async (lang: string) => {
      const file = join(dir, 'p.md');
      await writeFile(file, `---\nlang: ${lang}\n---\n\n# Roadmap\n\n## Now\n\n### Faster builds\n\nCache more.\n`);
      return (await lintFile(file)).diagnostics.filter((d) => d.line === 2).map((d) => `${d.rule}: ${d.message}`);
    };
    expect(await lint('de')).toEqual([]);
    expect(await lint('it')).toEqual([
      'language: the deck\'s own words are not translated into "it": they will be in English (translated: en, de, es, fr, pt-BR, ja, ko, zh-Hans)',
    ]);
    expect(await lint('"german please"')).toEqual([
      'language: front-matter "lang" is not a language tag (got "german please"); use one such as en, de, es, fr, pt-BR, ja, ko, zh-Hans',
    ]);
  });
});

describe('inspect', () => {
  it('says which language a page is read in, and why', () => {
    expect(runCli(['inspect', page('kumo-ci-2025-h2.md')]).stdout).toContain(
      "Language: ja (from its script); the deck's own words in Japanese",
    );
    expect(runCli(['inspect', page('lotse-2025-fruehjahr.md')]).stdout).toContain(
      "Language: de (from its front matter); the deck's own words in German",
    );
  });
});
