/** How field rules speak of what an editor wrote. */
import { didYouMean } from '../wording.ts';
import type { FieldIssue } from './rule.ts';

/** A value as the editor wrote it, for a message. */
export function shown(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of fields';
  return JSON.stringify(value) ?? String(value);
}

/** Schema messages say "Expected …"; the reason reads "…, expected …". */
export const expectation = (message: string) => message.replace(/^Expected /, '');

/** What one value of a list field is called: "Unexpected flag", not "Unexpected flags". */
const ONE_OF: Readonly<Record<string, string>> = {
  flags: 'flag',
  citations: 'citation id',
  related: 'related claim id',
};

/** A value outside a list of allowed values (an enum): each allowed, and the closest, or `proposal` when given. */
export function notOneOf({ issue, field, value }: FieldIssue, proposal?: string): string {
  const allowed = (issue.values ?? []).map(String);
  const name = ONE_OF[field ?? ''] ?? field ?? 'value';
  const reason = `Unexpected ${name} ${shown(value)}, expected one of: ${allowed.join(', ')}.`;
  return `${reason}${proposal ? ` Did you mean "${proposal}"?` : didYouMean(String(value), allowed)}`;
}

/** An issue about a value outside a list of allowed values, in `fields`. */
export const isNotOneOf = ({ issue, field }: FieldIssue, fields: ReadonlySet<string>) =>
  issue.code === 'invalid_value' && issue.values !== undefined && fields.has(field ?? '');
