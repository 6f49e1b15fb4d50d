/** `roadmap-deck inspect FILE`: the parsed model as an outline, or as JSON. */
import { printable as shown, printableJson } from '../../escape/terminal.js';
import { loadConfig } from '../../config.js';
import { loadAuthorNotes } from '../../load/author-notes.js';
import { readSource } from '../../load/read-source.js';
import { repositoryHints } from '../../load/repository.js';
import { parseInThread } from '../../build/parse-thread.js';
import { STATUS_LABELS } from '../../render/view.js';
import type { Naming } from '../../parse/edition-meta.js';
import { LANGUAGE_NAMES, pageLanguage } from '../../i18n/index.js';
import { editionLang, resolveSettings } from '../../settings/index.js';
import type { Explanation } from '../../parse/structure/index.js';
import type { RoadmapEdition } from '../../model/types.js';
import type { InspectArgs } from '../options.js';
import { paint, type Output } from '../output.js';

export async function inspectCommand(args: InspectArgs, output: Output): Promise<number> {
  const settings = resolveSettings({ via: 'command line' }, await loadConfig({ file: args.config }));
  const source = await readSource(args.file);
  const options = { ...settings.parseOptions(source.stem), ...(await repositoryHints(args.file)) };
  const { edition, explanation, naming } = await parseInThread(source, undefined, options);
  // The author notes beside the page belong to the model too (what `lint` says about them stays with lint).
  await loadAuthorNotes(edition, args.file);
  if (args.json) {
    output.out(printableJson(args.explain ? { edition, explanation, naming } : edition));
    return 0;
  }
  const count = edition.sections.reduce((n, s) => n + s.initiatives.length, 0);
  const project = edition.projectSource ? `, project from ${edition.projectSource}` : '';
  // Page text is printed through `shown`: on its own line, its characters inert.
  output.out(
    `${paint(output, 'bold', shown(edition.project ? `${edition.project} — ${edition.title}` : edition.title))}  ${paint(output, 'blue', shown(edition.label))}  ${paint(output, 'gray', `(label from ${edition.labelSource}${edition.date ? `, dated ${shown(edition.date)}` : ''}${project})`)}`,
  );
  if (edition.lastUpdated) output.out(`Last updated: ${shown(edition.lastUpdated)}`);
  const language = pageLanguage({
    config: editionLang(settings.config.config, source.stem),
    frontMatter: source.frontMatter.data.lang,
    text: source.body,
  });
  const from = {
    config: 'from the config',
    'front-matter': 'from its front matter',
    script: 'from its script',
    default: 'by default',
  }[language.source];
  output.out(`Language: ${language.tag} (${from}); the deck's own words in ${LANGUAGE_NAMES[language.language]}`);
  output.out(
    `${count} ${count === 1 ? 'initiative' : 'initiatives'} in ${edition.sections.length} ${edition.sections.length === 1 ? 'section' : 'sections'}${edition.closing ? `; closing: "${shown(edition.closing.title)}"` : ''}`,
  );
  for (const section of edition.sections) {
    const bucket = section.bucket
      ? paint(output, 'gray', ` [${section.bucket.kind}: ${shown(section.bucket.label)}]`)
      : '';
    output.out(
      `\n${paint(output, 'bold', section.implicit ? '(no section)' : shown(section.title))}${bucket}  ${paint(output, 'gray', `line ${section.position.line}`)}`,
    );
    for (const i of section.initiatives) {
      const status = i.status === 'unknown' ? '' : ` ${paint(output, 'yellow', `[${STATUS_LABELS[i.status]}]`)}`;
      const tracking = i.tracking ? paint(output, 'gray', ` → ${shown(i.tracking.url)}`) : '';
      const notes = i.authorNotes ? paint(output, 'gray', ', author notes') : '';
      output.out(
        `  • ${shown(i.title)}${status}  ${paint(output, 'gray', `${i.words} words, line ${i.position.line}`)}${notes}${tracking}`,
      );
    }
  }
  if (args.explain) {
    explain(explanation, output);
    explainNaming(edition, naming, output);
  }
  return 0;
}

/** Where the title, the project's name and the label came from; the prose's best name candidates. */
function explainNaming(edition: RoadmapEdition, naming: Naming, output: Output): void {
  output.out(`\n${paint(output, 'bold', 'How the deck is titled')}`);
  const generic = naming.generic ? " (generic: completed with the project's name)" : '';
  output.out(`Title: "${shown(naming.pageTitle)}" from ${edition.titleSource}${generic}.`);
  output.out(
    edition.project
      ? `Project: "${shown(edition.project)}" from ${edition.projectSource ?? 'the page'}.`
      : 'Project: none found.',
  );
  if (naming.candidates?.length) {
    output.out("Names in the page's prose (score: evidence):");
    for (const c of naming.candidates)
      output.out(
        `  ${shown(c.name).padEnd(24)} ${String(c.score).padStart(5)}  ${paint(output, 'gray', shown(c.why.join('; ')))}`,
      );
  }
  output.out(
    `Label: "${shown(edition.label)}" from ${edition.labelSource}${naming.labelRule ? ` (${shown(naming.labelRule)})` : ''}.`,
  );
}

/** Why the page was read as it was: candidate levels with their counts, then each decision. */
function explain(explanation: Explanation, output: Output): void {
  output.out(`\n${paint(output, 'bold', 'How this page was read')}`);
  output.out('Candidate heading levels (headings that describe one thing in prose / all headings at the level):');
  for (const level of explanation.levels) {
    const chosen = level.depth === explanation.level ? paint(output, 'green', '  ← initiatives') : '';
    output.out(
      `  H${level.depth}  ${level.prose}/${level.total}${level.why ? paint(output, 'gray', `  (${shown(level.why)})`) : ''}${chosen}`,
    );
  }
  output.out(`Initiatives: ${shown(explanation.levelWhy)}.`);
  output.out('Decisions, in page order:');
  for (const d of explanation.decisions) {
    output.out(
      `  ${paint(output, 'gray', `line ${String(d.line).padEnd(4)}`)} ${d.reading.padEnd(10)} ${shown(d.title)}  ${paint(output, 'gray', `— ${shown(d.why)}`)}`,
    );
  }
  for (const a of explanation.ambiguities) {
    output.out(paint(output, 'yellow', `Ambiguous (line ${a.line}): ${shown(a.message)}`));
    for (const r of a.readings) output.out(`  ${shown(r.reading)}: ${shown(r.config)}`);
  }
  for (const u of explanation.unused) output.out(paint(output, 'yellow', `Not applied: ${shown(u)}`));
}
