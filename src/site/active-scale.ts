/**
 * The verdict scale this site uses: the one place that picks it. Pages, view models, the build's
 * integration and the CLI tools all call `activeScale()` (or take a scale as a parameter from a
 * caller that did), so the checker and the build accept and show the same verdicts.
 * Today it is the default scale; the site's `factcheck({ verdicts, flags })` options will be read here.
 */
import { DEFAULT_SCALE, type VerdictScale } from '../domain/scale.ts';

export function activeScale(): VerdictScale {
  return DEFAULT_SCALE;
}
