import { describe, expect, it } from 'vitest';
import { claimDrift } from '../../src/domain/claim-drift.ts';
import { compareTexts } from '../../src/domain/text-diff.ts';

const SAVED =
  'Headline here\n\nThe council met on Monday. It voted 5-4 to fund the "new" park. Nobody objected.\n\nEnd.';
const passages = (saved: string, original: string, options = {}) =>
  compareTexts(saved, original, options).passages.map((passage) => ({
    saved: saved.slice(passage.saved.start, passage.saved.end),
    original: original.slice(passage.original.start, passage.original.end),
  }));

describe('compareTexts', () => {
  it('finds no change when only whitespace, quote marks, dashes and paragraph breaks differ', () => {
    const original =
      'Headline here The council met on Monday.\n\nIt voted 5–4 to fund the “new”\u00A0park. Nobody objected. End.';
    expect(compareTexts(SAVED, original)).toMatchObject({ identical: true, passages: [] });
  });

  it('shows a changed word in its whole sentence, on both sides', () => {
    const original = SAVED.replace('5-4', '6-3');
    expect(passages(SAVED, original)).toEqual([
      { saved: 'It voted 5-4 to fund the "new" park.', original: 'It voted 6-3 to fund the "new" park.' },
    ]);
  });

  it('keeps an added sentence apart from its neighbours, with nothing on our side', () => {
    const original = SAVED.replace('Nobody objected.', 'A vote was close. Nobody objected.');
    expect(passages(SAVED, original)).toEqual([{ saved: '', original: 'A vote was close.' }]);
  });

  it('merges changes in one sentence into one passage', () => {
    const original = SAVED.replace('council', 'board').replace('Monday', 'Friday');
    expect(passages(SAVED, original)).toEqual([
      { saved: 'The council met on Monday.', original: 'The board met on Friday.' },
    ]);
  });

  it('leaves out what is not the article: ranges on our side, the same words in the original', () => {
    const saved = 'Body text here.\n\nShare this story\n\nMore body.';
    const skip = { start: saved.indexOf('Share'), end: saved.indexOf('story') + 5 };
    const original = 'Body text here. More body.';
    expect(compareTexts(saved, original).identical).toBe(false);
    expect(compareTexts(saved, original, { savedSkip: [skip] }).identical).toBe(true);
    expect(compareTexts(saved, `${original} Share this story`, { savedSkip: [skip] }).identical).toBe(false);
    const both = { savedSkip: [skip], originalSkip: ['Share this story'] };
    expect(compareTexts(saved, `Share this story ${original}`, both).identical).toBe(true);
  });
});

describe('claimDrift', () => {
  const claim = (id: string, exact: string, text = SAVED, context: { prefix?: string; suffix?: string } = {}) => {
    const start = text.indexOf(exact);
    return { id, start, end: start + exact.length, selector: { exact, ...context } };
  };
  const drift = (original: string, claims: ReturnType<typeof claim>[]) =>
    claimDrift(claims, original, compareTexts(SAVED, original).aligned);

  // 'Monday' to 'Tuesday' is 4 edits in 26 characters: 1 - 4/26 = 0.846.
  it('tells unchanged, moved, changed (with a score) and missing apart', () => {
    const original =
      'Headline here\n\nNobody objected. The council met on Tuesday. It voted 5-4 to fund the "new" park.\n\nEnd.';
    const moved = 'Nobody objected.';
    expect(
      drift(original, [
        claim('same', 'voted 5-4 to fund'),
        claim('moved', moved),
        claim('changed', 'The council met on Monday.'),
      ]),
    ).toEqual([
      { id: 'same', status: 'unchanged', score: 1 },
      { id: 'moved', status: 'moved', score: 1 },
      { id: 'changed', status: 'changed', score: 0.846 },
    ]);
    expect(drift('Something else entirely, about another topic.', [claim('gone', 'voted 5-4 to fund')])).toEqual([
      { id: 'gone', status: 'missing', score: null },
    ]);
  });

  it('counts a quote as unchanged in place when its words now also occur elsewhere', () => {
    const original = `${SAVED} It voted 5-4 to fund the "new" park.`;
    expect(drift(original, [claim('twice', 'It voted 5-4')])).toEqual([{ id: 'twice', status: 'unchanged', score: 1 }]);
  });

  it('counts a quote as unchanged when only a neighbouring punctuation mark changed', () => {
    const original = SAVED.replace('Monday.', 'Monday;');
    expect(drift(original, [claim('vote', 'met on Monday')])).toEqual([{ id: 'vote', status: 'unchanged', score: 1 }]);
  });
});
