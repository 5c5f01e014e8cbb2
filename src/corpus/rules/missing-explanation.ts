import type { Rule } from './rule.ts';

export const missingExplanation = {
  id: 'missing-explanation',
  severity: 'error',
  meaning: 'a claim file with nothing after the frontmatter',
  fix: 'Explain what the article says, what the evidence says and why this verdict.',
  checks: {
    markdown: ({ kind, file, text, firstLine }, report) => {
      if (kind !== 'explanation' || text.trim() !== '') return;
      report(file, { line: firstLine, column: 1 }, 'Missing explanation after the frontmatter');
    },
  },
} as const satisfies Rule;
