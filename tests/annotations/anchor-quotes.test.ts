import { describe, expect, it } from 'vitest';
import { QuoteAnchorer } from '../../src/annotations/anchor.ts';
import { anchorQuotes, expectedOffset } from '../../src/annotations/anchor-quotes.ts';

const page = 'Intro. The vote was close. Middle part. The vote was close. End part here.';

describe('anchorQuotes', () => {
  it('places a repeated quote by its context first, whatever its position says', () => {
    const quote = {
      quote: { exact: 'The vote was close.', prefix: 'Middle part.', suffix: '' },
      position: { start: 0, end: 1 },
    };
    const { ranges } = anchorQuotes(new QuoteAnchorer(page), [quote]);
    expect(ranges.get(quote)?.start).toBe(page.lastIndexOf('The vote'));
  });

  it('places a repeated quote with equal context where its neighbours say it should be', () => {
    const before = { quote: { exact: 'Middle part.' }, position: { start: 100, end: 112 } };
    const repeated = { quote: { exact: 'The vote was close.' }, position: { start: 113, end: 132 } };
    const { ranges, orphans } = anchorQuotes(new QuoteAnchorer(page), [repeated, before]);
    expect(orphans).toEqual([]);
    expect(ranges.get(repeated)?.start).toBe(page.lastIndexOf('The vote'));
  });

  it('gives up on a repeated quote with no context and no position, and says why', () => {
    const items = [
      { quote: { exact: 'The vote was close.' } },
      { quote: { exact: 'absent words' } },
      { quote: { exact: ' ' } },
    ];
    const { ranges, orphans } = anchorQuotes(new QuoteAnchorer(page), items);
    expect(ranges.size).toBe(0);
    expect(orphans.map(({ reason }) => reason)).toEqual(['not-found', 'empty', 'ambiguous']);
  });
});

describe('expectedOffset', () => {
  it('interpolates between the anchored neighbours, else steps from the nearest, else scales the copy', () => {
    const placed = [
      { copy: 100, page: 1000 },
      { copy: 200, page: 1400 },
    ];
    expect(expectedOffset({ start: 150, end: 160 }, placed, 5000, 300)).toBe(1200);
    expect(expectedOffset({ start: 250, end: 260 }, placed, 5000, 300)).toBe(1450);
    expect(expectedOffset({ start: 50, end: 60 }, placed, 5000, 300)).toBe(950);
    expect(expectedOffset({ start: 150, end: 160 }, [], 6000, 300)).toBe(3000);
    expect(expectedOffset(undefined, placed, 5000, 300)).toBeUndefined();
  });
});
