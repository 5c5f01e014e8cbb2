import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE } from '../../src/domain/scale.ts';
import { authorshipText } from '../../src/site/authorship.ts';
import { historyOf, type PersonRef } from '../../src/site/people.ts';
import { updateMarkOf } from '../../src/site/update-mark.ts';

const ref = (id: string, ai: boolean): PersonRef => ({ id, name: id, kind: 'team', ai });
const writers = ref('writers', true);
const reviewers = ref('reviewers', true);
const person = ref('kim', false);

describe('authorshipText', () => {
  it('says AI software wrote a check and a second, separate AI review reviewed it', () => {
    expect(authorshipText([{ author: writers, reviewers: [reviewers] }])).toBe(
      'This check was researched and written by AI software and reviewed by a second, separate AI review.',
    );
  });

  it('does not call a review separate when the writers reviewed their own check', () => {
    expect(authorshipText([{ author: writers, reviewers: [writers] }])).toBe(
      'This check was researched and written by AI software and reviewed by AI software.',
    );
  });

  it('names people where people took part, and says nothing of a check people alone made', () => {
    expect(authorshipText([{ author: writers, reviewers: [person] }])).toBe(
      'This check was researched and written by AI software and reviewed by people.',
    );
    expect(authorshipText([{ author: person, reviewers: [reviewers] }])).toBe(
      'This check was researched and written by people and reviewed by AI software.',
    );
    expect(authorshipText([{ author: person, reviewers: [person] }])).toBeUndefined();
    expect(authorshipText([])).toBeUndefined();
  });

  it('says it once for a page or the site, or points to each check when they were made differently', () => {
    const ai = { author: writers, reviewers: [reviewers] };
    expect(authorshipText([ai, ai], 'page')).toBe(
      'The checks on this page were researched and written by AI software ' +
        'and reviewed by a second, separate AI review.',
    );
    expect(authorshipText([ai], 'site')).toMatch(/^The checks on this site are researched/);
    expect(authorshipText([ai, { author: person, reviewers: [person] }], 'site')).toBe(
      'Some of the checks on this site were made with AI software: ' +
        'each check says who researched, wrote and reviewed it.',
    );
  });
});

describe('updateMarkOf', () => {
  const verdict = DEFAULT_SCALE.verdict('partly-supported');
  it('gives nothing for a check unchanged since publication', () => {
    expect(updateMarkOf({ id: 'a', verdict, updatedLater: undefined, history: [] })).toBeUndefined();
  });

  it("gives the date, the verdict the latest change of verdict replaced, and the claim page's history", () => {
    const history = historyOf(
      [
        { date: '2026-11-22', kind: 'correction', note: 'n', previousVerdict: 'supported' },
        { date: '2026-11-24', kind: 'clarification', note: 'n' },
      ],
      DEFAULT_SCALE,
    );
    expect(updateMarkOf({ id: 'a', verdict, updatedLater: '2026-11-24', history })).toEqual({
      date: '2026-11-24',
      earlierVerdict: DEFAULT_SCALE.verdict('supported'),
      historyPath: '/claims/a/#history-title',
    });
  });

  it('leaves out an earlier verdict that is the current one again', () => {
    const history = historyOf(
      [{ date: '2026-11-22', kind: 'correction', note: 'n', previousVerdict: 'partly-supported' }],
      DEFAULT_SCALE,
    );
    expect(updateMarkOf({ id: 'a', verdict, updatedLater: '2026-11-22', history })?.earlierVerdict).toBeUndefined();
  });

  it('has no history link for a check dated `updated` without entries', () => {
    expect(updateMarkOf({ id: 'a', verdict, updatedLater: '2026-11-22', history: [] })).toEqual({
      date: '2026-11-22',
      earlierVerdict: undefined,
      historyPath: undefined,
    });
  });
});
