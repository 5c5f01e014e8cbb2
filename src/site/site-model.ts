/**
 * Compute once, render many: one view model for the whole site, built from the checked corpus
 * (the content the build checked, read once; see src/integration/site-data.ts). Pages and
 * components only read it: grouping, counting, sorting and shortening happen here.
 */
import type { Claim, Corpus, Person, Source } from '../corpus/model.ts';
import { lastChanged } from '../domain/corrections.ts';
import { layoutArticle, type LayoutParagraph } from '../domain/article-layout.ts';
import { enclosingSentences, sentenceRanges, textFragment } from '../annotations/index.ts';
import { countByVerdict, type Flag, type Verdict, type VerdictScale } from '../domain/scale.ts';
import { activeScale } from './active-scale.ts';
import { authorshipText } from './authorship.ts';
import { citationView, type CitationView } from './citation-view.ts';
import { draftViews, isDraft, type DraftView } from './drafts.ts';
import { linkStatusIndex } from './link-health.ts';
import { bylineOf, historyOf, peopleViews, type Byline, type HistoryEntry, type PersonView } from './people.ts';
import type { SiteData } from './site-data.ts';
import { quoteForDisplay } from '../domain/quote-text.ts';
import { truncate } from './text.ts';
import { updateMarkOf, type UpdateMark } from './update-mark.ts';
import { interfaceLanguage } from '../i18n/active.ts';

// Defined beside the modules that use them, so that drafts and people need nothing from this one (no circle);
// still exported here, where pages and tests look for the site's view types.
export { citationDisplayTitle, citationMetaLine, citationTitle, citationView } from './citation-view.ts';
export type { CitationView } from './citation-view.ts';
export type { SiteData } from './site-data.ts';

export interface ClaimView {
  readonly id: string;
  /** 1-based position of the claim in its source, in reading order. */
  readonly number: number;
  readonly claim: Claim;
  readonly source: Source;
  readonly verdict: Verdict;
  readonly flags: readonly Flag[];
  readonly citations: readonly CitationView[];
  readonly related: readonly ClaimView[];
  /** Claims of the same source sharing words with this one, in reading order (see `ClaimOverlap`). */
  readonly overlaps: readonly ClaimOverlap[];
  /** The next claim in reading order in the same source that carries a flag, if any. */
  readonly nextFlagged?: ClaimView | undefined;
  /** The quote in its sentence: text before, the quote as it stands in the source, text after. */
  readonly context: { readonly before: string; readonly quote: string; readonly after: string };
  /** The explanation as HTML, produced by our own Markdown pipeline from the editor's text. */
  readonly explanationHtml: string;
  /** When the check last changed: the latest correction, else `updated`, else `published` (see `lastChanged`). */
  readonly lastChanged: string;
  /** `lastChanged` where it differs from `published`, for a "Published …, updated …" line. */
  readonly updatedLater?: string | undefined;
  /** Who checked and who reviewed it; people missing from content/people are left out. */
  readonly byline: Byline;
  /** What changed after publication, newest first. */
  readonly history: readonly HistoryEntry[];
  /** "Updated <date>" for a check changed after publication, shown at its top and in its note. */
  readonly updateMark?: UpdateMark | undefined;
  /** The quote shortened for lists (the cited documents' "cited by"), without quotation marks. */
  readonly shortQuote: string;
  /** The quote shortened for lists, in one pair of quotation marks (`quoteForDisplay`). */
  readonly shortQuoteShown: string;
  /** The original article opened at the quote (a text fragment); absent where the source's URL is unknown. */
  readonly textFragmentUrl?: string | undefined;
}

/**
 * Another claim on some of the same words: it `encloses` this claim's quote, lies `within` it, or the two
 * `overlap` without either holding the other. A reader reaches each from the other's note.
 */
export interface ClaimOverlap {
  readonly relation: 'encloses' | 'within' | 'overlaps';
  readonly view: ClaimView;
}

export interface SourceView {
  readonly source: Source;
  readonly title: string;
  readonly claims: readonly ClaimView[];
  readonly counts: Record<string, number>;
  readonly paragraphs: readonly LayoutParagraph[];
  /** For each verdict used, the first claim with it (the verdict bar's jump targets). */
  readonly firstByVerdict: ReadonlyMap<string, ClaimView>;
  /**
   * Our review of the article, split after its first sentence: the lead is always shown, the rest one click
   * away on a phone, so the article itself starts in the first screen.
   */
  readonly review?: { readonly lead: string; readonly rest: string } | undefined;
  /** What the editor considered, searched for and did not find, as HTML; absent where no notes were written. */
  readonly researchNotesHtml?: string | undefined;
  /** Unpublished checks on this source: only in `npm run dev` (the build's corpus has none). */
  readonly drafts: readonly DraftView[];
  /** Whether AI software made the checks on this page, in one sentence (`authorshipText`). */
  readonly authorship?: string | undefined;
  /** True when the title is ours (the source's `label`): the article's own headline was not recorded. */
  readonly titleIsOurs: boolean;
}

export interface CitationUse extends CitationView {
  /** Claims citing this document, in source and reading order. */
  readonly claims: readonly ClaimView[];
}

export interface VerdictGroup {
  readonly verdict: Verdict;
  readonly claims: readonly ClaimView[];
}

export interface FlagGroup {
  readonly flag: Flag;
  readonly claims: readonly ClaimView[];
}

export interface SiteModel {
  readonly corpus: Corpus;
  /** The verdicts and flags the model was built with: what every list, count and filter of verdicts follows. */
  readonly scale: VerdictScale;
  readonly sources: readonly SourceView[];
  /** Every claim, in source and reading order. */
  readonly claims: ReadonlyMap<string, ClaimView>;
  /** Claims by verdict, every verdict of the scale in its order (empty groups included). */
  readonly verdicts: readonly VerdictGroup[];
  /** Claims by flag, every flag in its order (empty groups included). */
  readonly flags: readonly FlagGroup[];
  /** Claims by verdict across all sources. */
  readonly counts: Record<string, number>;
  /** Every cited document with the claims that cite it, by title (the "Cited documents" page). */
  readonly citations: readonly CitationUse[];
  /** Every person and team in content/people, by name, with the checks they wrote and reviewed. */
  readonly people: readonly PersonView<ClaimView>[];
  /** Unpublished checks, by id: only in `npm run dev`. */
  readonly drafts: ReadonlyMap<string, DraftView>;
  /** Whether AI software made the site's checks, said once for the home page (`authorshipText`). */
  readonly authorship?: string | undefined;
}

/** Characters of a quote shown in lists (cited documents, corrections, transparency). */
const LIST_QUOTE_CHARS = 90;

export const sourceTitle = (source: Source) => source.data.title ?? source.data.label;

/** When a claim's check last changed: one definition for the checker, feeds, exports and pages. */
export { lastChanged };

/** Reading order: by start, the longer of two claims that start together first, then by id. */
const readingOrder = (a: Claim, b: Claim) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id);

/**
 * Related links go both ways, so an editor lists a link on one side only. Each view's list is
 * filled once every view exists (a view cannot point at a view not yet made).
 */
function linkRelated(claims: ReadonlyMap<string, ClaimView>, lists: ReadonlyMap<string, ClaimView[]>): void {
  for (const view of claims.values()) {
    for (const id of view.claim.data.related) {
      const other = claims.get(id);
      if (!other) continue;
      const mine = lists.get(view.id)!;
      const theirs = lists.get(other.id)!;
      if (!mine.includes(other)) mine.push(other);
      if (!theirs.includes(view)) theirs.push(view);
    }
  }
}

/** What a claim's view needs from its neighbours: its place, its citations, related claims, the next flagged one. */
type ClaimLinks = Pick<ClaimView, 'number' | 'citations' | 'related' | 'overlaps' | 'nextFlagged' | 'byline'>;

function claimView(claim: Claim, source: Source, links: ClaimLinks, scale: VerdictScale): ClaimView {
  const sentence = enclosingSentences(source.text, claim, interfaceLanguage());
  const verdict = scale.verdict(claim.data.verdict);
  const { published } = claim.data;
  const changed = lastChanged(claim.data);
  const quote = source.text.slice(claim.start, claim.end);
  const { url } = source.data;
  const updatedLater = changed !== published ? changed : undefined;
  const history = historyOf(claim.data.corrections, scale);
  return {
    id: claim.id,
    claim,
    source,
    verdict,
    flags: claim.data.flags.map((flag) => scale.flag(flag)),
    ...links,
    context: {
      before: source.text.slice(sentence.start, claim.start),
      quote,
      after: source.text.slice(claim.end, sentence.end),
    },
    explanationHtml: claim.explanationHtml ?? '',
    lastChanged: changed,
    updatedLater,
    history,
    updateMark: updateMarkOf({ id: claim.id, verdict, updatedLater, history }),
    shortQuote: truncate(claim.data.quote, LIST_QUOTE_CHARS),
    shortQuoteShown: quoteForDisplay(claim.data.quote, LIST_QUOTE_CHARS),
    textFragmentUrl: url && textFragment({ text: source.text, start: claim.start, end: claim.end }, { url }),
  };
}

/** One source's claims in reading order, each knowing the next flagged claim after it. */
function sourceClaimViews(
  source: Source,
  claims: readonly Claim[],
  citationViews: ReadonlyMap<string, CitationView>,
  related: ReadonlyMap<string, ClaimView[]>,
  people: ReadonlyMap<string, Person>,
  scale: VerdictScale,
): ClaimView[] {
  const views: ClaimView[] = [];
  let nextFlagged: ClaimView | undefined;
  // From the last claim back, so the next flagged claim is known when each view is made.
  for (let index = claims.length - 1; index >= 0; index -= 1) {
    const claim = claims[index]!;
    // A citation that failed its own check is missing in `astro dev`; the claim still renders.
    const citations = claim.data.citations.flatMap((id) => citationViews.get(id) ?? []);
    const byline = bylineOf(claim.data, people, claim.body);
    const overlaps: ClaimOverlap[] = [];
    const links = { number: index + 1, citations, related: related.get(claim.id) ?? [], overlaps, nextFlagged, byline };
    const view = claimView(claim, source, links, scale);
    views.unshift(view);
    if (view.flags.length > 0) nextFlagged = view;
  }
  linkOverlaps(views);
  return views;
}

/** Fills each view's `overlaps` (the arrays made empty with the views) from the claims' ranges. */
function linkOverlaps(views: readonly ClaimView[]): void {
  for (const view of views) {
    const { start, end } = view.claim;
    const list = view.overlaps as ClaimOverlap[];
    for (const other of views) {
      if (other === view || other.claim.start >= end || other.claim.end <= start) continue;
      const encloses = other.claim.start <= start && other.claim.end >= end;
      const within = other.claim.start >= start && other.claim.end <= end;
      list.push({ relation: encloses ? 'encloses' : within ? 'within' : 'overlaps', view: other });
    }
  }
}

function sourceView(
  source: Source,
  claims: readonly ClaimView[],
  researchNotesHtml: string | undefined,
  drafts: readonly DraftView[],
  scale: VerdictScale,
): SourceView {
  const firstByVerdict = new Map<string, ClaimView>();
  for (const view of claims) if (!firstByVerdict.has(view.verdict.id)) firstByVerdict.set(view.verdict.id, view);
  return {
    source,
    title: sourceTitle(source),
    claims,
    counts: countByVerdict(
      claims.map((view) => view.verdict.id),
      scale,
    ),
    paragraphs: layoutArticle(
      source.text,
      claims.map((view) => view.claim),
      source.nonArticle,
    ),
    firstByVerdict,
    review: source.data.summary ? splitLead(source.data.summary) : undefined,
    researchNotesHtml,
    drafts,
    authorship: authorshipText(
      claims.map((view) => view.byline),
      'page',
    ),
    titleIsOurs: source.data.title === undefined,
  };
}

/** A paragraph's first sentence and the rest (empty where it has one sentence), each trimmed. */
export function splitLead(paragraph: string): { lead: string; rest: string } {
  const [first] = sentenceRanges(paragraph, interfaceLanguage());
  const end = first?.end ?? paragraph.length;
  return { lead: paragraph.slice(0, end).trim(), rest: paragraph.slice(end).trim() };
}

/** Built with the site's scale (`activeScale()`), or the one given (a test's own). */
export function buildSiteModel(input: SiteData, scale: VerdictScale = activeScale()): SiteModel {
  const { corpus, researchNotes } = input;
  const links = linkStatusIndex(corpus.linkStatus);
  const citationViews = new Map(corpus.citations.map((citation) => [citation.id, citationView(citation, links)]));
  const relatedViews = new Map<string, ClaimView[]>();
  const people = new Map(corpus.people.map((person) => [person.id, person]));
  // Before the checker kept drafts apart, a draft could arrive among the claims: it is never published.
  const published = corpus.claims.filter((claim) => !isDraft(claim));
  const drafts = draftViews([...corpus.drafts, ...corpus.claims.filter(isDraft)], corpus, citationViews, scale);
  const sources = corpus.sources.map((source) => {
    const ordered = published.filter((claim) => claim.source === source.slug).sort(readingOrder);
    for (const claim of ordered) relatedViews.set(claim.id, []);
    const views = sourceClaimViews(source, ordered, citationViews, relatedViews, people, scale);
    const sourceDrafts = [...drafts.values()].filter((draft) => draft.source.slug === source.slug);
    return sourceView(source, views, researchNotes[source.slug], sourceDrafts, scale);
  });
  const claims = new Map(sources.flatMap((view) => view.claims).map((view) => [view.id, view]));
  linkRelated(claims, relatedViews);
  const all = [...claims.values()];
  const citations: CitationUse[] = corpus.citations
    .map((citation) => ({
      ...citationViews.get(citation.id)!,
      claims: all.filter((view) => view.claim.data.citations.includes(citation.id)),
    }))
    .sort((a, b) => a.displayTitle.localeCompare(b.displayTitle, 'en'));
  return {
    corpus,
    scale,
    sources,
    claims,
    verdicts: scale.verdicts.map((verdict) => ({ verdict, claims: all.filter((view) => view.verdict === verdict) })),
    flags: scale.flags.map((flag) => ({ flag, claims: all.filter((view) => view.flags.includes(flag)) })),
    counts: countByVerdict(
      all.map((view) => view.verdict.id),
      scale,
    ),
    citations,
    people: peopleViews(corpus.people, all),
    drafts,
    authorship: authorshipText(
      all.map((view) => view.byline),
      'site',
    ),
  };
}
