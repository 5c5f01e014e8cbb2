/**
 * Elements a browser lays out as blocks by default (display block, list-item, table and its parts):
 * their text never runs into the next block's, so no quote is matched across one. The one list for
 * all that reads text out of HTML: the extension where no layout is computed (a browser asks the
 * computed style instead, see src/extension/dom-text.ts) and `npm run verify-source`, which flattens a
 * publisher's page into paragraphs (src/verify/extract-article.ts).
 * @see https://html.spec.whatwg.org/multipage/rendering.html#flow-content-3
 */
// Both calls marked pure, so a bundle that never reads the list (the extension's background) leaves it out.
export const BLOCK_ELEMENTS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ (
    'address article aside blockquote body caption dd details div dl dt fieldset figcaption figure footer ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary ' +
    'table tbody td tfoot th thead tr ul'
  ).split(' '),
);
