/** `notFound` in source.yaml: how an editor records a search that found nothing ("None found" on the page). */
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/schemas/source.ts';

describe('provenance searched for and not found', () => {
  it('accepts empty fields listed as searched for', () => {
    const parsed = sourceSchema.safeParse({ label: 'An article', notFound: ['author', 'archivedUrl'] });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.notFound).toEqual(['author', 'archivedUrl']);
  });

  it('defaults to nothing searched for, so empty fields read "Not recorded"', () => {
    expect(sourceSchema.parse({ label: 'An article' }).notFound).toEqual([]);
  });

  it('refuses a field that has a value, at its place in the list', () => {
    const parsed = sourceSchema.safeParse({
      label: 'An article',
      outlet: 'Gazette',
      notFound: ['archivedUrl', 'outlet'],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['notFound', 1], 'Unexpected "outlet" in notFound: it has a value; list only fields searched for and not found'],
    ]);
  });

  it('refuses a field that cannot be searched for', () => {
    expect(sourceSchema.safeParse({ label: 'An article', notFound: ['summary'] }).success).toBe(false);
  });
});
