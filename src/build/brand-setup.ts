/** The brand from the config, read for a build: its logo as a data URL, and warnings for colours the deck had to change. */
import { isAbsolute, relative } from 'node:path';
import { lineInConfig, resolveFrom } from '../config.js';
import { ConfigError } from '../errors.js';
import type { Diagnostic } from '../model/types.js';
import type { BrandStyle } from '../render/brand.js';
import type { Settings } from '../settings/index.js';
import type { Engine } from './export-all.js';

/** The brand's logo file read into a data URL; colours as configured. */
export async function loadBrand(settings: Settings, engine: Engine): Promise<BrandStyle | undefined> {
  const { brand, config: loaded } = settings;
  if (!brand) return undefined;
  let logo: string | undefined;
  if (brand.logo) {
    try {
      logo = await engine.imageDataUrl(resolveFrom(loaded.baseDir, brand.logo));
    } catch (error) {
      throw new ConfigError(
        `brand logo: ${(error as Error).message.replace(/^ENOENT.*/, `no such file ${brand.logo}`)}`,
        { file: loaded.file, line: lineInConfig(loaded.file, ['brand', 'logo']) },
      );
    }
  }
  return { logo, accent: brand.accent, dark: brand.dark };
}

/** A brand colour the deck could not use as given (too little contrast, or no colour): one warning each, at its line in the config. */
export function brandWarnings(brand: BrandStyle | undefined, engine: Engine, settings: Settings): Diagnostic[] {
  const loaded = settings.config;
  const shown = loaded.file && relative(settings.cwd, loaded.file);
  const file = !loaded.file ? 'config' : shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown : loaded.file;
  return engine.brandColours(brand, settings.theme).changes.map((change) => ({
    file,
    line: lineInConfig(loaded.file, ['brand', change.key]) ?? 1,
    column: 1,
    severity: 'warning',
    rule: 'brand-contrast',
    message: change.message,
  }));
}

/** Requests a deck tried to make (and was refused), as one warning. */
export function blockedWarning(file: string, blocked: string[]): Diagnostic[] {
  if (!blocked.length) return [];
  const shown = [...new Set(blocked)].slice(0, 3).join(', ');
  return [
    {
      file,
      line: 1,
      column: 1,
      severity: 'warning',
      rule: 'network-blocked',
      message: `blocked ${blocked.length} network request(s): ${shown}`,
    },
  ];
}
