/**
 * The shape of a catalogue: every word the deck, the handout, the index page
 * and the viewer show that does not come from the roadmap page. Texts name
 * their values in braces (`{label}`); counts are plural forms chosen by
 * `Intl.PluralRules` (`one`, `few`, `many`… falling back to `other`), with
 * the number as `{n}`. Values are filled in by `src/i18n/words.ts`.
 */

export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export interface Catalogue {
  // Slides
  overview: string;
  /** Counts under the overview heading and on section dividers. */
  initiatives: Plural;
  /** Sections, as they read inside `initiativesInSections`. */
  sections: Plural;
  /** `{initiatives}` and `{sections}` are the two counts above. */
  initiativesInSections: string;
  statusDone: string;
  statusInProgress: string;
  statusPlanned: string;
  statusFuture: string;
  /** Heading of the slide that compares with the previous edition; `{label}` is that edition. */
  changedSince: string;
  /** Badge of an initiative new in this edition. */
  badgeNew: string;
  /** Badge of an initiative the previous edition `{label}` had too. */
  badgeContinued: string;
  /** Groups on the "changed since" slide and in its notes. */
  groupNew: string;
  groupContinued: string;
  groupRemoved: string;
  /** Sub-list of "no longer listed": their last appearance said done. */
  removedDelivered: string;
  /** Sub-list of "no longer listed": gone before they were done. */
  removedDropped: string;
  /** Title slide of a deck built from git history: "from {path} at {commit}, {date}". */
  fromCommit: string;
  /** Heading of the index page's timeline: initiatives as rows, editions as columns. */
  timelineHeading: string;
  /** Header of the timeline's first column. */
  timelineInitiative: string;
  /** A timeline cell of an initiative listed without a status. */
  timelineListed: string;
  /** A group's heading on that slide: `{group}` and how many, `{n}`. */
  groupCount: string;
  /** After a title that was renamed since the previous edition. */
  renamedFrom: string;
  /** Before an initiative's tracking link, separator included. */
  tracking: string;
  /** Alternative text of the QR code for the tracking link. */
  trackingQr: string;
  /** On the title slide; `{date}` as the page wrote it, or formatted when it is a YYYY-MM-DD date. */
  lastUpdated: string;
  /** Title of the closing slide of a page without a "how to contribute" part. */
  thankYou: string;
  /** Before the roadmap's URL on that slide, separator included. */
  theRoadmap: string;
  /** Where a slide was shortened to fit. */
  continuedMarker: string;
  /** Heading of the timeline slide. */
  timeline: string;
  /** Marks the edition's date on the timeline. */
  today: string;
  /** Board column of initiatives outside every section or bucket. */
  otherGroup: string;
  /** Heading of a board column's later piece, when a long column goes on in the next one: `{group}`. */
  columnContinued: string;

  // Speaker notes
  /** First line of every slide's notes, before the slide's heading. */
  speakerNotes: string;
  notesStatus: string;
  notesSection: string;
  notesLinks: string;
  /** Above an initiative's author notes (its page comments, its part of `<page>.notes.md`). */
  notesAuthor: string;
  /** Between titles listed in a note. */
  listSeparator: string;
  notesComparedWith: string;
  countNew: Plural;
  countContinued: Plural;
  countRemoved: Plural;
  /** A label and what it names, in notes: `{group}: {titles}` (a section and its initiatives, the deck and its edition). */
  notesGroup: string;
  notesContinuedItem: string;
  notesRenamedItem: string;

  // Handout and PDF
  handoutShortened: string;
  /** Heading of the author notes printed in the handout (`--handout-notes`). */
  handoutAuthorNotes: string;
  /** Footer of each handout page; `{page}` and `{pages}` are filled in by Chrome. */
  handoutPage: string;
  /** Title of the handout PDF; `{title}` is the deck's. */
  handoutTitle: string;
  /** PDF subject when the page has no description. */
  pdfSubject: string;
  /** The PDF subject when the edition's label is not shown (only a generic file name). */
  pdfSubjectUnlabelled: string;

  // Index page
  indexTitle: string;
  indexSlides: string;
  indexPdf: string;
  indexHandout: string;
  /** Title of the index page when the project is known. */
  indexProjectTitle: string;
  /** Alternative text of an edition's preview picture, the only content of a link to its slides; `{title}` names the deck. */
  indexPreview: string;
  /** What changed since the edition `{label}`: `{new}`, `{continued}`, `{removed}` are the counts above. */
  indexChanges: string;
  /** Before the link to the roadmap page the deck was made from (`{link}`). */
  indexSource: string;
  slides: Plural;

  // HTML viewer
  viewerControls: string;
  viewerPrevious: string;
  viewerNext: string;
  viewerFullscreen: string;
  viewerFullscreenHint: string;
  viewerNotes: string;
  viewerNotesHint: string;
  viewerPresenterBar: string;
  viewerSlideOf: string;
  viewerEnd: string;
  viewerNoNotes: string;
  /** Announced to screen readers after a change of slide: `{n}`, `{total}`, the slide's `{title}`. */
  viewerAnnounce: string;
  /** Name of a slide's button in the overview: `{n}` and `{title}`. */
  viewerThumb: string;
  /** Overview of all slides: its button and its heading. */
  viewerOverview: string;
  viewerOverviewHint: string;
  viewerClose: string;
  /** Label of the go-to field. */
  viewerGoTo: string;
  /** When what was typed names no slide; `{total}` is the number of slides. */
  viewerGoToInvalid: string;
  /** Presenter view: the wall clock, the elapsed time and its buttons. */
  viewerClock: string;
  viewerElapsed: string;
  viewerPause: string;
  viewerResume: string;
  viewerReset: string;
  viewerCurrentSlide: string;
  viewerNextSlide: string;
  viewerNotesSmaller: string;
  viewerNotesLarger: string;
  /** In the presenter view while the audience's screen is blank. */
  viewerBlankedBlack: string;
  viewerBlankedWhite: string;
  /** The list of keys (`?`): its title, then what each key does. */
  viewerHelpTitle: string;
  viewerHelpNext: string;
  viewerHelpPrevious: string;
  viewerHelpFirstLast: string;
  viewerHelpNumber: string;
  viewerHelpGoTo: string;
  viewerHelpOverview: string;
  viewerHelpBlank: string;
  viewerHelpFullscreen: string;
  viewerHelpPresenter: string;
  viewerHelpNotesSize: string;
  viewerHelpHelp: string;
  viewerHelpClose: string;
  /** Names of keys, as printed on keyboards in the language. */
  viewerKeySpace: string;
  viewerKeyEnter: string;
  viewerKeyEscape: string;
}
