import type { Rule } from './rule.ts';

/** Reported by `npm run new -- source` (`editing/new-entries.ts`) before it writes anything. */
export const duplicateSource = {
  id: 'duplicate-source',
  severity: 'error',
  meaning: 'the source folder exists already',
  fix: 'Pass another --slug, or edit the existing files.',
  reportedBy: 'new',
} as const satisfies Rule;
