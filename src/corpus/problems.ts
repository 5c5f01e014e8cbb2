/**
 * Content problems, reported the way linters do (`file:line:column  severity  message  rule-id`)
 * so editors can jump to the place and fix it. Every check collects problems instead of
 * throwing, so one run shows an editor the whole batch.
 *
 * A problem is a `VFileMessage`, as remark-lint's are: a place with start and end, `ruleId`,
 * `source: 'factcheck'`, `url` to the rule's row in the README, `fatal` for errors, `cause`
 * for the other file of a duplicate. What is said about a rule in general lives in `rules.ts`.
 */
import { distance } from 'fastest-levenshtein';
import { VFileMessage } from 'vfile-message';
import { rule, ruleUrl, type RuleId, type Severity } from './rules.ts';

export type { Severity } from './rules.ts';

export const PROBLEM_SOURCE = 'factcheck';

export interface Point {
  readonly line: number;
  readonly column: number;
}

/** A point, or a range when `end` is known (what a YAML value or a Markdown node spans). */
export interface Place extends Point {
  readonly end?: Point | undefined;
}

export interface ProblemOptions {
  /** A fix for this case, instead of the rule's general one. */
  readonly hint?: string | undefined;
  /** Lines shown under the message, e.g. each occurrence of an ambiguous quote. */
  readonly details?: readonly string[] | undefined;
  /** The other place involved (the first file with a duplicate id). */
  readonly cause?: { readonly file: string; readonly place: Place; readonly reason: string } | undefined;
}

export class Problem extends VFileMessage {
  /** Path relative to the project root, with forward slashes. */
  declare file: string;
  declare ruleId: RuleId;
  /** How to fix it. */
  hint: string | undefined;
  details: readonly string[];

  constructor(ruleId: RuleId, file: string, place: Place, reason: string, options: ProblemOptions = {}) {
    const { line, column, end } = place;
    const cause = options.cause ? problemAt(options.cause.file, options.cause.place, options.cause.reason) : undefined;
    super(reason, {
      place: end ? { start: { line, column }, end } : { line, column },
      ruleId,
      source: PROBLEM_SOURCE,
      ...(cause ? { cause } : {}),
    });
    const described = rule(ruleId);
    this.file = file;
    // As `VFile#message` names messages, so `String(problem)` reads `file:line:column-line:column: reason`.
    this.name = `${file}:${this.name}`;
    this.url = ruleUrl(ruleId);
    this.fatal = described.severity === 'error';
    this.hint = options.hint ?? described.fix;
    this.details = options.details ?? [];
  }

  get severity(): Severity {
    return this.fatal ? 'error' : 'warning';
  }
}

function problemAt(file: string, place: Place, reason: string): VFileMessage {
  const message = new VFileMessage(reason, { place: place.end ? { start: place, end: place.end } : place });
  message.file = file;
  message.name = `${file}:${message.name}`;
  return message;
}

export function createProblem(ruleId: RuleId, file: string, place: Place, reason: string, options?: ProblemOptions) {
  return new Problem(ruleId, file, place, reason, options);
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

/** "a" or "an" before a word, by its sound in the words we use ("an unsupported claim"). */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
