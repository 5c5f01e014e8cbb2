/**
 * `npm run links [-- --json] [--write] [--save] [--no-archive] [--concurrency N] [--per-host N] [--timeout MS]
 * [--deadline MS]`: checks every URL the content relies on (sources, citations, links in explanations)
 * and prints a summary grouped by status; `--json` prints the entries instead; `--write` saves them as
 * content/link-status.json and puts each archived copy found into the `archivedUrl` line of the source
 * or citation that uses the URL. The Wayback Machine is asked for URLs without a copy; `--save`
 * requests a capture where none exists; `--no-archive` skips archives.
 * Exit codes: 0 every link ok or redirected, 1 some dead, blocked, error or changed, 2 usage error,
 * 3 offline (nothing was judged). Environment: FACTCHECK_LINKS_PROBE (a URL fetched first to tell
 * whether the machine is online), FACTCHECK_LINKS_RETRY_BASE_MS (first backoff wait),
 * FACTCHECK_CONTENT (the content folder), WAYBACK_AVAILABILITY_URL and WAYBACK_SAVE_URL (archive.ts).
 */
import { allowPrivateFromEnv } from '../net/address-guard.ts';
import { loadCorpus } from '../corpus/load-corpus.ts';
import { writeArchivedUrl } from '../editing/write-archived-url.ts';
import { writeLinkStatus } from '../editing/write-link-status.ts';
import { createWaybackArchive } from '../links/archive.ts';
import { checkLinks, DEFAULTS } from '../links/check-links.ts';
import { collectTargets } from '../links/collect.ts';
import { formatSummary } from '../links/format.ts';
import { activeScale } from '../site/active-scale.ts';
import { siteConfigOrExit } from './site-config.ts';
import { parseCommandLine, usageError, withContentFolder } from './usage.ts';

const USAGE =
  'Usage: npm run links -- [--json] [--write] [--save] [--no-archive] [--concurrency N] [--per-host N] ' +
  '[--timeout MS] [--deadline MS] [--allow-private-addresses]';

const fail = (message: string): never => usageError(USAGE, message);

const { values } = parseCommandLine(USAGE, {
  options: {
    json: { type: 'boolean' },
    write: { type: 'boolean' },
    save: { type: 'boolean' },
    'no-archive': { type: 'boolean' },
    concurrency: { type: 'string' },
    'per-host': { type: 'string' },
    timeout: { type: 'string' },
    deadline: { type: 'string' },
    'allow-private-addresses': { type: 'boolean' },
  },
});

/** A positive whole number from a flag or variable, else the default. */
function count(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) fail(`${name} needs a whole number of at least 1, got "${value}"`);
  return number;
}

const options = {
  concurrency: count('--concurrency', values.concurrency, DEFAULTS.concurrency),
  perHost: count('--per-host', values['per-host'], DEFAULTS.perHost),
  timeoutMs: count('--timeout', values.timeout, DEFAULTS.timeoutMs),
  deadlineMs: count('--deadline', values.deadline, DEFAULTS.deadlineMs),
  retryBaseMs: count(
    'FACTCHECK_LINKS_RETRY_BASE_MS',
    process.env['FACTCHECK_LINKS_RETRY_BASE_MS'],
    DEFAULTS.retryBaseMs,
  ),
  probeUrl: process.env['FACTCHECK_LINKS_PROBE'] || undefined,
  // "No snapshot" and "the archive could not be asked" both come back empty: say the second.
  archive: values['no-archive']
    ? undefined
    : createWaybackArchive({
        env: process.env,
        onError: (error) => console.error(`archive: ${error.url}: ${error.message}`),
      }),
  saveArchives: values.save ?? false,
  // Loopback and private addresses only for tests against a local server (net/address-guard.ts).
  allowPrivateAddresses: values['allow-private-addresses'] === true || allowPrivateFromEnv(process.env),
};

const root = process.cwd();
const { dirs } = await siteConfigOrExit('links', root);
const { corpus } = await withContentFolder('links', () =>
  loadCorpus(root, dirs, { checkBodies: false, scale: activeScale() }),
);
const targets = collectTargets(corpus);
const started = performance.now();
const outcome = await checkLinks(targets, options);
if (outcome.offline) {
  console.error(`links: offline, nothing checked: ${outcome.reason}`);
  process.exit(3);
}
const { results } = outcome;
const entries = results.map((result) => result.entry);
if (values.json) console.log(JSON.stringify(entries, null, 2));
else console.log(formatSummary(results, (performance.now() - started) / 1000));
if (values.write) {
  const file = await writeLinkStatus(root, dirs.sources.replace(/\/sources$/, ''), entries);
  // On stderr with --json, so standard output stays one JSON document.
  const say = values.json ? console.error : console.log;
  say(`Wrote ${file}`);
  // A copy found for a URL goes into the archivedUrl line of each YAML file that cites it.
  for (const entry of entries) {
    if (!entry.archivedUrl) continue;
    for (const used of entry.usedBy.filter((usedBy) => /\.ya?ml$/.test(usedBy))) {
      if (await writeArchivedUrl(root, used, entry.archivedUrl)) say(`Wrote archivedUrl to ${used}`);
    }
  }
}
process.exitCode = entries.every((entry) => entry.status === 'ok' || entry.status === 'redirected') ? 0 : 1;
