#!/usr/bin/env node
/**
 * npm run unused-exports — exports of src/ that no other file uses: dead code, or an `export`
 * keyword too many. The public API (src/index.ts and what it re-exports) counts as used.
 *
 * Every file tsconfig.json type-checks (src, test, bench, scripts) is searched with TypeScript's own
 * find-references, so dynamic imports, re-exports and type-only uses count. Exits 1 when it finds any.
 *
 *   node scripts/unused-exports.mjs            list them
 *   node scripts/unused-exports.mjs --json     as JSON: [{ file, line, name, usedInFile }]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const configFile = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
/** @type {Map<string, string>} */
const texts = new Map();
/** @type {ts.LanguageServiceHost} */
const host = {
  getCompilationSettings: () => parsed.options,
  getScriptFileNames: () => parsed.fileNames,
  getScriptVersion: () => '1',
  getScriptSnapshot: (file) => {
    if (!ts.sys.fileExists(file)) return undefined;
    const text = texts.get(file) ?? readFileSync(file, 'utf8');
    texts.set(file, text);
    return ts.ScriptSnapshot.fromString(text);
  },
  getCurrentDirectory: () => root,
  getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
  fileExists: ts.sys.fileExists,
  readFile: ts.sys.readFile,
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
};
const service = ts.createLanguageService(host);
const program = service.getProgram();
if (!program) throw new Error('no program');
const checker = program.getTypeChecker();
const isSource = (/** @type {string} */ file) => relative(root, file).startsWith('src/') && !file.endsWith('.d.ts');
const publicEntry = join(root, 'src', 'index.ts');
/** Modules loaded by their file at run time (the command line's bundle, the parser's thread): their exports are used. */
const ENTRIES = ['src/index.ts', 'src/cli/index.ts', 'src/build/parse-worker.ts'].map((file) => join(root, file));

/** The names of the public API, resolved to the declarations they stand for. */
const publicSymbols = new Set();
const entry = program.getSourceFile(publicEntry);
const entrySymbol = entry && checker.getSymbolAtLocation(entry);
if (entrySymbol) {
  for (const symbol of checker.getExportsOfModule(entrySymbol)) {
    publicSymbols.add(symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  }
}

/** @type {{ file: string, line: number, name: string, usedInFile: boolean }[]} */
const unused = [];
for (const sourceFile of program.getSourceFiles()) {
  if (!isSource(sourceFile.fileName) || ENTRIES.includes(sourceFile.fileName)) continue;
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  if (!moduleSymbol) continue;
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (publicSymbols.has(target)) continue;
    const declaration = symbol.declarations?.[0];
    if (!declaration || declaration.getSourceFile() !== sourceFile) continue; // a re-export: judged where it is declared
    // A `export { a, b }` list or `export default` has no name node of its own to search from.
    const nameNode = ts.getNameOfDeclaration(declaration) ?? declaration;
    const references = service.findReferences(sourceFile.fileName, nameNode.getStart(sourceFile)) ?? [];
    const elsewhere = references.some((entry) => entry.references.some((ref) => ref.fileName !== sourceFile.fileName));
    if (elsewhere) continue;
    const usedInFile = references.some((entry) =>
      entry.references.some((ref) => ref.fileName === sourceFile.fileName && !ref.isDefinition),
    );
    const { line } = sourceFile.getLineAndCharacterOfPosition(nameNode.getStart(sourceFile));
    unused.push({ file: relative(root, sourceFile.fileName), line: line + 1, name: symbol.getName(), usedInFile });
  }
}

unused.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
if (process.argv.includes('--json')) console.log(JSON.stringify(unused, null, 2));
else {
  for (const u of unused)
    console.log(
      `${u.file}:${u.line}  ${u.name}  ${u.usedInFile ? '(used in its own file only: drop `export`)' : '(used nowhere: remove)'}`,
    );
  console.log(`${unused.length} unused export${unused.length === 1 ? '' : 's'}`);
}
process.exitCode = unused.length > 0 ? 1 : 0;
