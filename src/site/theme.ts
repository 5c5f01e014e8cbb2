/** CSS custom properties for verdict colours, generated from the verdict scale (one source of truth). */
import type { VerdictScale } from '../domain/scale.ts';
import { activeScale } from './active-scale.ts';

/** `.v-<id>` and `.vo-<id>` for every verdict of the scale, light and dark: no stylesheet lists verdicts by hand. */
export function verdictCss(scale: VerdictScale = activeScale()): string {
  // `--vo`: the colour of the claim enclosing a nested highlight (its second underline).
  const light = scale.verdicts
    .map((verdict) => `.v-${verdict.id}{--v:${verdict.color.light}}.vo-${verdict.id}{--vo:${verdict.color.light}}`)
    .join('');
  const dark = scale.verdicts
    .map((verdict) => `.v-${verdict.id}{--v:${verdict.color.dark}}.vo-${verdict.id}{--vo:${verdict.color.dark}}`)
    .join('');
  return `${light}@media (prefers-color-scheme: dark){${dark}}`;
}

/**
 * Shared hover/focus state between a highlight, its marker and its note, in CSS alone (no JS).
 * Claim ids are validated as [a-z0-9-], so they are safe inside selectors.
 */
export function linkedStateCss(claimIds: readonly string[]): string {
  return claimIds
    .map(
      (id) =>
        `.article-text:has(mark[data-claims~="${id}"]:hover,#ref-${id}:hover,#ref-${id}:focus-visible) #note-${id},` +
        `.article-text:has(#note-${id}:hover,#note-${id}:focus-within) :is(mark[data-claims~="${id}"],#ref-${id})` +
        '{outline:2px solid var(--v);outline-offset:1px}',
    )
    .join('');
}
