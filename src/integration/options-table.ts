/**
 * README "Options", generated from the schema (options.ts): one row per option, nested ones written as a site
 * writes them (`corrections.url`, `verdicts[].label`), with the default the schema fills in and the description it
 * carries. tests/integration/options-table.test.ts keeps the README's table in step with the schema.
 */
import type { z } from 'astro/zod';
import { FactcheckOptionsSchema, innerSchema } from './options.ts';

interface Row {
  readonly option: string;
  readonly fallback: string;
  readonly description: string;
}

/** The first description on the way in: `.describe()` may sit on a wrapper or on the schema it wraps. */
function descriptionOf(schema: z.ZodType): string {
  for (let current: z.ZodType | undefined = schema; current;) {
    if (current.description) return current.description;
    const def = current._zod.def as { innerType?: z.ZodType; in?: z.ZodType };
    current = def.innerType ?? def.in;
  }
  return '';
}

/** What the schema fills in: a short value as code, a list or object in words (its description says which). */
function fallbackOf(schema: z.ZodType): string {
  if (!schema.safeParse(undefined).success) return 'required';
  const value = schema.parse(undefined) as unknown;
  if (value === undefined) return '—';
  if (Array.isArray(value)) return `${value.length} entries`;
  if (typeof value === 'object' && value !== null) return '—';
  return `\`${JSON.stringify(value)}\``;
}

function rowsOf(shape: Record<string, z.ZodType>, prefix: string): Row[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    const option = `${prefix}${key}`;
    const row = { option, fallback: fallbackOf(schema), description: descriptionOf(schema) };
    const inner = innerSchema(schema);
    const element = 'element' in inner ? innerSchema(inner.element as z.ZodType) : undefined;
    if (element && 'shape' in element) {
      return [row, ...rowsOf(element.shape as Record<string, z.ZodType>, `${option}[].`)];
    }
    if ('shape' in inner) return [row, ...rowsOf(inner.shape as Record<string, z.ZodType>, `${option}.`)];
    return [row];
  });
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The Markdown table, without a trailing newline. */
export function optionsTable(): string {
  const shape = innerSchema(FactcheckOptionsSchema) as unknown as { shape: Record<string, z.ZodType> };
  const rows = rowsOf(shape.shape, '');
  return [
    '| option | default | what it sets |',
    '|---|---|---|',
    ...rows.map((row) => `| \`${row.option}\` | ${cell(row.fallback)} | ${cell(row.description)} |`),
  ].join('\n');
}
