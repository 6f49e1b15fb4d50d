/**
 * inspect, lint and diff read an edition's options from the config as build
 * does: its label, title, project and date from a matching `editions` entry.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';

const PAGE =
  '# Tiny Roadmap\n\n## Now\n\n- **Faster builds:** make the build quicker\n- **Better docs:** explain the config\n';
const CONFIG = {
  project: 'Tiny',
  editions: {
    'tiny-*': { date: '2024-05-01' },
    'tiny-2025': { label: 'Spring 2025', date: '2025-03-01', title: 'Tiny Plans' },
  },
};

async function project(): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, 'roadmaps'));
  await writeFile(join(dir, 'roadmaps', 'tiny-2024.md'), PAGE);
  await writeFile(join(dir, 'roadmaps', 'tiny-2025.md'), PAGE.replace('Better docs', 'Plugins'));
  await writeFile(join(dir, 'roadmap-deck.config.json'), JSON.stringify(CONFIG, null, 2));
  return dir;
}

describe("an edition's options from the config", () => {
  it('are read by inspect, the date included', async () => {
    const result = runCli(['inspect', 'roadmaps/tiny-2025.md', '--json'], { cwd: await project() });
    expect(result.code).toBe(0);
    const edition = JSON.parse(result.stdout);
    expect({ title: edition.title, label: edition.label, date: edition.date, project: edition.project }).toEqual({
      title: 'Tiny Plans',
      label: 'Spring 2025',
      date: '2025-03-01',
      project: 'Tiny',
    });
  });

  it('are read by diff', async () => {
    const result = runCli(['diff', 'roadmaps/tiny-2024.md', 'roadmaps/tiny-2025.md', '--json'], {
      cwd: await project(),
    });
    expect(result.code).toBe(0);
    const diff = JSON.parse(result.stdout);
    expect(diff.current.label).toBe('Spring 2025');
    expect(diff.added.map((a: { title: string }) => a.title)).toEqual(['Plugins']);
  });

  it('let lint check the same editions build would build', async () => {
    const result = runCli(['lint'], { cwd: await project() });
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').pop()).toBe('2 files checked: 0 errors, 0 warnings');
  });
});
