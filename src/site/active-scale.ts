/**
 * The verdict scale this site uses: the one place that picks it. Pages, view models, the build's
 * integration and the CLI tools all call `activeScale()` (or take a scale as a parameter from a
 * caller that did), so the checker and the build accept and show the same verdicts.
 * The site's `factcheck({ verdicts, flags })` options set it (`useSiteScale`, called by the integration and by
 * the tools' options loader); until then, and in a browser bundle, it is the default scale.
 * Handed over through a process-wide global, as the site data is (src/integration/site-data-module.ts): pages
 * are rendered in this process by Vite's copy of this module, which must see the same scale.
 */
import { DEFAULT_SCALE, type VerdictScale } from '../domain/scale.ts';

const HANDOVER_KEY = Symbol.for('factcheck:verdict-scale');
const handover = globalThis as unknown as Record<symbol, VerdictScale | undefined>;

export function useSiteScale(scale: VerdictScale): void {
  handover[HANDOVER_KEY] = scale;
}

export function activeScale(): VerdictScale {
  return handover[HANDOVER_KEY] ?? DEFAULT_SCALE;
}
