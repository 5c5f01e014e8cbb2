/**
 * What readers and editors see of the last link check (`content/link-status.json`, written by
 * `npm run links -- --write`): an archived copy wherever one is known, "link dead as of <date>"
 * where the check found the document gone, and the editors' list of links to look at.
 */
import type { Citation } from '../corpus/model.ts';
import { quoteForDisplay } from '../domain/quote-text.ts';
import { BROKEN_LINK_STATUSES, type LinkStatus, type LinkStatusEntry } from '../schemas/link-status.ts';
import { activeTranslator } from '../i18n/active.ts';

export type LinkStatusIndex = ReadonlyMap<string, LinkStatusEntry>;

export function linkStatusIndex(entries: readonly LinkStatusEntry[] | undefined): LinkStatusIndex {
  return new Map((entries ?? []).map((entry) => [entry.url, entry]));
}

export interface LinkHealth {
  /** The last check of the citation's URL; absent where it was never checked. */
  readonly status?: LinkStatus | undefined;
  /** The day of that check, YYYY-MM-DD. */
  readonly checkedOn?: string | undefined;
  /** The citation's own archived copy, else the one the check found. */
  readonly archivedUrl?: string | undefined;
  /** The last check found the document gone (404, 410, no such host). */
  readonly dead: boolean;
  /** Where the title links: the archived copy when the original is dead and a copy exists. */
  readonly href: string;
  readonly entry?: LinkStatusEntry | undefined;
}

export function linkHealth(data: Citation['data'], index: LinkStatusIndex): LinkHealth {
  const entry = index.get(data.url);
  const archivedUrl = data.archivedUrl ?? entry?.archivedUrl ?? undefined;
  const dead = entry?.status === 'dead';
  return {
    status: entry?.status,
    checkedOn: entry?.checkedAt.slice(0, 10),
    archivedUrl,
    dead,
    href: dead && archivedUrl ? archivedUrl : data.url,
    entry,
  };
}

export interface HealthRow<T> {
  readonly citation: T;
  readonly health: LinkHealth;
  /** The status, the HTTP status or error code, and the titles of a changed page, in words. */
  readonly detail: string;
}

export interface LinkHealthReport<T> {
  /** False when content/link-status.json does not exist: links have not been checked yet. */
  readonly checked: boolean;
  /** The latest check of any link, YYYY-MM-DD. */
  readonly lastChecked?: string | undefined;
  /** Citations whose last check found them dead, blocked, failing or changed. */
  readonly broken: readonly HealthRow<T>[];
  /** Citations that moved (redirected): the URL may need updating. */
  readonly redirected: readonly HealthRow<T>[];
  /** Citations checked neither in the last run (added since) nor ever. */
  readonly unchecked: readonly HealthRow<T>[];
  /** Citations with no archived copy known. */
  readonly unarchived: readonly HealthRow<T>[];
}

function detailOf(health: LinkHealth): string {
  const entry = health.entry;
  const t = activeTranslator();
  if (!entry) return t('linkStatus.notChecked');
  const parts = [t(`linkStatus.${entry.status}`)];
  // The HTTP status as the server sent it: a number, not a quantity to group.
  if (entry.httpStatus !== null) parts.push(t('linkStatus.http', { status: String(entry.httpStatus) }));
  if (entry.errorCode) parts.push(entry.errorCode);
  if (entry.finalUrl && entry.status === 'redirected') parts.push(t('linkStatus.nowAt', { url: entry.finalUrl }));
  if (entry.status === 'changed' && entry.title !== undefined) {
    const titles = { title: quoteForDisplay(entry.title), expected: quoteForDisplay(entry.expectedTitle ?? '') };
    parts.push(t('linkStatus.titleChanged', titles));
  }
  return parts.join(t('list.separator'));
}

export function linkHealthReport<T extends { readonly data: Citation['data']; readonly health: LinkHealth }>(
  citations: readonly T[],
  entries: readonly LinkStatusEntry[] | undefined,
): LinkHealthReport<T> {
  const rows = citations.map((citation) => ({ citation, health: citation.health, detail: detailOf(citation.health) }));
  const lastChecked = (entries ?? []).reduce<string | undefined>(
    (latest, entry) => (latest === undefined || entry.checkedAt > latest ? entry.checkedAt : latest),
    undefined,
  );
  return {
    checked: entries !== undefined,
    lastChecked: lastChecked?.slice(0, 10),
    broken: rows.filter((row) => row.health.status && BROKEN_LINK_STATUSES.includes(row.health.status)),
    redirected: rows.filter((row) => row.health.status === 'redirected'),
    unchecked: entries === undefined ? [] : rows.filter((row) => !row.health.status),
    unarchived: rows.filter((row) => !row.health.archivedUrl),
  };
}
