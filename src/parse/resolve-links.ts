/**
 * Link resolution for the model: every link and image URL in rich text is
 * made absolute against the page's published address; links that cannot be
 * resolved or are unsafe become their text, with a diagnostic. Anchors to
 * parts of the page that have no slide become text too.
 */
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import type { Block, Diagnostic, Inline, Link } from '../model/types.js';
import { isLocalPath, resolveUrl } from './links.js';
import { plainText, positionOf, stripPositions, walk } from './markdown.js';

/** Resolves link URLs in rich text; links that cannot be resolved or are unsafe become plain text. */
export class LinkResolver {
  private pendingAnchors: { parent: Parents; node: Nodes }[] = [];

  constructor(
    private file: string,
    private baseUrl: string | undefined,
    private diagnostics: Diagnostic[],
  ) {}

  /** An absolute URL for a link target, or null when it cannot be one. */
  url(raw: string): string | null {
    const resolved = resolveUrl(raw, this.baseUrl);
    return resolved.kind === 'external' ? resolved.url : null;
  }

  blocks(blocks: RootContent[]): Block[] {
    const root: Root = { type: 'root', children: blocks.map((block) => structuredClone(block)) };
    this.resolveIn(root);
    return stripPositions(root.children) as Block[];
  }

  inlines(inlines: PhrasingContent[]): Inline[] {
    const root: Root = {
      type: 'root',
      children: [{ type: 'paragraph', children: inlines.map((n) => structuredClone(n)) }],
    };
    this.resolveIn(root);
    return stripPositions((root.children[0] as { children: Inline[] }).children);
  }

  private resolveIn(root: Root): void {
    walk(root, (node, parent) => {
      if (!parent || (node.type !== 'link' && node.type !== 'image')) return;
      // A picture next to the page (./diagram.png) is read from disk by the build, not from the web.
      if (node.type === 'image' && isLocalPath(node.url)) return;
      const resolved = resolveUrl(node.url, this.baseUrl);
      const where = positionOf(node);
      if (resolved.kind === 'external') {
        node.url = resolved.url;
        return;
      }
      if (resolved.kind === 'anchor' && node.type === 'link') {
        node.url = `#${resolved.anchor}`;
        this.pendingAnchors.push({ parent, node });
        return;
      }
      if (resolved.kind === 'unresolved' || resolved.kind === 'unsafe') {
        this.diagnostics.push({
          file: this.file,
          ...where,
          severity: 'warning',
          message:
            resolved.kind === 'unsafe' ? `link dropped: ${resolved.reason}` : `unresolvable link: ${resolved.reason}`,
          rule: resolved.kind === 'unsafe' ? 'unsafe-link' : 'unresolved-link',
        });
      }
      unwrap(parent, node);
    });
  }

  /** Anchors to parts of the page that have no slide (a table of contents entry, say) become text. */
  finishAnchors(ids: Set<string>): void {
    for (const { parent, node } of this.pendingAnchors) {
      if (node.type === 'link' && !ids.has(node.url.slice(1))) unwrap(parent, node);
    }
    this.pendingAnchors = [];
  }
}

function unwrap(parent: Parents, node: Nodes): void {
  const siblings = parent.children as Nodes[];
  const index = siblings.indexOf(node);
  if (index === -1) return;
  const replacement: Nodes[] =
    node.type === 'link' ? node.children : node.type === 'image' ? [{ type: 'text', value: node.alt ?? '' }] : [];
  siblings.splice(index, 1, ...replacement);
}

export function collectLinks(blocks: Block[]): Link[] {
  const links: Link[] = [];
  walk({ type: 'root', children: blocks as RootContent[] }, (node) => {
    if (node.type !== 'link') return;
    const text = plainText(node) || node.url;
    links.push(
      node.url.startsWith('#')
        ? { text, url: node.url, kind: 'anchor', target: node.url.slice(1) }
        : { text, url: node.url, kind: 'external' },
    );
  });
  return links;
}

export function dedupeLinks(links: Link[]): Link[] {
  const seen = new Map<string, Link>();
  for (const link of links) if (!seen.has(link.url)) seen.set(link.url, link);
  return [...seen.values()];
}
