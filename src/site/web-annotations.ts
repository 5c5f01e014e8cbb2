/**
 * Every claim as a W3C Web Annotation, so annotation tools (Hypothesis and others that read
 * the model) and our extension can show our checks on the original article. The target carries both a
 * TextQuoteSelector (robust: re-anchored by the words) and a TextPositionSelector (offsets
 * in our verbatim copy, `article.txt`, a hint where the original page's text differs). The format
 * itself, shared with the extension, is src/annotations/wire-format.ts.
 * @see https://www.w3.org/TR/annotation-model/
 */
import {
  annotationCollection,
  type AnnotationCollection,
  type LinkBody,
  positionSelector,
  quoteSelector,
  type TextualBody,
  type VerdictBody,
  type WebAnnotation,
} from '../annotations/index.ts';
import type { Source } from '../corpus/model.ts';
import { quoteForDisplay } from '../domain/quote-text.ts';
import { sourceTitle, type ClaimView, type SourceView } from './site-model.ts';
import { paths } from '../domain/site-paths.ts';
import { siteUrls, type SiteIdentity } from './site-identity.ts';

/** The article's own address where known; else our verbatim copy of it. */
export function annotationTargetUrl(source: Source, site: SiteIdentity): string {
  return source.data.url ?? siteUrls(site).absoluteUrl(paths.source(source.slug));
}

/** Only dates are recorded; the model asks for xsd:dateTime, so they are given as midnight UTC. */
const dateTime = (date: string) => `${date}T00:00:00Z`;

const text = (
  language: string,
  purpose: TextualBody['purpose'],
  value: string,
  format = 'text/plain',
): TextualBody => ({
  type: 'TextualBody',
  purpose,
  value,
  format,
  language,
});
const link = (url: string): LinkBody => ({
  type: 'SpecificResource',
  purpose: 'linking',
  source: { id: url, type: 'Text' },
});

/** Who checked the claim (a team is an Organization), or the site where the check names no one. */
export function creatorOf(view: ClaimView, site: SiteIdentity): WebAnnotation['creator'] {
  const { absoluteUrl } = siteUrls(site);
  const author = view.byline.author;
  if (!author) return { id: absoluteUrl(paths.home()), type: 'Organization', name: site.name };
  const type = author.kind === 'team' ? 'Organization' : 'Person';
  return { id: absoluteUrl(paths.person(author.id)), type, name: author.name };
}

export function webAnnotation(view: ClaimView, site: SiteIdentity): WebAnnotation {
  const { claim, source } = view;
  const { absoluteUrl } = siteUrls(site);
  const body = (purpose: TextualBody['purpose'], value: string, format?: string) =>
    text(site.language, purpose, value, format);
  return {
    id: `${absoluteUrl(paths.sourceAnnotationsData(source.slug))}#${view.id}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: dateTime(claim.data.published),
    modified: dateTime(view.lastChanged),
    creator: creatorOf(view, site),
    body: [
      { ...body('assessing', view.verdict.label), purpose: 'assessing', verdictId: view.verdict.id } as VerdictBody,
      ...view.flags.map((flag) => body('tagging', flag.label)),
      body('describing', claim.data.summary),
      // The explanation as the editor wrote it: Markdown, which annotation clients render.
      body('commenting', claim.body.trim(), 'text/markdown'),
      link(absoluteUrl(paths.claim(view.id))),
      ...view.citations.map((citation) => link(citation.data.url)),
    ],
    target: {
      type: 'SpecificResource',
      source: annotationTargetUrl(source, site),
      selector: [quoteSelector(source.text, claim.start, claim.end), positionSelector(claim)],
    },
  };
}

export function allAnnotations(sources: readonly SourceView[], site: SiteIdentity): AnnotationCollection {
  return annotationCollection(
    siteUrls(site).absoluteUrl(paths.annotationsData()),
    `${site.name}: every checked claim`,
    sources.flatMap((view) => view.claims.map((claim) => webAnnotation(claim, site))),
  );
}

export function sourceAnnotations(view: SourceView, site: SiteIdentity): AnnotationCollection {
  return annotationCollection(
    siteUrls(site).absoluteUrl(paths.sourceAnnotationsData(view.source.slug)),
    `${site.name}: checked claims in ${quoteForDisplay(sourceTitle(view.source))}`,
    view.claims.map((claim) => webAnnotation(claim, site)),
  );
}
