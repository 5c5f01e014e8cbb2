/**
 * The generated parts of the methodology page: the verdict scale with definitions, each verdict's
 * ClaimReview rating and the flags, all from the scale in use, so the page explains exactly the
 * verdicts the site gives. The page's prose is the site's own (src/pages/methodology.mdx).
 */
import { RATING_SCALE, type Flag, type Verdict, type VerdictScale } from '../domain/scale.ts';
import { activeScale } from './active-scale.ts';

export interface MethodologyView {
  /** In scale order, each with its badge and definition. */
  readonly verdicts: readonly Verdict[];
  /** Each verdict's ClaimReview rating, in scale order; `null` where no ClaimReview is published. */
  readonly ratings: readonly { readonly verdict: Verdict; readonly rating: number | null }[];
  /** The ends of the rating, for "1 (worst) to 5 (best)". */
  readonly ratingRange: { readonly worst: number; readonly best: number };
  readonly flags: readonly Flag[];
}

export function methodologyView(scale: VerdictScale = activeScale()): MethodologyView {
  return {
    verdicts: scale.verdicts,
    ratings: scale.verdicts.map((verdict) => ({ verdict, rating: verdict.rating })),
    ratingRange: RATING_SCALE,
    flags: scale.flags,
  };
}
