import type { Rule } from './rule.ts';

/** Reported by anchoring (`anchor-problems.ts`), which finds the closest passage and whether `--fix` can use it. */
export const quoteNotFound = {
  id: 'quote-not-found',
  severity: 'error',
  meaning:
    'the quote is not in the article; the closest passage, its distance and position are shown (all of ' +
    'them when several are equally close)',
  fix:
    'Copy the words exactly from article.txt, or run `npm run check -- --fix` when the message says it ' +
    'can repair the quote.',
} as const satisfies Rule;
