import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, stemOf, withOwnOutputFolders } from '../../src/inputs.js';
import { tempDir } from '../helpers/paths.js';

describe('stemOf', () => {
  const cases: [string, string][] = [
    ['roadmaps/2024-fall.md', '2024-fall'],
    ['roadmaps/...md', 'edition'],
    ['roadmaps/..md', 'edition'],
    ['roadmaps/.md', 'md'],
    ['roadmaps/.hidden.md', 'hidden'],
    ['roadmaps/a\u0000b\u001fc\u007f.md', 'abc'],
    ['roadmaps/back\\slash.md', 'back-slash'],
    ['roadmaps/ spaced .md', 'spaced'],
    ['roadmaps/README', 'README'],
  ];
  for (const [file, stem] of cases) it(`${JSON.stringify(file)} → ${stem}`, () => expect(stemOf(file)).toBe(stem));
});

describe('expandInputs', () => {
  it('a glob skips dotfiles unless its own pattern starts with a dot', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'roadmaps'));
    for (const name of ['a.md', '.hidden.md', '.md', 'b.md']) await writeFile(join(dir, 'roadmaps', name), '# R\n');
    expect(await expandInputs([join(dir, 'roadmaps', '*.md')], dir)).toEqual([
      join(dir, 'roadmaps', 'a.md'),
      join(dir, 'roadmaps', 'b.md'),
    ]);
    expect(await expandInputs([join(dir, 'roadmaps', '.*.md')], dir)).toEqual([join(dir, 'roadmaps', '.hidden.md')]);
  });
});

describe('withOwnOutputFolders', () => {
  const refusedOf = (files: string[]) => {
    const refused: string[] = [];
    const kept = withOwnOutputFolders(files, (file) => refused.push(file));
    return { kept, refused };
  };
  const cases: [string, string[], string[]][] = [
    ['distinct names', ['r/a.md', 'r/b.md'], []],
    ['an ideographic space', ['r/ok.md', 'r/ok\u3000.md'], ['r/ok.md', 'r/ok\u3000.md']],
    ['a trailing space', ['r/ok .md', 'r/ok.md'], ['r/ok .md', 'r/ok.md']],
    ['a control character', ['r/o\u0001k.md', 'r/ok.md'], ['r/o\u0001k.md', 'r/ok.md']],
    ['case (one folder on macOS and Windows)', ['r/Ok.md', 'r/ok.md'], ['r/Ok.md', 'r/ok.md']],
    ['Unicode normal form', ['r/caf\u00e9.md', 'r/cafe\u0301.md'], ['r/caf\u00e9.md', 'r/cafe\u0301.md']],
    ['one name in two folders', ['a/ok.md', 'b/ok.md'], ['a/ok.md', 'b/ok.md']],
    ['the index page', ['r/index.html.md', 'r/INDEX.HTML.md'], ['r/index.html.md', 'r/INDEX.HTML.md']],
    ['"...md" and "edition.md"', ['r/...md', 'r/edition.md'], ['r/...md', 'r/edition.md']],
  ];
  it.each(cases)('%s', (_name, files, refused) => {
    const result = refusedOf(files);
    expect(result.refused).toEqual(refused);
    expect(result.kept).toEqual(files.filter((f) => !refused.includes(f)));
  });

  it('the same file named twice is built once', () => {
    expect(refusedOf(['r/a.md', './r/a.md'])).toEqual({ kept: ['r/a.md'], refused: [] });
  });
});
