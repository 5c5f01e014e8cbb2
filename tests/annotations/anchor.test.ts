import { describe, expect, it } from 'vitest';
import { QuoteAnchorer } from '../../src/annotations/anchor.ts';
import { CHECKER_PRESET, EXTENSION_PRESET } from '../../src/annotations/presets.ts';
import { anchorQuote } from '../support/text.ts';

const text = 'The council voted unanimously on Wednesday. The council voted again in May.';
const slice = (source: string, result: ReturnType<typeof anchorQuote>) =>
  result.ok ? source.slice(result.start, result.end) : undefined;

describe('anchorQuote', () => {
  it('finds an exact quote and returns its offsets', () => {
    const result = anchorQuote(text, { exact: 'voted unanimously' });
    expect(result).toEqual({ ok: true, start: 12, end: 29 });
  });

  it('tolerates runs of whitespace, line breaks and non-breaking spaces in the source', () => {
    const source = 'Find\u00A0all  my\nRedState work here.';
    const result = anchorQuote(source, { exact: 'Find all my RedState work' });
    expect(slice(source, result)).toBe('Find\u00A0all  my\nRedState work');
  });

  it('tolerates extra whitespace in the quote', () => {
    expect(slice(text, anchorQuote(text, { exact: '  voted   unanimously\n' }))).toBe('voted unanimously');
  });

  it('matches straight quotes and apostrophes against curly ones, both ways', () => {
    const source = 'ICE’s office said “it is common sense” today.';
    expect(slice(source, anchorQuote(source, { exact: `ICE's office said "it is common sense"` }))).toBe(
      'ICE’s office said “it is common sense”',
    );
    expect(slice("it's", anchorQuote("it's", { exact: 'it’s' }))).toBe("it's");
  });

  it('matches dash variants (en dash, em dash, minus, hyphen)', () => {
    const source = 'FILE – In this July 8, 2019, file photo';
    expect(slice(source, anchorQuote(source, { exact: 'FILE - In this' }))).toBe('FILE – In this');
    expect(slice('a—b', anchorQuote('a—b', { exact: 'a-b' }))).toBe('a—b');
  });

  it('matches a quote typed with combining accents (NFD) against composed text (NFC), and the reverse', () => {
    const composed = 'Jos\u00E9 N\u00FA\u00F1ez said the caf\u00E9 closed.';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const quote = 'Jos\u00E9 N\u00FA\u00F1ez said the caf\u00E9';
    // Each way the whole quote is found, and the range ends after the last accent as saved.
    expect(slice(composed, anchorQuote(composed, { exact: quote.normalize('NFD') }))).toBe(quote);
    expect(slice(decomposed, anchorQuote(decomposed, { exact: quote }))).toBe(quote.normalize('NFD'));
  });

  it('anchors in a source that mixes composed and decomposed accents, with offsets in the text as saved', () => {
    const source = 'Jos\u00E9 and Jose\u0301 met at the cafe\u0301, not the caf\u00E9.';
    const first = anchorQuote(source, { exact: 'at the caf\u00E9' });
    expect(first).toEqual({ ok: true, start: source.indexOf('at the'), end: source.indexOf(', not') });
    expect(slice(source, anchorQuote(source, { exact: 'the caf\u00E9.' }))).toBe('the caf\u00E9.');
    const both = anchorQuote(source, { exact: 'Jos\u00E9' });
    expect(
      both.ok === false && both.reason === 'ambiguous' && both.matches.map((m) => source.slice(m.start, m.end)),
    ).toEqual(['Jos\u00E9', 'Jose\u0301']);
  });

  it('matches an ellipsis character against three dots and keeps the whole character', () => {
    const source = 'they weren’t allowed … and all of a sudden';
    expect(slice(source, anchorQuote(source, { exact: 'allowed ... and' }))).toBe('allowed … and');
    expect(slice(source, anchorQuote(source, { exact: 'allowed …' }))).toBe('allowed …');
  });

  it('uses a prefix to pick one of several occurrences', () => {
    const result = anchorQuote(text, { exact: 'The council voted', prefix: 'Wednesday.' });
    expect(result).toEqual({ ok: true, start: 44, end: 61 });
  });

  it('uses a suffix to pick one of several occurrences', () => {
    const result = anchorQuote(text, { exact: 'The council voted', suffix: 'unanimously' });
    expect(result).toEqual({ ok: true, start: 0, end: 17 });
  });

  it('rejects a quote that occurs twice and reports every place', () => {
    const result = anchorQuote(text, { exact: 'The council voted' });
    expect(result).toEqual({
      ok: false,
      reason: 'ambiguous',
      matches: [
        { start: 0, end: 17 },
        { start: 44, end: 61 },
      ],
    });
  });

  it('counts overlapping occurrences as ambiguous', () => {
    const result = anchorQuote('aaa', { exact: 'aa' });
    expect(result.ok === false && result.reason === 'ambiguous' && result.matches.length).toBe(2);
  });

  it('reports a prefix that matches none of the occurrences', () => {
    const result = anchorQuote(text, { exact: 'The council voted', prefix: 'Tuesday.' });
    expect(result).toMatchObject({ ok: false, reason: 'context-mismatch' });
  });

  it('reports a missing quote with the closest passage and its distance', () => {
    const result = anchorQuote(text, { exact: 'The council voted unanimosly on Wednesday' });
    expect(result).toMatchObject({
      ok: false,
      reason: 'not-found',
      closest: { text: 'The council voted unanimously on Wednesday', errors: 1, start: 0 },
    });
  });

  it('skips the search for the closest passage when asked to (the extension never shows it)', () => {
    const quote = { exact: 'The council voted unanimosly on Wednesday' };
    expect(new QuoteAnchorer(text).anchor(quote, { ...CHECKER_PRESET, closest: false })).toEqual({
      ok: false,
      reason: 'not-found',
    });
  });

  it('compares the context across one space on each side, at the very start and end of the text too', () => {
    const anchorer = new QuoteAnchorer(text);
    expect(anchorer.anchor({ exact: 'The council', prefix: '', suffix: 'voted unanimously' })).toEqual({
      ok: true,
      start: 0,
      end: 11,
    });
    expect(anchorer.anchor({ exact: 'in May.', prefix: 'again', suffix: '' })).toMatchObject({ ok: true });
    expect(anchorer.anchor({ exact: 'The council', prefix: 'Wednesday.', suffix: 'voted' })).toMatchObject({
      ok: true,
      start: 44,
    });
    expect(anchorer.anchor({ exact: 'The council', prefix: 'x The', suffix: '' })).toMatchObject({
      reason: 'context-mismatch',
    });
  });

  it('reports a missing quote without a suggestion when nothing is close', () => {
    const result = anchorQuote(text, { exact: 'zzzzzzzzzzzzzzzzzzzzzzzz' });
    expect(result).toEqual({ ok: false, reason: 'not-found' });
  });

  it('rejects an empty or blank quote', () => {
    expect(anchorQuote(text, { exact: '' })).toEqual({ ok: false, reason: 'empty' });
    expect(anchorQuote(text, { exact: ' \n\u00A0' })).toEqual({ ok: false, reason: 'empty' });
  });

  it('anchors quotes at the very start and the very end of the text', () => {
    expect(anchorQuote(text, { exact: 'The council voted unanimously' })).toEqual({ ok: true, start: 0, end: 29 });
    const end = anchorQuote(text, { exact: 'again in May.' });
    expect(end).toEqual({ ok: true, start: text.length - 13, end: text.length });
  });

  it('anchors non-ASCII text, including accents and characters outside the BMP', () => {
    const source = 'Se llamó José Núñez 🙂 y habló en español.';
    expect(slice(source, anchorQuote(source, { exact: 'José Núñez 🙂' }))).toBe('José Núñez 🙂');
    expect(slice(source, anchorQuote(source, { exact: 'Núñez 🙂' }))).toBe('Núñez 🙂');
  });

  it('anchors overlapping and nested quotes independently in one text', () => {
    const anchorer = new QuoteAnchorer(text);
    const outer = anchorer.anchor({ exact: 'voted unanimously on Wednesday' });
    const inner = anchorer.anchor({ exact: 'unanimously' });
    const crossing = anchorer.anchor({ exact: 'on Wednesday. The council' });
    expect(outer.ok && inner.ok && crossing.ok).toBe(true);
    if (outer.ok && inner.ok && crossing.ok) {
      expect(inner.start).toBeGreaterThanOrEqual(outer.start);
      expect(inner.end).toBeLessThanOrEqual(outer.end);
      expect(crossing.start).toBeLessThan(outer.end);
      expect(crossing.end).toBeGreaterThan(outer.end);
    }
  });
});

describe('the ladder in its two presets', () => {
  const page = 'NICE work, said ICE -- and the council voted . . . again. ICE said so.';

  it('never anchors a quote inside a longer word for the extension, as the checker may', () => {
    const anchorer = new QuoteAnchorer('NICE work.');
    expect(anchorer.anchor({ exact: 'ICE' }, CHECKER_PRESET)).toMatchObject({ ok: true, start: 1 });
    expect(anchorer.anchor({ exact: 'ICE' }, EXTENSION_PRESET)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('finds the same words with other punctuation for the extension only, never other words', () => {
    const anchorer = new QuoteAnchorer(page);
    const quote = { exact: 'said ICE \u2014 and the council voted\u2026 again' };
    expect(anchorer.anchor(quote, CHECKER_PRESET)).toMatchObject({ ok: false, reason: 'not-found' });
    const found = anchorer.anchor(quote, EXTENSION_PRESET);
    expect(found.ok && page.slice(found.start, found.end)).toBe('said ICE -- and the council voted . . . again');
    expect(anchorer.anchor({ exact: 'said ICE and the mayor voted' }, EXTENSION_PRESET).ok).toBe(false);
  });

  it('reports a context the text does not have to the checker, and keeps every place for the extension', () => {
    const anchorer = new QuoteAnchorer(page);
    const quote = { exact: 'ICE', prefix: 'told by' };
    expect(anchorer.anchor(quote, CHECKER_PRESET)).toMatchObject({ ok: false, reason: 'context-mismatch' });
    expect(anchorer.anchor(quote, EXTENSION_PRESET)).toMatchObject({ ok: false, reason: 'ambiguous' });
    expect(anchorer.anchor({ exact: 'ICE', prefix: 'again.' }, EXTENSION_PRESET)).toMatchObject({ ok: true });
  });
});
