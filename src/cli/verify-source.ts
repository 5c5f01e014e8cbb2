/**
 * `npm run verify-source -- <slug> [--from <file-or-url>] [--json] [--write]`: compares a source's
 * article.txt with the original (the source's `url`, or `--from`), word by word, and re-anchors its
 * claims there. Exit codes as `diff`'s: 0 identical, 1 changed, 2 could not fetch or extract.
 * `--json` prints the verification object; `--write` saves it as content/sources/<slug>/verification.json.
 * `FACTCHECK_FETCH_TIMEOUT_MS` sets the timeout (default 30 seconds). Loopback and private addresses are
 * refused unless `--allow-private-addresses` (or `FACTCHECK_ALLOW_PRIVATE_ADDRESSES=1`) is given: for tests only.
 */
import { formatVerification } from '../verify/report.ts';
import { writeVerification } from '../editing/write-verification.ts';
import { activeScale } from '../site/active-scale.ts';
import { allowPrivateFromEnv } from '../net/address-guard.ts';
import { timeoutFromEnv } from '../verify/fetch-original.ts';
import { verifySource } from '../verify/verify-source.ts';
import { siteConfigOrExit } from './site-config.ts';
import { parseCommandLine, withContentFolder } from './usage.ts';

const USAGE =
  'Usage: npm run verify-source -- <slug> [--from <file-or-url>] [--json] [--write] [--allow-private-addresses]';

const { values, positionals } = parseCommandLine(USAGE, {
  allowPositionals: true,
  options: {
    from: { type: 'string' },
    json: { type: 'boolean' },
    write: { type: 'boolean' },
    'allow-private-addresses': { type: 'boolean' },
  },
});
const [slug] = positionals;
if (!slug || positionals.length > 1) {
  console.error(USAGE);
  process.exit(2);
}
const root = process.cwd();
const { dirs } = await siteConfigOrExit('verify-source', root);
const allowPrivateAddresses = values['allow-private-addresses'] === true || allowPrivateFromEnv(process.env);
const timeoutMs = timeoutFromEnv(process.env);
const result = await withContentFolder('verify-source', () =>
  verifySource(root, slug, { dirs, from: values.from, allowPrivateAddresses, timeoutMs, scale: activeScale() }),
);
if (!result.ok) {
  console.error(`verify-source: ${slug}: ${result.reason}`);
  process.exit(2);
}
const { verification } = result;
if (values.json) console.log(JSON.stringify(verification, null, 2));
else console.log(formatVerification(verification, result.redirectedFrom));
if (values.write) {
  const file = await writeVerification(root, result.folder, verification);
  // On stderr with --json, so standard output stays one JSON document.
  (values.json ? console.error : console.log)(`Wrote ${file}`);
}
process.exitCode = verification.status === 'identical' ? 0 : 1;
