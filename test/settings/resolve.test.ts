/**
 * One settings object: the command line over the config over the defaults,
 * paths resolved against where they were written, and each edition's parser
 * options from the config. The defaults and the values options may take are
 * the ones the config schema states.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadedConfig, RoadmapDeckConfig } from '../../src/config.js';
import { FORMATS } from '../../src/formats.js';
import {
  DEFAULTS,
  HANDOUT_LAYOUTS,
  HANDOUT_ORIENTATIONS,
  OVERVIEWS,
  PAPERS,
  SLIDE_SIZES,
  THEMES,
} from '../../src/settings/defaults.js';
import { editionParseOptions, resolveSettings } from '../../src/settings/index.js';
import { ROOT } from '../helpers/paths.js';

const loaded = (config: RoadmapDeckConfig, baseDir = '/project/config'): LoadedConfig => ({
  config,
  file: join(baseDir, 'roadmap-deck.config.json'),
  baseDir,
});

describe('resolveSettings', () => {
  it('takes the theme from the command line, else the config, else the default', () => {
    expect(resolveSettings({}, loaded({})).theme).toBe('default');
    expect(resolveSettings({}, loaded({ theme: 'paper' })).theme).toBe('paper');
    expect(resolveSettings({ theme: 'dark' }, loaded({ theme: 'paper' })).theme).toBe('dark');
  });

  it('fills every setting from the defaults when nothing is given', () => {
    const s = resolveSettings({}, { config: {}, baseDir: '/work' }, '/work');
    expect({
      input: s.input,
      outDir: s.outDir,
      outDirOrigin: s.outDirOrigin,
      formats: s.formats,
      timeoutMs: s.timeoutMs,
      paper: s.paper,
      handoutLayout: s.handoutLayout,
      size: s.size,
      diff: s.diff,
      qr: s.qr,
      force: s.force,
      assets: s.assets,
      templates: s.templates,
    }).toEqual({
      input: { patterns: ['roadmaps/*.md'], baseDir: '/work', origin: 'default' },
      outDir: '/work/output',
      outDirOrigin: 'default',
      formats: ['md', 'html', 'pdf', 'handout'],
      timeoutMs: 60_000,
      paper: 'A4',
      handoutLayout: 1,
      size: '16:9',
      diff: true,
      qr: true,
      force: false,
      assets: [],
      templates: undefined,
    });
    expect(s.concurrency).toBeGreaterThanOrEqual(1);
  });

  it('takes the config over the defaults, with its paths relative to the config file', () => {
    const s = resolveSettings(
      {},
      loaded({
        input: ['pages/*.md'],
        outDir: 'decks',
        formats: ['pdf'],
        timeout: 5,
        paper: 'Letter',
        handoutLayout: 4,
        size: '4:3',
        diff: false,
        qr: false,
        templates: 'tpl',
        assets: ['img'],
        footer: 'F',
        brand: { footer: 'Brand footer' },
        author: 'A',
        lang: 'de',
      }),
      '/elsewhere',
    );
    expect({
      input: s.input,
      outDir: s.outDir,
      outDirOrigin: s.outDirOrigin,
      formats: s.formats,
      timeoutMs: s.timeoutMs,
      paper: s.paper,
      handoutLayout: s.handoutLayout,
      size: s.size,
      diff: s.diff,
      qr: s.qr,
      templates: s.templates,
      assets: s.assets,
      footer: s.footer,
      author: s.author,
      lang: s.lang,
    }).toEqual({
      input: { patterns: ['pages/*.md'], baseDir: '/project/config', origin: 'config' },
      outDir: '/project/config/decks',
      outDirOrigin: 'config',
      formats: ['pdf'],
      timeoutMs: 5000,
      paper: 'Letter',
      handoutLayout: 4,
      size: '4:3',
      diff: false,
      qr: false,
      templates: '/project/config/tpl',
      assets: ['/project/config/img'],
      footer: 'Brand footer',
      author: 'A',
      lang: 'de',
    });
  });

  it('takes the command line over the config, with its paths relative to the working folder', () => {
    const s = resolveSettings(
      {
        via: 'command line',
        files: ['a.md'],
        outDir: 'out',
        formats: ['html'],
        timeoutMs: 1500,
        paper: 'A4',
        handoutLayout: 2,
        diff: true,
        qr: true,
        force: true,
        concurrency: 3,
      },
      loaded({
        input: ['pages/*.md'],
        outDir: 'decks',
        formats: ['pdf'],
        timeout: 5,
        paper: 'Letter',
        handoutLayout: 4,
        diff: false,
        qr: false,
      }),
      '/work',
    );
    expect({
      input: s.input,
      outDir: s.outDir,
      outDirOrigin: s.outDirOrigin,
      formats: s.formats,
      timeoutMs: s.timeoutMs,
      paper: s.paper,
      handoutLayout: s.handoutLayout,
      diff: s.diff,
      qr: s.qr,
      force: s.force,
      concurrency: s.concurrency,
    }).toEqual({
      input: { patterns: ['a.md'], baseDir: '/work', origin: 'command line' },
      outDir: '/work/out',
      outDirOrigin: 'command line',
      formats: ['html'],
      timeoutMs: 1500,
      paper: 'A4',
      handoutLayout: 2,
      diff: true,
      qr: true,
      force: true,
      concurrency: 3,
    });
  });
});

describe("an edition's parser options", () => {
  const config: RoadmapDeckConfig = {
    url: 'https://example.org/roadmap',
    project: 'Example',
    editions: {
      'example-*': { label: 'Some edition', date: '2024-05-01' },
      'example-2025': { url: 'https://example.org/2025/roadmap', title: 'Roadmap 2025', project: 'Example Two' },
    },
  };

  it('come from the config and every editions entry that matches, the later one winning', () => {
    expect(editionParseOptions(config, 'example-2025')).toEqual({
      baseUrl: 'https://example.org/2025/roadmap',
      project: 'Example Two',
      label: 'Some edition',
      title: 'Roadmap 2025',
      date: '2024-05-01',
    });
    expect(editionParseOptions(config, 'other')).toEqual({
      baseUrl: 'https://example.org/roadmap',
      project: 'Example',
    });
  });

  it('are what the settings give every command (the date included)', () => {
    expect(resolveSettings({}, loaded(config)).parseOptions('example-2024')).toEqual({
      baseUrl: 'https://example.org/roadmap',
      project: 'Example',
      label: 'Some edition',
      date: '2024-05-01',
    });
  });
});

describe('the config schema', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'config.schema.json'), 'utf8'));
  const props = schema.properties;

  it('allows the values the command line allows', () => {
    expect(props.paper.enum).toEqual([...PAPERS]);
    expect(props.handoutLayout.enum).toEqual([...HANDOUT_LAYOUTS]);
    expect(props.handoutOrientation.enum).toEqual([...HANDOUT_ORIENTATIONS]);
    expect(props.handoutLines.type).toBe('boolean');
    expect(props.overview.enum).toEqual([...OVERVIEWS]);
    expect(props.overview.default).toBe(DEFAULTS.overview);
    expect(props.size.enum).toEqual([...SLIDE_SIZES]);
    expect(props.theme.enum).toEqual([...THEMES]);
    expect(props.formats.items.enum).toEqual([...FORMATS]);
  });

  it('states the defaults the code uses', () => {
    expect({
      input: props.input.default,
      outDir: props.outDir.default,
      formats: props.formats.default,
      paper: props.paper.default,
      handoutLayout: props.handoutLayout.default,
      size: props.size.default,
      theme: props.theme.default,
      timeout: props.timeout.default,
      diff: props.diff.default,
      qr: props.qr.default,
      handoutOrientation: props.handoutOrientation.default,
      handoutLines: props.handoutLines.default,
    }).toEqual({
      input: DEFAULTS.input,
      outDir: DEFAULTS.outDir,
      formats: DEFAULTS.formats,
      paper: DEFAULTS.paper,
      handoutLayout: DEFAULTS.handoutLayout,
      handoutOrientation: DEFAULTS.handoutOrientation,
      handoutLines: DEFAULTS.handoutLines,
      size: DEFAULTS.size,
      theme: DEFAULTS.theme,
      timeout: DEFAULTS.timeout,
      diff: DEFAULTS.diff,
      qr: DEFAULTS.qr,
    });
  });
});
