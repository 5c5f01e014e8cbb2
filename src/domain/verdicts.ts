/**
 * What a verdict is, and the verdicts of this site's own scale: the default a site gets when its
 * options name no scale of their own. Readers never take verdicts from here: they go through a
 * `VerdictScale` (scale.ts), the configured one or this default.
 */

export interface VerdictDefinition {
  /**
   * Lower-case words joined by hyphens: what a claim's `verdict:` says, and part of the verdict's
   * address (`/verdicts/<id>/`) and CSS classes (`.v-<id>`).
   */
  readonly id: string;
  readonly label: string;
  /** One line a reader sees on the methodology page and in tooltips. */
  readonly definition: string;
  /** A glyph shown beside the label, so colour is never the only signal. */
  readonly icon: string;
  /**
   * Text/border colour (`#rrggbb`) on a light background and on a dark one; each passes 4.5:1 against its
   * theme's badge backgrounds (`BADGE_BACKGROUNDS` in scale.ts).
   */
  readonly color: { readonly light: string; readonly dark: string };
  /**
   * Position on a 1–5 truth scale for ClaimReview; `null` for a verdict that rates no checkable statement of
   * fact (opinion): it gets no ClaimReview and needs no citation.
   */
  readonly rating: number | null;
  /**
   * Words an editor used to other rating scales may write for this verdict ("true", "half-true"): never
   * accepted, but proposed in the checker's "Did you mean".
   */
  readonly aliases?: readonly string[] | undefined;
}

/** A verdict of the scale in use: the names differ only by what a reader of the code is looking at. */
export type Verdict = VerdictDefinition;

export const DEFAULT_VERDICTS: readonly VerdictDefinition[] = [
  {
    id: 'supported',
    label: 'Supported',
    definition: 'The evidence confirms the claim as stated.',
    icon: '✓',
    color: { light: '#1d6b35', dark: '#7ee09a' },
    rating: 5,
    aliases: ['true', 'yes', 'correct', 'accurate'],
  },
  {
    id: 'partly-supported',
    label: 'Partly supported',
    definition:
      'The core of the claim holds, but a detail such as a number, date, name or scope is wrong or overstated.',
    icon: '◐',
    color: { light: '#3f5f0f', dark: '#c2e07a' },
    rating: 4,
    aliases: ['mostly-true', 'half-true'],
  },
  {
    id: 'misleading',
    label: 'Misleading',
    definition:
      'Literally defensible, but framed or stripped of context so that a reader would draw a wrong conclusion ' +
      'about its main point. A claim that is accurate but leaves out context keeps its verdict and is flagged ' +
      'Missing context.',
    icon: '⚠',
    color: { light: '#8a3b00', dark: '#ffb37a' },
    rating: 2,
  },
  {
    id: 'contested',
    label: 'Contested',
    definition: 'Credible evidence or experts disagree, or the claim is a disputed causal or policy proposition.',
    icon: '⇄',
    color: { light: '#5b3a94', dark: '#cdb3ff' },
    rating: 3,
  },
  {
    id: 'unsupported',
    label: 'Unsupported',
    definition: 'The article gives no evidence, and none was found.',
    icon: '?',
    color: { light: '#5a5a5a', dark: '#c8c8c8' },
    rating: 2,
  },
  {
    id: 'false',
    label: 'False',
    definition: 'The evidence contradicts the claim.',
    icon: '✗',
    color: { light: '#a3161a', dark: '#ff9a9a' },
    rating: 1,
    aliases: ['untrue', 'wrong'],
  },
  {
    id: 'opinion',
    label: 'Opinion',
    definition:
      'A value judgement or prediction rather than a checkable statement of fact; ' +
      'marked so readers see the line between reporting and comment.',
    icon: '❝',
    color: { light: '#0b5a78', dark: '#8fd3f0' },
    rating: null,
  },
];
