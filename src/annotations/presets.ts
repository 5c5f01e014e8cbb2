/**
 * The two ways up the one anchoring ladder (anchor.ts). They differ where the texts differ: the checker
 * anchors in our saved copy, which the quote was copied from, so anything but one exact place is an
 * editor's mistake to report; the extension anchors in a publisher's page, which may have changed around
 * and inside the quote since, so it takes the best place it can find, but never a passage of other words.
 */
export interface AnchorPreset {
  /**
   * `strict`: a prefix or suffix must be what the text has around the quote, or the quote is not anchored
   * (`context-mismatch`). `lenient`: they pick among repeated places where they fit; where none fits,
   * every place stays a candidate, to be chosen by score (score.ts).
   */
  readonly context: 'strict' | 'lenient';
  /** Whether a place must start and end at word edges where the quote does: "ICE" is not the end of "NICE". */
  readonly wordEdges: boolean;
  /** Whether a quote the normalized rung cannot place is looked for by its words alone (word-match.ts). */
  readonly words: boolean;
  /** Whether a quote found nowhere comes with the closest passage (an approximate search of the whole text). */
  readonly closest: boolean;
}

/** The checker, `npm run new` and the build, in our saved copy of an article. */
export const CHECKER_PRESET: AnchorPreset = { context: 'strict', wordEdges: false, words: false, closest: true };

/** The browser extension, in a publisher's page (src/extension/anchor-page.ts). */
export const EXTENSION_PRESET: AnchorPreset = { context: 'lenient', wordEdges: true, words: true, closest: false };
