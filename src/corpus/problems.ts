/**
 * Content problems, reported the way linters do (`file:line:column  severity  message  rule-id`)
 * so editors can jump to the place and fix it. Every check collects problems instead of
 * throwing, so one run shows an editor the whole batch.
 *
 * A problem is a `VFileMessage` (`problem.ts`); rules report theirs through the step that runs
 * them (`rules/runner.ts`), and the readers and tools that find a rule's problems themselves (the
 * anchoring of a quote, `npm run new`) make one here by the rule's id.
 */
import { Problem, type Place, type ProblemOptions } from './problem.ts';
import { rule, type RuleId } from './rules.ts';

export { Problem, PROBLEM_SOURCE, type Place, type Point, type ProblemOptions, type Severity } from './problem.ts';
export { article, didYouMean, propose } from './wording.ts';

export function createProblem(ruleId: RuleId, file: string, place: Place, reason: string, options?: ProblemOptions) {
  return new Problem(rule(ruleId), file, place, reason, options);
}

const lineOf = (problem: Problem) => problem.line ?? 1;
const columnOf = (problem: Problem) => problem.column ?? 1;

/** `line:column`, or `line:column-line:column` when the problem spans more than one character. */
export function formatPlace(problem: Problem): string {
  const start = `${lineOf(problem)}:${columnOf(problem)}`;
  const end = problem.place && 'end' in problem.place ? problem.place.end : undefined;
  if (!end || (end.line === lineOf(problem) && end.column <= columnOf(problem) + 1)) return start;
  return `${start}-${end.line}:${end.column}`;
}

export function formatProblem(problem: Problem): string {
  const head = `${problem.file}:${formatPlace(problem)}  ${problem.severity}  ${problem.reason}  ${problem.ruleId}`;
  const details = problem.details.map((line) => `    ${line}`);
  return [head, ...details, ...(problem.hint ? [`    fix: ${problem.hint}`] : [])].join('\n');
}

export function formatProblems(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.fatal).length;
  const warnings = problems.length - errors;
  const lines = sortProblems(problems).map(formatProblem);
  lines.push(`\n${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return lines.join('\n');
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || lineOf(a) - lineOf(b) || columnOf(a) - columnOf(b),
  );
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.fatal);
}
