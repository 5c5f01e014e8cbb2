/**
 * A content problem, as remark-lint reports one: a `VFileMessage` with a place (start and end), `ruleId`,
 * `source: 'factcheck'`, `url` to the rule's row in the README, `fatal` for errors, `cause` for the other file of
 * a duplicate. It takes what it says in general (severity, fix) from its rule, handed in: this file imports no
 * rule, so every rule module can describe its problems with the types below.
 */
import { VFileMessage } from 'vfile-message';

export type Severity = 'error' | 'warning';

export const PROBLEM_SOURCE = 'factcheck';

/** Where each rule is documented, relative to the project root: every editor has the README at hand. */
export const RULES_DOC = 'README.md';
export const ruleAnchor = (id: string) => `rule-${id}`;
export const ruleUrl = (id: string) => `${RULES_DOC}#${ruleAnchor(id)}`;

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

/** What a problem takes from its rule. */
export interface ProblemRule {
  readonly id: string;
  readonly severity: Severity;
  /** How to fix it in general; a problem may give a more specific fix. */
  readonly fix: string;
}

export class Problem extends VFileMessage {
  /** Path relative to the project root, with forward slashes. */
  declare file: string;
  declare ruleId: string;
  /** How to fix it. */
  hint: string | undefined;
  details: readonly string[];

  constructor(rule: ProblemRule, file: string, place: Place, reason: string, options: ProblemOptions = {}) {
    const { line, column, end } = place;
    const cause = options.cause ? problemAt(options.cause.file, options.cause.place, options.cause.reason) : undefined;
    super(reason, {
      place: end ? { start: { line, column }, end } : { line, column },
      ruleId: rule.id,
      source: PROBLEM_SOURCE,
      ...(cause ? { cause } : {}),
    });
    this.file = file;
    // As `VFile#message` names messages, so `String(problem)` reads `file:line:column-line:column: reason`.
    this.name = `${file}:${this.name}`;
    this.url = ruleUrl(rule.id);
    this.fatal = rule.severity === 'error';
    this.hint = options.hint ?? rule.fix;
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
