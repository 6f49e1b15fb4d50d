/**
 * The viewer's CSS: one slide at a time on a dark ground, controls that
 * show on pointer movement or keyboard focus, the presenter layout, the
 * overview, the go-to field, the blank screen and the list of keys. Print
 * gets the slides alone, one per page.
 */
export const VIEWER_CSS = `
html, body { margin: 0; padding: 0; background: #0b1020; height: 100%; overflow: hidden; overscroll-behavior: none; font-family: 'DejaVu Sans', Arial, sans-serif; }
.marpit > svg { display: none; position: absolute; inset: 0; width: 100vw; height: 100vh; }
.marpit > svg.rd-active { display: block; }
body:not(.rd-ready) .marpit > svg:first-child { display: block; }
body > .marpit:focus, .rd-presenter-layout:focus { outline: none; }
[hidden] { display: none !important; }
.rd-sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
:is(.rd-ui, .rd-presenter-layout, .rd-dialog, .rd-goto) :focus-visible { outline: 3px solid #fbbf24; outline-offset: 2px; }
.rd-ui { position: fixed; right: 14px; bottom: 12px; display: flex; gap: 6px; align-items: center; opacity: 0; transition: opacity .2s; z-index: 10; }
body.rd-pointer .rd-ui, .rd-ui:hover, .rd-ui:focus-within { opacity: 1; }
:is(.rd-ui, .rd-presenter-layout, .rd-dialog) button { font: inherit; font-size: 14px; color: #e5e7eb; background: rgba(17,24,39,.92); border: 1px solid #4b5563; border-radius: 6px; padding: 4px 10px; cursor: pointer; }
:is(.rd-ui, .rd-presenter-layout, .rd-dialog) button:hover { background: #1f2937; }
#rd-counter { color: #e5e7eb; background: rgba(17,24,39,.92); border-radius: 6px; padding: 4px 10px; font-size: 14px; min-width: 56px; text-align: center; }
.rd-presenter-layout { display: none; }
body.rd-presenter > .marpit, body.rd-presenter .rd-ui { display: none; }
body.rd-presenter .rd-presenter-layout { display: grid; grid-template-columns: 60fr 40fr; grid-template-rows: auto minmax(0, 1fr); gap: 12px 16px; padding: 12px 16px; box-sizing: border-box; height: 100vh; color: #e5e7eb; }
.rd-presenter-bar { grid-column: 1 / 3; display: flex; flex-wrap: wrap; align-items: center; gap: 8px 20px; font-size: 18px; }
.rd-presenter-counter { font-weight: bold; }
.rd-stat { display: inline-flex; align-items: center; gap: 8px; font-variant-numeric: tabular-nums; }
.rd-stat-label { font-size: 13px; color: #9ca3af; text-transform: uppercase; letter-spacing: .04em; }
#rd-presenter-clock, #rd-presenter-timer { font-size: 22px; }
#rd-presenter-timer.rd-paused { color: #fbbf24; }
.rd-presenter-blank { grid-row: 2; grid-column: 1; align-self: start; justify-self: center; z-index: 1; margin-top: 8px; background: #fbbf24; color: #111827; border-radius: 6px; padding: 6px 14px; font-size: 16px; box-shadow: 0 2px 8px rgba(0,0,0,.5); }
.rd-presenter-nav { margin-left: auto; display: inline-flex; gap: 6px; }
.rd-presenter-current { grid-row: 2; grid-column: 1; display: flex; align-items: center; min-height: 0; }
.rd-presenter-side { grid-row: 2; grid-column: 2; display: flex; flex-direction: column; gap: 8px; min-height: 0; }
.rd-caption { margin: 0; font-size: 13px; font-weight: normal; color: #9ca3af; text-transform: uppercase; letter-spacing: .04em; }
.rd-presenter-current .marpit, .rd-presenter-next .marpit { width: 100%; }
:is(.rd-presenter-current, .rd-presenter-next, .rd-thumb) .marpit > svg { display: block !important; position: static !important; width: 100%; height: auto; max-height: 100%; }
.rd-presenter-next { flex: none; color: #9ca3af; width: 70%; }
.rd-notes-head { display: flex; align-items: center; gap: 6px; margin-top: 4px; }
.rd-notes-head .rd-caption { margin-right: auto; }
.rd-presenter-notes { flex: 1; min-height: 0; overflow: auto; white-space: pre-wrap; font-size: 20px; line-height: 1.45; background: #111827; border-radius: 8px; padding: 12px 16px; }
.rd-dialog { position: fixed; inset: 0; z-index: 30; overflow: auto; background: #0b1020; color: #e5e7eb; padding: 16px 24px; box-sizing: border-box; }
.rd-dialog-head { display: flex; align-items: center; justify-content: space-between; gap: 16px; margin-bottom: 12px; }
.rd-dialog h2 { margin: 0; font-size: 22px; }
.rd-overview-grid { list-style: none; margin: 0; padding: 4px; display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 16px; }
.rd-thumb { position: relative; display: block; width: 100%; padding: 0 !important; border: 3px solid transparent !important; border-radius: 6px !important; background: none !important; overflow: hidden; }
.rd-thumb .marpit { pointer-events: none; }
.rd-thumb[aria-current] { border-color: #60a5fa !important; }
.rd-thumb-number { display: block; text-align: left; background: #1f2937; color: #f9fafb; font-size: 14px; padding: 3px 8px; }
.rd-thumb[aria-current] .rd-thumb-number { background: #1d4ed8; }
.rd-help { display: flex; align-items: center; justify-content: center; }
.rd-help-box { max-width: 680px; width: 100%; }
.rd-help table { border-collapse: collapse; width: 100%; font-size: 16px; }
.rd-help td { padding: 6px 8px; border-bottom: 1px solid #374151; vertical-align: top; }
.rd-help td:first-child { white-space: nowrap; }
kbd { display: inline-block; min-width: 1em; text-align: center; font: inherit; font-size: 14px; color: #f9fafb; background: #1f2937; border: 1px solid #4b5563; border-bottom-width: 2px; border-radius: 4px; padding: 1px 6px; margin: 1px 0; }
.rd-goto { position: fixed; top: 16px; left: 50%; transform: translateX(-50%); z-index: 20; display: flex; flex-wrap: wrap; align-items: center; gap: 8px 10px; background: #111827; color: #e5e7eb; border: 1px solid #4b5563; border-radius: 8px; padding: 10px 14px; font-size: 16px; }
.rd-goto input { font: inherit; width: 7em; padding: 4px 8px; color: #111827; background: #f9fafb; border: 1px solid #9ca3af; border-radius: 4px; }
.rd-goto-hint { color: #9ca3af; font-size: 14px; }
.rd-goto-error:empty { display: none; }
.rd-goto-error { flex-basis: 100%; color: #fca5a5; font-size: 14px; }
.rd-blank { position: fixed; inset: 0; z-index: 40; cursor: none; }
.rd-blank-black { background: #000; }
.rd-blank-white { background: #fff; }
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
}
@media print {
  @page { size: 1280px 720px; margin: 0; }
  html, body { background: none; height: auto; overflow: visible; }
  .marpit > svg, body:not(.rd-ready) .marpit > svg { display: block !important; position: static; width: 1280px; height: 720px; break-after: page; break-inside: avoid; }
  .marpit > svg:last-child { break-after: auto; }
  .rd-ui, .rd-presenter-layout, .rd-dialog, .rd-goto, .rd-blank, .rd-sr-only { display: none !important; }
}
`;
