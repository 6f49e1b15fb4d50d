/**
 * Text without a font, found in Chromium: a build warns at the page's line
 * and names the package to install, and `doctor` says what to install for
 * the pages about to be built. Each case runs with a fontconfig that sees
 * only the fonts it names (links to the installed files), so the machine's
 * other fonts cannot hide or cause a box.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';

const JAPANESE = join(FIXTURES, 'languages', 'kumo-ci-2025-h2.md');

/** A fontconfig file that sees only these families' font files, with the system's rules for choosing among them. */
async function onlyFonts(families: string[]): Promise<string> {
  const dir = await tempDir('roadmap-deck-fonts-');
  await mkdir(join(dir, 'fonts'));
  const files = new Set(
    families.flatMap((family) =>
      execFileSync('fc-list', ['--format', '%{file}\n', `:family=${family}`], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean),
    ),
  );
  for (const file of files) await symlink(file, join(dir, 'fonts', basename(file))).catch(() => undefined);
  const conf = join(dir, 'fonts.conf');
  await writeFile(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><include ignore_missing="yes">/etc/fonts/conf.d</include><dir>${join(dir, 'fonts')}</dir><cachedir>${join(dir, 'cache')}</cachedir></fontconfig>\n`,
  );
  return conf;
}

interface Report {
  editions: { stem: string; warnings: { line: number; rule: string; message: string }[] }[];
}
const glyphWarnings = (stdout: string) =>
  (JSON.parse(stdout) as Report).editions.flatMap((e) => e.warnings.filter((w) => w.rule === 'missing-glyphs'));

let withCjk: string;
let withoutCjk: string;
beforeAll(async () => {
  withCjk = await onlyFonts(['DejaVu Sans', 'Noto Color Emoji', 'Noto Sans CJK JP']);
  withoutCjk = await onlyFonts(['DejaVu Sans', 'Noto Color Emoji']);
});

describe('a build', () => {
  it('warns, at the line, about a script no font has (Ol Chiki), and not about Japanese or emoji that have one', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'santali.md'),
      [
        '# Community Roadmap',
        '',
        '## Translations',
        '',
        '### Santali glossary ✅',
        '',
        'Add the greeting ᱡᱚᱦᱟᱨ to the onboarding guide, next to こんにちは and 🎉.',
        '',
        '### Spanish guide 🚧',
        '',
        'Translate the contributor guide into Spanish, with a reviewer from the community.',
        '',
        '### Right-to-left layout',
        '',
        'Make the docs site read well in Arabic and Hebrew.',
        '',
      ].join('\n'),
    );
    const result = runCli(['build', 'santali.md', '--out', 'out', '--format', 'html', '--json'], {
      cwd: dir,
      env: { FONTCONFIG_FILE: withCjk },
    });
    expect(result.code).toBe(0);
    const warnings = glyphWarnings(result.stdout);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ line: 7 });
    expect(warnings[0]!.message).toBe(
      'no installed font has Ol Chiki: 5 characters such as "ᱡᱚᱦᱟᱨ" would show as empty boxes; install one (Debian: apt-get install fonts-noto-core)',
    );
  });

  it('warns about a Japanese page on a machine without CJK fonts, naming fonts-noto-cjk, and builds it all the same', async () => {
    const dir = await tempDir();
    const result = runCli(['build', JAPANESE, '--out', join(dir, 'out'), '--format', 'html', '--json'], {
      cwd: dir,
      env: { FONTCONFIG_FILE: withoutCjk },
    });
    expect(result.code).toBe(0);
    const warnings = glyphWarnings(result.stdout);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.line).toBe(1);
    expect(warnings[0]!.message).toMatch(
      /^no installed font has Japanese \(kana\), CJK punctuation or Chinese characters \(Han\): \d+ characters such as "ロードマップ.*" would show as empty boxes; install one \(Debian: apt-get install fonts-noto-cjk\)$/,
    );
  });
});

describe('doctor', () => {
  it('on a machine without CJK fonts, says what to install for a Japanese page, and exits 1', async () => {
    const result = runCli(['doctor', JAPANESE], { cwd: await tempDir(), env: { FONTCONFIG_FILE: withoutCjk } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^✓ CJK font: none for Japanese, Korean, Chinese: such text would show as empty boxes/m,
    );
    expect(result.stdout).toMatch(
      /^✗ Fonts for the pages: \n {4}\S*kumo-ci-2025-h2\.md:1: no installed font has Japanese \(kana\)/m,
    );
    expect(result.stdout).toContain(
      'install: sudo apt-get install -y fonts-noto-cjk (Debian/Ubuntu), or run: npx roadmap-deck doctor --fix',
    );
  });

  it('with the fonts there, names each page’s language and finds nothing missing', async () => {
    const result = runCli(['doctor', JAPANESE, join(FIXTURES, 'languages', 'lotse-2025-fruehjahr.md')], {
      cwd: await tempDir(),
      env: { FONTCONFIG_FILE: withCjk },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^✓ CJK font: Japanese: Noto Sans CJK JP, Korean: Noto Sans CJK KR, Chinese: Noto Sans CJK SC$/m,
    );
    expect(result.stdout).toMatch(
      /^✓ Fonts for the pages: every character has a font: \S*kumo-ci-2025-h2\.md \(Japanese\), \S*lotse-2025-fruehjahr\.md \(German\)$/m,
    );
  });
});
