import type { Rule } from './rule.ts';

/** Reported by `npm run new -- claim` (`editing/new-entries.ts`) before it writes anything. */
export const duplicateClaim = {
  id: 'duplicate-claim',
  severity: 'error',
  meaning: 'a claim on the same passage of the same source exists already',
  fix: 'Edit the existing claim; for a separate claim on part of the passage, quote fewer or more words.',
  reportedBy: 'new',
} as const satisfies Rule;
