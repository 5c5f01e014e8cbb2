import type { Rule } from './rule.ts';

export const correctionsOutOfOrder = {
  id: 'corrections-out-of-order',
  severity: 'error',
  meaning: 'a `corrections` entry dated before the entry above it (the list is oldest first)',
  fix: 'Order the entries by date, oldest first, adding new entries at the end.',
  checks: {
    claim: ({ claim: { file, fields, locate } }, report) => {
      const corrections = fields.corrections ?? [];
      corrections.forEach((entry, index) => {
        const before = corrections[index - 1];
        // ISO dates compare correctly as strings.
        if (!before || entry.date >= before.date) return;
        const reason =
          `Unexpected corrections[${index}] dated ${entry.date}, before the entry above it (${before.date}), ` +
          'expected the oldest entry first and each new entry added at the end';
        report(file, locate(['corrections', index, 'date']), reason);
      });
    },
  },
} as const satisfies Rule;
