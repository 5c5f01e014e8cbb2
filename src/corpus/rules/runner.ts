/** Runs the rules of one step over what the step hands them, each problem made with its rule's severity and fix. */
import { Problem } from '../problem.ts';
import type { Check, Checks, Report, Rule, Step } from './rule.ts';

type Input<S extends Step> = Parameters<NonNullable<Checks[S]>>[0];

/** Every rule in `rules` that checks at `step`, in order: at one place, problems are listed in that order. */
export function runRules<S extends Step>(rules: readonly Rule[], step: S, input: Input<S>): Problem[] {
  const problems: Problem[] = [];
  for (const rule of rules) runRule(rule, step, input, problems);
  return problems;
}

/**
 * The first rule in `rules` that reports anything at `step`, alone: one finding (a schema issue, a document that
 * does not parse) is one problem, of the most specific rule that applies; the last rule may take what is left.
 */
export function firstRule<S extends Step>(rules: readonly Rule[], step: S, input: Input<S>): Problem[] {
  const problems: Problem[] = [];
  for (const rule of rules) {
    runRule(rule, step, input, problems);
    if (problems.length > 0) break;
  }
  return problems;
}

function runRule<S extends Step>(rule: Rule, step: S, input: Input<S>, problems: Problem[]): void {
  const check = rule.checks?.[step] as Check<Input<S>> | undefined;
  const report: Report = (file, place, reason, options) => {
    problems.push(new Problem(rule, file, place, reason, options));
  };
  check?.(input, report);
}
