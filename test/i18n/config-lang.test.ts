/** The config's `lang`, for all editions or one: checked by the schema, kept from the parser. */
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config.js';
import { editionLang, editionParseOptions } from '../../src/settings/index.js';

describe('config lang', () => {
  const config = validateConfig({ lang: 'fr', editions: { 'lotse-*': { lang: 'de', project: 'Lotse' } } });

  it('is an edition’s own when its entry has one, else the top-level one, else none', () => {
    expect(editionLang(config, 'lotse-2025-fruehjahr')).toBe('de');
    expect(editionLang(config, 'acme-2025')).toBe('fr');
    expect(editionLang({}, 'acme-2025')).toBeUndefined();
  });

  it('is not a parser option', () => {
    expect(editionParseOptions(config, 'lotse-2025-fruehjahr')).toEqual({ project: 'Lotse', baseUrl: undefined });
  });

  it('must be a language tag, per edition too', () => {
    expect(() => validateConfig({ editions: { x: { lang: 'German please' } } })).toThrow(/lang/);
  });
});
