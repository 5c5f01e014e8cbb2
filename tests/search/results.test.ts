import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE } from '../../src/domain/scale.ts';
import {
  formatCount,
  spokenCount,
  statusMessage,
  toResultView,
  type PagefindResultData,
} from '../../src/search/results.ts';
import { translator } from '../../src/i18n/index.ts';
import { searchText, searchWords } from '../../src/search/words.ts';

/** The words the English search page hands its script. */
const text = searchText(searchWords(translator('en')));

const claim: PagefindResultData = {
  url: '/claims/x/?pagefind-highlight=detainer',
  excerpt: 'an ICE <mark>detainer</mark>',
  meta: {
    title: 'the jail ignored the detainer',
    source_title: 'An article',
    date: '2026-11-25',
    verdict: 'misleading',
  },
  filters: { type: ['claim'], source: ['an-article'], verdict: ['misleading'], flag: ['missing-context'] },
};
const source: PagefindResultData = {
  url: '/sources/an-article/',
  excerpt: 'text',
  meta: { title: 'An article', source_title: 'An article', date: '2019-12-13' },
  filters: { type: ['source'], source: ['an-article'] },
};

describe('result view', () => {
  it('shows a claim with its quote as title, its verdict badge, source and check date', () => {
    expect(toResultView(claim, DEFAULT_SCALE, text)).toEqual({
      url: '/claims/x/?pagefind-highlight=detainer',
      kind: 'claim',
      kindLabel: 'Claim',
      title: '“the jail ignored the detainer”',
      excerpt: [
        { text: 'an ICE ', mark: false },
        { text: 'detainer', mark: true },
      ],
      verdict: { id: 'misleading', label: 'Misleading', icon: '⚠', definition: expect.stringContaining('framed') },
      sourceTitle: 'An article',
      dateText: 'Checked 2026-11-25',
    });
  });

  it('shows an article without a verdict, dated by publication', () => {
    const view = toResultView(source, DEFAULT_SCALE, text);
    expect(view).toMatchObject({
      kind: 'source',
      kindLabel: 'Article',
      title: 'An article',
      verdict: null,
      dateText: 'Published 2019-12-13',
    });
  });

  it('ignores a verdict that is not on the scale and falls back to the URL without a title', () => {
    const view = toResultView({ ...claim, meta: { verdict: 'constructor' } }, DEFAULT_SCALE, text);
    expect(view.verdict).toBeNull();
    expect(view.title).toBe(claim.url);
    expect(view.dateText).toBe('');
  });
});

describe('counts and status', () => {
  it('shows a blank count until the index answers, then the number', () => {
    expect(formatCount(undefined)).toBe('');
    expect(formatCount(0)).toBe('0');
    expect(spokenCount(1, text)).toBe('1 result');
    expect(spokenCount(12, text)).toBe('12 results');
  });

  it('announces the number of results, the words and whether filters apply', () => {
    expect(statusMessage({ q: 'detainer', total: 12, filtered: false }, text)).toBe('12 results for “detainer”.');
    expect(statusMessage({ q: 'detainer', total: 1, filtered: true }, text)).toBe(
      '1 result for “detainer” with the selected filters.',
    );
    expect(statusMessage({ q: '', total: 6, filtered: true }, text)).toBe('6 results matching the selected filters.');
    expect(statusMessage({ q: 'zzz', total: 0, filtered: false }, text)).toBe('No results for “zzz”.');
  });
});
