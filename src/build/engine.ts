/**
 * The parts of a build that need the heavy libraries (the Markdown parser,
 * marp-core, Handlebars). `build` loads them while Chromium starts, so that
 * neither waits for the other.
 */
export { loadEditions, siblingEditions } from './load-editions.js';
export { changeMarks, changeSlide } from '../editions/slides.js';
export { diffSeries } from '../editions/diff.js';
export { wordsFor } from '../i18n/index.js';
export { imageDataUrl } from '../load/images.js';
export { brandColours, brandCss } from '../render/brand.js';
export { exportEdition, prepareDeck } from '../export/edition.js';
export { writeIndexPage } from '../export/index-page.js';
export { createMarp } from '../marp/index.js';
export { loadTemplates } from '../render/templates.js';
