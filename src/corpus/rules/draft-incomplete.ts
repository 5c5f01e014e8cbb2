import { DRAFT_OPTIONAL_FIELDS } from '../../schemas/claim.ts';
import { isBlank, isRecord } from '../claim-fields.ts';
import type { Rule } from './rule.ts';

/** What a draft still lacks before it can be published: one warning listing it all, at `status`. */
export const draftIncomplete = {
  id: 'draft-incomplete',
  severity: 'warning',
  meaning: 'a `status: draft` claim still without verdict, summary, published date, citations or explanation',
  fix: 'Write what is missing before changing "status: draft" to "status: published" (or removing the line).',
  checks: {
    frontmatter: ({ claim, yaml, emptyDraft }, report) => {
      if (!claim.draft || !claim.written) return;
      const raw = isRecord(yaml.data) ? yaml.data : {};
      const missing: string[] = DRAFT_OPTIONAL_FIELDS.filter((key) => isBlank(raw[key]) || !(key in raw));
      if (missing.includes('verdict') && (claim.fields.citations ?? []).length === 0) missing.push('citations');
      if (emptyDraft) missing.push('explanation');
      if (missing.length === 0) return;
      const reason =
        `Missing ${missing.join(', ')} in a draft: fine while it is a draft, ` +
        'expected before it is published (status: published)';
      report(claim.file, yaml.locate(['status']), reason);
    },
  },
} as const satisfies Rule;
