import { describe, expect, it } from 'vitest';
import { segment } from '../../src/annotations/segments.ts';

const text = 'abcdefghij';
const joined = (runs: ReturnType<typeof segment>) => runs.map((run) => run.text).join('');

describe('segment', () => {
  it('returns the whole text as one run when there are no spans', () => {
    expect(segment(text, [])).toEqual([{ start: 0, end: 10, text, spanIds: [] }]);
  });

  it('tiles nested spans without dropping or duplicating a character', () => {
    const runs = segment(text, [
      { id: 'outer', start: 1, end: 8 },
      { id: 'inner', start: 3, end: 5 },
    ]);
    expect(joined(runs)).toBe(text);
    expect(runs.map((run) => [run.text, run.spanIds])).toEqual([
      ['a', []],
      ['bc', ['outer']],
      ['de', ['outer', 'inner']],
      ['fgh', ['outer']],
      ['ij', []],
    ]);
  });

  it('splits crossing spans at both boundaries, outermost first', () => {
    const runs = segment(text, [
      { id: 'b', start: 4, end: 9 },
      { id: 'a', start: 2, end: 6 },
    ]);
    expect(joined(runs)).toBe(text);
    expect(runs.map((run) => [run.text, run.spanIds])).toEqual([
      ['ab', []],
      ['cd', ['a']],
      ['ef', ['a', 'b']],
      ['ghi', ['b']],
      ['j', []],
    ]);
  });

  it('handles spans at the very start and end, and identical spans', () => {
    const runs = segment(text, [
      { id: 'x', start: 0, end: 10 },
      { id: 'y', start: 0, end: 10 },
    ]);
    expect(runs).toEqual([{ start: 0, end: 10, text, spanIds: ['x', 'y'] }]);
  });

  it('clips to a window and ignores empty spans', () => {
    const runs = segment(
      text,
      [
        { id: 'a', start: 0, end: 5 },
        { id: 'e', start: 7, end: 7 },
      ],
      3,
      8,
    );
    expect(runs.map((run) => [run.text, run.spanIds])).toEqual([
      ['de', ['a']],
      ['fgh', []],
    ]);
  });
});
