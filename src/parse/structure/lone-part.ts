/**
 * A page read as a single initiative, one part that describes its work, unless that part is a checklist
 * of five boxes or more under a line that introduces it ("Partial, unsorted list:"): each box
 * is then a piece of work, as on a page of boxes alone.
 */
import type { List } from 'mdast';
import { isTaskList } from '../item-lists.js';
import { descendants, type OutlineNode } from '../outline.js';
import type { Structure, StructureOptions } from './index.js';

export function singleOrBoxes(
  outline: OutlineNode,
  single: Structure,
  options: StructureOptions,
  listed: () => Structure,
): Structure {
  const only = single.sections.flatMap((section) => section.initiatives);
  if ((options.at && options.at !== 'auto') || only.length !== 1) return single;
  // Only under a line of the text read as a label; under a heading ("## Tasks" of one feature's page),
  // the boxes are that work's steps.
  const line = only[0]!.position.line;
  const head = descendants(outline).find((node) => node.heading?.position.line === line)?.heading;
  if (!head?.pseudo) return single;
  const boxes = only[0]!.body.filter((b): b is List => b.type === 'list' && isTaskList(b));
  if (boxes.length !== 1 || boxes[0]!.children.length < 5) return single;
  const read = listed();
  return read.sections.flatMap((section) => section.initiatives).length >= 5 ? read : single;
}
