/**
 * Claim coverage: which sentences of an article's body no claim touches, so an editor sees
 * what is still unchecked. Sentences wholly inside a non-article part (caption, share
 * buttons) are not counted.
 */
import { sentenceRanges, type TextRange } from '../annotations/index.ts';

export interface Coverage {
  readonly sentences: number;
  readonly covered: number;
  /** Share of body sentences covered, 0–100, one decimal. */
  readonly percent: number;
  readonly uncovered: readonly TextRange[];
}

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;
const inside = (a: TextRange, b: TextRange) => a.start >= b.start && a.end <= b.end;

export function coverage(text: string, claims: readonly TextRange[], nonArticle: readonly TextRange[]): Coverage {
  const body = sentenceRanges(text).filter((sentence) => !nonArticle.some((part) => inside(sentence, part)));
  const uncovered = body.filter((sentence) => !claims.some((claim) => overlaps(sentence, claim)));
  const covered = body.length - uncovered.length;
  const percent = body.length === 0 ? 100 : Math.round((covered / body.length) * 1000) / 10;
  return { sentences: body.length, covered, percent, uncovered };
}
