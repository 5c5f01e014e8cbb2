import type { Rule } from './rule.ts';

export const missingFrontmatter = {
  id: 'missing-frontmatter',
  severity: 'error',
  meaning: 'a claim file without the `---` block',
  fix:
    'Start the file with a `---` block holding quote, verdict, summary, citations and published (see "Add ' +
    'a claim").',
  checks: {
    document: ({ file, yaml }, report) => {
      if (yaml !== undefined) return;
      const reason =
        'Missing frontmatter: a claim starts with a "---" block holding quote, verdict, summary, citations ' +
        'and published';
      report(file, { line: 1, column: 1 }, reason);
    },
  },
} as const satisfies Rule;
