/**
 * Reference-style links and images (`[name][ref]` with `[ref]: url` lower
 * down) become plain links and images; the definitions are dropped.
 */
import type { Definition, Nodes, Root, Text } from 'mdast';
import { decodeEntities } from './html.js';
import { collapse, plainText, walk } from './markdown.js';

/** Turns reference links and images into plain ones and drops the definitions. */
export function resolveReferences(root: Root): void {
  const definitions = new Map<string, Definition>();
  walk(root, (node) => {
    if (node.type === 'definition') {
      const key = normalizeLabel(node.identifier);
      if (!definitions.has(key)) definitions.set(key, node);
    }
  });
  walk(root, (node, parent) => {
    if (!parent) return;
    if (node.type !== 'linkReference' && node.type !== 'imageReference') return;
    const definition = definitions.get(normalizeLabel(node.identifier));
    const index = (parent.children as Nodes[]).indexOf(node);
    let replacement: Nodes;
    if (!definition) {
      const text: Text = { type: 'text', value: node.type === 'imageReference' ? (node.alt ?? '') : plainText(node) };
      replacement = text;
    } else if (node.type === 'linkReference') {
      replacement = {
        type: 'link',
        url: definition.url,
        title: definition.title ?? null,
        children: node.children,
        position: node.position,
      };
    } else {
      replacement = {
        type: 'image',
        url: definition.url,
        title: definition.title ?? null,
        alt: node.alt ?? '',
        position: node.position,
      };
    }
    (parent.children as Nodes[])[index] = replacement;
  });
}

function normalizeLabel(label: string): string {
  return collapse(decodeEntities(label)).toLowerCase();
}
