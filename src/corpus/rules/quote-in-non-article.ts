import path from 'node:path';
import { ARTICLE_FILE } from '../source-files.ts';
import type { Rule } from './rule.ts';

/** A quote in what `nonArticle` marks as not the article (a caption, share buttons) checks nothing the author wrote. */
export const quoteInNonArticle = {
  id: 'quote-in-non-article',
  severity: 'warning',
  meaning: 'a claim quotes a part that `nonArticle` marks as not the article (a caption, share buttons)',
  fix: 'Quote the article itself, or remove the part from "nonArticle" in source.yaml if it is the article.',
  checks: {
    claim: ({ claim, source, quote }, report) => {
      if (!quote) return;
      const part = source.nonArticle.find((range) => range.start <= quote.start && quote.end <= range.end);
      if (!part) return;
      const articleFile = `${path.posix.dirname(source.file)}/${ARTICLE_FILE}`;
      const reason =
        `Unexpected quote inside a non-article part (${part.kind}) of ${articleFile}, ` +
        'expected words of the article';
      report(claim.file, claim.locate(['quote']), reason);
    },
  },
} as const satisfies Rule;
