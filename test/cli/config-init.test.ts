/**
 * Config files (JSON, ESM, TypeScript, package.json) with schema validation,
 * `init` (and `--eject`), brand, custom templates and template errors.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';
import { initProject } from '../../src/init.js';
import { loadTemplates } from '../../src/render/templates.js';
import { runCli } from '../helpers/cli.js';
import { ROOT, tempDir } from '../helpers/paths.js';

describe('config files', () => {
  it('are found as JSON, ESM, TypeScript or a package.json key', async () => {
    const variants: [string, string][] = [
      ['roadmap-deck.config.json', '{ "project": "Json" }'],
      ['roadmap-deck.config.mjs', 'export default { project: "Esm" };'],
      [
        'roadmap-deck.config.ts',
        `import { defineConfig } from '${join(ROOT, 'src', 'config.ts')}';\nconst size: '4:3' = '4:3';\nexport default defineConfig({ project: 'Ts', size });`,
      ],
      ['package.json', '{ "name": "x", "roadmap-deck": { "project": "Pkg" } }'],
    ];
    for (const [name, content] of variants) {
      const dir = await tempDir();
      await writeFile(join(dir, name), content);
      const { config, file } = await loadConfig({ cwd: dir });
      expect({ name, file, project: config.project }).toEqual({
        name,
        file: join(dir, name),
        project:
          name.endsWith('.json') && name !== 'package.json'
            ? 'Json'
            : name.endsWith('.mjs')
              ? 'Esm'
              : name.endsWith('.ts')
                ? 'Ts'
                : 'Pkg',
      });
    }
  });

  it('are checked against the schema, with the file, the line and the key', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'roadmap-deck.config.json'), '{\n  "project": "X",\n  "colour": "blue"\n}\n');
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(ConfigError);
    const failure = (): Promise<ConfigError> =>
      loadConfig({ cwd: dir }).then(
        () => {
          throw new Error('no error');
        },
        (e: ConfigError) => e,
      );
    const error = await failure();
    expect(error.format()).toBe(
      `${join(dir, 'roadmap-deck.config.json')}:3: config key "colour" is not a known option`,
    );
    await writeFile(join(dir, 'roadmap-deck.config.json'), '{ "brand": { "accent": "red; background: url(x)" } }');
    expect((await failure()).message).toBe('config key "brand.accent" must be a colour like #1a7f37 or teal');
    await writeFile(join(dir, 'roadmap-deck.config.json'), '{ "size": "21:9" }');
    expect((await failure()).message).toBe('config key "size" must be one of "16:9", "4:3"');
    await writeFile(join(dir, 'roadmap-deck.config.json'), '{ "project": "X", }');
    expect((await failure()).message).toMatch(/^invalid JSON/);
  });
});

describe('init', () => {
  it('scaffolds an edition and a config, refuses to overwrite, and ejects the templates', async () => {
    const dir = await tempDir();
    const first = runCli(['init', dir]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^created .*example-2025-spring\.md$/m);
    await expect(readFile(join(dir, 'roadmaps', 'example-2025-spring.md'), 'utf8')).resolves.toContain(
      '### Faster startup',
    );
    const config = JSON.parse(await readFile(join(dir, 'roadmap-deck.config.json'), 'utf8'));
    expect(config.project).toBe('Example');
    const again = runCli(['init', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /would overwrite roadmaps\/example-2025-spring\.md, roadmap-deck\.config\.json; run with --force/,
    );

    const quiet = runCli(['init', await tempDir(), '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('');

    const ejected = await tempDir();
    await initProject(ejected, { eject: true });
    expect(await readFile(join(ejected, 'templates', 'partials', 'initiative.hbs'), 'utf8')).toBe(
      await readFile(join(ROOT, 'templates', 'partials', 'initiative.hbs'), 'utf8'),
    );
    expect(JSON.parse(await readFile(join(ejected, 'roadmap-deck.config.json'), 'utf8')).templates).toBe('templates');
  });

  it('gives a deck that builds, and shows a brand logo and colours from the config', async () => {
    const dir = await tempDir();
    await initProject(dir);
    await writeFile(
      join(dir, 'logo.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#f59e0b"/></svg>',
    );
    const config = JSON.parse(await readFile(join(dir, 'roadmap-deck.config.json'), 'utf8'));
    config.brand = { logo: 'logo.svg', accent: '#0f766e', dark: '#134e4a', footer: 'Example · community call' };
    await writeFile(join(dir, 'roadmap-deck.config.json'), JSON.stringify(config));
    const result = runCli(['build', '--format', 'html'], { cwd: dir });
    expect(result.code).toBe(0);
    const html = await readFile(join(dir, 'output', 'example-2025-spring', 'index.html'), 'utf8');
    expect(html).toContain('--accent:#0f766e');
    expect(html).toContain('--logo:url("data:image/svg+xml;base64,');
    expect(html).toContain('#134e4a');
    expect(html).toContain('Example · community call');
  });
});

describe('templates', () => {
  it('override the built-in ones file by file', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'partials'));
    await writeFile(join(dir, 'partials', 'closing.hbs'), '<!-- _class: closing -->\n\n# See you soon\n');
    const templates = loadTemplates(dir);
    expect(templates.files.filter((f) => f.startsWith(dir))).toEqual([join(dir, 'partials', 'closing.hbs')]);
    expect(templates.files).toContain(join(ROOT, 'templates', 'partials', 'initiative.hbs'));
  });

  it('report a syntax error with the template file, the line and what is wrong there', async () => {
    const dir = await tempDir();
    await initProject(dir);
    await mkdir(join(dir, 'templates', 'partials'), { recursive: true });
    const file = join(dir, 'templates', 'partials', 'initiative.hbs');
    await writeFile(file, '## {{title}}\n\n{{#if body}\n{{body}}\n{{/if}}\n');
    await writeFile(join(dir, 'roadmap-deck.config.json'), '{ "templates": "templates" }');
    const result = runCli(['build', '--format', 'md'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`roadmap-deck: ${file}:3: template error: unexpected "}" in "{{#if body}"`);
    await writeFile(file, '## {{title}}\n\n{{#if body}}\n{{body}}\n');
    expect(runCli(['build', '--format', 'md'], { cwd: dir }).stderr).toContain(
      `${file}:5: template error: the template ends inside a block`,
    );
  });

  it('must make one slide each: a partial that adds a slide separator fails the edition', async () => {
    const dir = await tempDir();
    await initProject(dir);
    await mkdir(join(dir, 'templates', 'partials'), { recursive: true });
    await writeFile(join(dir, 'templates', 'partials', 'closing.hbs'), '# Thanks\n\n---\n\n# One more\n');
    await writeFile(join(dir, 'roadmap-deck.config.json'), '{ "templates": "templates" }');
    const result = runCli(['build', '--format', 'md'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/example-2025-spring\.md: templates produced 10 slides where 9 were expected/);
  });
});

describe('the GitHub Actions recipe', () => {
  it('is valid YAML that builds the decks when roadmaps change', async () => {
    const workflow = parseYaml(await readFile(join(ROOT, 'docs', 'examples', 'roadmap-decks.yml'), 'utf8'));
    expect(workflow.on.push.paths).toContain('roadmaps/**');
    const steps = workflow.jobs.build.steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    expect(steps).toMatch(/npx roadmap-deck build/);
  });
});
