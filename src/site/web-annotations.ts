/**
 * Every claim as a W3C Web Annotation, so annotation tools (Hypothesis and others that read
 * the model) can show our checks on the original article. The target carries both a
 * TextQuoteSelector (robust: re-anchored by the words) and a TextPositionSelector (offsets
 * in our verbatim copy, `article.txt`, a hint where the original page's text differs).
 * @see https://www.w3.org/TR/annotation-model/
 */
import type { Source } from '../corpus/model.ts';
import { quoteForDisplay } from '../domain/quote-text.ts';
import { sourceTitle, type ClaimView, type SourceView } from './site-model.ts';
import { paths } from '../domain/site-paths.ts';
import { siteUrls, type SiteIdentity } from './site-identity.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Characters of context on each side of a quote: enough to tell repeated passages apart. */
export const CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export interface TextualBody {
  type: 'TextualBody';
  purpose: 'assessing' | 'tagging' | 'commenting' | 'describing';
  value: string;
  format: string;
  language: string;
}
export interface LinkBody {
  type: 'SpecificResource';
  purpose: 'linking';
  source: { id: string; type: 'Text' };
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  created: string;
  modified: string;
  creator: { id: string; type: 'Person' | 'Organization'; name: string };
  body: (TextualBody | LinkBody)[];
  target: { type: 'SpecificResource'; source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; partOf: string; startIndex: 0; items: WebAnnotation[] };
}

/** Up to `length` UTF-16 units ending at `end` (or starting at `start`), never splitting a surrogate pair. */
function sliceBefore(text: string, end: number, length: number): string {
  let start = Math.max(0, end - length);
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text.charAt(start))) start += 1;
  return text.slice(start, end);
}
function sliceAfter(text: string, start: number, length: number): string {
  let end = Math.min(text.length, start + length);
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text.charAt(end))) end -= 1;
  return text.slice(start, end);
}

export function quoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: sliceBefore(text, start, CONTEXT_LENGTH),
    suffix: sliceAfter(text, end, CONTEXT_LENGTH),
  };
}

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
      body('assessing', view.verdict.label),
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
      selector: [
        quoteSelector(source.text, claim.start, claim.end),
        { type: 'TextPositionSelector', start: claim.start, end: claim.end },
      ],
    },
  };
}

export function annotationCollection(
  id: string,
  label: string,
  claims: readonly ClaimView[],
  site: SiteIdentity,
): AnnotationCollection {
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: claims.length,
    first: {
      id: `${id}#page-1`,
      type: 'AnnotationPage',
      partOf: id,
      startIndex: 0,
      items: claims.map((view) => webAnnotation(view, site)),
    },
  };
}

export function allAnnotations(sources: readonly SourceView[], site: SiteIdentity): AnnotationCollection {
  return annotationCollection(
    siteUrls(site).absoluteUrl(paths.annotationsData()),
    `${site.name}: every checked claim`,
    sources.flatMap((view) => view.claims),
    site,
  );
}

export function sourceAnnotations(view: SourceView, site: SiteIdentity): AnnotationCollection {
  return annotationCollection(
    siteUrls(site).absoluteUrl(paths.sourceAnnotationsData(view.source.slug)),
    `${site.name}: checked claims in ${quoteForDisplay(sourceTitle(view.source))}`,
    view.claims,
    site,
  );
}
