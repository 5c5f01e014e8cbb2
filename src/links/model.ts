/**
 * The link check's shapes. `LinkEntry` is the contract shared with the build and the checker: one
 * entry per URL in `content/link-status.json` and in `npm run links -- --json`. Keep its names.
 */

/** What the last check found at a URL: one list, in the schema the checker validates the file with. */
import type { LinkStatusEntry } from '../schemas/link-status.ts';
export { LINK_STATUSES, type LinkStatus } from '../schemas/link-status.ts';

export type ContentKind = NonNullable<LinkStatusEntry['contentType']>;

/**
 * One checked URL. The schema's own type, read-only: what the tool writes and what the checker reads are one
 * type, so a field added to one cannot be missing from the other.
 */
export type LinkEntry = Readonly<Omit<LinkStatusEntry, 'usedBy'>> & { readonly usedBy: readonly string[] };

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
