#!/usr/bin/env node
/**
 * Compiles schema/config.schema.json into a standalone validator
 * (dist/config-validator.cjs), run by `npm run compile`. Validating a config
 * then costs no schema compilation at start-up: Ajv's code generation took
 * ~100 ms of every build that had a config.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const { Ajv2020 } = require('ajv/dist/2020');
const standaloneCode = require('ajv/dist/standalone').default;
const addFormats = require('ajv-formats').default;

// allErrors: a config with several mistakes gets them all reported at once.
const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true } });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'schema', 'config.schema.json'), 'utf8')));
const out = join(root, 'dist', 'config-validator.cjs');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `// Generated from schema/config.schema.json by scripts/compile-schema.mjs.\n${standaloneCode(ajv, validate)}\n`,
);
