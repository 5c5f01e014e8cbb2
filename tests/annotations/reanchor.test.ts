import { describe, expect, it } from 'vitest';
import { reanchor } from '../../src/annotations/reanchor.ts';

const corrected = 'The council voted unanimously on Tuesday. Officials said the detainer was honored in 2019.';

describe('reanchor', () => {
  it('proposes the corrected passage, in whole words, when one passage is close', () => {
    const result = reanchor(corrected, { exact: 'Officials said the detainer was honoured in 2019' });
    expect(result.kind).toBe('fix');
    if (result.kind !== 'fix') return;
    expect(result.quote).toBe('Officials said the detainer was honored in 2019');
    expect(result.passage.errors).toBe(1);
    expect(corrected.slice(result.passage.start, result.passage.end)).toBe(result.quote);
  });

  it('widens a match that stops inside a word to the whole word', () => {
    const result = reanchor(corrected, { exact: 'The council voted unanimously on Wednesday' });
    expect(result.kind).toBe('fix');
    if (result.kind === 'fix') expect(result.quote).toBe('The council voted unanimously on Tuesday');
  });

  it('ends a repaired quote after a decomposed accent, not between the letter and its accent', () => {
    const text = 'They met at the cafe\u0301 on Main Street.';
    const result = reanchor(text, { exact: 'They met at a caf\u00E9' });
    expect(result).toMatchObject({ kind: 'fix', quote: 'They met at the cafe\u0301' });
  });

  it('keeps the article’s own characters (curly quotes, line breaks folded to spaces)', () => {
    const text = 'He said “it’s\nfine” twice.';
    const result = reanchor(text, { exact: 'He said "its fine"' });
    expect(result).toMatchObject({ kind: 'fix', quote: 'He said “it’s fine”' });
  });

  it('refuses when the closest passage needs more than 20% of the quote in edits', () => {
    const result = reanchor(corrected, { exact: 'The mayor vetoed it unanimously' });
    expect(result.kind).toBe('too-far');
  });

  it('reports every equally close passage instead of choosing one', () => {
    const text = 'The board voted on Monday. Later the board voted on Friday.';
    const result = reanchor(text, { exact: 'the board voted on Sunday' });
    expect(result.kind).toBe('ambiguous');
    if (result.kind === 'ambiguous')
      expect(result.candidates.map((candidate) => candidate.text)).toEqual([
        'The board voted on Monday',
        'the board voted on Friday',
      ]);
  });

  it('uses the prefix to choose between equally close passages', () => {
    const text = 'The board voted on Monday. Later the board voted on Friday.';
    const result = reanchor(text, { exact: 'the board voted on Sunday', prefix: 'Later' });
    expect(result).toMatchObject({ kind: 'fix', quote: 'the board voted on Friday' });
  });
});
