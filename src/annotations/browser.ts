/**
 * The part of this folder the browser extension's bundles import (index.ts holds the whole): the ladder
 * and its presets, the selectors, the wire format and its reader, the block elements. A bundle keeps the
 * top-level work of every module it imports, used or not, and the content script runs on a publisher's
 * page: the modules left out cost something on load (reanchor.ts's edit distance allocates 256 kB,
 * sentences.ts builds an Intl.Segmenter) and the extension never calls them.
 */
export * from './anchor.ts';
export * from './anchor-quotes.ts';
export * from './block-elements.ts';
export * from './normalize.ts';
export * from './presets.ts';
export * from './read-collection.ts';
export * from './selectors.ts';
export * from './wire-format.ts';
