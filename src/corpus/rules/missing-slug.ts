import type { Rule } from './rule.ts';

/** Reported by `npm run new -- source` (`editing/new-entries.ts`) before it writes anything. */
export const missingSlug = {
  id: 'missing-slug',
  severity: 'error',
  meaning: "the article's first line is not a headline, so no folder name can be made from it",
  fix: 'Pass --slug with a short name of lower-case words joined by hyphens, e.g. --slug boston-trust-act-update.',
  reportedBy: 'new',
} as const satisfies Rule;
