import { didYouMean } from '../wording.ts';
import type { Rule } from './rule.ts';

/** Reported also for a file with other problems: moving it is part of the same fix. */
export const unknownSource = {
  id: 'unknown-source',
  severity: 'error',
  meaning: 'the folder a claim sits in is not a source slug (with "did you mean")',
  fix: 'Move the file into content/claims/<slug>/, where <slug> is a folder of content/sources/.',
  checks: {
    frontmatter: ({ claim, yaml, slug, sourceSlugs, dirs }, report) => {
      if (sourceSlugs.has(slug) || yaml.errors.length > 0) return;
      const known = [...sourceSlugs].join(', ');
      const reason = `Unexpected source "${slug}" (the claim's folder), expected one of: ${known}.`;
      report(claim.file, { line: 1, column: 1 }, `${reason}${didYouMean(slug, sourceSlugs)}`, {
        hint: `Move the file into ${dirs.claims}/<slug>/ where <slug> is a folder of ${dirs.sources}/.`,
      });
    },
  },
} as const satisfies Rule;
