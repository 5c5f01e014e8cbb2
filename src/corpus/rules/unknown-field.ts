import type { z } from 'astro/zod';
import { didYouMean } from '../wording.ts';
import type { Rule } from './rule.ts';

type SchemaNode = {
  shape?: Record<string, unknown>;
  element?: unknown;
  def?: { innerType?: unknown; element?: unknown };
};

/** The field names the schema allows at `path` (through optional, default and list wrappers). */
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

export const unknownField = {
  id: 'unknown-field',
  severity: 'error',
  meaning: 'a field the schema does not know (with "did you mean")',
  fix: 'Rename the field or remove it.',
  checks: {
    field: ({ issue, schema, source, file, what }, report) => {
      if (issue.code !== 'unrecognized_keys') return;
      const allowed = allowedKeys(schema, issue.path);
      for (const key of issue.keys ?? []) {
        const reason = `Unexpected field "${key}" in ${what}, expected one of: ${allowed.join(', ')}.`;
        report(file, source.locate([...issue.path, key], { key: true }), `${reason}${didYouMean(key, allowed)}`, {
          hint: `Remove it or rename it to one of: ${allowed.join(', ')}.`,
        });
      }
    },
  },
} as const satisfies Rule;
