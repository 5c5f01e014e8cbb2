import type { Rule } from './rule.ts';

export const duplicateCitationRef = {
  id: 'duplicate-citation-ref',
  severity: 'warning',
  meaning: 'a claim lists one citation twice',
  fix: 'List each citation id once.',
  checks: {
    corpus: ({ claims }, report) => {
      for (const { file, fields, locate } of claims) {
        const listed = new Set<string>();
        (fields.citations ?? []).forEach((id, index) => {
          if (listed.has(id)) {
            const reason = `Unexpected second "${id}" in citations, expected each citation once`;
            report(file, locate(['citations', index]), reason);
          }
          listed.add(id);
        });
      }
    },
  },
} as const satisfies Rule;
