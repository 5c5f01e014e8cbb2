/** Shorthands the tests use; the code itself calls the domain's classes and functions directly. */
import { type AnchorResult, QuoteAnchorer, type TextQuoteSelector } from '../../src/annotations/index.ts';

/** Anchors one quote in a text. */
export const anchorQuote = (source: string, selector: TextQuoteSelector): AnchorResult =>
  new QuoteAnchorer(source).anchor(selector);

/** Collapses whitespace only: how the integrity test compares rendered text with the source. */
export const collapseWhitespace = (input: string): string => input.replace(/[\s\u00A0\u202F\u2007]+/g, ' ').trim();
