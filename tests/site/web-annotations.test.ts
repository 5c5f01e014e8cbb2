import siteConfig from 'virtual:factcheck/config';
import { describe, expect, it } from 'vitest';
import { QuoteAnchorer } from '../../src/annotations/index.ts';
import { allAnnotations, sourceAnnotations, webAnnotation } from '../../src/site/web-annotations.ts';
import { claimOf, fixtureModel } from '../support/fixture-model.ts';
import { ANNOTATION_ASSERTIONS, annotationFailures, collectionFailures } from '../support/w3c-annotation.ts';

const model = await fixtureModel();

describe('webAnnotation', () => {
  it('targets the original article where its URL is known, else our copy of it', () => {
    expect(webAnnotation(claimOf(model, 'sample-vote'), siteConfig).target.source).toBe('https://example.org/sample');
    expect(webAnnotation(claimOf(model, 'second-vote'), siteConfig).target.source).toMatch(
      /\/sources\/second-article\/$/,
    );
  });

  it('carries the verdict, flags, summary, explanation and links to the check and its citations', () => {
    const annotation = webAnnotation(claimOf(model, 'sample-unanimously'), siteConfig);
    expect(annotation.motivation).toBe('assessing');
    expect(
      annotation.body.map((body) =>
        body.type === 'TextualBody' ? [body.purpose, body.value.split('\n')[0]] : [body.purpose, body.source.id],
      ),
    ).toEqual([
      ['assessing', 'Partly supported'],
      ['tagging', 'Missing context'],
      ['describing', 'Nested inside another claim.'],
      ['commenting', '## A heading an editor wrote'],
      ['linking', expect.stringMatching(/\/claims\/sample-unanimously\/$/)],
      ['linking', 'https://example.org/vote'],
      ['linking', 'http://example.org/news'],
    ]);
  });

  it("carries the verdict's id in the site's scale beside its label, for the extension to look it up by", () => {
    for (const view of model.claims.values()) {
      const [verdict] = webAnnotation(view, siteConfig).body;
      expect(verdict).toMatchObject({ purpose: 'assessing', value: view.verdict.label, verdictId: view.verdict.id });
    }
  });

  it("re-anchors every quote selector to its position selector's offsets, repeated words and emoji included", () => {
    for (const view of model.claims.values()) {
      const [quote, position] = webAnnotation(view, siteConfig).target.selector;
      expect(new QuoteAnchorer(view.source.text).anchor(quote), view.id).toEqual({
        ok: true,
        start: position.start,
        end: position.end,
      });
      expect(view.source.text.slice(position.start, position.end)).toBe(quote.exact);
    }
  });

  it('passes all fourteen W3C MUST assertions of annotationMusts.test, in the whole collection and per source', () => {
    expect(ANNOTATION_ASSERTIONS).toHaveLength(14);
    const collection = allAnnotations(model.sources, siteConfig);
    expect(collection.total).toBe(model.claims.size);
    expect(collectionFailures(collection)).toEqual([]);
    for (const item of collection.first.items)
      expect(annotationFailures({ '@context': collection['@context'], ...item })).toEqual([]);
    for (const view of model.sources) {
      const perSource = sourceAnnotations(view, siteConfig);
      expect(collectionFailures(perSource)).toEqual([]);
      for (const item of perSource.first.items)
        expect(annotationFailures({ '@context': perSource['@context'], ...item })).toEqual([]);
    }
  });

  describe('is caught by the vendored W3C assertion when broken', () => {
    const item = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      ...webAnnotation(claimOf(model, 'sample-vote'), siteConfig),
    };
    const [quote, position] = item.target.selector;
    const [firstBody, ...otherBodies] = item.body;
    // Each case breaks one requirement of the model; exactly the assertion that owns it must fail.
    const cases: [string, object, string][] = [
      [
        'an @context other than the anno.jsonld context',
        { '@context': 'https://schema.org' },
        '3.1-annotationContextValidated.json',
      ],
      ['an id that is not a URI', { id: 'claim 1' }, '3.1-annotationIdValidated.json'],
      ['a type other than Annotation', { type: 'Note' }, '3.1-annotationTypeValidated.json'],
      ['no target', { target: undefined }, '3.1-targetKeyFound.json'],
      [
        'a target SpecificResource without source',
        { target: { type: 'SpecificResource', selector: item.target.selector } },
        '3.2-targetObjectsRecognized.json',
      ],
      [
        'a target selector with a negative start',
        { target: { ...item.target, selector: [quote, { ...position, start: -1 }] } },
        '3.2-targetObjectsRecognized.json',
      ],
      [
        'a target quote selector without exact',
        { target: { ...item.target, selector: [{ type: 'TextQuoteSelector', prefix: '' }, position] } },
        '3.2-targetObjectsRecognized.json',
      ],
      ['both body and bodyValue', { bodyValue: 'also' }, '3.2.5-notBodyBodyValue.json'],
      [
        'a link body without source',
        { body: [firstBody, { type: 'SpecificResource', purpose: 'linking' }] },
        '3.2-bodyObjectsRecognized.json',
      ],
      [
        'a textual body whose value is not a string',
        { body: [{ ...firstBody, value: 3 }, ...otherBodies] },
        '3.2-bodyObjectsRecognized.json',
      ],
      [
        'two bodyValue strings in place of a body',
        { body: undefined, bodyValue: ['Partly supported', 'Missing context'] },
        '3.2.5-bodyValueValidated.json',
      ],
      ['a created date without a time', { created: '2024-05-01' }, '3.3.1-annotationCreatedValidated.json'],
      ['two modified values', { modified: [item.modified, item.modified] }, '3.3.1-annotationModifiedValidated.json'],
      [
        'a generated value that is not a date-time',
        { generated: 'yesterday' },
        '3.3.1-annotationGeneratedValidated.json',
      ],
      ['rights that are not a URI', { rights: 'CC BY 4.0' }, '3.3.6-annotationRightsValidated.json'],
      [
        'two canonical URIs',
        { canonical: ['https://example.org/a', 'https://example.org/b'] },
        '3.3.7-annotationCanonicalValidated.json',
      ],
      ['a via that is not a URI', { via: 'our archive' }, '3.3.7-annotationViaValidated.json'],
    ];

    it.each(cases)('rejects %s', (_case, change, assertion) => {
      expect(annotationFailures({ ...item, ...change })).toEqual([
        expect.stringMatching(new RegExp(`^${assertion.replaceAll('.', '\\.')} \\(must\\): `)),
      ]);
    });

    it('exercises every one of the fourteen assertions', () => {
      expect(new Set(cases.map(([, , assertion]) => assertion))).toEqual(new Set(ANNOTATION_ASSERTIONS));
    });
  });
});
