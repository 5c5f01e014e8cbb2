import path from 'node:path';
import { QuoteAnchorer } from '../domain/anchor.ts';
import { idPattern } from '../schemas/common.ts';
import { sourceSchema } from '../schemas/source.ts';
import { anchorProblem } from './anchor-problems.ts';
import { listFiles, readText } from './files.ts';
import type { NonArticleRange, Source } from './model.ts';
import type { Problem } from './problems.ts';
import { validateFields } from './validate-fields.ts';
import { parseYaml } from './yaml-document.ts';

export const ARTICLE_FILE = 'article.txt';
export const PROVENANCE_FILE = 'source.yaml';

/**
 * Reads `content/sources/<slug>/source.yaml` (provenance) and `article.txt` (the article,
 * verbatim: it is never parsed as Markdown, so `*`, `#`, `<` and `{` stay text).
 */
export async function loadSources(root: string, dir: string): Promise<{ sources: Source[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const sources: Source[] = [];
  const files = await listFiles(root, dir, /(^|[/\\])(source\.ya?ml|article\.txt)$/);
  const folders = [...new Set(files.map((file) => path.posix.dirname(file)))];
  for (const folder of folders) {
    const slug = path.posix.basename(folder);
    const provenanceFile = `${folder}/${PROVENANCE_FILE}`;
    const articleFile = `${folder}/${ARTICLE_FILE}`;
    if (!idPattern.test(slug) || path.posix.dirname(folder) !== dir) {
      problems.push({ file: folder, line: 1, column: 1, severity: 'error', message: `Unexpected source folder "${folder}"`, hint: `Each source is a folder ${dir}/<slug>/ with a lower-case, hyphenated slug.`, ruleId: 'invalid-source-slug' });
      continue;
    }
    if (!files.includes(provenanceFile) || !files.includes(articleFile)) {
      const missing = files.includes(provenanceFile) ? articleFile : provenanceFile;
      problems.push({ file: missing, line: 1, column: 1, severity: 'error', message: `Missing ${path.posix.basename(missing)} for source "${slug}"`, hint: `A source folder holds both ${PROVENANCE_FILE} (provenance) and ${ARTICLE_FILE} (the verbatim text).`, ruleId: 'missing-source-file' });
      continue;
    }
    const yaml = parseYaml(await readText(root, provenanceFile));
    const result = validateFields(sourceSchema, yaml, provenanceFile, 'source provenance');
    problems.push(...result.problems);
    const text = await readText(root, articleFile);
    // An invalid provenance file is reported above; the source still exists, so its claims are
    // checked against its text instead of all failing as "unknown source".
    const data = result.data ?? { label: slug, nonArticle: [], notFound: [] };
    const anchorer = new QuoteAnchorer(text);
    const nonArticle: NonArticleRange[] = [];
    data.nonArticle.forEach((part, index) => {
      const anchored = anchorer.anchor({ exact: part.quote, prefix: part.prefix, suffix: part.suffix });
      if (anchored.ok) nonArticle.push({ start: anchored.start, end: anchored.end, kind: part.kind });
      else problems.push(anchorProblem(anchored, { file: provenanceFile, at: yaml.locate(['nonArticle', index, 'quote']), articleFile, article: text, quote: part.quote, what: 'nonArticle' }));
    });
    sources.push({ slug, file: provenanceFile, data, text, nonArticle: nonArticle.sort((a, b) => a.start - b.start) });
  }
  return { sources, problems };
}
