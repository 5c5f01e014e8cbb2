import { describe, expect, it } from 'vitest';
import { FLAG_IDS } from '../../src/domain/flags.ts';
import { countByVerdict, VERDICT_IDS, VERDICT_LIST } from '../../src/domain/verdicts.ts';

/** WCAG relative luminance and contrast ratio. @see https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('verdict scale', () => {
  it('has the seven verdicts in order, each with label, definition and icon', () => {
    expect(VERDICT_IDS).toEqual([
      'supported',
      'partly-supported',
      'misleading',
      'contested',
      'unsupported',
      'false',
      'opinion',
    ]);
    for (const verdict of VERDICT_LIST) {
      expect(verdict.label).not.toBe('');
      expect(verdict.definition.length).toBeGreaterThan(20);
      expect(verdict.icon).not.toBe('');
    }
  });

  it('gives every verdict colour at least 4.5:1 contrast on the light and dark page backgrounds and panels', () => {
    for (const verdict of VERDICT_LIST) {
      expect(contrast(verdict.color.light, '#ffffff'), verdict.id).toBeGreaterThanOrEqual(4.5);
      expect(contrast(verdict.color.light, '#f5f5f2'), verdict.id).toBeGreaterThanOrEqual(4.5);
      expect(contrast(verdict.color.dark, '#121212'), verdict.id).toBeGreaterThanOrEqual(4.5);
      expect(contrast(verdict.color.dark, '#1e1e1e'), verdict.id).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('uses distinct icons so verdicts differ without colour', () => {
    expect(new Set(VERDICT_LIST.map((verdict) => verdict.icon)).size).toBe(VERDICT_LIST.length);
  });

  it('counts claims per verdict with zeros for unused verdicts', () => {
    expect(countByVerdict(['false', 'false', 'opinion'])).toEqual({
      supported: 0,
      'partly-supported': 0,
      misleading: 0,
      contested: 0,
      unsupported: 0,
      false: 2,
      opinion: 1,
    });
  });

  it('defines at least the six required flags', () => {
    expect(FLAG_IDS).toEqual(
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
