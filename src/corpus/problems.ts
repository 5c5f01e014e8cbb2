/**
 * Content problems, reported the way linters do (`file:line:column  severity  message  rule-id`)
 * so editors can jump to the place and fix it. Every check collects problems instead of
 * throwing, so one run shows an editor the whole batch.
 */
import { distance } from 'fastest-levenshtein';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  /** What is wrong ("Unexpected …, expected …"). */
  readonly message: string;
  /** How to fix it. */
  readonly hint?: string | undefined;
  /** Stable id of the check, e.g. `quote-not-found`. */
  readonly ruleId: string;
}

export function formatProblem(problem: Problem): string {
  const head = `${problem.file}:${problem.line}:${problem.column}  ${problem.severity}  ${problem.message}  ${problem.ruleId}`;
  return problem.hint ? `${head}\n    fix: ${problem.hint}` : head;
}

export function formatProblems(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines = sortProblems(problems).map(formatProblem);
  lines.push(`\n${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return lines.join('\n');
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** The closest candidate to a mistyped value, if one is close enough to be what was meant. */
export function propose(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(value.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(2, Math.floor(value.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}

export function didYouMean(value: string, candidates: Iterable<string>): string {
  const proposal = propose(value, candidates);
  return proposal ? ` Did you mean "${proposal}"?` : '';
}
