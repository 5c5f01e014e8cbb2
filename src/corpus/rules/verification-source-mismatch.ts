import type { Rule } from './rule.ts';

export const verificationSourceMismatch = {
  id: 'verification-source-mismatch',
  severity: 'warning',
  meaning: "`verification.json`'s `source` is not the slug of the folder it sits in",
  fix: 'Delete the file if it was copied from another source, or run npm run verify-source -- <slug> --write.',
  checks: {
    source: ({ slug, verification }, report) => {
      if (!verification || verification.data.source === slug) return;
      const reason =
        `Unexpected source "${verification.data.source}" in a verification of the folder "${slug}", ` +
        `expected "${slug}"`;
      const rerun = `npm run verify-source -- ${slug} --write`;
      const hint = `The file was copied from another source: delete it, or run \`${rerun}\`.`;
      report(verification.file, verification.locate(['source']), reason, { hint });
    },
  },
} as const satisfies Rule;
