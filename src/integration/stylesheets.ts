/**
 * Whether every page carries the site's stylesheet inline or links one shared file. Inline spares a
 * first visit a request, and a small site pays little for it. But the stylesheet (about 9 KB) is then
 * repeated in every page: at 26,000 pages (1,000 sources of 25 claims) that is about 230 MB of a `dist/`
 * that must stay under the 1 GB static hosts such as GitHub Pages allow. From `LINKED_STYLESHEET_FROM`
 * pages on, one file, fetched once and cached by the browser, serves them all.
 */
export const LINKED_STYLESHEET_FROM = 2000;

/** Astro's `build.inlineStylesheets` for a site of about `pages` pages. */
export function inlineStylesheets(pages: number): 'always' | 'never' {
  return pages >= LINKED_STYLESHEET_FROM ? 'never' : 'always';
}

/** The pages that grow with the content: one per claim and one per source (lists and indexes are few). */
export function contentPages(corpus: { readonly claims: readonly unknown[]; readonly sources: readonly unknown[] }) {
  return corpus.claims.length + corpus.sources.length;
}
