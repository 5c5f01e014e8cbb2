import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/annotations/normalize.ts';
import { collapseWhitespace } from '../support/text.ts';

describe('normalize', () => {
  it('keeps a map from every folded character back to the original offset', () => {
    const { text, map } = normalize('a\u00A0 “b”\n\nc…');
    expect(text).toBe('a "b" c...');
    expect(map).toEqual([0, 1, 3, 4, 5, 6, 8, 9, 9, 9, 10]);
  });

  it('composes letters and combining accents (NFC), mapping the composed letter to the whole original pair', () => {
    const { text, map, ends } = normalize('cafe\u0301 x');
    expect(text).toBe('caf\u00E9 x');
    expect(map).toEqual([0, 1, 2, 3, 5, 6, 7]);
    expect(ends).toEqual([1, 2, 3, 5, 6, 7]);
    expect(normalize('caf\u00E9').text).toBe(normalize('cafe\u0301').text);
  });

  it('keeps per-character offsets in text that is already composed', () => {
    const { map, ends } = normalize('\u00E9t\u00E9 \u{1F600}!');
    expect(map).toEqual([0, 1, 2, 3, 4, 4, 6, 7]);
    expect(ends).toEqual([1, 2, 3, 4, 6, 6, 7]);
  });

  it('drops zero-width characters and soft hyphens', () => {
    expect(normalize('de\u00ADtain\u200Ber').text).toBe('detainer');
  });

  it('collapses whitespace for text comparison', () => {
    expect(collapseWhitespace(' a \n\n b\u00A0c ')).toBe('a b c');
  });
});
