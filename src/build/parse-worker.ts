/**
 * The parser's own thread. A page is untrusted: one built to drive the
 * Markdown parser into minutes of work, or to exhaust memory, must not hold
 * up the build, the other editions or Ctrl-C. Parsing here lets the main
 * thread stop it at a deadline and stay responsive to signals meanwhile.
 * (Started by ./parse-thread.ts; one request at a time.)
 */
import { parentPort } from 'node:worker_threads';
import { errorToData, toRoadmapError } from '../errors.js';
import type { RoadmapSource } from '../load/read-source.js';
import { parseRoadmap, type ParseOptions } from '../parse/index.js';
import type { ParseReply } from './parse-thread.js';

export interface ParseRequest {
  id: number;
  source: RoadmapSource;
  options: ParseOptions;
}

parentPort?.on('message', ({ id, source, options }: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id, result: parseRoadmap(source, options) };
  } catch (error) {
    reply = { id, error: errorToData(toRoadmapError(error, { file: source.file })) };
  }
  parentPort!.postMessage(reply);
});
