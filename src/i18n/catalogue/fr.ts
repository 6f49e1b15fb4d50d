/**
 * French: "feuille de route"; a no-break space before ":", ";", "!" and
 * inside « », as French typography sets them.
 */
import type { Catalogue } from './types.js';

export const fr: Catalogue = {
  overview: 'Vue d’ensemble',
  initiatives: { one: '{n} initiative', other: '{n} initiatives' },
  sections: { one: '{n} section', other: '{n} sections' },
  initiativesInSections: '{initiatives} dans {sections}',
  statusDone: 'Terminé',
  statusInProgress: 'En cours',
  statusPlanned: 'Prévu',
  statusFuture: 'Plus tard',
  changedSince: 'Ce qui a changé depuis {label}',
  badgeNew: 'Nouveau',
  badgeContinued: 'Reconduit · depuis {label}',
  groupNew: 'Nouvelles initiatives',
  groupContinued: 'Initiatives reconduites',
  groupRemoved: 'Initiatives retirées',
  groupCount: '{group} ({n})',
  renamedFrom: ' (auparavant «\u00a0{title}\u00a0»)',
  tracking: 'Suivi\u00a0: ',
  trackingQr: 'QR code du lien de suivi',
  lastUpdated: 'Dernière mise à jour\u00a0: {date}',
  thankYou: 'Merci\u00a0!',
  theRoadmap: 'La feuille de route\u00a0: ',
  continuedMarker: '… suite dans les notes de l’orateur et le support imprimé',

  speakerNotes: 'Notes de l’orateur',
  notesStatus: 'Statut\u00a0: {status}',
  notesSection: 'Section\u00a0: {section}',
  notesLinks: 'Liens\u00a0:',
  notesAuthor: 'Notes des auteurs\u00a0:',
  listSeparator: '\u00a0; ',
  notesComparedWith: 'Par rapport à {label}\u00a0: {new}, {continued}, {removed}.',
  countNew: { one: '{n} nouvelle', other: '{n} nouvelles' },
  countContinued: { one: '{n} reconduite', other: '{n} reconduites' },
  countRemoved: { one: '{n} retirée', other: '{n} retirées' },
  notesGroup: '{group}\u00a0: {titles}',
  notesContinuedItem: '{title} (depuis {label})',
  notesRenamedItem: '{title} (depuis {label}, auparavant «\u00a0{previous}\u00a0», correspondance {score})',

  handoutShortened: 'La diapositive ne montre que le début de ce texte\u00a0; le voici en entier.',

  handoutAuthorNotes: 'Notes des auteurs',
  handoutPage: 'Page {page} sur {pages}',
  handoutTitle: '{title} (support imprimé)',
  pdfSubject: '{name}, {label}\u00a0: {initiatives}',

  indexTitle: 'Présentations de la feuille de route',
  indexSlides: 'Diapositives (HTML)',
  indexPdf: 'PDF',
  indexHandout: 'Support imprimé (PDF)',
  slides: { one: '{n} diapositive', other: '{n} diapositives' },

  viewerControls: 'Navigation',
  viewerPrevious: 'Précédente (←)',
  viewerNext: 'Suivante (→)',
  viewerFullscreen: 'Plein écran',
  viewerFullscreenHint: 'Plein écran (f)',
  viewerNotes: 'Notes',
  viewerNotesHint: 'Mode présentateur (p)',
  viewerPresenterBar: 'Mode présentateur · ← → pour naviguer',
  viewerSlideOf: 'Diapositive {n} sur {total}',
  viewerEnd: 'Fin de la présentation',
  viewerNoNotes: '(pas de notes pour cette diapositive)',
};
