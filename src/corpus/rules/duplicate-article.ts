import path from 'node:path';
import { ARTICLE_FILE } from '../source-files.ts';
import type { Rule } from './rule.ts';

const START = { line: 1, column: 1 };

/** The same article in two folders splits its claims between two pages; line endings and edge whitespace aside. */
export const duplicateArticle = {
  id: 'duplicate-article',
  severity: 'warning',
  meaning: 'two sources with the same article text',
  fix: 'Keep one source and move its claims there, unless the two are different publications of one text.',
  checks: {
    corpus: ({ sources }, report) => {
      /** First source of each article text. */
      const byText = new Map<string, string>();
      for (const source of sources) {
        const key = source.text.replace(/\r\n?/g, '\n').trim();
        if (key === '') continue;
        const articleFile = `${path.posix.dirname(source.file)}/${ARTICLE_FILE}`;
        const earlier = byText.get(key);
        if (!earlier) {
          byText.set(key, articleFile);
          continue;
        }
        const reason = `Unexpected article text identical to ${earlier}, expected one source per article`;
        report(articleFile, START, reason, { cause: { file: earlier, place: START, reason: 'The same article text' } });
      }
    },
  },
} as const satisfies Rule;
