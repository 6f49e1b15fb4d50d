/** `roadmap-deck doctor [files..] [--fix]`. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../config.js';
import { checks, fix, type PageToCheck } from '../../doctor/index.js';
import { stemOf } from '../../inputs.js';
import { editionLang, resolveSettings } from '../../settings/index.js';
import { findInputs } from '../../settings/preflight.js';
import type { DoctorArgs } from '../options.js';
import { paint, type Output } from '../output.js';

/** Checks about fonts: when only they fail, decks can be built (with boxes): exit 1, not 3 (no usable browser). */
const FONT_CHECKS = new Set(['Text font', 'Emoji font', 'CJK font', 'Fonts for the pages']);

export async function doctorCommand(args: DoctorArgs, output: Output): Promise<number> {
  const { pages, themeCss } = await pagesToCheck(args);
  if (args.fix) {
    const ok = await fix((line) => output.out(line), pages, themeCss);
    if (!ok) return 3;
  }
  const results = await checks(pages, themeCss);
  for (const check of results) {
    output.out(
      `${check.ok ? paint(output, 'green', '✓') : paint(output, 'red', '✗')} ${check.name}: ${check.detail}${check.hint ? `\n    ${check.hint}` : ''}`,
    );
  }
  const failed = results.filter((c) => !c.ok);
  if (failed.some((c) => !FONT_CHECKS.has(c.name))) return 3;
  return failed.length ? 1 : 0;
}

/**
 * The pages a build would read (the files given, else the config's `input`, else roadmaps/*.md),
 * each with the config's language for it, and the theme the decks use. A config with mistakes
 * or no pages at all leave the page check out: doctor still checks the machine.
 */
async function pagesToCheck(args: DoctorArgs): Promise<{ pages: PageToCheck[]; themeCss?: string }> {
  try {
    const config = await loadConfig({ file: args.config });
    const settings = resolveSettings({ files: args.files, via: 'command line' }, config);
    const { files } = await findInputs(settings);
    const custom = settings.templates ? join(settings.templates, 'theme.css') : undefined;
    return {
      pages: files.map((file) => ({ file, configLang: editionLang(config.config, stemOf(file)) })),
      themeCss: custom && existsSync(custom) ? readFileSync(custom, 'utf8') : undefined,
    };
  } catch {
    return { pages: [] };
  }
}
