/** Explains a failed anchoring to an editor: what happened, where to look, how to fix it. */
import type { AnchorResult } from '../domain/anchor.ts';
import type { Reanchoring } from '../domain/reanchor.ts';
import { pointLocator } from '../domain/text-position.ts';
import type { Problem } from './problems.ts';
import type { Located } from './yaml-document.ts';

const snippet = (text: string, max = 80) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function anchorProblem(
  result: Exclude<AnchorResult, { ok: true }>,
  context: {
    file: string;
    at: Located;
    articleFile: string;
    article: string;
    quote: string;
    what: string;
    /** For claims: whether `npm run check -- --fix` can repair a quote that was not found. */
    repair?: Reanchoring | undefined;
  },
): Problem {
  const { file, at, articleFile, article, quote, what, repair } = context;
  const toPoint = pointLocator(article);
  const base = { file, ...at, severity: 'error' as const };
  switch (result.reason) {
    case 'empty':
      return { ...base, message: `Empty quote in ${what}`, hint: 'Copy the exact words of the claim from the article into "quote".', ruleId: 'empty-quote' };
    case 'not-found': {
      const closest = result.closest;
      const nearest = closest
        ? ` Closest passage (${closest.errors} character edit${closest.errors === 1 ? '' : 's'} away) at ${articleFile}:${toPoint(closest.start).line}:${toPoint(closest.start).column}: "${snippet(closest.text)}".`
        : ' No similar passage was found.';
      const exactly = 'Copy the words exactly from the article; whitespace, curly quotes and dashes may differ, nothing else.';
      const where = (range: { start: number }) => `${toPoint(range.start).line}:${toPoint(range.start).column}`;
      const tie = repair?.kind === 'ambiguous'
        ? ` ${repair.candidates.length} passages are equally close (at ${repair.candidates.map(where).join(', ')}).`
        : '';
      const hint = repair?.kind === 'fix'
        ? `${exactly} Or run \`npm run check -- --fix\` to replace the quote with the closest passage.`
        : repair?.kind === 'ambiguous'
          ? `${exactly} Add "prefix"/"suffix" or choose one of the passages yourself; --fix does not guess.`
          : exactly;
      return {
        ...base,
        message: `Quote not found in ${articleFile}: "${snippet(quote)}".${nearest}${tie}`,
        hint,
        ruleId: 'quote-not-found',
      };
    }
    case 'ambiguous': {
      const places = result.matches.map((match) => `${toPoint(match.start).line}:${toPoint(match.start).column}`).join(', ');
      return {
        ...base,
        message: `Ambiguous quote: it occurs ${result.matches.length} times in ${articleFile} (at ${places})`,
        hint: 'Add "prefix" (the words just before the intended occurrence) or "suffix" (the words just after), or quote a longer passage.',
        ruleId: 'quote-ambiguous',
      };
    }
    case 'context-mismatch':
      return {
        ...base,
        message: `Quote occurs ${result.matches.length} time${result.matches.length === 1 ? '' : 's'} in ${articleFile}, but never with the given prefix/suffix around it`,
        hint: 'Correct "prefix"/"suffix" so they match the text right before/after the quote, or remove them if the quote is unique.',
        ruleId: 'quote-context-mismatch',
      };
  }
}
