import path from 'node:path';
import { QuoteAnchorer } from '../domain/anchor.ts';
import { reanchor } from '../domain/reanchor.ts';
import { claimSchema } from '../schemas/claim.ts';
import { anchorProblem } from './anchor-problems.ts';
import { checkBody } from './check-body.ts';
import { checkIds } from './check-ids.ts';
import { checkStale } from './check-stale.ts';
import { baseId } from './files.ts';
import { readClaimFiles } from './claim-files.ts';
import type { Claim, Source } from './model.ts';
import { didYouMean, type Problem } from './problems.ts';
import { validateFields } from './validate-fields.ts';
import { ARTICLE_FILE } from './load-sources.ts';

/**
 * Reads `content/claims/<source-slug>/<claim-id>.md(x)`: validates the frontmatter, anchors the
 * quote in its source and, with `checkBodies`, parses the explanation for MDX syntax errors and
 * unsafe content (`check-body.ts`; the claims loader renders it). Cross-references (citations,
 * related claims) are checked once every file is read, in `check-references.ts`.
 */
export async function loadClaims(
  root: string,
  sources: readonly Source[],
  options: { dir: string; sourcesDir: string; checkBodies: boolean },
): Promise<{ claims: Claim[]; problems: Problem[]; located: Map<string, (field: PropertyKey[]) => { line: number; column: number }>; ids: Set<string> }> {
  const { dir, sourcesDir } = options;
  const claimFiles = await readClaimFiles(root, dir);
  const files = claimFiles.map((claimFile) => claimFile.file);
  const problems: Problem[] = checkIds(files, 'claim');
  const claims: Claim[] = [];
  const located = new Map<string, (field: PropertyKey[]) => { line: number; column: number }>();
  const bySlug = new Map(sources.map((source) => [source.slug, { source, anchorer: new QuoteAnchorer(source.text) }]));

  for (const { id, file, frontmatter, yaml } of claimFiles) {
    const slug = path.posix.relative(dir, path.posix.dirname(file));
    if (!frontmatter || !yaml) {
      problems.push({ file, line: 1, column: 1, severity: 'error', message: 'Missing frontmatter: a claim starts with a "---" block holding quote, verdict, summary, citations and published', hint: 'Start from a scaffolded claim (see the editor\'s guide in README.md).', ruleId: 'missing-frontmatter' });
      continue;
    }
    located.set(id, (field) => yaml.locate(field));
    const result = validateFields(claimSchema, yaml, file, 'claim frontmatter');
    problems.push(...result.problems);
    if (options.checkBodies) problems.push(...(await checkBody(frontmatter.body, { file, lineOffset: frontmatter.bodyLine - 1 })));
    if (!result.data) continue;

    const target = bySlug.get(slug);
    if (!target) {
      problems.push({ file, line: 1, column: 1, severity: 'error', message: `Unknown source "${slug}": the folder a claim sits in names its source.${didYouMean(slug, bySlug.keys())}`, hint: `Move the file into ${dir}/<slug>/ where <slug> is a folder of ${sourcesDir}/ (known: ${[...bySlug.keys()].join(', ')}).`, ruleId: 'unknown-source' });
      continue;
    }
    const data = result.data;
    if (data.updated && data.updated < data.published) {
      problems.push({ file, ...yaml.locate(['updated']), severity: 'error', message: `Unexpected updated date ${data.updated}: it is before published (${data.published})`, hint: 'A claim is updated on or after the day it is published.', ruleId: 'malformed-date' });
    }
    const anchored = target.anchorer.anchor({ exact: data.quote, prefix: data.prefix, suffix: data.suffix });
    if (!anchored.ok) {
      const selector = { exact: data.quote, prefix: data.prefix, suffix: data.suffix };
      const repair = anchored.reason === 'not-found' ? reanchor(target.source.text, selector) : undefined;
      problems.push(anchorProblem(anchored, { file, at: yaml.locate(['quote']), articleFile: `${sourcesDir}/${slug}/${ARTICLE_FILE}`, article: target.source.text, quote: data.quote, what: 'claim', repair }));
      continue;
    }
    problems.push(...checkStale(file, data, target.source, (field) => yaml.locate(field)));
    claims.push({ id, source: slug, file, data, start: anchored.start, end: anchored.end, body: frontmatter.body });
  }
  return { claims, problems, located, ids: new Set(files.map(baseId)) };
}
