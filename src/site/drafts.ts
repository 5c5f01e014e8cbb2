/**
 * Drafts (issue 13, item 1): unfinished checks an editor has committed. `npm run dev` shows each
 * on its source page and its own claim page under a "Draft, not published" banner; `npm run build`
 * publishes none of them, because the integration hands the build a corpus without drafts
 * (`publishedOnly`), so no page, export, feed, card or count can see one.
 */
import type { Claim, Corpus, DraftClaim, Source } from '../corpus/model.ts';
import type { Verdict, VerdictScale } from '../domain/scale.ts';
import { enclosingSentences } from '../annotations/index.ts';
import { bylineOf, type Byline } from './people.ts';
import type { CitationView } from './citation-view.ts';
import type { SiteData } from './site-data.ts';
import { quoteForDisplay } from '../domain/quote-text.ts';
import { activeTranslator, interfaceLanguage } from '../i18n/active.ts';

/** What a draft shows where a published check would show a verdict, a summary or an explanation. */
export const DRAFT_TEXT = {
  get banner() {
    return activeTranslator()('draft.banner');
  },
  get verdict() {
    return activeTranslator()('draft.verdict');
  },
  get summary() {
    return activeTranslator()('draft.summary');
  },
};

export interface DraftView {
  readonly id: string;
  readonly claim: DraftClaim;
  readonly source: Source;
  /** The verdict where one is written yet. */
  readonly verdict?: Verdict | undefined;
  /** The verdict's label, or "Not yet rated". */
  readonly verdictLabel: string;
  readonly summary: string;
  readonly citations: readonly CitationView[];
  /** The explanation as HTML from our own pipeline, or empty where none is written yet. */
  readonly explanationHtml: string;
  readonly byline: Byline;
  readonly context: { readonly before: string; readonly quote: string; readonly after: string };
  readonly pageTitle: string;
}

/** A claim with `status: draft`, wherever the corpus put it. */
export const isDraft = (claim: Claim | DraftClaim) => claim.data.status === 'draft';

/**
 * The build's input: published claims only, and no drafts at all. A source whose every claim is
 * still a draft is work in progress too and is left out; a source with no claims stays as before.
 */
export function publishedOnly(data: SiteData): SiteData {
  const { corpus } = data;
  const drafts = [...corpus.drafts, ...corpus.claims.filter(isDraft)];
  const claims = corpus.claims.filter((claim) => !isDraft(claim));
  const checked = new Set(claims.map((claim) => claim.source));
  const unfinished = new Set(drafts.map((claim) => claim.source).filter((slug) => !checked.has(slug)));
  const sources = corpus.sources.filter((source) => !unfinished.has(source.slug));
  return { ...data, corpus: { ...corpus, sources, claims, drafts: [] } };
}

export function draftViews(
  drafts: readonly DraftClaim[],
  corpus: Corpus,
  citationViews: ReadonlyMap<string, CitationView>,
  scale: VerdictScale,
): Map<string, DraftView> {
  const sources = new Map(corpus.sources.map((source) => [source.slug, source]));
  const people = new Map(corpus.people.map((person) => [person.id, person]));
  const views = new Map<string, DraftView>();
  for (const claim of [...drafts].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id))) {
    const source = sources.get(claim.source);
    if (!source) continue;
    const verdict = claim.data.verdict ? scale.verdict(claim.data.verdict) : undefined;
    const sentence = enclosingSentences(source.text, claim, interfaceLanguage());
    views.set(claim.id, {
      id: claim.id,
      claim,
      source,
      verdict,
      verdictLabel: verdict?.label ?? DRAFT_TEXT.verdict,
      summary: claim.data.summary ?? DRAFT_TEXT.summary,
      citations: (claim.data.citations ?? []).flatMap((id) => citationViews.get(id) ?? []),
      explanationHtml: claim.explanationHtml ?? '',
      byline: bylineOf(claim.data, people),
      context: {
        before: source.text.slice(sentence.start, claim.start),
        quote: source.text.slice(claim.start, claim.end),
        after: source.text.slice(claim.end, sentence.end),
      },
      pageTitle: `${DRAFT_TEXT.banner}: ${quoteForDisplay(claim.data.quote, 60)}`,
    });
  }
  return views;
}
