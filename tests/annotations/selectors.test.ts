import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, positionSelector, quoteSelector } from '../../src/annotations/selectors.ts';

describe('quoteSelector', () => {
  it(`takes up to ${CONTEXT_LENGTH} characters of context on each side`, () => {
    const text = `${'a'.repeat(40)}QUOTE${'b'.repeat(40)}`;
    expect(quoteSelector(text, 40, 45)).toEqual({
      type: 'TextQuoteSelector',
      exact: 'QUOTE',
      prefix: 'a'.repeat(32),
      suffix: 'b'.repeat(32),
    });
    expect(quoteSelector('QUOTE', 0, 5)).toMatchObject({ prefix: '', suffix: '' });
  });

  it('never splits a surrogate pair at the edge of the context', () => {
    const text = `🙂${'a'.repeat(31)}Q${'b'.repeat(31)}🙂`;
    const selector = quoteSelector(text, 33, 34);
    expect(selector.prefix).toBe('a'.repeat(31));
    expect(selector.suffix).toBe('b'.repeat(31));
  });
});

describe('positionSelector', () => {
  it('names its type and keeps only the offsets', () => {
    expect(positionSelector({ start: 3, end: 9, text: 'more' } as { start: number; end: number })).toEqual({
      type: 'TextPositionSelector',
      start: 3,
      end: 9,
    });
  });
});
