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
import { SITE } from '../site.config.ts';
import { sourceTitle, type ClaimView, type SourceView } from './site-model.ts';
import { absoluteUrl, paths } from './urls.ts';

/** The article's own address where known; else our verbatim copy of it. */
export function annotationTargetUrl(source: Source): string {
  return source.data.url ?? absoluteUrl(paths.source(source.slug));
}

/** Only dates are recorded; the model asks for xsd:dateTime, so they are given as midnight UTC. */
const dateTime = (date: string) => `${date}T00:00:00Z`;

const text = (purpose: TextualBody['purpose'], value: string, format = 'text/plain'): TextualBody => ({
  type: 'TextualBody',
  purpose,
  value,
  format,
  language: SITE.lang,
});
const verdict = (view: ClaimView): VerdictBody => ({
  ...text('assessing', view.verdict.label),
  purpose: 'assessing',
  verdictId: view.verdict.id,
});
const link = (url: string): LinkBody => ({
  type: 'SpecificResource',
  purpose: 'linking',
  source: { id: url, type: 'Text' },
});

/** Who checked the claim (a team is an Organization), or the site where the check names no one. */
export function creatorOf(view: ClaimView): WebAnnotation['creator'] {
  const author = view.byline.author;
  if (!author) return { id: absoluteUrl(paths.home()), type: 'Organization', name: SITE.name };
  const type = author.kind === 'team' ? 'Organization' : 'Person';
  return { id: absoluteUrl(paths.person(author.id)), type, name: author.name };
}

export function webAnnotation(view: ClaimView): WebAnnotation {
  const { claim, source } = view;
  return {
    id: `${absoluteUrl(paths.sourceAnnotationsData(source.slug))}#${view.id}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: dateTime(claim.data.published),
    modified: dateTime(view.lastChanged),
    creator: creatorOf(view),
    body: [
      verdict(view),
      ...view.flags.map((flag) => text('tagging', flag.label)),
      text('describing', claim.data.summary),
      // The explanation as the editor wrote it: Markdown, which annotation clients render.
      text('commenting', claim.body.trim(), 'text/markdown'),
      link(absoluteUrl(paths.claim(view.id))),
      ...view.citations.map((citation) => link(citation.data.url)),
    ],
    target: {
      type: 'SpecificResource',
      source: annotationTargetUrl(source),
      selector: [quoteSelector(source.text, claim.start, claim.end), positionSelector(claim)],
    },
  };
}

export function allAnnotations(sources: readonly SourceView[]): AnnotationCollection {
  return annotationCollection(
    absoluteUrl(paths.annotationsData()),
    `${SITE.name}: every checked claim`,
    sources.flatMap((view) => view.claims.map(webAnnotation)),
  );
}

export function sourceAnnotations(view: SourceView): AnnotationCollection {
  return annotationCollection(
    absoluteUrl(paths.sourceAnnotationsData(view.source.slug)),
    `${SITE.name}: checked claims in ${quoteForDisplay(sourceTitle(view.source))}`,
    view.claims.map(webAnnotation),
  );
}
