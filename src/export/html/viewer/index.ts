/**
 * The deck's own script, as text: the core, each feature and the slide names
 * (anchors.ts) serialized with Function.prototype.toString and joined into one script, so the deck's CSP
 * allows it by a single hash. A feature is a function of the core's API and
 * nothing else (see types.ts); the order here is the order keys reach them:
 * the blank screen first (any key brings the slide back), then the dialogs.
 */
import { blankScreen } from './blank.js';
import { slideAnchors } from './anchors.js';
import { deckViewer } from './core.js';
import { goToSlide } from './goto.js';
import { keysHelp } from './help.js';
import { overviewGrid } from './overview.js';
import { pointerInput } from './pointer.js';
import { presenterView } from './presenter.js';
import type { ViewerFeature } from './types.js';

export const VIEWER_FEATURES: ViewerFeature[] = [
  blankScreen,
  keysHelp,
  overviewGrid,
  goToSlide,
  presenterView,
  pointerInput,
];

export const VIEWER_SCRIPT = `(${deckViewer.toString()})([${VIEWER_FEATURES.map((feature) => feature.toString()).join(',\n')}], ${slideAnchors.toString()});`;

export { VIEWER_CSS } from './style.js';
export { viewerMarkup } from './markup.js';
export { VIEWER_LABEL_KEYS, type SlideData, type ViewerLabels } from './types.js';
