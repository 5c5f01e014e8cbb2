/**
 * How each claim fares in the original as fetched now: its quote is anchored there with the same
 * matcher the checker uses (src/annotations/anchor.ts), and when it no longer occurs, the closest passage is found
 * with the fuzzy re-anchoring `npm run check -- --fix` uses (`reanchor.ts`).
 */
import {
  normalizeQuote,
  QuoteAnchorer,
  reanchor,
  type TextQuoteSelector,
  type TextRange,
} from '../annotations/index.ts';

/** How each claim fared when re-anchored in the original (`verification.json`'s `claims`, whose schema reads these). */
export const CLAIM_DRIFT_STATUSES = ['unchanged', 'moved', 'changed', 'missing'] as const;

export interface ClaimDrift {
  readonly id: string;
  readonly status: (typeof CLAIM_DRIFT_STATUSES)[number];
  /** Similarity of the closest passage, 0 to 1 (1 for unchanged and moved); null when missing. */
  readonly score: number | null;
}

export interface DriftClaim {
  readonly id: string;
  readonly selector: TextQuoteSelector;
  /** Where the quote lies in the saved text. */
  readonly start: number;
  readonly end: number;
}

/**
 * `unchanged`: the quote's words are in the original where the word diff places them (score 1).
 * `moved`: the words are in the original, elsewhere (score 1).
 * `changed`: the closest passage differs; score = 1 − edits / quote length (after folding).
 * `missing`: no passage within 40% of the quote's length in edits (score null).
 * `aligned` maps the start of each unchanged saved word to its start in the original (`compareTexts`).
 */
export function claimDrift(
  claims: readonly DriftClaim[],
  original: string,
  aligned: ReadonlyMap<number, number>,
): ClaimDrift[] {
  const anchorer = new QuoteAnchorer(original);
  return claims.map((claim) => {
    const anchored = anchorer.anchor(claim.selector);
    const places: readonly TextRange[] = anchored.ok
      ? [anchored]
      : anchored.reason === 'ambiguous' || anchored.reason === 'context-mismatch'
        ? anchored.matches
        : [];
    if (places.length > 0) {
      const expected = expectedPlace(claim, aligned);
      const inPlace = expected !== undefined && places.some((place) => place.start <= expected && expected < place.end);
      return { id: claim.id, status: inPlace ? 'unchanged' : 'moved', score: 1 };
    }
    const repair = reanchor(original, claim.selector);
    const closest =
      repair.kind === 'fix' ? repair.passage : repair.kind === 'ambiguous' ? repair.candidates[0] : repair.closest;
    if (!closest) return { id: claim.id, status: 'missing', score: null };
    const length = normalizeQuote(claim.selector.exact).length;
    const score = Math.max(0, Math.min(1, 1 - closest.errors / Math.max(1, length)));
    return { id: claim.id, status: 'changed', score: Math.round(score * 1000) / 1000 };
  });
}

/** Where the diff puts the quote's first unchanged word in the original, moved back to where the quote starts. */
function expectedPlace(claim: DriftClaim, aligned: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined;
  for (const saved of aligned.keys()) {
    if (saved >= claim.start && saved < claim.end && (best === undefined || saved < best)) best = saved;
  }
  // A quote that starts inside a word ("unanimously" of "voted unanimously,") has that word's start just before it.
  if (best === undefined) {
    for (const saved of aligned.keys()) if (saved <= claim.start && (best === undefined || saved > best)) best = saved;
    if (best === undefined || claim.start - best > 40) return undefined;
  }
  const at = aligned.get(best);
  return at === undefined ? undefined : at + Math.max(0, claim.start - best);
}
