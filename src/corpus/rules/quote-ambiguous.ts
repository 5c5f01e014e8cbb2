import type { Rule } from './rule.ts';

/** Reported by anchoring (`anchor-problems.ts`), which lists each occurrence and the context that picks it. */
export const quoteAmbiguous = {
  id: 'quote-ambiguous',
  severity: 'error',
  meaning:
    'the quote occurs more than once; each occurrence is shown with the words around it and a ' +
    '`prefix`/`suffix` that picks it',
  fix: 'Paste the "prefix"/"suffix" shown for the occurrence you mean, or quote a longer passage.',
} as const satisfies Rule;
