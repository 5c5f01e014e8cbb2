import path from 'node:path';
import { idPattern } from '../../schemas/common.ts';
import type { Rule } from './rule.ts';

export const invalidSourceSlug = {
  id: 'invalid-source-slug',
  severity: 'error',
  meaning: 'a source folder name that is not lower-case words joined by hyphens, or a folder nested deeper',
  fix: 'Rename the folder to content/sources/<slug>/ with a lower-case, hyphenated slug.',
  checks: {
    sourceFolder: ({ dir, folder, slug }, report) => {
      if (idPattern.test(slug) && path.posix.dirname(folder) === dir) return;
      const reason = `Unexpected source folder "${folder}", expected ${dir}/<slug> with a lower-case, hyphenated slug`;
      report(folder, { line: 1, column: 1 }, reason);
    },
  },
} as const satisfies Rule;
