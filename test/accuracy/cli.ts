/**
 * `npm run accuracy`: how well the parser reads the corpus, against the
 * hand-written truth. Exits 0 whatever the numbers, unless asked to hold a
 * bar (--min-f1, --require-exact); 2 on a usage error.
 *
 *   npm run accuracy                          table per page and overall numbers
 *   npm run accuracy -- --page spire-ROADMAP  one page, with every detail
 *   npm run accuracy -- --json                machine-readable
 *   npm run accuracy -- --min-f1 0.9 --require-exact
 */
import { parseArgs } from 'node:util';
import { corpusPages, scoreCorpus } from './corpus.js';
import { formatReport } from './report.js';
import { summarize } from './score.js';

const USAGE = 'usage: npm run accuracy -- [--page NAME]... [--json] [--verbose] [--min-f1 X] [--require-exact]';

const readArgs = (argv: string[]) =>
  parseArgs({
    args: argv,
    options: {
      page: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      verbose: { type: 'boolean' },
      'min-f1': { type: 'string' },
      'require-exact': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;

async function main(argv: string[]): Promise<number> {
  let values: ReturnType<typeof readArgs>;
  try {
    values = readArgs(argv);
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const minF1 = values['min-f1'] === undefined ? undefined : Number(values['min-f1']);
  if (minF1 !== undefined && !(minF1 >= 0 && minF1 <= 1))
    return usageError(`--min-f1 must be a number from 0 to 1, not "${values['min-f1']}"`);

  let pages = corpusPages();
  if (values.page) {
    // A page is named by its file name, with or without ".md".
    const wanted = values.page.map((name) => name.replace(/^.*\//, '').replace(/\.(md|json)$/, ''));
    const unknown = wanted.filter((name) => !pages.some((page) => page.name === name));
    if (unknown.length)
      return usageError(`no truth for ${unknown.join(', ')} (pages: ${pages.map((p) => p.name).join(', ')})`);
    pages = pages.filter((page) => wanted.includes(page.name));
  }

  const scores = await scoreCorpus(pages);
  const overall = summarize(scores);
  process.stdout.write(
    values.json
      ? `${JSON.stringify({ overall, pages: scores }, null, 2)}\n`
      : `${formatReport(scores, overall, { verbose: values.verbose })}\n`,
  );

  const failures: string[] = [];
  if (minF1 !== undefined && overall.f1 < minF1) failures.push(`F1 ${overall.f1.toFixed(3)} is below ${minF1}`);
  if (values['require-exact'] && overall.exact < overall.pages)
    failures.push(`${overall.pages - overall.exact} of ${overall.pages} pages are not exactly right`);
  for (const failure of failures) process.stderr.write(`accuracy: ${failure}\n`);
  return failures.length ? 1 : 0;
}

function usageError(message: string): number {
  process.stderr.write(`accuracy: ${message}\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    // The seeds' config is validated by a schema validator that `npm run compile` generates.
    const hint = message.includes('config-validator') ? ' (run `npm run compile` first)' : '';
    process.stderr.write(`accuracy: ${message.split('\n')[0]}${hint}\n`);
    process.exitCode = 2;
  },
);
