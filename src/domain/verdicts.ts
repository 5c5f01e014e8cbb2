/**
 * The verdict scale: the one definition that badges, the methodology page,
 * filters, exports and ratings read.
 */

export const VERDICT_IDS = [
  'supported',
  'partly-supported',
  'misleading',
  'contested',
  'unsupported',
  'false',
  'opinion',
] as const;

export type VerdictId = (typeof VERDICT_IDS)[number];

export interface Verdict {
  readonly id: VerdictId;
  readonly label: string;
  /** One line a reader sees on the methodology page and in tooltips. */
  readonly definition: string;
  /** A glyph shown beside the label, so colour is never the only signal. */
  readonly icon: string;
  /**
   * Text/border colour on a light background and on a dark one; each passes 4.5:1 against its theme's
   * badge background.
   */
  readonly color: { readonly light: string; readonly dark: string };
  /** Position on a 1–5 truth scale for ClaimReview; `null` for opinion, which is not rated. */
  readonly rating: number | null;
}

export const VERDICTS: Readonly<Record<VerdictId, Verdict>> = {
  supported: {
    id: 'supported',
    label: 'Supported',
    definition: 'The evidence confirms the claim as stated.',
    icon: '✓',
    color: { light: '#1d6b35', dark: '#7ee09a' },
    rating: 5,
  },
  'partly-supported': {
    id: 'partly-supported',
    label: 'Partly supported',
    definition:
      'The core of the claim holds, but a detail such as a number, date, name or scope is wrong or overstated.',
    icon: '◐',
    color: { light: '#3f5f0f', dark: '#c2e07a' },
    rating: 4,
  },
  misleading: {
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
  contested: {
    id: 'contested',
    label: 'Contested',
    definition: 'Credible evidence or experts disagree, or the claim is a disputed causal or policy proposition.',
    icon: '⇄',
    color: { light: '#5b3a94', dark: '#cdb3ff' },
    rating: 3,
  },
  unsupported: {
    id: 'unsupported',
    label: 'Unsupported',
    definition: 'The article gives no evidence, and none was found.',
    icon: '?',
    color: { light: '#5a5a5a', dark: '#c8c8c8' },
    rating: 2,
  },
  false: {
    id: 'false',
    label: 'False',
    definition: 'The evidence contradicts the claim.',
    icon: '✗',
    color: { light: '#a3161a', dark: '#ff9a9a' },
    rating: 1,
  },
  opinion: {
    id: 'opinion',
    label: 'Opinion',
    definition:
      'A value judgement or prediction rather than a checkable statement of fact; ' +
      'marked so readers see the line between reporting and comment.',
    icon: '❝',
    color: { light: '#0b5a78', dark: '#8fd3f0' },
    rating: null,
  },
};

// Marked pure so a bundle that does not read the list (the search page's script) leaves it out.
export const VERDICT_LIST: readonly Verdict[] = /* @__PURE__ */ VERDICT_IDS.map((id) => VERDICTS[id]);

/** Counts per verdict, every verdict present (zero when unused), in scale order. */
export function countByVerdict(verdicts: Iterable<VerdictId>): Record<VerdictId, number> {
  const counts = Object.fromEntries(VERDICT_IDS.map((id) => [id, 0])) as Record<VerdictId, number>;
  for (const verdict of verdicts) counts[verdict] += 1;
  return counts;
}
