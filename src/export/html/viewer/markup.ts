/**
 * The viewer's own elements, written into the deck as HTML (the script only
 * fills them in): the controls, the presenter layout, the overview, the
 * go-to field, the blank screen, the list of keys and the live region.
 * No <section> here: the deck's <section>s are its slides, one each.
 * Everything starts hidden except the controls; the presenter layout shows
 * only in the presenter window (display: none elsewhere, so it is out of
 * the accessibility tree without aria-hidden).
 */
import type { TextKey } from '../../../i18n/index.js';

/** The deck's word for `key`, HTML-escaped. */
export type Translate = (key: TextKey) => string;

/** Keys of the help list: what to press (`kbd` names, or catalogue keys for named keys) and what it does. */
const HELP: [keys: (string | TextKey)[], what: TextKey][] = [
  [['→', '↓', 'viewerKeySpace', 'viewerKeyEnter', 'n'], 'viewerHelpNext'],
  [['←', '↑', 'Backspace'], 'viewerHelpPrevious'],
  [['Home', 'End'], 'viewerHelpFirstLast'],
  [['1…9', 'viewerKeyEnter'], 'viewerHelpNumber'],
  [['g'], 'viewerHelpGoTo'],
  [['o'], 'viewerHelpOverview'],
  [['b', 'w'], 'viewerHelpBlank'],
  [['f'], 'viewerHelpFullscreen'],
  [['p'], 'viewerHelpPresenter'],
  [['+', '−'], 'viewerHelpNotesSize'],
  [['?'], 'viewerHelpHelp'],
  [['viewerKeyEscape'], 'viewerHelpClose'],
];

const kbd = (t: Translate, key: string) => `<kbd>${key.startsWith('viewerKey') ? t(key as TextKey) : key}</kbd>`;

export function viewerMarkup(t: Translate, total: number): string {
  const help = HELP.map(
    ([keys, what]) => `<tr><td>${keys.map((k) => kbd(t, k)).join(' ')}</td><td>${t(what)}</td></tr>`,
  ).join('\n');
  return `<div class="rd-presenter-layout">
<h1 class="rd-sr-only">${t('viewerPresenterBar')}</h1>
<div class="rd-presenter-bar">
<span id="rd-presenter-counter" class="rd-presenter-counter"></span>
<span class="rd-stat"><span class="rd-stat-label">${t('viewerClock')}</span> <time id="rd-presenter-clock"></time></span>
<span class="rd-stat" role="group" aria-label="${t('viewerElapsed')}"><span class="rd-stat-label" aria-hidden="true">${t('viewerElapsed')}</span> <span id="rd-presenter-timer" role="timer">00:00</span>
<button type="button" data-rd-action="timer-pause">${t('viewerPause')}</button>
<button type="button" data-rd-action="timer-reset">${t('viewerReset')}</button></span>
<span class="rd-presenter-nav">
<button type="button" data-rd-action="prev" aria-keyshortcuts="ArrowLeft">${t('viewerPrevious')}</button>
<button type="button" data-rd-action="next" aria-keyshortcuts="ArrowRight">${t('viewerNext')}</button>
<button type="button" data-rd-action="overview" aria-keyshortcuts="o">${t('viewerOverview')}</button>
<button type="button" data-rd-action="help" aria-keyshortcuts="?" aria-label="${t('viewerHelpTitle')}">?</button>
</span>
</div>
<div role="region" class="rd-presenter-current" aria-label="${t('viewerCurrentSlide')}" id="rd-presenter-current"></div>
<div id="rd-presenter-blank" class="rd-presenter-blank" role="status" hidden></div>
<div class="rd-presenter-side">
<h2 class="rd-caption">${t('viewerNextSlide')}</h2>
<div class="rd-presenter-next" id="rd-presenter-next"></div>
<div class="rd-notes-head"><h2 class="rd-caption" id="rd-notes-title">${t('viewerNotes')}</h2>
<button type="button" data-rd-action="notes-smaller" aria-keyshortcuts="-" title="${t('viewerNotesSmaller')} (−)"><span aria-hidden="true">A−</span><span class="rd-sr-only">${t('viewerNotesSmaller')}</span></button>
<button type="button" data-rd-action="notes-larger" aria-keyshortcuts="+" title="${t('viewerNotesLarger')} (+)"><span aria-hidden="true">A+</span><span class="rd-sr-only">${t('viewerNotesLarger')}</span></button></div>
<div class="rd-presenter-notes" id="rd-presenter-notes" tabindex="0" data-rd-scroll aria-labelledby="rd-notes-title"></div>
</div>
</div>
<nav class="rd-ui" aria-label="${t('viewerControls')}">
<button type="button" data-rd-action="prev" aria-label="${t('viewerPrevious')}" aria-keyshortcuts="ArrowLeft" title="${t('viewerPrevious')}">‹</button>
<span id="rd-counter">1 / ${total}</span>
<button type="button" data-rd-action="next" aria-label="${t('viewerNext')}" aria-keyshortcuts="ArrowRight" title="${t('viewerNext')}">›</button>
<button type="button" data-rd-action="overview" aria-keyshortcuts="o" title="${t('viewerOverviewHint')}">${t('viewerOverview')}</button>
<button type="button" data-rd-action="fullscreen" aria-keyshortcuts="f" title="${t('viewerFullscreenHint')}">${t('viewerFullscreen')}</button>
<button type="button" data-rd-action="presenter" aria-keyshortcuts="p" title="${t('viewerNotesHint')}">${t('viewerNotes')}</button>
<button type="button" data-rd-action="help" aria-keyshortcuts="?" title="${t('viewerHelpTitle')} (?)" aria-label="${t('viewerHelpTitle')}">?</button>
</nav>
<div role="region" class="rd-goto" id="rd-goto" aria-labelledby="rd-goto-label" hidden>
<label id="rd-goto-label" for="rd-goto-input">${t('viewerGoTo')}</label>
<input id="rd-goto-input" type="text" inputmode="numeric" autocomplete="off" spellcheck="false" enterkeyhint="go" aria-describedby="rd-goto-hint rd-goto-error">
<span id="rd-goto-hint" class="rd-goto-hint">1–${total} · ${t('viewerKeyEnter')}</span>
<span id="rd-goto-error" class="rd-goto-error" aria-live="polite"></span>
</div>
<div class="rd-dialog rd-overview" id="rd-overview" role="dialog" aria-modal="true" aria-labelledby="rd-overview-title" hidden>
<div class="rd-dialog-head"><h2 id="rd-overview-title">${t('viewerOverview')}</h2><button type="button" data-rd-action="overview-close">${t('viewerClose')}</button></div>
<ol class="rd-overview-grid" id="rd-overview-grid"></ol>
</div>
<div class="rd-dialog rd-help" id="rd-help" role="dialog" aria-modal="true" aria-labelledby="rd-help-title" hidden>
<div class="rd-help-box">
<div class="rd-dialog-head"><h2 id="rd-help-title">${t('viewerHelpTitle')}</h2><button type="button" data-rd-action="help-close">${t('viewerClose')}</button></div>
<table><tbody>
${help}
</tbody></table>
</div>
</div>
<div class="rd-blank" id="rd-blank" hidden></div>
<div class="rd-sr-only" id="rd-live" aria-live="polite" aria-atomic="true"></div>`;
}
