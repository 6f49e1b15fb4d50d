/**
 * The contract between the viewer's core and its features. Each feature is a
 * function of the API alone: it is turned into text on its own and runs in
 * the deck with no imports, so it may use nothing but its argument and the
 * browser's globals. Types here are erased at compile time.
 */

/** The catalogue keys whose words the viewer's script writes as it goes. */
export const VIEWER_LABEL_KEYS = [
  'viewerSlideOf',
  'viewerAnnounce',
  'viewerThumb',
  'viewerEnd',
  'viewerNoNotes',
  'viewerPause',
  'viewerResume',
  'viewerBlankedBlack',
  'viewerBlankedWhite',
  'viewerGoToInvalid',
] as const;

export type ViewerLabelKey = (typeof VIEWER_LABEL_KEYS)[number];
/** The words, in the deck's language; texts name values in braces (`{n}`, `{total}`, `{title}`). */
export type ViewerLabels = Record<ViewerLabelKey, string>;

/** What the deck says about each slide (`#rd-slides`). */
export interface SlideData {
  kind?: string;
  /** Model id of the section or initiative shown. */
  id?: string;
  /** Plain-text title, for announcements and the overview. */
  title?: string;
  /** The title as a readable anchor (`backend-system-1-0`), when it differs from the id. */
  alias?: string;
}

/** Where a key was pressed: in a text field, on a link/button/focusable, or on the slides. */
export type KeyPlace = 'field' | 'control' | 'slide';

export interface ViewerApi {
  readonly doc: Document;
  readonly slides: SVGSVGElement[];
  readonly total: number;
  readonly isPresenter: boolean;
  /** The slide shown, from 0. */
  index(): number;
  /** Shows slide `n` (clamped) here and in the other window. */
  go(n: number): void;
  /** A slide's index from what a person types: its number or an anchor; undefined when neither. */
  find(text: string): number | undefined;
  /** A slide's title ('' when unknown). */
  titleOf(i: number): string;
  /** A label with its `{values}` filled in. */
  text(key: ViewerLabelKey, values?: Record<string, string | number>): string;
  /**
   * A copy of slide `i` in a `div.marpit` (Marp's CSS applies there), looking the same, with no
   * id but its section's and nothing in it reached by Tab.
   */
  clone(i: number): HTMLElement | null;
  /** Called after every change of slide, and once at the start. */
  onRender(fn: (index: number) => void): void;
  /** Called for each keydown before the core's own keys; returning true consumes the key. */
  onKey(fn: (event: KeyboardEvent, place: KeyPlace) => boolean): void;
  /** Called for every message of the other window (`{ type: 'roadmap-deck:…' }`). */
  onMessage(fn: (data: { type?: string; [key: string]: unknown }) => void): void;
  /** Sends a message to the other window, if there is one. */
  send(data: { type: string; [key: string]: unknown }): void;
  /** Runs `fn` when a `[data-rd-action=name]` button is pressed. */
  onAction(name: string, fn: () => void): void;
  /** Opens `el` as a modal dialog (the rest of the page inert) or, with null, closes the one open. */
  modal(el: HTMLElement | null): void;
  /** The dialog open, if any. */
  openModal(): HTMLElement | null;
  /** Moves the keyboard focus back to the slides (where slide keys act). */
  focusSlides(): void;
  /** Whether the person asked for reduced motion. */
  reducedMotion(): boolean;
}

export type ViewerFeature = (api: ViewerApi) => void;
