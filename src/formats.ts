/** Output formats. Kept free of imports so that the CLI can read it cheaply. */
export type Format = 'md' | 'html' | 'pdf' | 'handout' | 'png' | 'pptx';

/** Every format, in the order outputs are produced. */
export const FORMATS: readonly Format[] = ['md', 'html', 'pdf', 'handout', 'png', 'pptx'];

/** What `build` writes when no format is asked for. */
export const DEFAULT_FORMATS: readonly Format[] = ['md', 'html', 'pdf', 'handout'];
