import { duplicateIds } from './file-ids.ts';
import type { Rule } from './rule.ts';

export const duplicateCitationId = {
  id: 'duplicate-citation-id',
  severity: 'error',
  meaning: 'two citation files with one name in different folders',
  fix: 'Rename one of the two files; citation ids are unique across all folders.',
  checks: { fileNames: duplicateIds('citation') },
} as const satisfies Rule;
