/**
 * What the export of one edition is doing, for progress displays. A module of its own so that the
 * build's public types can name it without the export's browser types.
 */
export type ExportStage =
  | 'loading'
  | 'fitting'
  | 'printing PDF'
  | 'taking pictures'
  | 'building PPTX'
  | 'printing handout';
