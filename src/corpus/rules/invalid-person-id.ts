import { invalidIds } from './file-ids.ts';
import type { Rule } from './rule.ts';

export const invalidPersonId = {
  id: 'invalid-person-id',
  severity: 'error',
  meaning: 'a people file name that is not lower-case words joined by hyphens',
  fix: 'Rename the file to lower-case words joined by hyphens.',
  checks: { fileNames: invalidIds('person') },
} as const satisfies Rule;
