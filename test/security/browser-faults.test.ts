/**
 * Browser faults: a render that hangs past the timeout is retried once and
 * then reported for its edition only; the other editions still build.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';

describe('a render that takes too long', () => {
  it('is retried once, then reported for that edition; the others build', async () => {
    const dir = await tempDir();
    const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor '.repeat(30);
    const heavy = [
      '# Heavy roadmap 2025',
      '',
      '## Now',
      '',
      ...Array.from({ length: 480 }, (_, i) => `### Item ${i + 1}\n\n${words}\n`),
    ].join('\n');
    await writeFile(join(dir, 'heavy.md'), heavy);
    await writeFile(join(dir, 'light.md'), '# Light roadmap 2025\n\n## Now\n\n- **One:** first\n- **Two:** second\n');
    const result = runCli(
      ['build', 'light.md', 'heavy.md', '--out', 'out', '--format', 'html,pdf', '--timeout', '3', '--concurrency', '1'],
      { cwd: dir },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✓ light/);
    expect(result.stderr).toMatch(
      /^✗ heavy\.md: rendering did not finish within 3 s, twice; allow more time with --timeout \(seconds\)$/m,
    );
  }, 120_000);
});
