import { invalidIds } from './file-ids.ts';
import type { Rule } from './rule.ts';

export const invalidClaimId = {
  id: 'invalid-claim-id',
  severity: 'error',
  meaning: 'a claim file name that is not lower-case words joined by hyphens',
  fix: 'Rename the file to lower-case words joined by hyphens.',
  checks: { fileNames: invalidIds('claim') },
} as const satisfies Rule;
