/**
 * How the search index weighs a page's words, and how Pagefind ranks pages by them. Pagefind
 * scores a word by its weight squared (`data-pagefind-weight`; `h1` is 7), both to rank pages and
 * to choose a result's excerpt (the 30 words with the most weight), so the weights decide what a
 * result shows as much as where it ranks.
 *
 * A claim page indexes the claim's own words: its summary (the `h1`), the quote and the sentence
 * around it, the explanation and any notes on changes. Labels (verdict badges, flags, bylines,
 * "Why …" headings) and the cited documents' titles and passages are left out with
 * `data-pagefind-ignore`: the verdict is a filter and each result shows it, and what a cited
 * passage says that matters is quoted in the explanation.
 * @see https://pagefind.app/docs/weighting/ and https://pagefind.app/docs/ranking/
 */

export const SEARCH_WEIGHT = {
  /**
   * The article's words a claim quotes, as strong as the claim's summary: a query naming what
   * the quote names finds the claim as surely as one naming what the summary says.
   */
  quote: 7,
  /** The rest of the article's sentence around the quote: the article's words, not what was checked. */
  context: 0.5,
} as const;

/**
 * Pagefind's ranking options for every search.
 *
 * - `termFrequency: 0` ranks by how much weight the matched words carry, not by their share of the
 *   page: a claim whose explanation runs longer is no less about what its summary names. With the
 *   default (1), "Trust Act" ranked every Boston claim naming it above Connecticut's claims whose
 *   summaries name it, only because Boston's explanations are shorter.
 * - `termSimilarity: 4` prefers the word typed to longer words that start with it (Pagefind
 *   matches the last word as a prefix, so "act" also finds "actions").
 * - `metaWeights.title: 0`: a page's title is already in its indexed text, at heading weight (an
 *   article's `h1`, a claim's quote), so matching it again as metadata counted it twice.
 */
export const SEARCH_RANKING = {
  termFrequency: 0,
  termSimilarity: 4,
  metaWeights: { title: 0 },
} as const;
