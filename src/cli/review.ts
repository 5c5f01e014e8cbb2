/**
 * `npm run review -- <claim-id> --by <person-id> [--date YYYY-MM-DD]`: records that <person-id> reviewed the claim
 * as it stands (see editing/record-review.ts). An edit after it is the warning `review-stale`.
 */
import { recordReview } from '../editing/record-review.ts';
import { activeScale } from '../site/active-scale.ts';
import { siteConfigOrExit } from './site-config.ts';
import { parseCommandLine, usageError } from './usage.ts';

const USAGE = `Usage: npm run review -- <claim-id> --by <person-id> [--date YYYY-MM-DD]
Records in the claim's frontmatter that <person-id> reviewed the check as it stands: the day (today, or --date)
and a fingerprint of its quote, verdict, flags, summary, explanation and citations. An edit after it is reported
by npm run check as review-stale, naming the reviewer and the date.`;

const { values, positionals } = parseCommandLine(USAGE, {
  allowPositionals: true,
  options: { by: { type: 'string' }, date: { type: 'string' } },
});
const [claimId] = positionals;
if (!claimId || positionals.length > 1 || !values.by) usageError(USAGE, 'Missing <claim-id> or --by <person-id>');
const today = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) usageError(USAGE, `Unexpected --date "${today}", expected YYYY-MM-DD`);

const { dirs } = await siteConfigOrExit('review');
const created = await recordReview(process.cwd(), dirs, {
  claimId: claimId!,
  by: values.by!,
  today,
  scale: activeScale(),
});
if (created.ok) {
  for (const file of created.files) console.log(`wrote ${file}`);
  console.log(`Recorded the review by ${values.by} on ${today}.`);
} else {
  const { problem } = created;
  console.error(`error  ${problem.message}  ${problem.ruleId}\n    fix: ${problem.hint ?? ''}\nNothing was written.`);
  process.exitCode = 1;
}
