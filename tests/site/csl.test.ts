import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { bibliography } from '../../src/site/csl.ts';
import { fixtureModel } from '../support/fixture-model.ts';

const model = await fixtureModel();

describe('bibliography (CSL-JSON)', () => {
  const items = bibliography(model.corpus.citations);

  it('gives each citation a CSL item with what we recorded and nothing more', () => {
    expect(items).toEqual([
      {
        id: 'fixture-news',
        type: 'article-newspaper',
        title: '[News report on the vote (no headline shown)]',
        publisher: 'Fixture News',
        'container-title': 'Fixture News',
        URL: 'http://example.org/news',
      },
      {
        id: 'fixture-vote-record',
        type: 'document',
        title: 'Record of the council vote',
        publisher: 'Fixture City Council',
        issued: { 'date-parts': [[2024, 4, 30]] },
        URL: 'https://example.org/vote',
      },
    ]);
  });

  it('formats as a bibliography with citation-js', () => {
    const text = new Cite(items).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
    expect(text).toContain('Record of the council vote');
    expect(text).toContain('2024');
    expect(text).toContain('https://example.org/vote');
    // citation-js compiles its APA style on first use: about 3.5 s alone, more on a busy machine.
  }, 30_000);
});
