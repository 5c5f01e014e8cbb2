/**
 * A word-level comparison of our saved article with the original as fetched now. Both texts are
 * folded as quotes are (`normalize.ts`: whitespace, quote marks, dashes, NFC), split into words and
 * diffed (jsdiff's `diffArrays`, Myers' algorithm); each run of differing words grows to the
 * sentences around it on our side, so a reader sees the change in context, and runs that then touch
 * are one passage.
 * @see https://github.com/kpdecker/jsdiff
 */
import { diffArrays } from 'diff';
import { enclosingSentences, normalize, normalizeQuote, type TextRange } from '../annotations/index.ts';

export interface Word extends TextRange {
  /** The word as compared (folded). */
  readonly folded: string;
}

/** One passage that differs: ranges in the saved text and in the original (empty for an addition or removal). */
export interface ChangedPassage {
  readonly saved: TextRange;
  readonly original: TextRange;
}

export interface TextComparison {
  readonly identical: boolean;
  readonly passages: readonly ChangedPassage[];
  /**
   * Where the diff aligns each word boundary of the saved text in the original, in offsets:
   * `[savedOffset, originalOffset]` for the start of every saved word that is unchanged.
   */
  readonly aligned: ReadonlyMap<number, number>;
}

/** The words of `text` after folding, with their ranges in `text`; words inside `skip` ranges are left out. */
export function words(text: string, skip: readonly TextRange[] = []): Word[] {
  const folded = normalize(text);
  const found: Word[] = [];
  for (const match of folded.text.matchAll(/\S+/g)) {
    const start = folded.map[match.index] ?? 0;
    const end = folded.ends[match.index + match[0].length - 1] ?? start;
    if (skip.some((range) => start >= range.start && end <= range.end)) continue;
    found.push({ start, end, folded: match[0] });
  }
  return found;
}

/** Ranges in `text` where any of `quotes` occurs (after folding): parts that are not the article. */
export function occurrences(text: string, quotes: readonly string[]): TextRange[] {
  const folded = normalize(text);
  const ranges: TextRange[] = [];
  for (const quote of quotes.map(normalizeQuote).filter((quote) => quote !== '')) {
    for (let at = folded.text.indexOf(quote); at !== -1; at = folded.text.indexOf(quote, at + 1)) {
      ranges.push({ start: folded.map[at] ?? 0, end: folded.ends[at + quote.length - 1] ?? 0 });
    }
  }
  return ranges;
}

interface Hunk {
  /** Word indices `[from, to)` on each side. */
  readonly saved: readonly [number, number];
  readonly original: readonly [number, number];
}

export interface CompareOptions {
  /** Ranges of `saved` that are not the article (source.yaml's `nonArticle`): left out on our side. */
  readonly savedSkip?: readonly TextRange[];
  /** Texts left out of the original wherever they occur (the same `nonArticle` quotes). */
  readonly originalSkip?: readonly string[];
}

export function compareTexts(saved: string, original: string, options: CompareOptions = {}): TextComparison {
  const ours = words(saved, options.savedSkip);
  const theirs = words(original, occurrences(original, options.originalSkip ?? []));
  const parts = diffArrays(
    ours.map((word) => word.folded),
    theirs.map((word) => word.folded),
  );
  const hunks: Hunk[] = [];
  const aligned = new Map<number, number>();
  let i = 0;
  let j = 0;
  for (const part of parts) {
    const count = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      for (let k = 0; k < count; k++) aligned.set(ours[i + k]!.start, theirs[j + k]!.start);
      i += count;
      j += count;
      continue;
    }
    const last = hunks.at(-1);
    // A removal next to an addition is one replacement.
    const touching = last && last.saved[1] === i && last.original[1] === j;
    const from: [number, number] = touching ? [last.saved[0], last.original[0]] : [i, j];
    if (part.removed) i += count;
    else j += count;
    const hunk = { saved: [from[0], i] as const, original: [from[1], j] as const };
    if (touching) hunks[hunks.length - 1] = hunk;
    else hunks.push(hunk);
  }
  const passages = grow(hunks, saved, ours, theirs);
  return { identical: hunks.length === 0, passages, aligned };
}

/**
 * Grows each hunk to whole sentences of the saved text (the words added on either side are
 * unchanged, so the same number of words is added on the original's side) and merges hunks that
 * then overlap. An addition between two sentences stays an addition.
 */
function grow(hunks: readonly Hunk[], saved: string, ours: readonly Word[], theirs: readonly Word[]): ChangedPassage[] {
  const grown: { saved: [number, number]; original: [number, number] }[] = [];
  for (const hunk of hunks) {
    const [from, to] = hunk.saved;
    const point = ours[from]?.start ?? saved.length;
    const range = from < to ? { start: ours[from]!.start, end: ours[to - 1]!.end } : { start: point, end: point };
    const sentence = enclosingSentences(saved, range);
    let start = from;
    while (start > 0 && ours[start - 1]!.start >= sentence.start) start--;
    let end = to;
    while (end < ours.length && ours[end]!.end <= sentence.end && sentence.end > sentence.start) end++;
    // Never reach into the previous hunk's words on the original's side: those are not unchanged.
    const last = grown.at(-1);
    const next: { saved: [number, number]; original: [number, number] } = {
      saved: [start, end],
      original: [hunk.original[0] - (from - start), hunk.original[1] + (end - to)],
    };
    if (last && next.saved[0] <= last.saved[1]) {
      last.saved[1] = next.saved[1];
      last.original[1] = next.original[1];
    } else grown.push(next);
  }
  const span = (list: readonly Word[], [from, to]: readonly [number, number], fallback: number): TextRange =>
    from < to ? { start: list[from]!.start, end: list[to - 1]!.end } : { start: fallback, end: fallback };
  return grown.map((passage) => ({
    saved: span(ours, passage.saved, ours[passage.saved[0]]?.start ?? saved.length),
    original: span(theirs, passage.original, theirs[passage.original[0]]?.start ?? theirs.at(-1)?.end ?? 0),
  }));
}
