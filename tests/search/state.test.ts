import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATE,
  hasFilters,
  isEmpty,
  keepKnown,
  pagefindFilters,
  parseSearchState,
  sameState,
  toSearchString,
  withoutFilters,
  type Facet,
  type SearchState,
} from '../../src/search/state.ts';

/** A state with one facet's values set, as the page's form builds it. */
const withFacet = (state: SearchState, facet: Facet, values: readonly string[]): SearchState => ({
  ...state,
  filters: { ...state.filters, [facet]: [...new Set(values)] },
});

describe('search state in the URL', () => {
  it('reads the words and every filter value, repeated parameters included', () => {
    expect(parseSearchState('?q=detainer&verdict=unsupported&verdict=false&flag=unsourced')).toEqual({
      q: 'detainer',
      filters: { type: [], verdict: ['unsupported', 'false'], source: [], flag: ['unsourced'] },
    });
  });

  it('trims the words, drops blank and repeated values and ignores unknown parameters', () => {
    expect(parseSearchState('?q=++ICE+detainer++&type=&type=claim&type=claim&utm_source=x')).toEqual({
      q: 'ICE detainer',
      filters: { type: ['claim'], verdict: [], source: [], flag: [] },
    });
  });

  it('cuts a very long query to 200 characters', () => {
    expect(parseSearchState(`?q=${'a'.repeat(500)}`).q).toHaveLength(200);
  });

  it('writes the shortest stable query string, and nothing for an empty search', () => {
    expect(toSearchString(EMPTY_STATE)).toBe('');
    const state = withFacet(
      withFacet({ ...EMPTY_STATE, q: 'sanctuary city' }, 'verdict', ['false', 'contested']),
      'source',
      ['b'],
    );
    expect(toSearchString(state)).toBe('?q=sanctuary+city&verdict=contested&verdict=false&source=b');
  });

  it('round-trips: parsing what it wrote gives the same state', () => {
    const state = withFacet({ ...EMPTY_STATE, q: 'Trust Act & “quotes”' }, 'flag', ['loaded-language']);
    expect(sameState(parseSearchState(toSearchString(state)), state)).toBe(true);
  });

  it('treats the same selection in another order as the same search', () => {
    expect(
      sameState(withFacet(EMPTY_STATE, 'verdict', ['a', 'b']), withFacet(EMPTY_STATE, 'verdict', ['b', 'a'])),
    ).toBe(true);
    expect(sameState(withFacet(EMPTY_STATE, 'verdict', ['a']), EMPTY_STATE)).toBe(false);
  });

  it('knows an empty search from one with only words or only filters', () => {
    expect(isEmpty(EMPTY_STATE)).toBe(true);
    expect(isEmpty({ ...EMPTY_STATE, q: 'x' })).toBe(false);
    expect(isEmpty(withFacet(EMPTY_STATE, 'type', ['claim']))).toBe(false);
    expect(hasFilters({ ...EMPTY_STATE, q: 'x' })).toBe(false);
    expect(withoutFilters(withFacet({ ...EMPTY_STATE, q: 'x' }, 'type', ['claim']))).toEqual({
      ...EMPTY_STATE,
      q: 'x',
    });
  });

  it('drops filter values the page does not offer', () => {
    const known = {
      type: new Set(['claim', 'source']),
      verdict: new Set(['false']),
      source: new Set<string>(),
      flag: new Set<string>(),
    };
    expect(keepKnown(parseSearchState('?q=x&verdict=false&verdict=nonsense&source=gone'), known)).toEqual({
      q: 'x',
      filters: { type: [], verdict: ['false'], source: [], flag: [] },
    });
  });
});

describe('Pagefind filters from the state', () => {
  const state = withFacet(withFacet(EMPTY_STATE, 'verdict', ['false', 'misleading']), 'source', ['boston']);

  it('asks for any of the values within a facet and all facets together', () => {
    expect(pagefindFilters(state)).toEqual({ verdict: { any: ['false', 'misleading'] }, source: { any: ['boston'] } });
  });

  it('can leave one facet out, to count that facet as if nothing in it were chosen', () => {
    expect(pagefindFilters(state, 'verdict')).toEqual({ source: { any: ['boston'] } });
    expect(pagefindFilters(EMPTY_STATE)).toEqual({});
  });
});
