import { sha256Hex } from '../article-hash.ts';
import type { Rule } from './rule.ts';

/**
 * `verification.json` records the last comparison of `article.txt` with the original
 * (`npm run verify-source -- <slug> --write`), made against the article.txt its `articleSha256` describes; once our
 * copy is edited, its passages and line numbers describe an older text.
 */
export const verificationStale = {
  id: 'verification-stale',
  severity: 'warning',
  meaning:
    "`verification.json`'s `articleSha256` is not the SHA-256 of `article.txt` as it is now: the comparison " +
    'with the original was made against an older copy',
  fix: 'Run npm run verify-source -- <slug> --write again to compare the current article.txt with the original.',
  checks: {
    source: ({ slug, text, articleFile, verification }, report) => {
      if (!verification) return;
      const { articleSha256, checkedAt } = verification.data;
      const current = sha256Hex(text);
      if (articleSha256 === current) return;
      const reason =
        `Unexpected articleSha256 ${articleSha256.slice(0, 12)}…, expected ${current.slice(0, 12)}… ` +
        `(${articleFile} as it is now): the comparison of ${checkedAt} was made against an ` +
        'older copy of the article';
      const rerun = `npm run verify-source -- ${slug} --write`;
      const hint = `Run \`${rerun}\` to compare the current article.txt with the original.`;
      report(verification.file, verification.locate(['articleSha256']), reason, { hint });
    },
  },
} as const satisfies Rule;
