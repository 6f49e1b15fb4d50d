/** Words for work set aside for now, a status of their own: future (./status.ts, ./period.ts). */
/**
 * Work set aside for now ("On hold", "[Paused]", "Suspended requests", "Deferred until 3.1"): not
 * for this edition. Not a word of a technique's name ("Deferred rendering", "Suspended animation").
 */
export const SET_ASIDE =
  /(?<!\b(?:no\s+longer|not|when|if|unless|while|after|is|are|was|were|be|been|gets?|got)\s+)\b(on\s+hold|paused|postponed|shelved|parked|deferred|suspended)\b(?!\s+(?!(?:feature\s+)?(?:features?|requests?|items?|work|tasks?|ideas?|plans?|projects?|proposals?|topics?|til|till|until|to|for|in|by|due)\b)\p{L})/iu;
/** A title with such words, but "Deferred" alone, which also names a technique ("## Deferred" beside "## Forward+"). */
export const titleSetsAside = (title: string): boolean => SET_ASIDE.test(title) && !/^\W*deferred\W*$/i.test(title);

/** A section titled by such words first ("On hold", "Suspended requests"). */
export const opensSetAside = (title: string): boolean => {
  const found = SET_ASIDE.exec(title);
  return !!found && titleSetsAside(title) && !/\p{L}/u.test(title.slice(0, found.index));
};

/**
 * Set aside, unless another state comes first (`others`: the other status phrases): "On hold until the API
 * is stable" is future, "In progress (was on hold)" and "Done (parts deferred to 2.1)" are not.
 */
export function setAsideFirst(text: string, others: RegExp[]): boolean {
  const aside = SET_ASIDE.exec(text);
  return !!aside && !others.some((pattern) => (pattern.exec(text)?.index ?? Number.POSITIVE_INFINITY) < aside.index);
}
