/**
 * The search page's verdict and flag filters, one option per verdict and flag of the scale in use, in
 * its order: Pagefind's `verdict` and `flag` filters hold the same ids (src/components/SearchRecord.astro).
 */
import type { VerdictScale } from '../domain/scale.ts';

export interface FacetOption {
  /** What the checkbox sends: the verdict's or flag's id. */
  readonly value: string;
  readonly label: string;
  /** The verdict whose colour the icon takes (`.v-<id>`), for verdict options. */
  readonly verdict?: string;
  readonly icon?: string;
}

export const verdictOptions = (scale: VerdictScale): FacetOption[] =>
  scale.verdicts.map((verdict) => ({
    value: verdict.id,
    label: verdict.label,
    verdict: verdict.id,
    icon: verdict.icon,
  }));

export const flagOptions = (scale: VerdictScale): FacetOption[] =>
  scale.flags.map((flag) => ({ value: flag.id, label: flag.label }));
