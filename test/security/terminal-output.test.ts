/**
 * Page text printed to a terminal or a CI log cannot act there: no control
 * character reaches the output raw, and no line of output starts like a
 * workflow command (`::error …::`), whatever a page's pictures, headings or
 * file name say.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable, printableJson, terminalLine } from '../../src/escape/terminal.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';

const ESC = '\u001b';
const PICTURE = '%0A::error%20file=README.md,line=1::PWNED%0A%1B[2K%1B]0;owned%07';
const PAGE = [
  '# Acme Roadmap',
  '',
  '## Now',
  '',
  `### Title ${ESC}]8;;https://evil.example${ESC}\\click${ESC}]8;;${ESC}\\ ${ESC}[2J${ESC}]0;window\u0007 done`,
  '',
  `Text with a picture: ![chart](${PICTURE}) and [a link](mailto:x@example.org).`,
  '',
  '### \u202Eeno erutaeF',
  '',
  '- **Item\n::error file=a.md,line=1::PWNED**: more',
  '',
  `### Unsafe [link](javascript:alert(1)${'%0A::warning::x'})`,
  '',
  'Text.',
  '',
].join('\n');

/** Every line a CI runner would read: none starts (after spaces) like a command, none holds a control character. */
function expectInert(output: string): void {
  const lines = output.split('\n');
  for (const line of lines) {
    expect(line.trimStart()).not.toMatch(/^(::|##\[)/);
    expect(line).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  }
}

describe('printing page text', () => {
  it('writes out control, bidi and zero-width characters', () => {
    expect(printable(`a\nb\r${ESC}[2K\u0007\u009b\u202e\u200b\u2028c`)).toBe(
      'a⟨U+000A⟩b⟨U+000D⟩⟨U+001B⟩[2K⟨U+0007⟩⟨U+009B⟩⟨U+202E⟩⟨U+200B⟩⟨U+2028⟩c',
    );
  });

  it('keeps emoji joiners and variation selectors', () => {
    expect(printable('⚠️ 👨‍👩‍👧')).toBe('⚠️ 👨‍👩‍👧');
  });

  it('no line starts like a workflow command', () => {
    expect(terminalLine('::error file=x::PWNED')).toBe('⟨U+003A⟩:error file=x::PWNED');
    expect(terminalLine('   ::add-mask::x')).toBe('   ⟨U+003A⟩:add-mask::x');
    expect(terminalLine('##[error]x')).toBe('⟨U+0023⟩#[error]x');
    expect(terminalLine('text ##vso[task.setvariable]x')).toBe('text #⟨U+0023⟩vso[task.setvariable]x');
    expect(terminalLine('a: b :: c')).toBe('a: b :: c');
  });

  it('keeps only its own colours, and only when colour is on', () => {
    expect(terminalLine(`${ESC}[31merror${ESC}[0m ${ESC}]0;t\u0007`, { color: true })).toBe(
      `${ESC}[31merror${ESC}[0m ⟨U+001B⟩]0;t⟨U+0007⟩`,
    );
    expect(terminalLine(`${ESC}[31merror${ESC}[0m`)).toBe('⟨U+001B⟩[31merror⟨U+001B⟩[0m');
  });

  it('JSON keeps the data, as escapes', () => {
    const value = { title: `a${ESC}[2J\u202e\u0085`, lines: 'x\ny' };
    const json = printableJson(value);
    expect(json).not.toMatch(/[\u001b\u202e\u0085]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('the command line', () => {
  async function hostilePages() {
    const dir = await tempDir();
    await mkdir(join(dir, 'roadmaps'));
    await writeFile(join(dir, 'roadmaps', 'acme.md'), PAGE);
    await writeFile(join(dir, 'roadmaps', `n${ESC}[2K\n::error::named.md`), PAGE);
    return dir;
  }

  it('lint, inspect and diff print hostile page text inert', async () => {
    const dir = await hostilePages();
    for (const args of [
      ['lint', '--verbose'],
      ['lint', '--json'],
      ['inspect', 'roadmaps/acme.md', '--explain'],
      ['inspect', 'roadmaps/acme.md', '--json'],
      ['diff', 'roadmaps/acme.md', 'roadmaps/acme.md'],
    ]) {
      const result = runCli(args, { cwd: dir });
      expect(result.stdout.length, args.join(' ')).toBeGreaterThan(0);
      expectInert(result.stdout);
      expectInert(result.stderr);
    }
    const explained = runCli(['inspect', 'roadmaps/acme.md', '--explain'], { cwd: dir }).stdout;
    expect(explained).toContain('Title ⟨U+001B⟩]8;;https://evil.example');
    expect(explained).toContain('⟨U+202E⟩eno erutaeF');
  });

  it('build prints its warnings (a picture path that decodes to a workflow command) inert, on one line each', async () => {
    const dir = await hostilePages();
    const result = runCli(['build', '--format', 'md'], { cwd: dir });
    expect(result.stderr).toContain('::error%20file=README.md');
    expectInert(result.stdout);
    expectInert(result.stderr);
  });
});
