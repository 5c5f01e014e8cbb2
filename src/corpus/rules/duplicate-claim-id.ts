import { duplicateIds } from './file-ids.ts';
import type { Rule } from './rule.ts';

export const duplicateClaimId = {
  id: 'duplicate-claim-id',
  severity: 'error',
  meaning: 'two claim files with one name in different folders',
  fix: 'Rename one of the two files; claim ids are unique across all folders.',
  checks: { fileNames: duplicateIds('claim') },
} as const satisfies Rule;
