import { describe, expect, it } from 'vitest';
import { QuoteAnchorer } from '../../src/domain/anchor.ts';
import { allAnnotations, CONTEXT_LENGTH, quoteSelector, sourceAnnotations, webAnnotation } from '../../src/site/web-annotations.ts';
import { claimOf, fixtureModel } from '../support/fixture-model.ts';
import { annotationFailures, collectionFailures } from '../support/w3c-annotation.ts';

const model = await fixtureModel();

describe('quoteSelector', () => {
  it(`takes up to ${CONTEXT_LENGTH} characters of context on each side`, () => {
    const text = `${'a'.repeat(40)}QUOTE${'b'.repeat(40)}`;
    expect(quoteSelector(text, 40, 45)).toEqual({ type: 'TextQuoteSelector', exact: 'QUOTE', prefix: 'a'.repeat(32), suffix: 'b'.repeat(32) });
    expect(quoteSelector('QUOTE', 0, 5)).toMatchObject({ prefix: '', suffix: '' });
  });

  it('never splits a surrogate pair at the edge of the context', () => {
    const text = `🙂${'a'.repeat(31)}Q${'b'.repeat(31)}🙂`;
    const selector = quoteSelector(text, 33, 34);
    expect(selector.prefix).toBe('a'.repeat(31));
    expect(selector.suffix).toBe('b'.repeat(31));
  });
});

describe('webAnnotation', () => {
  it('targets the original article where its URL is known, else our copy of it', () => {
    expect(webAnnotation(claimOf(model, 'sample-vote')).target.source).toBe('https://example.org/sample');
    expect(webAnnotation(claimOf(model, 'second-vote')).target.source).toMatch(/\/sources\/second-article\/$/);
  });

  it('carries the verdict, flags, summary, explanation and links to the check and its citations', () => {
    const annotation = webAnnotation(claimOf(model, 'sample-unanimously'));
    expect(annotation.motivation).toBe('assessing');
    expect(annotation.body.map((body) => (body.type === 'TextualBody' ? [body.purpose, body.value.split('\n')[0]] : [body.purpose, body.source.id]))).toEqual([
      ['assessing', 'Partly supported'],
      ['tagging', 'Missing context'],
      ['describing', 'Nested inside another claim.'],
      ['commenting', '## A heading an editor wrote'],
      ['linking', expect.stringMatching(/\/claims\/sample-unanimously\/$/)],
      ['linking', 'https://example.org/vote'],
      ['linking', 'http://example.org/news'],
    ]);
  });

  it('re-anchors every quote selector to the offsets of its position selector, repeated words and emoji included', () => {
    for (const view of model.claims.values()) {
      const [quote, position] = webAnnotation(view).target.selector;
      expect(new QuoteAnchorer(view.source.text).anchor(quote), view.id).toEqual({ ok: true, start: position.start, end: position.end });
      expect(view.source.text.slice(position.start, position.end)).toBe(quote.exact);
    }
  });

  it('passes the W3C MUST assertions for annotations and collections', () => {
    const collection = allAnnotations(model.sources);
    expect(collection.total).toBe(model.claims.size);
    expect(collectionFailures(collection)).toEqual([]);
    for (const item of collection.first.items) expect(annotationFailures({ '@context': collection['@context'], ...item })).toEqual([]);
    for (const view of model.sources) expect(collectionFailures(sourceAnnotations(view))).toEqual([]);
  });

  it('is caught by the W3C schemas when broken', () => {
    const item = { '@context': 'http://www.w3.org/ns/anno.jsonld', ...webAnnotation(claimOf(model, 'sample-vote')) };
    expect(annotationFailures({ ...item, '@context': 'https://schema.org' })).toHaveLength(1);
    expect(annotationFailures({ ...item, bodyValue: 'also' })).toEqual([expect.stringContaining('notBodyBodyValue')]);
    expect(annotationFailures({ ...item, target: undefined })).toEqual([expect.stringContaining('targetKeyFound')]);
  });
});
