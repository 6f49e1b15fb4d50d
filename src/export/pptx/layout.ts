/**
 * A slide's layout as read in Chromium for the PPTX export (./measure.ts):
 * boxes in px of the 1280×720 slide, text as paragraphs of styled runs,
 * pictures as data. The PPTX writer (./build.ts) reads only these.
 */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** Absolute http(s)/mailto URL only. */
  href?: string;
  colour?: string;
}

export interface Paragraph {
  runs: Run[];
  /** 0 for body text; 1, 2… for list items by nesting depth. */
  level: number;
  ordered?: boolean;
  /** Font size of this paragraph when it differs from the block's (nested lists). */
  fontPx?: number;
}

export interface TextBlock {
  type: 'text';
  box: Box;
  paragraphs: Paragraph[];
  fontPx: number;
  font: string;
  colour: string;
  align: 'left' | 'center' | 'right';
  bold: boolean;
  /** Filled shape behind the text (status badges). */
  fill?: string;
  /** A box drawn with no text of its own (a card, or the coloured edge of one): its outline colour. */
  outline?: string;
  /** Header or footer (slide furniture). */
  furniture?: boolean;
}

export interface PictureBlock {
  type: 'picture';
  box: Box;
  /** data: URL (images are inlined by the renderer; nothing else is embedded). */
  data: string;
}

export type Block = TextBlock | PictureBlock;

export interface SlideLayout {
  background: string;
  blocks: Block[];
}
