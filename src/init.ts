/**
 * init: a new roadmap project in a folder — an example edition, a config,
 * and (with eject) a copy of the templates and theme to change.
 */
import { access, cp, mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ConfigError } from './errors.js';
import { BUILTIN_TEMPLATES } from './render/templates.js';
import type { ThemeName } from './settings/defaults.js';

const EXAMPLE = `---
title: Example Roadmap
edition: 2025 Spring
---

## About this roadmap

This page lists the work the maintainers plan to focus on next. It is updated
every six months; tell us what matters to you in the issue tracker.

## Now

### Faster startup

Cut the time from launch to first useful screen in half, by loading plugins on
demand and caching the configuration. Follow along in the
[tracking issue](https://github.com/example/project/issues/1).

### Accessible themes

Every built-in theme passes WCAG AA contrast checks, and keyboard navigation
works across all screens.

## Later

- **Plugin marketplace:** a place to find, rate and install community plugins.
- **Offline mode:** keep working without a connection and sync when back online.

## How to influence the roadmap

Open an issue or join the community call on the first Tuesday of each month.
`;

const CONFIG = (eject: boolean, theme: ThemeName | undefined) =>
  `${JSON.stringify(
    {
      $schema: './node_modules/roadmap-deck/schema/config.schema.json',
      project: 'Example',
      url: 'https://example.org/docs/roadmap',
      author: 'The Example maintainers',
      ...(eject ? { templates: 'templates' } : {}),
      ...(theme ? { theme } : {}),
      brand: { accent: '#2563eb' },
    },
    null,
    2,
  )}\n`;

interface InitResult {
  created: string[];
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export async function initProject(
  dir: string,
  options: { eject?: boolean; force?: boolean; theme?: ThemeName } = {},
): Promise<InitResult> {
  // Ejected, the chosen theme's colours are copied beside the layout (and named in the config), the other themes not.
  const theme = options.theme ?? (options.eject ? 'default' : undefined);
  const themeFile = join(BUILTIN_TEMPLATES, 'themes', `${theme}.css`);
  const onlyChosenTheme = (source: string) =>
    relative(join(BUILTIN_TEMPLATES, 'themes'), source).startsWith('..') ||
    !source.endsWith('.css') ||
    source === themeFile;
  const plan: { path: string; write: () => Promise<void> }[] = [
    {
      path: join(dir, 'roadmaps', 'example-2025-spring.md'),
      write: async () => writeFile(join(dir, 'roadmaps', 'example-2025-spring.md'), EXAMPLE),
    },
    {
      path: join(dir, 'roadmap-deck.config.json'),
      write: async () => writeFile(join(dir, 'roadmap-deck.config.json'), CONFIG(Boolean(options.eject), theme)),
    },
    ...(options.eject
      ? [
          {
            path: join(dir, 'templates'),
            write: async () =>
              cp(BUILTIN_TEMPLATES, join(dir, 'templates'), { recursive: true, filter: onlyChosenTheme }),
          },
        ]
      : []),
  ];
  if (!options.force) {
    const taken = [];
    for (const item of plan) if (await exists(item.path)) taken.push(relative(dir, item.path) || item.path);
    if (taken.length)
      throw new ConfigError(`would overwrite ${taken.join(', ')}; run with --force to replace them`, { file: dir });
  }
  await mkdir(join(dir, 'roadmaps'), { recursive: true });
  for (const item of plan) await item.write();
  if (!(await exists(join(dir, '.gitignore')))) await writeFile(join(dir, '.gitignore'), 'output/\n');
  return { created: plan.map((p) => p.path) };
}
