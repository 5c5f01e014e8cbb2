import type { Rule } from './rule.ts';

/** Reported by anchoring (`anchor-problems.ts`), which lists each occurrence and the context that picks it. */
export const quoteContextMismatch = {
  id: 'quote-context-mismatch',
  severity: 'error',
  meaning: '`prefix`/`suffix` match none of the occurrences of the quote',
  fix:
    'Correct "prefix"/"suffix" so they match the text right before/after the quote, or remove them if the ' +
    'quote is unique.',
} as const satisfies Rule;
