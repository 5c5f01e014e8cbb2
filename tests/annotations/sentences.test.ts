import { describe, expect, it } from 'vitest';
import { enclosingSentences, sentenceRanges } from '../../src/annotations/sentences.ts';

const text = 'Headline without stop\n\nFirst sentence here. Second one, with a claim. Third.';

describe('sentences', () => {
  it('treats a blank line as a sentence boundary', () => {
    expect(sentenceRanges(text).map((range) => text.slice(range.start, range.end))).toEqual([
      'Headline without stop',
      'First sentence here.',
      'Second one, with a claim.',
      'Third.',
    ]);
  });

  it('treats a blank line saved with CR LF or a lone CR as a sentence boundary too', () => {
    const lf = sentenceRanges(text).map((range) => text.slice(range.start, range.end));
    for (const lineBreak of ['\r\n', '\r']) {
      const saved = text.replaceAll('\n', lineBreak);
      expect(sentenceRanges(saved).map((range) => saved.slice(range.start, range.end))).toEqual(lf);
    }
    const crlf = 'A headline\r\n\r\nA body sentence.';
    expect(sentenceRanges(crlf)).toEqual([
      { start: 0, end: 10 },
      { start: 14, end: 30 },
    ]);
  });

  it('does not end a sentence at "vs." or a title, as in our articles', () => {
    const source =
      'Sanctuary City Policies vs. Federal Enforcement\n\nSen. Warren and Dr. Lee spoke. Smith v. Jones was cited.';
    expect(sentenceRanges(source).map((range) => source.slice(range.start, range.end))).toEqual([
      'Sanctuary City Policies vs. Federal Enforcement',
      'Sen. Warren and Dr. Lee spoke.',
      'Smith v. Jones was cited.',
    ]);
  });

  it('ends a sentence at initials only when a usual first word follows', () => {
    const source =
      'Director Todd M. Lyons spoke. Director P.J. Lechleitner told U.S. Immigration officials. ' +
      'He left the U.S. The end.';
    expect(sentenceRanges(source).map((range) => source.slice(range.start, range.end))).toEqual([
      'Director Todd M. Lyons spoke.',
      'Director P.J. Lechleitner told U.S. Immigration officials.',
      'He left the U.S.',
      'The end.',
    ]);
  });

  it('keeps a line break after an abbreviation as a boundary (a headline that ends in one)', () => {
    const source = 'Sanctuary vs.\nFederal';
    const sentences = sentenceRanges(source).map((range) => source.slice(range.start, range.end));
    expect(sentences).toEqual(['Sanctuary vs.', 'Federal']);
  });

  it('finds the sentence around a quote, and spans sentences a quote crosses', () => {
    const at = text.indexOf('with a claim');
    const one = enclosingSentences(text, { start: at, end: at + 5 });
    expect(text.slice(one.start, one.end)).toBe('Second one, with a claim.');
    const crossing = enclosingSentences(text, { start: text.indexOf('here.'), end: text.indexOf('Second') + 6 });
    expect(text.slice(crossing.start, crossing.end)).toBe('First sentence here. Second one, with a claim.');
  });
});
