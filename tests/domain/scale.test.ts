import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/domain/contrast.ts';
import {
  createVerdictScale,
  DEFAULT_SCALE,
  ScaleError,
  scaleProblems,
  type VerdictDefinition,
} from '../../src/domain/scale.ts';

const verdict = (id: string, extra: Partial<VerdictDefinition> = {}): VerdictDefinition => ({
  id,
  label: id.toUpperCase(),
  definition: `What ${id} means.`,
  icon: id.slice(0, 1),
  color: { light: '#1d6b35', dark: '#7ee09a' },
  rating: 3,
  ...extra,
});
const three = [verdict('yes'), verdict('no'), verdict('maybe')];
const problemsOf = (verdicts: readonly VerdictDefinition[], flags = DEFAULT_SCALE.flags) =>
  scaleProblems({ verdicts, flags });

describe('createVerdictScale', () => {
  it('takes 3 to 10 verdicts, and says how many it found otherwise', () => {
    expect(problemsOf(three)).toEqual([]);
    expect(problemsOf(three.slice(0, 2))).toEqual(['Expected 3 to 10 verdicts, found 2']);
    const eleven = 'abcdefghijk'.split('').map((letter) => verdict(`v-${letter}`, { icon: letter }));
    expect(problemsOf(eleven)).toEqual(['Expected 3 to 10 verdicts, found 11']);
  });

  it('refuses ids that are not kebab-case or used twice, and labels or icons used twice', () => {
    expect(
      problemsOf([...three, verdict('Needs_Context', { icon: '!' }), verdict('yes', { label: 'Yes again' })]),
    ).toEqual([
      'Unexpected verdict id "Needs_Context" (verdict 4), expected kebab-case',
      'Unexpected verdict id "yes" used twice',
      'Unexpected verdict icon "y" used twice',
    ]);
    expect(problemsOf([...three, verdict('true', { label: 'yes', icon: 't' })])).toEqual([
      'Unexpected verdict label "yes" used twice',
    ]);
  });

  it('checks each colour for #rrggbb and 4.5:1 on the light and dark badge backgrounds, with the ratio', () => {
    const faint = verdict('faint', { icon: 'f', color: { light: '#999999', dark: 'darkgreen' } });
    expect(problemsOf([...three, faint])).toEqual([
      `Unexpected light colour #999999 of verdict "faint": ${contrastRatio('#999999', '#ffffff').toFixed(2)}:1 on ` +
        '#ffffff, expected at least 4.5:1',
      `Unexpected light colour #999999 of verdict "faint": ${contrastRatio('#999999', '#f5f5f2').toFixed(2)}:1 on ` +
        '#f5f5f2, expected at least 4.5:1',
      'Unexpected dark colour "darkgreen" of verdict "faint", expected #rrggbb',
    ]);
  });

  it('takes a whole rating from 1 to 5, or null for a verdict that is not rated', () => {
    expect(problemsOf([...three, verdict('opinion', { icon: 'o', rating: null })])).toEqual([]);
    expect(problemsOf([verdict('yes', { rating: 0 }), verdict('no', { rating: 2.5 }), verdict('maybe')])).toEqual([
      'Unexpected rating 0 of verdict "yes", expected a whole number from 1 to 5, or null for a verdict that is not ' +
        'rated',
      'Unexpected rating 2.5 of verdict "no", expected a whole number from 1 to 5, or null for a verdict that is not ' +
        'rated',
    ]);
  });

  it('refuses an alias that is a verdict id or proposes two verdicts', () => {
    const aliased = [
      verdict('yes', { aliases: ['true', 'no'] }),
      verdict('no', { aliases: ['True'] }),
      verdict('maybe'),
    ];
    expect(problemsOf(aliased)).toEqual([
      'Unexpected alias "no": it is the id of a verdict',
      'Unexpected verdict alias "true" used twice',
    ]);
  });

  it('checks flags as verdicts: kebab-case ids, each once, with a label and a definition', () => {
    const flag = { id: 'old', label: 'Old', definition: 'Out of date.' };
    expect(
      problemsOf(three, [flag, { ...flag, label: ' ' }, { id: 'Old news', label: 'Old news', definition: '' }]),
    ).toEqual([
      'Missing label of flag "old"',
      'Unexpected flag id "Old news" (flag 3), expected kebab-case',
      'Missing definition of flag "Old news"',
      'Unexpected flag id "old" used twice',
    ]);
  });

  it('throws every problem at once, one per line', () => {
    const build = () =>
      createVerdictScale({ verdicts: three.slice(0, 2).map((v) => ({ ...v, id: v.id.toUpperCase() })), flags: [] });
    expect(build).toThrow(ScaleError);
    expect(build).toThrow(
      'Invalid verdict scale:\n  - Expected 3 to 10 verdicts, found 2\n' +
        '  - Unexpected verdict id "YES" (verdict 1), expected kebab-case\n' +
        '  - Unexpected verdict id "NO" (verdict 2), expected kebab-case',
    );
  });

  it('looks verdicts and flags up by id, and names the ids it knows for one it does not', () => {
    const scale = createVerdictScale({
      verdicts: three,
      flags: [{ id: 'old', label: 'Old', definition: 'Out of date.' }],
    });
    expect(scale.verdict('maybe').label).toBe('MAYBE');
    expect(scale.has('maybe')).toBe(true);
    expect(scale.has('supported')).toBe(false);
    expect(scale.hasFlag('old')).toBe(true);
    expect(scale.verdictIds).toEqual(['yes', 'no', 'maybe']);
    expect(() => scale.verdict('supported')).toThrow('Unknown verdict "supported": expected one of yes, no, maybe');
    expect(() => scale.flag('new')).toThrow('Unknown flag "new": expected one of old');
  });
});
