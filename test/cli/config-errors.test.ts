/** A config that fails to load names its file and line, whatever kind of file it is. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';

let dir: string;
const FILES: Record<string, string> = {
  'syntax.mjs': 'export default {\n  project: "x",\n  oops oops\n};\n',
  'syntax.cjs': 'module.exports = {\n  project: "x",\n  oops oops\n};\n',
  'syntax.ts': 'const n: number = 1;\nexport default {\n  project: "x",\n  oops oops\n};\n',
  'throws.mjs': 'export default { project: "x" };\n\nthrow new Error("boom");\n',
  'bad-date.json': '{\n  "editions": {\n    "2024-*": { "date": "2024-13-45" }\n  }\n}\n',
};

beforeAll(async () => {
  dir = await tempDir();
  for (const [name, text] of Object.entries(FILES)) await writeFile(join(dir, name), text);
});

const failure = (file: string) =>
  loadConfig({ cwd: dir, file }).then(
    () => {
      throw new Error('no error');
    },
    (e: unknown) => e as ConfigError,
  );

describe('config errors', () => {
  const cases: [string, number, RegExp][] = [
    ['syntax.mjs', 3, /^cannot load config: .+/],
    ['syntax.cjs', 3, /^cannot load config: .+/],
    ['syntax.ts', 4, /cannot load config: Unexpected token/],
    ['throws.mjs', 3, /cannot load config: boom/],
    ['bad-date.json', 3, /"editions\.2024-\*\.date" must be a real date like 2024-05-01 \(got "2024-13-45"\)/],
  ];
  for (const [file, line, message] of cases) {
    it(`${file}: line ${line}`, async () => {
      const error = await failure(file);
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.file).toBe(join(dir, file));
      expect(error.line).toBe(line);
      expect(error.message).toMatch(message);
    });
  }

  it('prints one line with file and line from the command line', () => {
    const result = runCli(['lint', '--config', 'syntax.mjs', 'page.md'], { cwd: dir });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toBe(
      `roadmap-deck: ${join(dir, 'syntax.mjs')}:3: cannot load config: Unexpected identifier 'oops'`,
    );
  });
});
