import path from 'node:path';
import { QuoteAnchorer } from '../annotations/index.ts';
import { idPattern } from '../schemas/common.ts';
import { sourceSchema } from '../schemas/source.ts';
import { verificationSchema } from '../schemas/verification.ts';
import { anchorProblem } from './anchor-problems.ts';
import { checkVerification } from './check-verification.ts';
import { isLink, listFiles, readText } from './files.ts';
import type { NonArticleRange, Source } from './model.ts';
import { createProblem, type Place, type Problem } from './problems.ts';
import { validateFields } from './validate-fields.ts';
import { parseYaml } from './yaml-document.ts';

export const ARTICLE_FILE = 'article.txt';
export const PROVENANCE_FILE = 'source.yaml';
export const RESEARCH_NOTES_FILE = 'research-notes.md';
export const VERIFICATION_FILE = 'verification.json';

const START = { line: 1, column: 1 };

/**
 * Reads `content/sources/<slug>/source.yaml` (provenance) and `article.txt` (the article,
 * verbatim: it is never parsed as Markdown, so `*`, `#`, `<` and `{` stay text), and the
 * optional `research-notes.md` (checked and rendered by `load-corpus.ts`) and `verification.json`
 * (the last comparison with the original, written by `npm run verify-source`).
 */
export async function loadSources(root: string, dir: string): Promise<{ sources: Source[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const sources: Source[] = [];
  const files = await listFiles(
    root,
    dir,
    /(^|[/\\])(source\.ya?ml|article\.txt|research-notes\.md|verification\.json)$/,
  );
  const folders = [
    ...new Set(
      files
        .filter((file) => !file.endsWith(RESEARCH_NOTES_FILE) && !file.endsWith(VERIFICATION_FILE))
        .map((file) => path.posix.dirname(file)),
    ),
  ];
  /** First source of each article text, to warn when a second folder holds the same article. */
  const byText = new Map<string, string>();
  for (const folder of folders) {
    const slug = path.posix.basename(folder);
    const provenanceFile = `${folder}/${PROVENANCE_FILE}`;
    const articleFile = `${folder}/${ARTICLE_FILE}`;
    if (!idPattern.test(slug) || path.posix.dirname(folder) !== dir) {
      const reason = `Unexpected source folder "${folder}", expected ${dir}/<slug> with a lower-case, hyphenated slug`;
      problems.push(createProblem('invalid-source-slug', folder, START, reason));
      continue;
    }
    if (!files.includes(provenanceFile) || !files.includes(articleFile)) {
      const missing = files.includes(provenanceFile) ? articleFile : provenanceFile;
      // A link in its place is reported as a link (rule `symlink`), not also as missing.
      if (isLink(root, missing)) continue;
      const reason = `Missing ${path.posix.basename(missing)} for source "${slug}"`;
      problems.push(createProblem('missing-source-file', missing, START, reason));
      continue;
    }
    const yaml = parseYaml(await readText(root, provenanceFile));
    const result = validateFields(sourceSchema, yaml, provenanceFile, 'source provenance');
    problems.push(...result.problems);
    problems.push(...checkPatternCharacters(result.data?.url, provenanceFile, () => yaml.locate(['url'])));
    const text = await readText(root, articleFile);
    // An invalid provenance file is reported above; the source still exists, so its claims are
    // checked against its text instead of all failing as "unknown source".
    const data = result.data ?? { label: slug, nonArticle: [], notFound: [] };
    const anchorer = new QuoteAnchorer(text);
    const nonArticle: NonArticleRange[] = [];
    data.nonArticle.forEach((part, index) => {
      const anchored = anchorer.anchor({ exact: part.quote, prefix: part.prefix, suffix: part.suffix });
      if (anchored.ok) nonArticle.push({ start: anchored.start, end: anchored.end, kind: part.kind });
      else {
        const at = yaml.locate(['nonArticle', index, 'quote']);
        const context = { file: provenanceFile, at, articleFile, article: text, quote: part.quote, what: 'nonArticle' };
        problems.push(anchorProblem(anchored, context));
      }
    });
    problems.push(...checkDuplicateArticle(byText, articleFile, text));
    const verificationFile = `${folder}/${VERIFICATION_FILE}`;
    let verification: Source['verification'];
    if (files.includes(verificationFile)) {
      // JSON is YAML, so the same positioned parser and field checks apply.
      const parsed = parseYaml(await readText(root, verificationFile));
      const checked = validateFields(verificationSchema, parsed, verificationFile, 'verification');
      problems.push(...checked.problems);
      verification = checked.data;
      if (verification) {
        const about = { slug, text, articleFile };
        problems.push(...checkVerification(verificationFile, verification, about, (at) => parsed.locate(at)));
      }
    }
    const notesFile = `${folder}/${RESEARCH_NOTES_FILE}`;
    const notes = files.includes(notesFile) ? await readText(root, notesFile) : '';
    sources.push({
      slug,
      file: provenanceFile,
      data,
      text,
      nonArticle: nonArticle.sort((a, b) => a.start - b.start),
      ...(notes.trim() === '' ? {} : { researchNotes: { file: notesFile, text: notes } }),
      ...(verification ? { verification } : {}),
    });
  }
  return { sources, problems };
}

/**
 * The browser extension runs on each source's `url` through a match pattern, where `*` is a wildcard:
 * `https://example.com/*` would run it on every page of the site, `https://*\/` on every front page.
 */
function checkPatternCharacters(url: string | undefined, file: string, locate: () => Place): Problem[] {
  if (url === undefined || !url.includes('*')) return [];
  const reason = `Unexpected "*" in the source url "${url}", expected the article's own address`;
  return [createProblem('url-wildcard', file, locate(), reason)];
}

/** The same article in two folders splits its claims between two pages; line endings and edge whitespace aside. */
function checkDuplicateArticle(byText: Map<string, string>, articleFile: string, text: string): Problem[] {
  const key = text.replace(/\r\n?/g, '\n').trim();
  if (key === '') return [];
  const earlier = byText.get(key);
  if (!earlier) {
    byText.set(key, articleFile);
    return [];
  }
  const reason = `Unexpected article text identical to ${earlier}, expected one source per article`;
  const cause = { file: earlier, place: START, reason: 'The same article text' };
  return [createProblem('duplicate-article', articleFile, START, reason, { cause })];
}
