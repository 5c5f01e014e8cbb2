/** The human summary of a link check: counts, then every link that needs an editor, grouped by status. */
import { isPermanentRedirect } from './check-link.ts';
import type { LinkResult, LinkStatus } from './model.ts';

/** Problems first; `ok` links are only counted. */
const GROUPS: readonly { status: LinkStatus; heading: string }[] = [
  { status: 'dead', heading: 'Dead (404, 410 or the host name does not resolve)' },
  { status: 'blocked', heading: 'Blocked (401, 403 or 451: check in a browser)' },
  { status: 'error', heading: 'Error (5xx after retries, timeout, refused, TLS or redirect loop)' },
  { status: 'changed', heading: 'Changed (answers 200, but the page title no longer matches the citation)' },
  { status: 'redirected', heading: 'Redirected' },
];

function line(result: LinkResult): string[] {
  const { entry, hops } = result;
  const code = entry.errorCode ?? (entry.httpStatus === null ? '' : String(entry.httpStatus));
  const lines = [`  ${entry.url}${code ? `  ${code}` : ''}`];
  if (entry.finalUrl) {
    const chain = hops.map((hop) => hop.status).join(' → ');
    const advice = isPermanentRedirect(hops) ? ' (permanent: update the URL)' : '';
    lines.push(`    → ${entry.finalUrl}  via ${chain}${advice}`);
  }
  if (entry.status === 'changed') {
    lines.push(`    page title:     "${entry.title ?? ''}"`, `    citation title: "${entry.expectedTitle ?? ''}"`);
  }
  if (entry.archivedUrl && entry.status !== 'ok') lines.push(`    archived copy: ${entry.archivedUrl}`);
  lines.push(`    used by ${entry.usedBy.join(', ')}`);
  return lines;
}

export function countByStatus(results: readonly LinkResult[]): Record<LinkStatus, number> {
  const counts = { ok: 0, redirected: 0, dead: 0, blocked: 0, error: 0, changed: 0 };
  for (const { entry } of results) counts[entry.status] += 1;
  return counts;
}

export function formatSummary(results: readonly LinkResult[], seconds: number): string {
  const counts = countByStatus(results);
  const tally = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ');
  const out = [`Checked ${results.length} links in ${seconds.toFixed(1)} s: ${tally || 'nothing to check'}`];
  for (const { status, heading } of GROUPS) {
    const group = results.filter((result) => result.entry.status === status);
    if (group.length > 0) out.push('', `${heading}: ${group.length}`, ...group.flatMap(line));
  }
  return out.join('\n');
}
