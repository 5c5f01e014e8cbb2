/**
 * The open-data outputs of the real build: ClaimReview JSON-LD on claim pages, the Web
 * Annotation collections, the CSL-JSON bibliography, RSS, sitemap, and the share cards that
 * Open Graph and Twitter tags point at.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import {
  type AnnotationCollection,
  excerptFragment,
  QuoteAnchorer,
  type WebAnnotation,
} from '../../src/annotations/index.ts';
import siteConfig from 'virtual:factcheck/config';
import { activeScale } from '../../src/site/active-scale.ts';
import { lastChanged } from '../../src/site/site-model.ts';
import { absoluteUrl, href, paths } from '../../src/site/urls.ts';
import { ROOT } from '../support/fixture-case.ts';
import { readPage, selectAll, toString } from '../support/html.ts';
import {
  ANNOTATION_ASSERTIONS,
  annotationFailures,
  collectionFailures,
  definitionFailures,
} from '../support/w3c-annotation.ts';
import { SITE_DIR } from '../setup/build-site.ts';

const { corpus } = await loadCorpus(ROOT, undefined, { scale: activeScale() });
const claimUrls = corpus.claims.map((claim) => absoluteUrl(paths.claim(claim.id)));
const readOutput = (file: string) => readFileSync(path.join(SITE_DIR, file.replace(/^\//, '')), 'utf8');
/** The built file an absolute URL of this site points at. */
const fileFor = (url: string) => path.join(SITE_DIR, decodeURIComponent(new URL(url).pathname).slice(href('/').length));
const meta = (tree: ReturnType<typeof readPage>['tree'], key: string) =>
  selectAll(`meta[property="${key}"], meta[name="${key}"]`, tree).map((node) => String(node.properties['content']));

describe('ClaimReview JSON-LD', () => {
  it.each(corpus.claims.map((claim) => [claim.id, claim] as const))('%s', (id, claim) => {
    const { tree } = readPage(SITE_DIR, paths.claim(id));
    const blocks = selectAll('script[type="application/ld+json"]', tree).map((node) => JSON.parse(toString(node)));
    const reviews = blocks.filter((block) => block['@type'] === 'ClaimReview');
    const verdict = activeScale().verdict(claim.data.verdict);
    if (verdict.rating === null) {
      expect(reviews, 'an opinion carries no ClaimReview').toHaveLength(0);
      return;
    }
    expect(reviews).toHaveLength(1);
    const review = reviews[0];
    const source = corpus.sources.find((candidate) => candidate.slug === claim.source)!;
    expect(review['@context']).toBe('https://schema.org');
    expect(review.url).toBe(absoluteUrl(paths.claim(id)));
    expect(review.claimReviewed).toBe(source.text.slice(claim.start, claim.end));
    expect(review.datePublished).toBe(claim.data.published);
    const site = { '@type': 'Organization', name: siteConfig.name, url: absoluteUrl('/') };
    const author = corpus.people.find((person) => person.id === claim.data.author);
    expect(review.author).toEqual(
      author
        ? {
            '@type': author.data.kind === 'team' ? 'Organization' : 'Person',
            name: author.data.name,
            url: absoluteUrl(paths.person(author.id)),
          }
        : site,
    );
    expect(review.publisher).toEqual(site);
    expect(review.dateModified).toBe(lastChanged(claim.data));
    expect(review.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: verdict.rating,
      bestRating: 5,
      worstRating: 1,
      alternateName: verdict.label,
    });
    expect(review.itemReviewed['@type']).toBe('Claim');
    expect(review.itemReviewed.appearance).toMatchObject({
      url: source.data.url ?? absoluteUrl(paths.source(source.slug)),
      headline: source.data.title ?? source.data.label,
      ...(source.data.published ? { datePublished: source.data.published } : {}),
      ...(source.data.outlet ? { publisher: { '@type': 'Organization', name: source.data.outlet } } : {}),
    });
  });
});

describe('claims and people data', () => {
  const claims = JSON.parse(readOutput(paths.claimsData()));
  const people = JSON.parse(readOutput(paths.peopleData()));
  const name = (id: string) => corpus.people.find((person) => person.id === id)?.data.name;

  it('carries each published claim with its author, reviewers and corrections, and no draft', () => {
    expect(claims.map((claim: { id: string }) => claim.id).sort()).toEqual(
      corpus.claims.map((claim) => claim.id).sort(),
    );
    const drafts = new Set(corpus.drafts.map((draft) => draft.id));
    expect(claims.filter((claim: { id: string }) => drafts.has(claim.id))).toEqual([]);
    for (const claim of corpus.claims) {
      const row = claims.find((candidate: { id: string }) => candidate.id === claim.id);
      const { author, reviewers, corrections } = claim.data;
      expect(row.author, claim.id).toEqual(author && name(author) ? { id: author, name: name(author) } : null);
      expect(row.reviewers, claim.id).toEqual(reviewers.filter(name).map((id) => ({ id, name: name(id) })));
      expect(row.corrections, claim.id).toEqual(corrections);
      expect(row.updated, claim.id).toBe(lastChanged(claim.data));
    }
  });

  it('links each claim into its original at the quote, and says null where the original is unknown', () => {
    const trees = new Map<string, ReturnType<typeof readPage>['tree']>();
    const treeOf = (page: string) => trees.get(page) ?? trees.set(page, readPage(SITE_DIR, page).tree).get(page)!;
    for (const claim of corpus.claims) {
      const row = claims.find((candidate: { id: string }) => candidate.id === claim.id);
      const original = corpus.sources.find((source) => source.slug === claim.source)!.data.url;
      if (original) {
        expect(row.textFragmentUrl.startsWith(`${original.split('#')[0]}#:~:text=`), claim.id).toBe(true);
        expect(row.textFragmentUrl, claim.id).toMatch(/#:~:text=(?:[\w!$'()*+./:;=?@~]|%[0-9A-F]{2}|[,-])+$/);
      } else expect(row.textFragmentUrl, claim.id).toBeNull();
      // The claim page and the note on the source page show the same link, and nothing without an original.
      const links = (page: string, selector: string) =>
        selectAll(selector, treeOf(page)).map((node) => node.properties['href']);
      const expected = original ? [row.textFragmentUrl] : [];
      expect(links(paths.claim(claim.id), 'a.original-link'), claim.id).toEqual(expected);
      expect(links(paths.source(claim.source), `[id="note-${claim.id}"] a.original-link`), claim.id).toEqual(expected);
      // Each cited excerpt opens its document at the excerpt.
      const excerpts = claim.data.citations
        .map((id) => corpus.citations.find((citation) => citation.id === id)!.data)
        .flatMap((data) => (data.excerpt ? [excerptFragment(data.url, data.excerpt)] : []));
      expect(links(paths.claim(claim.id), 'a.excerpt-link'), claim.id).toEqual(excerpts);
    }
  });

  it('lists every person and team in /data/people.json with the checks they wrote and reviewed', () => {
    expect(people.map((person: { id: string }) => person.id).sort()).toEqual(
      corpus.people.map((person) => person.id).sort(),
    );
    for (const person of people) {
      const authored = corpus.claims.filter((claim) => claim.data.author === person.id).length;
      const reviewed = corpus.claims.filter((claim) => claim.data.reviewers.includes(person.id)).length;
      expect([person.claimsAuthored, person.claimsReviewed], person.id).toEqual([authored, reviewed]);
      expect(existsSync(path.join(fileFor(person.page), 'index.html')), person.page).toBe(true);
    }
  });
});

describe('Web Annotation export', () => {
  const all = JSON.parse(readOutput(paths.annotationsData())) as AnnotationCollection;

  it('lists every claim once in one AnnotationCollection', () => {
    expect(all.total).toBe(corpus.claims.length);
    expect(new Set(all.first.items.map((item) => item.id)).size).toBe(corpus.claims.length);
  });

  it('passes vendored W3C JSON Schemas: collection, page, and all 14 annotationMusts.test MUSTs per annotation', () => {
    expect(ANNOTATION_ASSERTIONS).toHaveLength(14);
    expect(collectionFailures(all)).toEqual([]);
    const failures = all.first.items.flatMap((item) =>
      annotationFailures({ '@context': all['@context'], ...item }).map((failure) => `${item.id}: ${failure}`),
    );
    expect(failures).toEqual([]);
  });

  // What annotationMusts.test leaves out: motivation and textual-body purposes (SHOULD-level in the
  // model, checked against the vendored motivation list), lifecycle order, and what our own
  // selectors and links promise beyond their shape: recognised motivation and purposes, modified not
  // before created, non-empty quote with context, end after start, non-empty text, http(s) links.
  it('checks beyond the W3C MUSTs: motivation, purposes, dates, quote and context, offsets, body text, links', () => {
    const problems: string[] = [];
    const check = (id: string, ref: string, value: unknown) =>
      problems.push(...definitionFailures(ref, value).map((failure) => `${id}: ${failure}`));
    for (const item of all.first.items) {
      check(item.id, 'annotations.json#/definitions/motivationRecognizedIfPresent', item);
      expect(item.modified >= item.created, item.id).toBe(true);
      const [quote, position] = item.target.selector;
      expect([quote.type, position.type], item.id).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
      expect(Object.keys(quote).sort()).toEqual(['exact', 'prefix', 'suffix', 'type']);
      expect(quote.exact.length).toBeGreaterThan(0);
      expect(position.end, item.id).toBeGreaterThan(position.start);
      for (const body of item.body) {
        check(item.id, 'annotations.json#/definitions/motivationList', body.purpose);
        if (body.type === 'TextualBody') expect(body.value.length, item.id).toBeGreaterThan(0);
        else expect(new URL(body.source.id).protocol, item.id).toMatch(/^https?:$/);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(corpus.sources.map((source) => [source.slug, source] as const))(
    '%s: passes the W3C collection and MUST assertions, and re-anchors every quote to its position selector',
    (slug, source) => {
      const collection = JSON.parse(readOutput(paths.sourceAnnotationsData(slug))) as AnnotationCollection;
      expect(collectionFailures(collection)).toEqual([]);
      expect(
        collection.first.items.flatMap((item) => annotationFailures({ '@context': collection['@context'], ...item })),
      ).toEqual([]);
      const claims = corpus.claims.filter((claim) => claim.source === slug);
      expect(collection.first.items).toHaveLength(claims.length);
      const anchorer = new QuoteAnchorer(source.text);
      for (const item of collection.first.items as WebAnnotation[]) {
        const [quote, position] = item.target.selector;
        expect(anchorer.anchor(quote), item.id).toEqual({ ok: true, start: position.start, end: position.end });
        expect(item.target.source).toBe(source.data.url ?? absoluteUrl(paths.source(slug)));
        expect(all.first.items).toContainEqual(item);
      }
    },
  );
});

describe('CSL-JSON bibliography', () => {
  const items = JSON.parse(readOutput(paths.citationsData())) as { id: string; title: string; URL: string }[];

  it('has one item per citation and formats with citation-js', () => {
    expect(items.map((item) => item.id).sort()).toEqual(corpus.citations.map((citation) => citation.id).sort());
    const cite = new Cite(items);
    const entries = (cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string)
      .trim()
      .split('\n');
    expect(entries).toHaveLength(items.length);
    for (const item of items)
      expect(
        entries.some((entry) => entry.includes(item.URL)),
        item.id,
      ).toBe(true);
  });
});

describe('feeds and discovery', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name),
  });
  const parseXml = (file: string) => {
    const xml = readOutput(file);
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    return parser.parse(xml);
  };

  it('the RSS feed parses and lists every claim page', () => {
    const rss = parseXml(paths.rss());
    const links = (rss.rss.channel.item as { link: string }[]).map((item) => item.link);
    expect(links.sort()).toEqual([...claimUrls].sort());
  });

  it('the sitemap parses and lists every claim page', () => {
    const index = parseXml(paths.sitemap());
    const locs = (index.sitemapindex.sitemap as { loc: string }[]).flatMap(({ loc }) =>
      (parseXml(fileFor(loc).slice(SITE_DIR.length)).urlset.url as { loc: string }[]).map((url) => url.loc),
    );
    for (const url of [...claimUrls, absoluteUrl('/'), absoluteUrl(paths.methodology())]) expect(locs).toContain(url);
  });
});

describe('share cards and link previews', () => {
  it('every claim page has og:image and twitter:image pointing at its 1200×630 palette PNG card under 25 KB', () => {
    for (const claim of corpus.claims) {
      const { tree } = readPage(SITE_DIR, paths.claim(claim.id));
      const [image] = meta(tree, 'og:image');
      expect(image, claim.id).toBe(absoluteUrl(paths.claimCard(claim.id)));
      expect(meta(tree, 'twitter:image')).toEqual([image]);
      expect(meta(tree, 'twitter:card')).toEqual(['summary_large_image']);
      const png = readFileSync(fileFor(image!));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(png[25], `${claim.id}: colour type`).toBe(3);
      expect(png.length, claim.id).toBeLessThanOrEqual(25 * 1024);
    }
  });

  it('every page has a canonical URL, Open Graph and Twitter card tags, and an existing image', () => {
    // dist/extension/popup.html belongs to the browser extension, not the site.
    const pages = readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.html') && file !== path.join('extension', 'popup.html'),
    );
    expect(pages.length).toBeGreaterThan(corpus.claims.length);
    for (const page of pages) {
      const { tree } = readPage(SITE_DIR, `/${page}`);
      for (const key of [
        'og:title',
        'og:description',
        'og:url',
        'og:image',
        'og:type',
        'twitter:card',
        'twitter:title',
        'twitter:image',
      ]) {
        expect(meta(tree, key), `${page} ${key}`).toHaveLength(1);
      }
      expect(existsSync(fileFor(meta(tree, 'og:image')[0]!)), page).toBe(true);
      expect(selectAll('link[rel="canonical"]', tree), page).toHaveLength(1);
    }
  });
});
