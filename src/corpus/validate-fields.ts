/**
 * Turns Zod issues into editor problems located at the offending YAML value, with a
 * rule id per kind of mistake and a "did you mean" where a close match exists.
 */
import type { z } from 'astro/zod';
import { didYouMean, type Problem } from './problems.ts';
import type { YamlSource } from './yaml-document.ts';

interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly input?: unknown;
  readonly expected?: string;
}

const RULE_BY_FIELD: Readonly<Record<string, string>> = {
  verdict: 'unknown-verdict',
  flags: 'unknown-flag',
  kind: 'unknown-kind',
};

const DATE_FIELDS = new Set(['date', 'published', 'updated', 'retrieved']);
const URL_FIELDS = new Set(['url', 'archivedUrl']);

function describePath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current = schema as unknown as { shape?: Record<string, unknown>; element?: unknown; def?: { innerType?: unknown; element?: unknown } };
  for (const part of path) {
    while (current.def?.innerType) current = current.def.innerType as typeof current;
    if (typeof part === 'number') current = (current.def?.element ?? current.element) as typeof current;
    else current = current.shape?.[String(part)] as typeof current;
    if (!current) return [];
  }
  while (current.def?.innerType) current = current.def.innerType as typeof current;
  return Object.keys(current.shape ?? {});
}

export interface FieldValidation<T> {
  readonly data?: T;
  readonly problems: Problem[];
}

/** Validates parsed YAML against a schema; every problem carries the file and the value's position. */
export function validateFields<T>(schema: z.ZodType<T>, source: YamlSource, file: string, what: string): FieldValidation<T> {
  if (source.errors.length > 0) {
    return {
      problems: source.errors.map((error) => ({
        file,
        line: error.line,
        column: error.column,
        severity: 'error' as const,
        message: `Malformed YAML in ${what}: ${error.message}`,
        hint: 'Check indentation and quoting; wrap text containing ": " or starting with a quote in double quotes.',
        ruleId: 'yaml-syntax',
      })),
    };
  }
  const input = source.data ?? {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { problems: [{ file, line: 1, column: 1, severity: 'error', message: `Expected ${what} to be a set of "field: value" lines`, ruleId: 'invalid-field' }] };
  }
  const result = schema.safeParse(input);
  if (result.success) return { data: result.data, problems: [] };
  const problems = (result.error.issues as unknown as Issue[]).flatMap((issue) => describeIssue(issue, schema, source, file, what, input));
  return { problems };
}

function describeIssue(issue: Issue, schema: z.ZodType, source: YamlSource, file: string, what: string, input: unknown): Problem[] {
  const field = [...issue.path].reverse().find((part) => typeof part === 'string') as string | undefined;
  const value = valueAt(input, issue.path);
  const where = describePath(issue.path);

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schema, issue.path);
    return (issue.keys ?? []).map((key) => ({
      file,
      ...source.locate([...issue.path, key], { key: true }),
      severity: 'error' as const,
      message: `Unknown field "${key}" in ${what}.${didYouMean(key, allowed)}`,
      hint: `Remove it or rename it to one of: ${allowed.join(', ')}.`,
      ruleId: 'unknown-field',
    }));
  }
  const place = source.locate(issue.path);
  if (field === 'quote' && issue.code === 'too_small') {
    return [{ file, ...place, severity: 'error', message: `Empty quote in ${what}`, hint: 'Copy the exact words of the claim from the article into "quote".', ruleId: 'empty-quote' }];
  }
  if (value === undefined && issue.code !== 'custom') {
    return [{
      file,
      ...place,
      severity: 'error',
      message: `Missing required field "${where}" in ${what}`,
      hint: `Add a line "${String(field)}: …" (see the editor's guide in README.md).`,
      ruleId: 'missing-field',
    }];
  }
  if (issue.code === 'invalid_value' && issue.values) {
    const allowed = issue.values.map(String);
    const rule = RULE_BY_FIELD[field ?? ''] ?? 'invalid-value';
    return [{
      file,
      ...place,
      severity: 'error',
      message: `Unexpected ${field ?? 'value'} "${String(value)}", expected one of: ${allowed.join(', ')}.${didYouMean(String(value), allowed)}`,
      hint: 'Use one of the listed values exactly (lower case, hyphenated).',
      ruleId: rule,
    }];
  }
  if (field && URL_FIELDS.has(field)) {
    return [{
      file,
      ...place,
      severity: 'error',
      message: `Unsafe or invalid URL in "${where}": "${String(value)}". ${issue.message}`,
      hint: 'Links must start with https:// or http://; javascript:, data: and relative links are refused.',
      ruleId: 'unsafe-url',
    }];
  }
  if (field && DATE_FIELDS.has(field)) {
    return [{
      file,
      ...place,
      severity: 'error',
      message: `Malformed date in "${where}": "${String(value)}". ${issue.message}`,
      hint: 'Write dates as YYYY-MM-DD, e.g. 2024-05-01.',
      ruleId: 'malformed-date',
    }];
  }
  return [{ file, ...place, severity: 'error', message: `Invalid "${where}" in ${what}: ${issue.message}`, hint: 'Write the value the message expects; the editing guide in README.md shows every field.', ruleId: 'invalid-field' }];
}
