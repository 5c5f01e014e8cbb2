/**
 * What the extension's three parts say to each other: the content script (on a checked article),
 * the background worker (fetches our annotations, sets the badge) and the popup (lists the
 * page's claims). Types only, shared by all three bundles.
 */

/** Content script → background: the annotations for the article at `url`. */
export interface LoadRequest {
  readonly type: 'factcheck:load';
  readonly url: string;
}

export type LoadResponse =
  | {
      readonly ok: true;
      readonly slug: string;
      /** The source's title on our site. */
      readonly title: string;
      /** An AnnotationCollection as published at /data/annotations/<slug>.jsonld (unvalidated JSON). */
      readonly collection: unknown;
      /** Where it came from: our site, or the copy bundled at build time (the site could not be reached). */
      readonly from: 'site' | 'bundled';
      /** The site's address, with its base path, ending in `/`. */
      readonly siteUrl: string;
      /** When the bundled copy was made (ISO date), shown when `from` is 'bundled'. */
      readonly bundledAt: string;
    }
  | { readonly ok: false; readonly reason: 'no-source' | 'unreadable' };

/** Content script → background: how many claims are highlighted on the page (the toolbar badge). */
export interface CountMessage {
  readonly type: 'factcheck:count';
  readonly count: number;
}

/** Popup → content script: what is on this page. */
export interface StateRequest {
  readonly type: 'factcheck:state';
}

export interface ClaimState {
  readonly id: string;
  readonly quote: string;
  readonly verdictId: string | undefined;
  readonly verdictLabel: string;
  readonly flags: readonly string[];
  readonly summary: string;
  /** Our claim page (https), when the annotation carries one. */
  readonly claimUrl: string | undefined;
  /** False for an orphan: a claim whose quote could not be found on this page. */
  readonly anchored: boolean;
}

export interface PageState {
  readonly slug: string;
  readonly title: string;
  readonly from: 'site' | 'bundled';
  readonly siteUrl: string;
  readonly bundledAt: string;
  /** Every claim of the source, in article order; orphans after the anchored ones. */
  readonly claims: readonly ClaimState[];
}

/** Popup → content script: scroll to a claim's highlight and focus it. */
export interface RevealRequest {
  readonly type: 'factcheck:reveal';
  readonly id: string;
}

export type ExtensionMessage = LoadRequest | CountMessage | StateRequest | RevealRequest;
