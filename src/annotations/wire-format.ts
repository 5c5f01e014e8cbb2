/**
 * The wire format the checker's side and the extension share: every checked claim as a W3C Web
 * Annotation in an AnnotationCollection, written by the site (src/site/web-annotations.ts) and read
 * back, as untrusted JSON, by the extension (read-collection.ts). Field names are public (annotation
 * tools and people's scripts read them too): fields are added, never renamed.
 * @see https://www.w3.org/TR/annotation-model/
 * @see https://www.w3.org/TR/annotation-vocab/#annotationcollection
 */
import type { PublishedPositionSelector, PublishedQuoteSelector } from './selectors.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Where the collections live: paths under the site's base address, and inside the extension's folder. */
export const ANNOTATION_FILES = {
  /** Every checked claim, in one collection, on the site. */
  all: 'data/annotations.jsonld',
  /** One source's claims, on the site: what the extension fetches for the article being read. */
  source: (slug: string) => `data/annotations/${slug}.jsonld`,
  /** The same collection as bundled in the extension at build, for when the site cannot be reached. */
  bundled: (slug: string) => `annotations/${slug}.jsonld`,
} as const;

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'assessing' | 'tagging' | 'commenting' | 'describing';
  value: string;
  format: string;
  language: string;
}

/**
 * The verdict: `value` is its label, what annotation clients show; `verdictId` its id in the site's scale,
 * what the extension looks it up by (labels are the interface's words, and may change or be translated).
 */
export interface VerdictBody extends TextualBody {
  purpose: 'assessing';
  verdictId: string;
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
  body: (VerdictBody | TextualBody | LinkBody)[];
  target: {
    type: 'SpecificResource';
    source: string;
    selector: [PublishedQuoteSelector, PublishedPositionSelector];
  };
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; partOf: string; startIndex: 0; items: WebAnnotation[] };
}

/** The annotations in one collection, on one page (`first`): our collections are small enough. */
export function annotationCollection(id: string, label: string, items: WebAnnotation[]): AnnotationCollection {
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
  };
}
