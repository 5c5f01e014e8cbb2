/**
 * Compute once, render many: the validated corpus and one view model per page, built from
 * the same checker the build runs. Components only read these.
 */
import { loadCorpus } from '../corpus/load-corpus.ts';
import type { Citation, Claim, Corpus, Source } from '../corpus/model.ts';
import { formatProblems } from '../corpus/problems.ts';
import { layoutArticle, type LayoutParagraph } from '../domain/article-layout.ts';
import { CITATION_KINDS } from '../domain/citation-kinds.ts';
import { FLAGS, type Flag } from '../domain/flags.ts';
import { enclosingSentences } from '../domain/sentences.ts';
import { countByVerdict, VERDICTS, type Verdict, type VerdictId } from '../domain/verdicts.ts';

export interface CitationView {
  readonly id: string;
  readonly data: Citation['data'];
  readonly kindLabel: string;
  /** The document's title, or our description in brackets where no title was shown. */
  readonly displayTitle: string;
}

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
  /** The next claim in reading order in the same source that carries a flag, if any. */
  readonly nextFlagged?: ClaimView | undefined;
  /** The quote in its sentence: text before, the quote as it stands in the source, text after. */
  readonly context: { readonly before: string; readonly quote: string; readonly after: string };
}

export interface SourceView {
  readonly source: Source;
  readonly claims: readonly ClaimView[];
  readonly counts: Record<VerdictId, number>;
  readonly paragraphs: readonly LayoutParagraph[];
  /** For each verdict used, the first claim with it (the verdict bar's jump targets). */
  readonly firstByVerdict: ReadonlyMap<VerdictId, ClaimView>;
}

export interface CitationUse extends CitationView {
  /** Claims citing this document, in source and reading order. */
  readonly claims: readonly ClaimView[];
}

export interface SiteModel {
  readonly corpus: Corpus;
  readonly sources: readonly SourceView[];
  /** Every claim, in source and reading order. */
  readonly claims: ReadonlyMap<string, ClaimView>;
  /** The bibliography: every cited document with the claims that cite it, by title. */
  readonly citations: readonly CitationUse[];
}

let cached: Promise<SiteModel> | undefined;

/** The site model, built once per build from the project's content/ folder. */
export function getSiteModel(root = process.cwd()): Promise<SiteModel> {
  // In `astro dev` content changes while the server runs: rebuild the model for each page so
  // the preview follows the editor (a few milliseconds for this corpus).
  // `import.meta.env` is not always defined where Astro's dev server runs this module, so ask
  // Node too: `astro dev` sets NODE_ENV=development.
  if (import.meta.env?.DEV || process.env['NODE_ENV'] === 'development') return buildSiteModel(root);
  cached ??= buildSiteModel(root);
  return cached;
}

export async function buildSiteModel(root: string): Promise<SiteModel> {
  // The integration already checked everything before the build started; explanations are rendered by the claims collection's loader.
  const { corpus, problems, ok } = await loadCorpus(root, undefined, { checkBodies: false });
  if (!ok) throw new Error(`Content check failed:\n${formatProblems(problems)}`);
  const citations = new Map(corpus.citations.map((citation) => [citation.id, citation]));
  const claimViews = new Map<string, ClaimView & { related: ClaimView[] }>();
  const sources: SourceView[] = corpus.sources.map((source) => {
    const ordered = corpus.claims
      .filter((claim) => claim.source === source.slug)
      .sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
    const views = ordered.map((claim, index) => {
      const sentence = enclosingSentences(source.text, claim);
      const view = {
        id: claim.id,
        number: index + 1,
        claim,
        source,
        verdict: VERDICTS[claim.data.verdict],
        flags: claim.data.flags.map((flag) => FLAGS[flag]),
        citations: claim.data.citations.map((id) => {
          const citation = citations.get(id)!;
          return { id, data: citation.data, kindLabel: CITATION_KINDS[citation.data.kind].label, displayTitle: citationTitle(citation.data) };
        }),
        related: [] as ClaimView[],
        context: {
          before: source.text.slice(sentence.start, claim.start),
          quote: source.text.slice(claim.start, claim.end),
          after: source.text.slice(claim.end, sentence.end),
        },
      };
      claimViews.set(claim.id, view);
      return view;
    });
    views.forEach((view, index) => {
      (view as { nextFlagged?: ClaimView | undefined }).nextFlagged = views.slice(index + 1).find((later) => later.flags.length > 0);
    });
    const firstByVerdict = new Map<VerdictId, ClaimView>();
    for (const view of views) if (!firstByVerdict.has(view.verdict.id)) firstByVerdict.set(view.verdict.id, view);
    return {
      source,
      claims: views,
      counts: countByVerdict(views.map((view) => view.verdict.id)),
      paragraphs: layoutArticle(source.text, ordered, source.nonArticle),
      firstByVerdict,
    };
  });
  // Related links go both ways, so an editor needs to list a link on one side only.
  for (const view of claimViews.values()) {
    for (const id of view.claim.data.related) {
      const other = claimViews.get(id);
      if (!other) continue;
      if (!view.related.includes(other)) view.related.push(other);
      if (!other.related.includes(view)) other.related.push(view);
    }
  }
  const citationUses: CitationUse[] = corpus.citations
    .map((citation) => ({
      id: citation.id,
      data: citation.data,
      kindLabel: CITATION_KINDS[citation.data.kind].label,
      displayTitle: citationTitle(citation.data),
      claims: [...claimViews.values()].filter((view) => view.claim.data.citations.includes(citation.id)),
    }))
    .sort((a, b) => a.displayTitle.localeCompare(b.displayTitle, 'en'));
  return { corpus, sources, claims: claimViews, citations: citationUses };
}

/** A citation's title, or `[description]` where the document showed none. */
export const citationTitle = (data: Citation['data']) => data.title ?? `[${data.description ?? 'Untitled document'}]`;
export const sourceTitle = (source: Source) => source.data.title ?? source.data.label;
