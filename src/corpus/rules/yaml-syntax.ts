import type { Rule } from './rule.ts';

/** Reported where the YAML parser (`yaml-document.ts`) says the problem starts, in its words. */
export const yamlSyntax = {
  id: 'yaml-syntax',
  severity: 'error',
  meaning: 'YAML that does not parse (an unclosed quote, a bad indent); reported where the problem starts',
  fix: 'Close the quote or fix the indentation; wrap text containing ": " or starting with a quote in double quotes.',
  checks: {
    document: ({ file, yaml }, report) => {
      for (const error of yaml?.errors ?? []) report(file, error, error.message);
    },
  },
} as const satisfies Rule;
