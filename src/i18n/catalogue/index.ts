/** Every catalogue, by language. One registry, filled here and nowhere else. */
import type { Language } from '../languages.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { ptBR } from './pt-BR.js';
import type { Catalogue } from './types.js';
import { zhHans } from './zh-Hans.js';

export const CATALOGUES: Record<Language, Catalogue> = { en, de, es, fr, 'pt-BR': ptBR, ja, ko, 'zh-Hans': zhHans };

export type { Catalogue, Plural } from './types.js';
