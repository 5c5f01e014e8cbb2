import { invalidIds } from './file-ids.ts';
import type { Rule } from './rule.ts';

export const invalidCitationId = {
  id: 'invalid-citation-id',
  severity: 'error',
  meaning: 'a citation file name that is not lower-case words joined by hyphens',
  fix: 'Rename the file to lower-case words joined by hyphens.',
  checks: { fileNames: invalidIds('citation') },
} as const satisfies Rule;
