import { z } from 'astro/zod';
import { isHttpUrl } from '../domain/urls.ts';

/** Only http(s) links reach readers: `javascript:`, `data:` and relative URLs are refused. */
export const httpUrl = z
  .string()
  .trim()
  .refine(isHttpUrl, 'Expected an absolute http(s) URL such as "https://example.org/page"');

/**
 * A calendar date written `YYYY-MM-DD`. YAML parsers differ (some turn such values into
 * `Date` objects), so both forms are accepted and normalised to the string.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date written YYYY-MM-DD, such as 2024-05-01')
    .refine((value) => {
      // A value not written YYYY-MM-DD is reported by the pattern above, once.
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, 'Expected a real calendar date written YYYY-MM-DD'),
);

/** Ids are file names: lower-case words joined by hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const entryId = z
  .string()
  .regex(idPattern, 'Expected a lower-case id of words joined by hyphens, such as "ice-2023-release"');

export const nonEmptyText = z.string().trim().min(1, 'Expected text, found an empty value');
