/**
 * Golden models: the parser's reading of a page as a reviewer wants to diff
 * it. One initiative per line, so a heuristic change shows as the lines of
 * the initiatives it changed; body text as its first 80 characters (enough
 * to recognise it) plus the model's content hash (so any body change shows).
 * Valid JSON, for tools that want to read it back.
 */
import type { Initiative, Section } from '../../src/model/types.js';
import { blocksToText } from '../../src/parse/text.js';
import type { ParsedPage } from './corpus.js';

const EXCERPT = 80;

export function goldenOf(parsed: ParsedPage): string {
  if ('error' in parsed) return `${JSON.stringify({ error: parsed.error })}\n`;
  const e = parsed.edition;
  const head: Record<string, unknown> = {
    title: e.title,
    titleSource: e.titleSource,
    project: e.project ?? null,
    label: e.label,
    labelSource: e.labelSource,
    ...(e.date ? { date: e.date } : {}),
    ...(e.lastUpdated ? { lastUpdated: e.lastUpdated } : {}),
    intro: excerptOf(blocksToText(e.intro)),
    closing: e.closing?.title ?? null,
  };
  const lines = [
    '{',
    ...Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`),
    '  "sections": [',
  ];
  e.sections.forEach((section, i) => {
    lines.push(`    ${JSON.stringify(sectionHead(section)).slice(0, -1)}, "initiatives": [`);
    section.initiatives.forEach((initiative, j) => {
      lines.push(`      ${JSON.stringify(initiativeLine(initiative))}${j < section.initiatives.length - 1 ? ',' : ''}`);
    });
    lines.push(`    ]}${i < e.sections.length - 1 ? ',' : ''}`);
  });
  lines.push('  ]', '}');
  return `${lines.join('\n')}\n`;
}

function sectionHead(section: Section): Record<string, unknown> {
  return {
    section: section.implicit ? null : section.title,
    line: section.position.line,
    ...(section.status ? { status: section.status } : {}),
    ...(section.bucket ? { bucket: `${section.bucket.kind}: ${section.bucket.label}` } : {}),
  };
}

function initiativeLine(initiative: Initiative): Record<string, unknown> {
  return {
    title: initiative.title,
    line: initiative.position.line,
    status: initiative.status,
    ...(initiative.statusText ? { statusText: initiative.statusText } : {}),
    ...(initiative.category ? { category: initiative.category } : {}),
    ...(initiative.bucket ? { bucket: `${initiative.bucket.kind}: ${initiative.bucket.label}` } : {}),
    tracking: initiative.tracking?.url ?? null,
    body: excerptOf(initiative.text),
    hash: initiative.hash,
  };
}

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT)}…` : flat;
}
