/**
 * The link check's shapes. `LinkEntry` is the contract shared with the build and the checker: one
 * entry per URL in `content/link-status.json` and in `npm run links -- --json`. Keep its names.
 */

/** What the last check found at a URL: one list, in the schema the checker validates the file with. */
import type { LinkStatus } from '../schemas/link-status.ts';
export { LINK_STATUSES, type LinkStatus } from '../schemas/link-status.ts';

export type ContentKind = 'html' | 'pdf' | 'other';

export interface LinkEntry {
  readonly url: string;
  readonly status: LinkStatus;
  /** The last HTTP status received (after redirects), or null when no response came. */
  readonly httpStatus: number | null;
  /** Where redirects ended, when the server redirected; else null. */
  readonly finalUrl: string | null;
  readonly contentType: ContentKind | null;
  /** An archived copy: from the content, or found by the archive lookup. */
  readonly archivedUrl: string | null;
  /** When the URL was checked (ISO date-time). */
  readonly checkedAt: string;
  /** Content files that rely on the URL, sorted. */
  readonly usedBy: readonly string[];
  /** Why no usable response came: ETIMEDOUT, ECONNREFUSED, ENOTFOUND, REDIRECT_LOOP… */
  readonly errorCode?: string;
  /** For `changed`: the page's `<title>` now, and the citation's title it no longer resembles. */
  readonly title?: string;
  readonly expectedTitle?: string;
}

/** One URL to check, with what the content says about it. */
export interface LinkTarget {
  readonly url: string;
  readonly usedBy: readonly string[];
  /** The archived copy the content already records for this URL. */
  readonly archivedUrl?: string | undefined;
  /** A citation's title, compared with the page's `<title>` to spot a soft 404. */
  readonly expectedTitle?: string | undefined;
  /** The date an archive snapshot should be closest to (the citation's date or the source's `retrieved`). */
  readonly date?: string | undefined;
  /** True for a URL that is itself an archived copy (it gets no archive lookup of its own). */
  readonly isArchive?: boolean | undefined;
}

/** One HTTP exchange on the way to the final answer. */
export interface Hop {
  readonly url: string;
  readonly status: number;
}

/** An entry, with the redirects that led to it (shown by the summary, not stored). */
export interface LinkResult {
  readonly entry: LinkEntry;
  readonly hops: readonly Hop[];
}

/**
 * The archive lookups, provided by the caller (the Wayback client lives in `archive.ts`): `find`
 * returns the snapshot closest to `date`, or null; `save` requests a new capture and returns its URL.
 */
export interface ArchiveHook {
  find(url: string, date?: string): Promise<string | null>;
  save?(url: string): Promise<string | null>;
}
