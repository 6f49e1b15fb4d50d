/**
 * The page's own word for a status ("In design", "Public Beta"), when it is a
 * short phrase; a marker (✅, [x]) or a sentence gives way to the standard
 * label. The badge's colour comes from the normalized status either way.
 */
export function pageWord(text: string | undefined): string | undefined {
  const word = text?.trim();
  if (!word || !/\p{L}{2,}/u.test(word) || word.split(/\s+/).length > 4 || /^\[.\]$/.test(word)) return undefined;
  return word.charAt(0).toUpperCase() + word.slice(1);
}
