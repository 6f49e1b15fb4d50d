/**
 * Which pages form a deck's "what changed" series: exactly those the glob
 * `<folder>/*.md` would build. A page nobody builds (a dotfile, a symbolic
 * link out of the folder, a page whose output folder another page shares)
 * cannot add a slide to another deck.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEdition, siblingEditions } from '../../src/build/load-editions.js';
import { diffSeries } from '../../src/editions/diff.js';
import { tempDir } from '../helpers/paths.js';

const edition = (date: string, work: string) =>
  `---\ntitle: Acme Roadmap\nproject: Acme\ndate: ${date}\n---\n\n# Acme Roadmap\n\n## Now\n\n- **${work}:** the first thing\n- **Shared work:** the second thing\n`;

async function seriesOf(setup: (pages: string, outside: string) => Promise<void>) {
  const dir = await tempDir();
  const pages = join(dir, 'roadmaps');
  const outside = join(dir, 'elsewhere');
  await mkdir(pages);
  await mkdir(outside);
  await writeFile(join(pages, 'acme-2025.md'), edition('2025-06-01', 'Current work'));
  await setup(pages, outside);
  const built = await loadEdition(join(pages, 'acme-2025.md'), {}, { pictures: false });
  const siblings = await siblingEditions([built], {});
  const diff = diffSeries([built, ...siblings].map((e) => e.edition)).get(built.edition);
  return { siblings: siblings.map((s) => s.file), previous: diff?.previous.label };
}

describe('the "what changed" series', () => {
  it('takes a page beside the one built, as the glob would', async () => {
    const { siblings, previous } = await seriesOf((pages) =>
      writeFile(join(pages, 'acme-2024.md'), edition('2024-06-01', 'Earlier work')),
    );
    expect(siblings.map((f) => f.split('/').pop())).toEqual(['acme-2024.md']);
    expect(previous).toBeDefined();
  });

  it('never a hidden page', async () => {
    const result = await seriesOf((pages) =>
      writeFile(join(pages, '.hidden.md'), edition('2024-06-01', 'Planted work')),
    );
    expect(result).toEqual({ siblings: [], previous: undefined });
  });

  it('never a symbolic link out of the folder', async () => {
    const result = await seriesOf(async (pages, outside) => {
      await writeFile(join(outside, 'acme-2023.md'), edition('2023-06-01', 'Planted work'));
      await symlink(join(outside, 'acme-2023.md'), join(pages, 'acme-2023.md'));
    });
    expect(result).toEqual({ siblings: [], previous: undefined });
  });

  it('never pages whose output folders clash', async () => {
    const result = await seriesOf(async (pages) => {
      await writeFile(join(pages, 'acme-2024.md'), edition('2024-06-01', 'Earlier work'));
      await writeFile(join(pages, 'acme-2024 .md'), edition('2024-01-01', 'Planted work'));
    });
    expect(result).toEqual({ siblings: [], previous: undefined });
  });
});
