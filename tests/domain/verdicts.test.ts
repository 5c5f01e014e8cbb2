import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/domain/contrast.ts';
import {
  BADGE_BACKGROUNDS,
  countByVerdict,
  DEFAULT_SCALE,
  MIN_CONTRAST,
  scaleProblems,
} from '../../src/domain/scale.ts';

describe('the default verdict scale', () => {
  it('passes every check a site’s own scale must pass', () => {
    expect(scaleProblems(DEFAULT_SCALE)).toEqual([]);
  });

  it('has the seven verdicts in order, each with label, definition and icon', () => {
    expect(DEFAULT_SCALE.verdictIds).toEqual([
      'supported',
      'partly-supported',
      'misleading',
      'contested',
      'unsupported',
      'false',
      'opinion',
    ]);
    for (const verdict of DEFAULT_SCALE.verdicts) {
      expect(verdict.label).not.toBe('');
      expect(verdict.definition.length).toBeGreaterThan(20);
      expect(verdict.icon).not.toBe('');
    }
  });

  it('gives every verdict colour at least 4.5:1 contrast on the light and dark page backgrounds and panels', () => {
    expect(BADGE_BACKGROUNDS).toEqual({ light: ['#ffffff', '#f5f5f2'], dark: ['#121212', '#1e1e1e'] });
    for (const verdict of DEFAULT_SCALE.verdicts) {
      for (const theme of ['light', 'dark'] as const) {
        for (const background of BADGE_BACKGROUNDS[theme]) {
          const ratio = contrastRatio(verdict.color[theme], background);
          expect(ratio, `${verdict.id} ${theme} on ${background}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
        }
      }
    }
  });

  it('uses distinct icons so verdicts differ without colour', () => {
    expect(new Set(DEFAULT_SCALE.verdicts.map((verdict) => verdict.icon)).size).toBe(DEFAULT_SCALE.verdicts.length);
  });

  it('rates every verdict but opinion for ClaimReview', () => {
    expect(DEFAULT_SCALE.verdicts.filter((verdict) => verdict.rating === null).map((verdict) => verdict.id)).toEqual([
      'opinion',
    ]);
  });

  it('counts claims per verdict with zeros for unused verdicts, in scale order', () => {
    const counts = countByVerdict(['false', 'false', 'opinion'], DEFAULT_SCALE);
    expect(counts).toEqual({
      supported: 0,
      'partly-supported': 0,
      misleading: 0,
      contested: 0,
      unsupported: 0,
      false: 2,
      opinion: 1,
    });
    expect(Object.keys(counts)).toEqual(DEFAULT_SCALE.verdictIds);
  });

  it('proposes a verdict for words of other rating scales', () => {
    expect(DEFAULT_SCALE.aliasOf('True')).toBe('supported');
    expect(DEFAULT_SCALE.aliasOf('half-true')).toBe('partly-supported');
    expect(DEFAULT_SCALE.aliasOf('wrong')).toBe('false');
    expect(DEFAULT_SCALE.aliasOf('maybe')).toBeUndefined();
  });

  it('defines at least the six required flags', () => {
    expect(DEFAULT_SCALE.flagIds).toEqual(
      expect.arrayContaining([
        'missing-context',
        'loaded-language',
        'misattribution',
        'factual-error',
        'internal-inconsistency',
        'unsourced',
      ]),
    );
  });
});
