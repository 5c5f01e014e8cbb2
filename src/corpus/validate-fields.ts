/**
 * Turns Zod issues into editor problems located at the offending YAML value, with a
 * rule id per kind of mistake and a "did you mean" where a close match exists.
 */
import type { z } from 'astro/zod';
import { createProblem, didYouMean, type Problem } from './problems.ts';
import type { RuleId } from './rules.ts';
import type { YamlSource } from './yaml-document.ts';

interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly expected?: string;
  readonly origin?: string;
  readonly maximum?: number | bigint;
}

const RULE_BY_FIELD: Readonly<Record<string, RuleId>> = {
  verdict: 'unknown-verdict',
  previousVerdict: 'unknown-verdict',
  flags: 'unknown-flag',
  kind: 'unknown-kind',
};

/** What one value of a list field is called: "Unexpected flag", not "Unexpected flags". */
const ONE_OF: Readonly<Record<string, string>> = {
  flags: 'flag',
  citations: 'citation id',
  related: 'related claim id',
};

const DATE_FIELDS = new Set(['date', 'published', 'updated', 'retrieved', 'textUpdated']);
const URL_FIELDS = new Set(['url', 'archivedUrl']);
const QUOTE_FIELDS = new Set(['quote']);

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** A value as the editor wrote it, for a message. */
function shown(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of fields';
  return JSON.stringify(value) ?? String(value);
}

/** Schema messages say "Expected …"; the reason reads "…, expected …". */
const expectation = (message: string) => message.replace(/^Expected /, '');

type SchemaNode = {
  shape?: Record<string, unknown>;
  element?: unknown;
  def?: { innerType?: unknown; element?: unknown };
};

function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current = schema as unknown as SchemaNode;
  for (const part of path) {
    while (current.def?.innerType) current = current.def.innerType as SchemaNode;
    if (typeof part === 'number') current = (current.def?.element ?? current.element) as SchemaNode;
    else current = current.shape?.[String(part)] as SchemaNode;
    if (!current) return [];
  }
  while (current.def?.innerType) current = current.def.innerType as SchemaNode;
  return Object.keys(current.shape ?? {});
}

export interface FieldValidation<T> {
  readonly data?: T;
  /**
   * Every top-level field that is valid on its own, also when others are not: checks that need
   * only these (the quote, the citation ids) still run, so one run reports every problem.
   */
  readonly fields: Partial<T>;
  readonly problems: Problem[];
}

/** Validates parsed YAML against a schema; every problem carries the file and the value's position. */
export function validateFields<T>(
  schema: z.ZodType<T>,
  source: YamlSource,
  file: string,
  what: string,
  options: ValidateOptions = {},
): FieldValidation<T> {
  if (source.errors.length > 0) {
    const problems = source.errors.map((error) => createProblem('yaml-syntax', file, error, error.message));
    return { fields: {}, problems };
  }
  const input = source.data ?? {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    const reason = `Unexpected ${shown(input)} as ${what}, expected "field: value" lines`;
    return { fields: {}, problems: [createProblem('invalid-field', file, source.locate([]), reason)] };
  }
  const result = schema.safeParse(input);
  if (result.success) return { data: result.data, fields: result.data as Partial<T>, problems: [] };
  const problems = (result.error.issues as unknown as Issue[]).flatMap((issue) =>
    describeIssue(issue, schema, source, file, what, input, options),
  );
  return { fields: validFields(schema, input as Record<string, unknown>), problems };
}

/** The fields that pass their own schema, with defaults applied, for checks that need only those. */
function validFields<T>(schema: z.ZodType<T>, input: Record<string, unknown>): Partial<T> {
  let node = schema as unknown as SchemaNode;
  while (node.def?.innerType) node = node.def.innerType as SchemaNode;
  const fields: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(node.shape ?? {})) {
    const parsed = (fieldSchema as z.ZodType).safeParse(input[key]);
    if (parsed.success && parsed.data !== undefined) fields[key] = parsed.data;
  }
  return fields as Partial<T>;
}

const DATE_FORM = 'a date written YYYY-MM-DD, such as 2024-05-01';

const VERDICT_FIELDS = new Set(['verdict', 'previousVerdict']);

export interface ValidateOptions {
  /**
   * The verdict an editor used to other rating scales probably meant by a word ("true", "half-true"): the
   * scale's aliases (`VerdictScale.aliasOf`), proposed for a verdict or previousVerdict outside the scale.
   * YAML reads a bare `true` as a boolean; its text is looked up.
   */
  readonly verdictAliases?: ((word: string) => string | undefined) | undefined;
}

function describeIssue(
  issue: Issue,
  schema: z.ZodType,
  source: YamlSource,
  file: string,
  what: string,
  input: unknown,
  options: ValidateOptions,
): Problem[] {
  const field = [...issue.path].reverse().find((part) => typeof part === 'string') as string | undefined;
  const value = valueAt(input, issue.path);
  const where = describePath(issue.path);

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schema, issue.path);
    return (issue.keys ?? []).map((key) =>
      createProblem(
        'unknown-field',
        file,
        source.locate([...issue.path, key], { key: true }),
        `Unexpected field "${key}" in ${what}, expected one of: ${allowed.join(', ')}.${didYouMean(key, allowed)}`,
        { hint: `Remove it or rename it to one of: ${allowed.join(', ')}.` },
      ),
    );
  }
  const place = source.locate(issue.path);
  const blank = value === null || (typeof value === 'string' && value.trim() === '');
  if (field && QUOTE_FIELDS.has(field) && blank) {
    return [createProblem('empty-quote', file, place, `Missing words in "${where}" of ${what}`)];
  }
  if (value === undefined && issue.code !== 'custom') {
    return [
      createProblem('missing-field', file, place, `Missing field "${where}" in ${what}`, {
        hint: `Add a line "${String(field)}: …" (see the editing guide in README.md).`,
      }),
    ];
  }
  if (value === undefined) {
    return [createProblem('missing-field', file, place, `Missing ${expectation(issue.message)}`)];
  }
  if (issue.code === 'invalid_value' && issue.values) {
    const allowed = issue.values.map(String);
    const rule = RULE_BY_FIELD[field ?? ''] ?? 'invalid-field';
    const name = ONE_OF[field ?? ''] ?? field ?? 'value';
    const reason = `Unexpected ${name} ${shown(value)}, expected one of: ${allowed.join(', ')}.`;
    const synonym = VERDICT_FIELDS.has(field ?? '') ? options.verdictAliases?.(String(value)) : undefined;
    const proposal = synonym ? ` Did you mean "${synonym}"?` : didYouMean(String(value), allowed);
    return [createProblem(rule, file, place, `${reason}${proposal}`)];
  }
  if (field && URL_FIELDS.has(field)) {
    const reason = `Unexpected URL ${shown(value)} in "${where}", expected ${expectation(issue.message)}`;
    return [createProblem('unsafe-url', file, place, reason)];
  }
  if (field && DATE_FIELDS.has(field)) {
    // A number (20261120) or an empty value fails as the wrong type: say what a date looks like instead.
    const expected = issue.code === 'invalid_type' ? DATE_FORM : expectation(issue.message);
    const reason = blank
      ? `Unexpected empty "${where}", expected ${expected}`
      : `Unexpected date ${shown(value)} in "${where}", expected ${expected}`;
    return [createProblem('malformed-date', file, place, reason)];
  }
  if (issue.code === 'invalid_type' && issue.expected) {
    const expected = issue.expected === 'string' ? 'text' : `a ${issue.expected}`;
    const reason = `Unexpected ${shown(value)} in "${where}", expected ${expected}`;
    return [createProblem('invalid-field', file, place, reason)];
  }
  if (blank) {
    return [createProblem('invalid-field', file, place, `Unexpected empty "${where}" in ${what}, expected text`)];
  }
  const reason = `Unexpected value of "${where}" in ${what}, expected ${expectation(issue.message)}`;
  return [createProblem('invalid-field', file, place, reason)];
}
