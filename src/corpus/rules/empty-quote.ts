import type { Rule } from './rule.ts';

/** Also reported by anchoring (`anchor-problems.ts`) for a quote with no words to anchor. */
export const emptyQuote = {
  id: 'empty-quote',
  severity: 'error',
  meaning: 'a `quote:` with no words',
  fix: 'Copy the exact words of the claim from article.txt into "quote".',
  checks: {
    field: ({ field, blank, where, what, file, place }, report) => {
      if (field === 'quote' && blank) report(file, place, `Missing words in "${where}" of ${what}`);
    },
  },
} as const satisfies Rule;
