import { duplicateIds } from './file-ids.ts';
import type { Rule } from './rule.ts';

export const duplicatePersonId = {
  id: 'duplicate-person-id',
  severity: 'error',
  meaning: 'two people files with one name in different folders',
  fix: 'Rename one of the two files; person ids are unique across all folders.',
  checks: { fileNames: duplicateIds('person') },
} as const satisfies Rule;
