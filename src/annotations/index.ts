/**
 * # Annotations: where a quote is, for the checker and the extension alike
 *
 * Every quote we check is anchored twice, by this folder's code and no other:
 * - the **checker** (`npm run check`, `npm run new`, `npm run verify-source` and the build) anchors each
 *   claim's quote in our saved copy of the article (`article.txt`), and the site publishes it as a W3C
 *   Web Annotation;
 * - the **browser extension** reads that annotation and anchors the same quote in the publisher's page,
 *   where a reader meets it.
 *
 * **Checker and extension must stay in step.** A quote the checker accepts has to be found by the
 * extension, on the same words. So both fold text the same way, climb the one ladder with a preset each,
 * share one selector type and one wire format, and split text at the same block elements. A change to how
 * a quote is folded, matched, scored or published is made here, once; the extension is bundled from this
 * code at every build (src/integration/extension/build.ts), so both follow it together. This folder imports
 * nothing from the rest of `src/`: everything that anchors stands on it.
 *
 * | File | What it holds |
 * | --- | --- |
 * | selectors.ts | TextQuoteSelector, TextPositionSelector, TextRange; a quote with its context |
 * | normalize.ts | the folding both sides compare in (whitespace, quote marks, dashes, accents), with offset maps |
 * | anchor.ts | the ladder: normalized, then words (word-match.ts), with the fuzzy closest passage |
 * | presets.ts | how the checker and the extension climb it |
 * | score.ts, anchor-quotes.ts | the extension's choice among repeated places: context, then position |
 * | reanchor.ts | fuzzy repairs of a quote the source no longer holds (`npm run check -- --fix`) |
 * | explain-failure.ts | what an editor is told when a quote does not anchor |
 * | wire-format.ts, read-collection.ts | the published AnnotationCollection, and its reading as untrusted JSON |
 * | block-elements.ts | the HTML elements whose text never runs into the next one's |
 * | text-position.ts | offsets to line:column |
 * | paragraphs.ts, sentences.ts, segments.ts | the text's structure around a quote |
 * | text-fragment.ts, text-fragment-match.ts | links that open the original at a quote (`#:~:text=`) |
 *
 * Callers import from this file only, so the modules behind it can change without touching them; the
 * extension's browser code imports browser.ts, the part of it that costs nothing to load.
 * Tests: tests/annotations/ (each module), tests/corpus/checker.test.ts (the checker preset's messages),
 * tests/extension/unit/anchor-page.test.ts and tests/extension/browser/ (the extension preset on publisher pages).
 */
export * from './browser.ts';
export * from './explain-failure.ts';
export * from './paragraphs.ts';
export * from './reanchor.ts';
export * from './segments.ts';
export * from './sentences.ts';
export * from './text-fragment.ts';
export * from './text-position.ts';
