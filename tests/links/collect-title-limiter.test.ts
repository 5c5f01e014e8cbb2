/** The link check's pure parts: which URLs the content relies on, title similarity, and the limiter's bounds. */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/model.ts';
import { collectTargets, explanationLinks } from '../../src/links/collect.ts';
import { createLimiter } from '../../src/links/limiter.ts';
import { findTitle, titleResembles, titleSimilarity } from '../../src/links/title.ts';

describe('collectTargets', () => {
  it('collects source, citation and explanation URLs with the files that use them', () => {
    const corpus = {
      sources: [
        {
          file: 'content/sources/s/source.yaml',
          data: { url: 'https://news.test/a', archivedUrl: 'https://archive.test/a', retrieved: '2024-05-01' },
        },
      ],
      citations: [
        {
          file: 'content/citations/c.yaml',
          data: { url: 'https://gov.test/doc', title: 'The report', date: '2023-01-01' },
        },
        { file: 'content/citations/d.yaml', data: { url: 'https://news.test/a', title: 'Headline' } },
      ],
      claims: [
        {
          file: 'content/claims/s/one.mdx',
          body: 'See [the report](https://gov.test/doc), [a note](#x) and https://plain.test/page.\n\n[ref]: http://ref.test/',
        },
      ],
      drafts: [],
    } as unknown as Corpus;
    expect(collectTargets(corpus)).toEqual([
      { url: 'http://ref.test/', usedBy: ['content/claims/s/one.mdx'] },
      { url: 'https://archive.test/a', usedBy: ['content/sources/s/source.yaml'], isArchive: true },
      {
        url: 'https://gov.test/doc',
        usedBy: ['content/citations/c.yaml', 'content/claims/s/one.mdx'],
        expectedTitle: 'The report',
        date: '2023-01-01',
      },
      {
        url: 'https://news.test/a',
        usedBy: ['content/citations/d.yaml', 'content/sources/s/source.yaml'],
        archivedUrl: 'https://archive.test/a',
        expectedTitle: 'Headline',
        date: '2024-05-01',
      },
      { url: 'https://plain.test/page', usedBy: ['content/claims/s/one.mdx'] },
    ]);
  });

  it('ignores links that are not absolute http(s) URLs', () => {
    expect(explanationLinks('[a](/claims/x/) [b](mailto:x@y.test) [c](https:bad.test)')).toEqual([]);
  });
});

describe('titles', () => {
  it('finds the first <title>, entities decoded, whitespace collapsed', () => {
    expect(findTitle('<html><head><title lang="en">\n A &amp; B&#8217;s  report\n</title>')).toBe('A & B’s report');
    expect(findTitle('<head><title>Not yet complete')).toBeUndefined();
    // Every named reference of HTML, as a browser decodes them: a curly apostrophe must not lower similarity.
    expect(findTitle('<title>ICE&rsquo;s &ldquo;detainers&rdquo; &mdash; a&nbsp;guide&hellip;</title>')).toBe(
      'ICE’s “detainers” — a guide…',
    );
    expect(
      titleSimilarity('ICE’s detainers explained', findTitle('<title>ICE&rsquo;s detainers explained</title>')!),
    ).toBe(1);
  });

  it.each([
    ['Council adopts the 2024 budget', 'Council adopts the 2024 budget | City News', true],
    ['Council adopts the 2024 budget and tax rate', 'Council adopts budget', true],
    ['Ernesto Galarza v. Mark Szalczyk - Third Circuit', 'Galarza v. Szalczyk', true],
    ['Council adopts the 2024 budget and tax rate', 'Page not found | City News', false],
    ['Council adopts the 2024 budget and tax rate', 'Home', false],
    ['Council adopts the 2024 budget and tax rate', 'City News – Local news, sports and weather', false],
  ])('%j resembles %j: %s', (expected, actual, resembles) => {
    expect(titleResembles(expected, actual)).toBe(resembles);
  });

  it('scores identical titles 1 and unrelated ones 0', () => {
    expect(titleSimilarity('The Report', 'report')).toBe(1);
    expect(titleSimilarity('The Report', 'Weather')).toBe(0);
  });
});

describe('createLimiter', () => {
  it.each([
    [10, 2, 8, 2],
    [3, 2, 3, 2],
  ])(
    'with concurrency %i and perHost %i over 4 keys, runs %i at once overall and at most %i per key',
    async (concurrency, perHost, overallMax, keyMax) => {
      const limiter = createLimiter(concurrency, perHost);
      const active = new Map<string, number>();
      let overall = 0;
      let maxOverall = 0;
      const maxByKey = new Map<string, number>();
      const tasks = Array.from({ length: 40 }, (_, index) => {
        const key = `host-${index % 4}`;
        return limiter.run(key, async () => {
          overall += 1;
          active.set(key, (active.get(key) ?? 0) + 1);
          maxOverall = Math.max(maxOverall, overall);
          maxByKey.set(key, Math.max(maxByKey.get(key) ?? 0, active.get(key) ?? 0));
          await new Promise((resolve) => setTimeout(resolve, 2 + (index % 3)));
          overall -= 1;
          active.set(key, (active.get(key) ?? 0) - 1);
          return index;
        });
      });
      expect(await Promise.all(tasks)).toEqual(Array.from({ length: 40 }, (_, index) => index));
      expect(maxOverall).toBe(overallMax);
      expect(Math.max(...maxByKey.values())).toBeLessThanOrEqual(keyMax);
    },
  );
});
