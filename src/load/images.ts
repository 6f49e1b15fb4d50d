/**
 * Local images: a picture the page references by a relative path is read
 * from next to the roadmap file and inlined as a data: URL, so the deck
 * stays one self-contained file. Too big, missing or not a picture: the
 * image becomes its alt text and a warning names it.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import type { Nodes, Parents } from 'mdast';
import type { Diagnostic, RoadmapEdition } from '../model/types.js';
import { isParent } from '../parse/markdown.js';
import { isLocalPath } from '../parse/index.js';

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.svg': 'image/svg+xml',
};

/** A local image file as a data URL (PNG, JPEG, GIF, WebP or SVG, at most MAX_IMAGE_BYTES). */
export async function imageDataUrl(path: string): Promise<string> {
  const type = TYPES[extname(path).toLowerCase()];
  if (!type) throw new Error(`"${path}" is not a PNG, JPEG, GIF, WebP or SVG picture`);
  const info = await stat(path);
  if (info.size > MAX_IMAGE_BYTES) throw new Error(`"${path}" is over ${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
  return `data:${type};base64,${(await readFile(path)).toString('base64')}`;
}

export async function inlineLocalImages(edition: RoadmapEdition): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const base = dirname(edition.source.file);
  // Model text carries no positions: a warning names the line of the initiative, section or
  // closing part the picture is in.
  const found: { parent: Parents; node: Extract<Nodes, { type: 'image' }>; line: number; column: number }[] = [];
  const visit = (node: Nodes, at: { line: number; column: number }) => {
    if (!isParent(node)) return;
    for (const child of node.children as Nodes[]) {
      if (child.type === 'image' && isLocalPath(child.url)) found.push({ parent: node, node: child, ...at });
      visit(child, at);
    }
  };
  const start = { line: 1, column: 1 };
  visit({ type: 'root', children: edition.intro as never }, start);
  if (edition.closing) visit({ type: 'root', children: edition.closing.body as never }, edition.closing.position);
  for (const section of edition.sections) {
    visit({ type: 'root', children: section.intro as never }, section.position);
    for (const initiative of section.initiatives) {
      visit({ type: 'root', children: initiative.body as never }, initiative.position);
      visit({ type: 'paragraph', children: initiative.titleRich as never }, initiative.position);
    }
  }
  for (const { parent, node, line, column } of found) {
    const warn = (message: string) => diagnostics.push({ file: edition.source.file, line, column, severity: 'warning', rule: 'image', message });
    const path = resolve(base, decodeURI(node.url.split(/[?#]/)[0]!));
    const type = TYPES[extname(path).toLowerCase()];
    let replacement: string | undefined;
    try {
      if (!type) {
        warn(`image "${node.url}" is not a PNG, JPEG, GIF, WebP or SVG picture; its alt text is shown instead`);
      } else {
        const info = await stat(path);
        if (info.size > MAX_IMAGE_BYTES) warn(`image "${node.url}" is ${(info.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_IMAGE_BYTES / 1024 / 1024} MB limit; its alt text is shown instead`);
        else replacement = `data:${type};base64,${(await readFile(path)).toString('base64')}`;
      }
    } catch {
      warn(`image "${node.url}" not found (looked for ${path}); its alt text is shown instead`);
    }
    const siblings = parent.children as Nodes[];
    if (replacement) node.url = replacement;
    else siblings.splice(siblings.indexOf(node), 1, { type: 'text', value: node.alt ?? '' });
  }
  return diagnostics;
}
