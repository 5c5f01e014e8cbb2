import { z } from 'astro/zod';
import { httpUrl, nonEmptyText } from './common.ts';

/**
 * What the last check of a link found (`npm run links`): `ok`; `redirected` (see `finalUrl`); `dead`
 * (404, 410, no such host); `blocked` (401, 403, 451); `error` (5xx after retries, timeout, TLS, reset);
 * `changed` (answers 200, but its title no longer resembles the citation's: a likely soft 404).
 */
export const LINK_STATUSES = ['ok', 'redirected', 'dead', 'blocked', 'error', 'changed'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

/** Statuses an editor should act on: the document may no longer be what we cited. */
export const BROKEN_LINK_STATUSES: readonly LinkStatus[] = ['dead', 'blocked', 'error', 'changed'];

/** One checked URL: an entry of `content/link-status.json`, the same object `npm run links -- --json` prints. */
export const linkStatusEntrySchema = z
  .object({
    /** The URL as the content writes it. */
    url: httpUrl,
    status: z.enum(LINK_STATUSES),
    /** The last HTTP status received; null when no answer came (DNS failure, timeout, refused). */
    httpStatus: z.number().int().nullable(),
    /** Where the redirects ended, when there were any. */
    finalUrl: z.string().nullable(),
    contentType: z.enum(['html', 'pdf', 'other']).nullable(),
    /** An archived copy (the content's own `archivedUrl`, or one the Wayback Machine reported). */
    archivedUrl: httpUrl.nullable(),
    /** When the URL was checked, an ISO 8601 date-time. */
    checkedAt: z.iso.datetime({ offset: true }),
    /** The content files that rely on the URL. */
    usedBy: z.array(nonEmptyText),
    /** The network error, where there was one (ETIMEDOUT, ECONNREFUSED…). */
    errorCode: z.string().optional(),
    /** For `changed`: the title the page shows now, and the title the content expects. */
    title: z.string().optional(),
    expectedTitle: z.string().optional(),
  })
  .strict();

export type LinkStatusEntry = z.infer<typeof linkStatusEntrySchema>;
