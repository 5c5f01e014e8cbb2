/**
 * A quote that did not anchor, as the checker's problem: the explanation of the anchoring wing
 * (src/annotations/explain-failure.ts) under the rule for its reason, at the quote's place in the claim file.
 */
import { type AnchorResult, explainFailure, type FailureContext } from '../annotations/index.ts';
import { createProblem, type Problem } from './problems.ts';
import type { Located } from './yaml-document.ts';

const RULE_FOR = {
  empty: 'empty-quote',
  'not-found': 'quote-not-found',
  ambiguous: 'quote-ambiguous',
  'context-mismatch': 'quote-context-mismatch',
} as const;

export function anchorProblem(
  result: Exclude<AnchorResult, { ok: true }>,
  context: FailureContext & { readonly file: string; readonly at: Located },
): Problem {
  const { message, hint, details } = explainFailure(result, context);
  return createProblem(RULE_FOR[result.reason], context.file, context.at, message, { hint, details });
}
