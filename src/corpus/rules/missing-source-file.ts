import path from 'node:path';
import type { Rule } from './rule.ts';

export const missingSourceFile = {
  id: 'missing-source-file',
  severity: 'error',
  meaning: 'a source folder without `article.txt` or `source.yaml`',
  fix: 'A source folder holds both source.yaml (provenance) and article.txt (the verbatim text).',
  checks: {
    sourceFolder: ({ missing, slug }, report) => {
      if (missing === undefined) return;
      report(missing, { line: 1, column: 1 }, `Missing ${path.posix.basename(missing)} for source "${slug}"`);
    },
  },
} as const satisfies Rule;
