import { expectation, shown } from './field-wording.ts';
import { reportExplanationMessages } from './explanation-messages.ts';
import type { Rule } from './rule.ts';

const URL_FIELDS = new Set(['url', 'archivedUrl']);

/** In YAML, the schema refuses the URL (`schemas/common.ts`); in an explanation, `remark-safe-content.ts`. */
export const unsafeUrl = {
  id: 'unsafe-url',
  severity: 'error',
  meaning:
    'a link that is not http(s) (e.g. `javascript:`, or `https:` without `//`), in YAML or in an explanation ' +
    '(where `mailto:` is allowed too)',
  fix: 'Use an https:// address, or in an explanation a path on this site such as /claims/<id>/.',
  checks: {
    field: ({ issue, field, value, where, file, place }, report) => {
      if (!field || !URL_FIELDS.has(field)) return;
      report(file, place, `Unexpected URL ${shown(value)} in "${where}", expected ${expectation(issue.message)}`);
    },
    markdown: (text, report) => reportExplanationMessages(text, 'unsafe-url', report),
  },
} as const satisfies Rule;
