/**
 * Words shown as a quotation get exactly one pair of quotation marks. Some quotes already stand in
 * quotation marks in the article (a speaker's words quoted whole), and wrapping those again would
 * print ““…””. A quote that is wrapped whole keeps its own pair; any other gets curly double marks,
 * with the double marks inside turned into single ones, as a quotation within a quotation is
 * written in American English (so `“Yes,” he said` shows as “‘Yes,’ he said”).
 * Plain data in, plain text out: pages, feeds, share cards and the search page's script share it.
 */

const OPEN = '“';
const CLOSE = '”';

/** Whitespace folded, as every place that shows a quote on one line wants it. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * True when the first character opens a quotation that the last character closes: `“A.”` is, but
 * `“A,” he said, “B.”` is not (its first pair closes after "A,"). Straight marks count only when
 * there are no others in between.
 */
export function isWhollyQuoted(text: string): boolean {
  const flat = fold(text);
  if (flat.length < 2) return false;
  if (flat.startsWith('"') && flat.endsWith('"')) return !flat.slice(1, -1).includes('"');
  if (!flat.startsWith(OPEN) || !flat.endsWith(CLOSE)) return false;
  let depth = 0;
  for (let index = 0; index < flat.length; index += 1) {
    const char = flat[index];
    if (char === OPEN) depth += 1;
    else if (char === CLOSE) depth -= 1;
    // The opening mark's quotation ended before the last character: it does not wrap the whole.
    if (depth <= 0 && index < flat.length - 1) return false;
  }
  return depth === 0;
}

/** Double quotation marks inside a quotation become single ones; a straight mark opens after a space. */
function nest(text: string): string {
  return text
    .replaceAll(OPEN, '‘')
    .replaceAll(CLOSE, '’')
    .replace(/(^|[\s([{—–-])"/g, '$1‘')
    .replaceAll('"', '’');
}

/**
 * Whitespace folded and, past `max` characters, cut at a word boundary where one is near and
 * ended with an ellipsis (the same rule as the site's `truncate`).
 */
function shorten(text: string, max: number | undefined): string {
  if (max === undefined || text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = text[max] === ' ' ? max : cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * The quote in one pair of curly quotation marks, its whitespace folded, and shortened to `max`
 * characters (not counting the marks) when given: a cut quote still ends with its closing mark.
 */
export function quoteForDisplay(quote: string, max?: number): string {
  const flat = fold(quote);
  const inner = isWhollyQuoted(flat) ? flat.slice(1, -1) : nest(flat);
  return `${OPEN}${shorten(inner, max)}${CLOSE}`;
}
