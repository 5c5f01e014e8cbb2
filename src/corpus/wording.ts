/** Words that messages share: the closest match to a mistyped value ("Did you mean …?"), "a" or "an". */
import { distance } from 'fastest-levenshtein';

/** The closest candidate to a mistyped value, if one is close enough to be what was meant. */
export function propose(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(value.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(2, Math.floor(value.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}

export function didYouMean(value: string, candidates: Iterable<string>): string {
  const proposal = propose(value, candidates);
  return proposal ? ` Did you mean "${proposal}"?` : '';
}

/** "a" or "an" before a word, by its sound in the words we use ("an unsupported claim"). */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
