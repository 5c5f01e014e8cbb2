/** CSS custom properties for verdict colours, generated from the verdict scale (one source of truth). */
import { VERDICT_LIST } from '../domain/verdicts.ts';

export function verdictCss(): string {
  const light = VERDICT_LIST.map((verdict) => `.v-${verdict.id}{--v:${verdict.color.light}}`).join('');
  const dark = VERDICT_LIST.map((verdict) => `.v-${verdict.id}{--v:${verdict.color.dark}}`).join('');
  return `${light}@media (prefers-color-scheme: dark){${dark}}`;
}
