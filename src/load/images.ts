/**
 * Local pictures: a picture the page names by a relative path is inlined as
 * a data: URL, so the deck stays one self-contained file. The page is
 * untrusted and the deck is published, so a picture is read only when its
 * real path (symbolic links followed) is a regular file inside the page's
 * folder or a configured `assets` folder, under MAX_IMAGE_BYTES, and its
 * first bytes are those of a PNG, JPEG, GIF, WebP or SVG picture. Anything
 * else — a path outside, a link to /proc/self/environ, a FIFO, /dev/zero —
 * becomes the picture's alt text and a warning naming the line.
 */
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Nodes, Parents } from 'mdast';
import type { Diagnostic, RoadmapEdition } from '../model/types.js';
import { isParent } from '../parse/markdown.js';
import { isLocalPath } from '../parse/links.js';
import { describeRefusal, readRegularFile, ReadRefusedError } from './read-bounded.js';

const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
const PICTURE_KINDS = 'a PNG, JPEG, GIF, WebP or SVG picture';

/** The picture type of some bytes, from their signature; undefined when they are not a picture. */
export function sniffImageType(bytes: Uint8Array): string | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE svg[^>]*>\s*)*<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return undefined;
}

/** A picture file as a data URL, for files the user names (the brand logo); throws with the reason. */
export async function imageDataUrl(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path, MAX_IMAGE_BYTES);
  } catch (error) {
    throw new Error(
      `"${path}" ${error instanceof ReadRefusedError ? describeRefusal(error.refusal) : (error as Error).message}`,
    );
  }
  const type = sniffImageType(bytes);
  if (!type) throw new Error(`"${path}" is not ${PICTURE_KINDS}`);
  return `data:${type};base64,${bytes.toString('base64')}`;
}

const isInside = (path: string, root: string) => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** The data URL of a picture a page names, or why it is not shown. */
async function pagePicture(
  url: string,
  base: string,
  roots: string[],
): Promise<{ dataUrl: string } | { refused: string }> {
  let name: string;
  try {
    name = decodeURIComponent(url.split(/[?#]/)[0]!);
  } catch {
    return { refused: 'is not a valid file path' };
  }
  if (name.includes('\0')) return { refused: 'is not a valid file path' };
  let real: string;
  try {
    real = await realpath(resolve(base, name));
  } catch {
    return { refused: `not found (looked for ${resolve(base, name)})` };
  }
  if (!roots.some((root) => isInside(real, root))) {
    return { refused: "is outside the page's folder (add its folder to `assets` in the config to allow it)" };
  }
  let bytes: Buffer;
  try {
    // The real path: a link swapped in after the check above is refused, not followed.
    bytes = await readRegularFile(real, MAX_IMAGE_BYTES, { noFollow: true });
  } catch (error) {
    if (!(error instanceof ReadRefusedError)) throw error;
    return {
      refused: error.refusal.kind === 'missing' ? `not found (looked for ${real})` : describeRefusal(error.refusal),
    };
  }
  const type = sniffImageType(bytes);
  if (!type) return { refused: `is not ${PICTURE_KINDS}` };
  return { dataUrl: `data:${type};base64,${bytes.toString('base64')}` };
}

interface PictureOptions {
  /** Folders besides the page's own that pictures may come from (absolute paths). */
  assets?: string[];
}

export async function inlineLocalImages(edition: RoadmapEdition, options: PictureOptions = {}): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const base = dirname(resolve(edition.source.file));
  const roots = await Promise.all(
    [base, ...(options.assets ?? [])].map((dir) => realpath(dir).catch(() => resolve(dir))),
  );
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
  visit({ type: 'root', children: edition.intro }, start);
  if (edition.closing) visit({ type: 'root', children: edition.closing.body }, edition.closing.position);
  for (const section of edition.sections) {
    visit({ type: 'root', children: section.intro }, section.position);
    for (const initiative of section.initiatives) {
      visit({ type: 'root', children: initiative.body }, initiative.position);
      visit({ type: 'paragraph', children: initiative.titleRich }, initiative.position);
    }
  }
  for (const { parent, node, line, column } of found) {
    const picture = await pagePicture(node.url, base, roots);
    const siblings = parent.children as Nodes[];
    if ('dataUrl' in picture) {
      node.url = picture.dataUrl;
    } else {
      diagnostics.push({
        file: edition.source.file,
        line,
        column,
        severity: 'warning',
        rule: 'image',
        message: `image "${node.url}" ${picture.refused}; its alt text is shown instead`,
      });
      siblings.splice(siblings.indexOf(node), 1, { type: 'text', value: node.alt ?? '' });
    }
  }
  return diagnostics;
}
