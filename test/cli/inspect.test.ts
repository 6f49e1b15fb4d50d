/** `inspect`: a readable outline, or JSON that validates against schema/roadmap.schema.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/load/read-source.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { runCli } from '../helpers/cli.js';
import { CORPUS, corpusPageNames, ROOT, SEED_2022 } from '../helpers/paths.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
// ajv-formats is CommonJS: imported from ESM, the module is the plugin and also has it as `default`.
formats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'roadmap.schema.json'), 'utf8')));

describe('inspect', () => {
  it('prints a readable outline', () => {
    const result = runCli(['inspect', SEED_2022]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('July–September 2022');
    expect(result.stdout).toMatch(/What's next.*\n {2}• Backend Services \(MVP\)/);
  });

  it("says where the project's name came from, and with --explain which names the prose offered", () => {
    const page = join(CORPUS, 'feast-docs-roadmap.md');
    const plain = runCli(['inspect', page]);
    expect(plain.stdout).toContain('Feast — Roadmap');
    expect(plain.stdout).toContain('project from prose');
    const explained = runCli(['inspect', page, '--explain']);
    expect(explained.stdout).toContain('How the deck is titled');
    expect(explained.stdout).toMatch(/Title: "Roadmap" from h1 \(generic/);
    expect(explained.stdout).toContain('Project: "Feast" from prose.');
    expect(explained.stdout).toMatch(/ {2}Feast +[\d.]+ +.*links to it/);
    expect(explained.stdout).toContain('Label: "feast-docs-roadmap" from file-name.');
  });

  it('prints JSON valid against the schema', () => {
    const result = runCli(['inspect', SEED_2022, '--json']);
    expect(result.code).toBe(0);
    const model = JSON.parse(result.stdout);
    expect(validate(model), JSON.stringify(validate.errors)).toBe(true);
    expect(model.sections[1].initiatives[0].title).toBe('Ease of onboarding');
  });

  // A page of release schedules only: no initiatives (see test/fixtures/corpus/SOURCES.md). (The page whose
  // roadmap is front-matter data is read from it, and modelled here too.)
  const NO_WORK = ['keda-ROADMAP.md'];
  it.each(corpusPageNames().filter((name) => !NO_WORK.includes(name)))('models %s within the schema', async (name) => {
    const { edition } = parseRoadmap(await readSource(join(CORPUS, name)));
    const model = JSON.parse(JSON.stringify(edition));
    expect(validate(model), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('rejects a model the schema does not describe', () => {
    expect(validate({ schemaVersion: 1, title: 'x' })).toBe(false);
  });
});
