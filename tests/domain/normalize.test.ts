import { describe, expect, it } from 'vitest';
import { collapseWhitespace, normalize } from '../../src/domain/normalize.ts';

describe('normalize', () => {
  it('keeps a map from every folded character back to the original offset', () => {
    const { text, map } = normalize('a\u00A0 “b”\n\nc…');
    expect(text).toBe('a "b" c...');
    expect(map).toEqual([0, 1, 3, 4, 5, 6, 8, 9, 9, 9, 10]);
  });

  it('drops zero-width characters and soft hyphens', () => {
    expect(normalize('de\u00ADtain\u200Ber').text).toBe('detainer');
  });

  it('collapses whitespace for text comparison', () => {
    expect(collapseWhitespace(' a \n\n b\u00A0c ')).toBe('a b c');
  });
});
