/** The validated corpus: what the checker produces and every page, export and test reads. */
import type { NonArticleKindId } from '../domain/citation-kinds.ts';
import type { CitationData } from '../schemas/citation.ts';
import type { ClaimData } from '../schemas/claim.ts';
import type { LinkStatusEntry } from '../schemas/link-status.ts';
import type { PersonData } from '../schemas/person.ts';
import type { SourceData } from '../schemas/source.ts';
import type { Verification } from '../schemas/verification.ts';

export interface NonArticleRange {
  readonly start: number;
  readonly end: number;
  readonly kind: NonArticleKindId;
}

export interface Source {
  readonly slug: string;
  readonly file: string;
  readonly data: SourceData;
  /** The article exactly as stored in `article.txt`. */
  readonly text: string;
  readonly nonArticle: readonly NonArticleRange[];
  /** `research-notes.md` beside the article, where there is one with any text. */
  readonly researchNotes?: { readonly file: string; readonly text: string } | undefined;
  /** The notes as HTML, when `loadCorpus` was asked to render (the build and dev server). */
  readonly researchNotesHtml?: string | undefined;
  /** The last comparison with the original (`verification.json`), where one was written. */
  readonly verification?: Verification | undefined;
}

export interface Claim {
  readonly id: string;
  /** Slug of the source the claim quotes. */
  readonly source: string;
  readonly file: string;
  readonly data: ClaimData;
  /** Offsets of the quote in the source text, `[start, end)`. */
  readonly start: number;
  readonly end: number;
  /** The explanation as written (Markdown/MDX). */
  readonly body: string;
  /** The explanation rendered to HTML, when `loadCorpus` was asked to render (the build and dev server). */
  readonly explanationHtml?: string | undefined;
}

/**
 * A claim with `status: draft`: its quote is anchored and what is written is checked, but verdict,
 * summary, citations and explanation may still be missing. Never in a build's output.
 */
export interface DraftClaim extends Omit<Claim, 'data'> {
  readonly data: Partial<ClaimData> & Pick<ClaimData, 'quote' | 'status'>;
}

export interface Person {
  readonly id: string;
  readonly file: string;
  readonly data: PersonData;
}

export interface Citation {
  readonly id: string;
  readonly file: string;
  readonly data: CitationData;
}

export interface Corpus {
  readonly sources: readonly Source[];
  /** Published claims only: everything a build publishes. */
  readonly claims: readonly Claim[];
  /** Claims with `status: draft` (shown by `npm run dev` only). */
  readonly drafts: readonly DraftClaim[];
  readonly citations: readonly Citation[];
  readonly people: readonly Person[];
  /**
   * The last check of every link (`content/link-status.json`, sorted by URL); absent when links
   * have not been checked yet. An array, not a map: the corpus reaches the pages as JSON.
   */
  readonly linkStatus?: readonly LinkStatusEntry[] | undefined;
}
