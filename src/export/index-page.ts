/**
 * `output/index.html`: every edition in the output folder with its title,
 * label, slide count and links, newest first. Built from each edition's
 * `deck.json` manifest, so editions built at other times are listed too.
 */
import { access, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { wordsFor } from '../i18n/index.js';
import { escapeHtml } from './html/handout-html.js';
import { writeFilesAtomically } from './write.js';
import { roadmapName } from '../model/types.js';

export interface DeckManifest {
  stem: string;
  title: string;
  project?: string;
  label: string;
  date?: string;
  slides: number;
  initiatives: number;
  /** Language tag of the deck. */
  lang?: string;
  files: { format: string; name: string }[];
  /** Hash of everything the outputs were made from (for incremental builds). */
  inputHash?: string;
}

export const MANIFEST = 'deck.json';

export async function readManifests(outDir: string): Promise<DeckManifest[]> {
  let dirs: string[] = [];
  try {
    dirs = (await readdir(outDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch {
    return [];
  }
  const manifests: DeckManifest[] = [];
  for (const dir of dirs.sort()) {
    try {
      manifests.push(JSON.parse(await readFile(join(outDir, dir, MANIFEST), 'utf8')) as DeckManifest);
    } catch {
      // A folder without a manifest is not a deck.
    }
  }
  return manifests.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.stem.localeCompare(b.stem));
}

/** The outputs an edition folder holds now (whichever builds made them). */
async function presentOutputs(outDir: string, stem: string): Promise<{ format: string; name: string }[]> {
  const names: [string, string][] = [['html', 'index.html'], ['pdf', `${stem}.pdf`], ['handout', `${stem}-handout.pdf`]];
  const present: { format: string; name: string }[] = [];
  for (const [format, name] of names) {
    try {
      await access(join(outDir, stem, name));
      present.push({ format, name });
    } catch {
      // not built
    }
  }
  return present;
}

export async function writeIndexPage(file: string, outDir: string): Promise<void> {
  const manifests = await readManifests(outDir);
  const outputs = await Promise.all(manifests.map((m) => presentOutputs(outDir, m.stem)));
  // Previews are embedded: the page works from file:// and its CSP allows images only from data: URLs.
  const previews = await Promise.all(manifests.map(async (m) => {
    try {
      return `data:image/png;base64,${(await readFile(join(outDir, m.stem, 'preview.png'))).toString('base64')}`;
    } catch {
      return '';
    }
  }));
  // The page speaks the language its decks share, else English; each deck's entry speaks its own.
  const langs = new Set(manifests.map((m) => m.lang ?? 'en'));
  const page = wordsFor(langs.size === 1 ? [...langs][0] : 'en');
  const rows = manifests.map((m, i) => {
    const words = wordsFor(m.lang ?? 'en');
    const linkText = (format: string) => (format === 'html' ? words.text('indexSlides') : format === 'pdf' ? words.text('indexPdf') : format === 'handout' ? words.text('indexHandout') : format);
    const links = outputs[i]!
      .map((f) => `<a href="${escapeHtml(`${encodeURIComponent(m.stem)}/${encodeURIComponent(f.name)}`)}">${escapeHtml(linkText(f.format))}</a>`)
      .join(' · ');
    const heading = roadmapName(m.title, m.project);
    // The picture repeats the slides link beside it: out of the tab order and of what a screen reader reads.
    const preview = previews[i] ? `<a href="${escapeHtml(`${encodeURIComponent(m.stem)}/index.html`)}" tabindex="-1" aria-hidden="true"><img class="preview" alt="" src="${previews[i]}"></a>` : '';
    const lang = words.tag === page.tag ? '' : ` lang="${escapeHtml(words.tag)}"`;
    const counts = `${words.count('slides', m.slides)} · ${words.count('initiatives', m.initiatives)}`;
    return `<li${lang}>${preview}<h2>${escapeHtml(heading)} <span class="label">${escapeHtml(m.label)}</span></h2><p>${escapeHtml(counts)}</p><p class="links">${links}</p></li>`;
  });
  const html = `<!DOCTYPE html>
<html lang="${escapeHtml(page.tag)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.text('indexTitle'))}</title>
<style>
body { font-family: 'DejaVu Sans', system-ui, sans-serif; margin: 0; background: #f8fafc; color: #0f172a; }
main { max-width: 860px; margin: 0 auto; padding: 40px 24px; }
h1 { font-size: 28px; } ul { list-style: none; padding: 0; }
li { background: #fff; border: 1px solid #e2e8f0; border-radius: 10px; padding: 18px 22px; margin-bottom: 16px; overflow: hidden; }
.preview { float: right; width: 240px; margin-left: 18px; border: 1px solid #e2e8f0; border-radius: 4px; }
h2 { font-size: 20px; margin: 0 0 6px; } .label { color: #2563eb; }
p { margin: 4px 0; color: #475569; } a { color: #1d4ed8; }
</style></head>
<body><main><h1>${escapeHtml(page.text('indexTitle'))}</h1><ul>
${rows.join('\n')}
</ul></main></body></html>
`;
  await writeFilesAtomically(outDir, [{ path: file, data: html }]);
}
