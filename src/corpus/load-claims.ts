import path from 'node:path';
import { QuoteAnchorer } from '../domain/anchor.ts';
import { reanchor } from '../domain/reanchor.ts';
import { claimSchema } from '../schemas/claim.ts';
import { anchorProblem } from './anchor-problems.ts';
import { checkBody } from './check-body.ts';
import { checkIds } from './check-ids.ts';
import type { ClaimFields } from './check-references.ts';
import { checkStale } from './check-stale.ts';
import { baseId } from './files.ts';
import { readClaimFiles } from './claim-files.ts';
import { ARTICLE_FILE } from './load-sources.ts';
import type { Claim, Source } from './model.ts';
import { createProblem, didYouMean, type Place, type Problem } from './problems.ts';
import { validateFields } from './validate-fields.ts';

export interface ClaimsOptions {
  readonly dir: string;
  readonly sourcesDir: string;
  /** Check each explanation (the build's loader may leave that to its own pass). */
  readonly checkBodies: boolean;
  /** Also render each explanation to `explanationHtml`, in the same pass that checks it. */
  readonly render?: boolean;
}

/**
 * Reads `content/claims/<source-slug>/<claim-id>.md(x)`: validates the frontmatter, anchors the
 * quote in its source and checks the explanation. Each check runs on whatever fields are valid,
 * so one run reports every problem of a file. Cross-references (citations, related claims) are
 * checked once every file is read, in `check-references.ts`, from the `fields` returned here.
 */
export async function loadClaims(
  root: string,
  sources: readonly Source[],
  options: ClaimsOptions,
): Promise<{ claims: Claim[]; problems: Problem[]; fields: ClaimFields[]; ids: Set<string> }> {
  const { dir, sourcesDir } = options;
  const claimFiles = await readClaimFiles(root, dir);
  const files = claimFiles.map((claimFile) => claimFile.file);
  const problems: Problem[] = checkIds(files, 'claim');
  const claims: Claim[] = [];
  const read: ClaimFields[] = [];
  const bySlug = new Map(sources.map((source) => [source.slug, { source, anchorer: new QuoteAnchorer(source.text) }]));

  for (const { id, file, frontmatter, yaml } of claimFiles) {
    const slug = path.posix.relative(dir, path.posix.dirname(file));
    if (!frontmatter || !yaml) {
      const reason =
        'Missing frontmatter: a claim starts with a "---" block holding quote, verdict, summary, citations ' +
        'and published';
      problems.push(createProblem('missing-frontmatter', file, { line: 1, column: 1 }, reason));
      continue;
    }
    const locate = (field: PropertyKey[]) => yaml.locate(field);
    const result = validateFields(claimSchema, yaml, file, 'claim frontmatter');
    problems.push(...result.problems);
    read.push({ id, file, fields: result.fields, locate });
    let explanationHtml: string | undefined;
    if (options.checkBodies || options.render) {
      const { bodyLine } = frontmatter;
      const body = await checkBody(frontmatter.body, { file, bodyLine, render: options.render ?? false });
      problems.push(...body.problems);
      explanationHtml = body.html;
    }

    const target = bySlug.get(slug);
    if (!target) {
      // Reported also for a file with other problems: moving it is part of the same fix.
      if (yaml.errors.length === 0) {
        const known = [...bySlug.keys()].join(', ');
        const reason = `Unexpected source "${slug}" (the claim's folder), expected one of: ${known}.`;
        problems.push(
          createProblem('unknown-source', file, { line: 1, column: 1 }, `${reason}${didYouMean(slug, bySlug.keys())}`, {
            hint: `Move the file into ${dir}/<slug>/ where <slug> is a folder of ${sourcesDir}/.`,
          }),
        );
      }
      continue;
    }
    const fields = result.fields;
    if (fields.updated && fields.published && fields.updated < fields.published) {
      const reason =
        `Unexpected updated date ${fields.updated}, ` + `expected a date on or after published (${fields.published})`;
      problems.push(createProblem('malformed-date', file, yaml.locate(['updated']), reason));
    }
    let anchored: { start: number; end: number } | undefined;
    if (fields.quote !== undefined) {
      const selector = { exact: fields.quote, prefix: fields.prefix, suffix: fields.suffix };
      const anchoring = target.anchorer.anchor(selector);
      if (anchoring.ok) {
        anchored = { start: anchoring.start, end: anchoring.end };
        problems.push(...checkNonArticle(file, anchoring, target.source, yaml.locate(['quote'])));
      } else {
        const repair = anchoring.reason === 'not-found' ? reanchor(target.source.text, selector) : undefined;
        const articleFile = `${sourcesDir}/${slug}/${ARTICLE_FILE}`;
        const at = yaml.locate(['quote']);
        const context = { file, at, articleFile, article: target.source.text, quote: fields.quote, what: 'claim' };
        problems.push(anchorProblem(anchoring, { ...context, repair }));
      }
    }
    problems.push(...checkStale(file, fields, target.source, locate));
    if (!result.data || !anchored) continue;
    const claim: Claim = { id, source: slug, file, data: result.data, ...anchored, body: frontmatter.body };
    claims.push(explanationHtml === undefined ? claim : { ...claim, explanationHtml });
  }
  return { claims, problems, fields: read, ids: new Set(files.map(baseId)) };
}

/**
 * A quote inside a part `nonArticle` marks as not the article (a caption, share buttons)
 * checks nothing the author wrote.
 */
function checkNonArticle(file: string, quote: { start: number; end: number }, source: Source, at: Place): Problem[] {
  const part = source.nonArticle.find((range) => range.start <= quote.start && quote.end <= range.end);
  if (!part) return [];
  const articleFile = `${path.posix.dirname(source.file)}/${ARTICLE_FILE}`;
  const reason =
    `Unexpected quote inside a non-article part (${part.kind}) of ${articleFile}, ` + 'expected words of the article';
  return [createProblem('quote-in-non-article', file, at, reason)];
}
