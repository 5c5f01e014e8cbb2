/**
 * Validates a parsed document against its schema: the document step's rules first (it parses, it holds fields),
 * then each Zod issue goes to the first field rule that reports it, located at the offending YAML value, with a
 * "did you mean" where a close match exists (`rules/`).
 */
import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';
import { DOCUMENT_RULES, FIELD_RULES } from './rules.ts';
import type { FieldIssue, Issue } from './rules/rule.ts';
import { firstRule } from './rules/runner.ts';
import type { YamlSource } from './yaml-document.ts';

type SchemaNode = {
  shape?: Record<string, unknown>;
  def?: { innerType?: unknown };
};

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
  const documentProblems = firstRule(DOCUMENT_RULES, 'document', { file, what, yaml: source });
  if (documentProblems.length > 0) return { fields: {}, problems: documentProblems };
  const input = source.data ?? {};
  const result = schema.safeParse(input);
  if (result.success) return { data: result.data, fields: result.data as Partial<T>, problems: [] };
  const problems = (result.error.issues as unknown as Issue[]).flatMap((issue) =>
    firstRule(FIELD_RULES, 'field', fieldIssue(issue, { schema, source, file, what, input, options })),
  );
  return { fields: validFields(schema, input as Record<string, unknown>), problems };
}

/** What the field rules read of an issue. */
function fieldIssue(
  issue: Issue,
  context: {
    schema: z.ZodType;
    source: YamlSource;
    file: string;
    what: string;
    input: unknown;
    options: ValidateOptions;
  },
): FieldIssue {
  const { schema, source, file, what, input, options } = context;
  const value = valueAt(input, issue.path);
  return {
    issue,
    schema,
    file,
    what,
    field: [...issue.path].reverse().find((part) => typeof part === 'string') as string | undefined,
    value,
    where: describePath(issue.path),
    place: source.locate(issue.path),
    blank: value === null || (typeof value === 'string' && value.trim() === ''),
    source,
    verdictAliases: options.verdictAliases,
  };
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

export interface ValidateOptions {
  /**
   * The verdict an editor used to other rating scales probably meant by a word ("true", "half-true"): the
   * scale's aliases (`VerdictScale.aliasOf`), proposed for a verdict or previousVerdict outside the scale.
   * YAML reads a bare `true` as a boolean; its text is looked up.
   */
  readonly verdictAliases?: ((word: string) => string | undefined) | undefined;
}
