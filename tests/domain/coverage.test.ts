import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/domain/coverage.ts';

// Hand-counted: 4 body sentences (headline, two in the paragraph, one after), 1 caption outside the body.
const text =
  'A headline\n\nOne checked sentence. One unchecked sentence.\n\nPhoto: a caption.\n\nLast one, partly checked.';
const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });

describe('coverage', () => {
  it('counts body sentences a claim touches, ignoring non-article parts', () => {
    const result = coverage(text, [at('checked sentence'), at('partly')], [at('Photo: a caption.')]);
    expect(result.sentences).toBe(4);
    expect(result.covered).toBe(2);
    expect(result.percent).toBe(50);
    expect(result.uncovered.map((range) => text.slice(range.start, range.end))).toEqual([
      'A headline',
      'One unchecked sentence.',
    ]);
  });

  it('reports full coverage for an empty body', () => {
    expect(coverage('', [], []).percent).toBe(100);
  });
});
