/** Small text helpers shared by pages, view models, share cards and the search page's script. */

/** `1 claim`, `2 claims`: the count with the right form of the noun. */
export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * Whitespace folded and, past `max` characters, cut at a word boundary where one is near and
 * ended with an ellipsis, so a shortened quote never ends mid-word or on a stray comma.
 */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  // A cut that falls just before a space already ends on a whole word: keep that word.
  const space = flat[max] === ' ' ? max : cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * JSON for a `<script>` element (JSON-LD, inline options): `<` is escaped so no text in the
 * data (a quote containing `</script>`) can end the element early.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
