import { describe, expect, it } from 'vitest';
import { stemOf } from '../../src/inputs.js';

describe('stemOf', () => {
  const cases: [string, string][] = [
    ['roadmaps/2024-fall.md', '2024-fall'],
    ['roadmaps/...md', 'edition'],
    ['roadmaps/..md', 'edition'],
    ['roadmaps/.md', 'md'],
    ['roadmaps/.hidden.md', 'hidden'],
    ['roadmaps/a\u0000b\u001fc\u007f.md', 'abc'],
    ['roadmaps/back\\slash.md', 'back-slash'],
    ['roadmaps/ spaced .md', 'spaced'],
    ['roadmaps/README', 'README'],
  ];
  for (const [file, stem] of cases) it(`${JSON.stringify(file)} → ${stem}`, () => expect(stemOf(file)).toBe(stem));
});
