/** The shortcode table of markdown-it-emoji (the one Marp renders slides with): name → emoji. */
declare module 'markdown-it-emoji/lib/data/full.mjs' {
  const emoji: Record<string, string>;
  export default emoji;
}
