import path from 'node:path';
import { QuoteAnchorer } from '../annotations/index.ts';
import { sourceSchema, type SourceData } from '../schemas/source.ts';
import { verificationSchema } from '../schemas/verification.ts';
import { anchorProblem } from './anchor-problems.ts';
import { isLink, listFiles, readText } from './files.ts';
import type { NonArticleRange, Source } from './model.ts';
import type { Problem } from './problem.ts';
import { SOURCE_FOLDER_RULES, SOURCE_RULES } from './rules.ts';
import type { SourceRead } from './rules/rule.ts';
import { firstRule, runRules } from './rules/runner.ts';
import { ARTICLE_FILE, PROVENANCE_FILE, RESEARCH_NOTES_FILE, VERIFICATION_FILE } from './source-files.ts';
import { validateFields } from './validate-fields.ts';
import { parseYaml, type YamlSource } from './yaml-document.ts';

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
  const present = new Set(files);
  for (const folder of sourceFolders(files)) {
    const slug = path.posix.basename(folder);
    const absent = [`${folder}/${PROVENANCE_FILE}`, `${folder}/${ARTICLE_FILE}`].find((file) => !present.has(file));
    // A link in its place is reported as a link (rule `symlink`), not also as missing.
    const missing = absent && !isLink(root, absent) ? absent : undefined;
    const folderProblems = firstRule(SOURCE_FOLDER_RULES, 'sourceFolder', { dir, folder, slug, missing });
    problems.push(...folderProblems);
    if (folderProblems.length > 0 || absent) continue;
    const read = await readSource(root, folder, present);
    problems.push(...read.problems);
    sources.push(read.source);
  }
  return { sources, problems };
}

/** The folders that hold a source's provenance or article (notes or a verification alone make no source). */
function sourceFolders(files: readonly string[]): string[] {
  const sourceFiles = files.filter((file) => !file.endsWith(RESEARCH_NOTES_FILE) && !file.endsWith(VERIFICATION_FILE));
  return [...new Set(sourceFiles.map((file) => path.posix.dirname(file)))];
}

/** One source folder that holds both its provenance and its article. */
async function readSource(
  root: string,
  folder: string,
  present: ReadonlySet<string>,
): Promise<{ source: Source; problems: Problem[] }> {
  const slug = path.posix.basename(folder);
  const provenanceFile = `${folder}/${PROVENANCE_FILE}`;
  const articleFile = `${folder}/${ARTICLE_FILE}`;
  const yaml = parseYaml(await readText(root, provenanceFile));
  const provenance = validateFields(sourceSchema, yaml, provenanceFile, 'source provenance');
  const text = await readText(root, articleFile);
  // An invalid provenance file is reported above; the source still exists, so its claims are
  // checked against its text instead of all failing as "unknown source".
  const data = provenance.data ?? { label: slug, nonArticle: [], notFound: [] };
  const nonArticle = anchorNonArticle(data, yaml, { file: provenanceFile, articleFile, text });
  const verificationFile = `${folder}/${VERIFICATION_FILE}`;
  const verification = present.has(verificationFile) ? await readVerification(root, verificationFile) : undefined;
  const read: SourceRead = {
    slug,
    provenanceFile,
    articleFile,
    text,
    url: provenance.data?.url,
    locateProvenance: (at) => yaml.locate(at),
    verification: verification?.read,
  };
  const notesFile = `${folder}/${RESEARCH_NOTES_FILE}`;
  const notes = present.has(notesFile) ? await readText(root, notesFile) : '';
  const source: Source = {
    slug,
    file: provenanceFile,
    data,
    text,
    nonArticle: nonArticle.ranges.sort((a, b) => a.start - b.start),
    ...(notes.trim() === '' ? {} : { researchNotes: { file: notesFile, text: notes } }),
    ...(verification?.read ? { verification: verification.read.data } : {}),
  };
  const problems = [
    ...provenance.problems,
    ...nonArticle.problems,
    ...(verification?.problems ?? []),
    ...runRules(SOURCE_RULES, 'source', read),
  ];
  return { source, problems };
}

/** The parts `nonArticle` marks as not the article, found in the text; a part not found is reported as a quote. */
function anchorNonArticle(
  data: SourceData,
  yaml: YamlSource,
  context: { file: string; articleFile: string; text: string },
): { ranges: NonArticleRange[]; problems: Problem[] } {
  const { file, articleFile, text } = context;
  const anchorer = new QuoteAnchorer(text);
  const ranges: NonArticleRange[] = [];
  const problems: Problem[] = [];
  data.nonArticle.forEach((part, index) => {
    const anchored = anchorer.anchor({ exact: part.quote, prefix: part.prefix, suffix: part.suffix });
    if (anchored.ok) ranges.push({ start: anchored.start, end: anchored.end, kind: part.kind });
    else {
      const at = yaml.locate(['nonArticle', index, 'quote']);
      problems.push(
        anchorProblem(anchored, { file, at, articleFile, article: text, quote: part.quote, what: 'nonArticle' }),
      );
    }
  });
  return { ranges, problems };
}

/** `verification.json`: JSON is YAML, so the same positioned parser and field checks apply. */
async function readVerification(
  root: string,
  file: string,
): Promise<{ read: SourceRead['verification']; problems: Problem[] }> {
  const parsed = parseYaml(await readText(root, file));
  const checked = validateFields(verificationSchema, parsed, file, 'verification');
  const read = checked.data && { file, data: checked.data, locate: (at: PropertyKey[]) => parsed.locate(at) };
  return { read, problems: checked.problems };
}
