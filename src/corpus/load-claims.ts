import path from 'node:path';
import { QuoteAnchorer, reanchor } from '../annotations/index.ts';
import { latestCorrection } from '../domain/corrections.ts';
import { claimSchema, DRAFT_OPTIONAL_FIELDS, draftClaimSchema, type ClaimData } from '../schemas/claim.ts';
import { anchorProblem } from './anchor-problems.ts';
import { checkBody } from './check-body.ts';
import type { ExplanationCache } from '../markdown/explanation-cache.ts';
import { checkCorrections } from './check-corrections.ts';
import { checkIds } from './check-ids.ts';
import type { ClaimFields } from './check-references.ts';
import { checkStale } from './check-stale.ts';
import { baseId } from './files.ts';
import { readClaimFiles } from './claim-files.ts';
import { ARTICLE_FILE } from './load-sources.ts';
import type { Claim, DraftClaim, Source } from './model.ts';
import { createProblem, didYouMean, type Place, type Problem } from './problems.ts';
import { validateFields, type FieldValidation } from './validate-fields.ts';
import type { YamlSource } from './yaml-document.ts';

export interface ClaimsOptions {
  readonly dir: string;
  readonly sourcesDir: string;
  /** Check each explanation (the build's loader may leave that to its own pass). */
  readonly checkBodies: boolean;
  /** Also render each explanation to `explanationHtml`, in the same pass that checks it. */
  readonly render?: boolean;
  /** Explanations rendered by an earlier build (markdown/explanation-cache.ts); only with `render`. */
  readonly explanationCache?: ExplanationCache | undefined;
  /** Today, YYYY-MM-DD (UTC): corrections may not be dated later. */
  readonly today?: string;
  /**
   * Called once every claim is read and anchored, before any explanation is checked or rendered
   * (the slow part of a first build): the build starts drawing share cards here (integration/share-cards.ts).
   * The claims have no `explanationHtml` yet.
   */
  readonly onAnchored?: ((claims: readonly Claim[]) => void) | undefined;
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
): Promise<{
  claims: Claim[];
  drafts: DraftClaim[];
  problems: Problem[];
  fields: ClaimFields[];
  ids: Set<string>;
  /** Every explanation that was checked, where it starts in its file (for cross-file link checks). */
  bodies: { file: string; body: string; bodyLine: number }[];
}> {
  const { dir, sourcesDir } = options;
  const claimFiles = await readClaimFiles(root, dir);
  const files = claimFiles.map((claimFile) => claimFile.file);
  const problems: Problem[] = checkIds(files, 'claim');
  const claims: Claim[] = [];
  const drafts: DraftClaim[] = [];
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const read: ClaimFields[] = [];
  const bySlug = new Map(sources.map((source) => [source.slug, { source, anchorer: new QuoteAnchorer(source.text) }]));
  const bodies: { file: string; body: string; bodyLine: number }[] = [];

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
    const draft = isDraft(yaml.data);
    // A draft's schema lets verdict, summary and published be missing; its data is typed as a draft's below.
    const result = (
      draft
        ? validateFields(draftClaimSchema, withoutBlanks(yaml), file, 'claim frontmatter')
        : validateFields(claimSchema, yaml, file, 'claim frontmatter')
    ) as FieldValidation<ClaimData>;
    problems.push(...result.problems);
    const written = yaml.errors.length === 0 && isRecord(yaml.data) ? new Set(Object.keys(yaml.data)) : undefined;
    const body = frontmatter.body;
    read.push({ id, file, fields: result.fields, locate, draft, body, ...(written ? { written } : {}) });
    const emptyDraft = draft && frontmatter.body.trim() === '';
    // Checked (and rendered) below, once every claim is anchored; a claim left out below still gets its body checked.
    if ((options.checkBodies || options.render) && !emptyDraft) {
      bodies.push({ file, body: frontmatter.body, bodyLine: frontmatter.bodyLine });
    }
    if (draft && written) problems.push(...draftIncomplete(file, result.fields, yaml, emptyDraft));

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
    problems.push(...checkCorrections(file, fields, locate, today));
    problems.push(...checkStale(file, fields, target.source, locate));
    if (!result.data || !anchored) continue;
    // `updated` is derived from corrections when there are any, so every reader of the model gets it right.
    const latest = latestCorrection(result.data);
    const data = latest ? { ...result.data, updated: latest } : result.data;
    const entry = {
      id,
      source: slug,
      file,
      ...anchored,
      body: frontmatter.body,
    };
    if (draft) drafts.push({ ...entry, data: data as DraftClaim['data'] });
    else claims.push({ ...entry, data: data as Claim['data'] });
  }
  options.onAnchored?.(claims);
  const rendered = new Map<string, string>();
  for (const { file, body, bodyLine } of bodies) {
    const checked = await checkBody(body, {
      file,
      bodyLine,
      render: options.render ?? false,
      cache: options.explanationCache,
    });
    problems.push(...checked.problems);
    if (checked.html !== undefined) rendered.set(file, checked.html);
  }
  const withHtml = <T extends Claim | DraftClaim>(claim: T): T => {
    const explanationHtml = rendered.get(claim.file);
    return explanationHtml === undefined ? claim : { ...claim, explanationHtml };
  };
  return {
    claims: claims.map(withHtml),
    drafts: drafts.map(withHtml),
    problems,
    fields: read,
    ids: new Set(files.map(baseId)),
    bodies,
  };
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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isDraft = (data: unknown) => isRecord(data) && data['status'] === 'draft';

const isBlank = (value: unknown) => value === null || (typeof value === 'string' && value.trim() === '');

/** A draft may leave a field it need not have yet blank (`verdict: ""`, as `npm run new` writes it). */
function withoutBlanks(yaml: YamlSource): YamlSource {
  if (!isRecord(yaml.data)) return yaml;
  const data = { ...yaml.data };
  for (const key of DRAFT_OPTIONAL_FIELDS) if (isBlank(data[key])) delete data[key];
  return { errors: yaml.errors, data, locate: (path, options) => yaml.locate(path, options) };
}

/** What a draft still lacks before it can be published: one warning listing it all, at `status`. */
function draftIncomplete(
  file: string,
  fields: Partial<Claim['data']>,
  yaml: YamlSource,
  noExplanation: boolean,
): Problem[] {
  const raw = isRecord(yaml.data) ? yaml.data : {};
  const missing: string[] = DRAFT_OPTIONAL_FIELDS.filter((key) => isBlank(raw[key]) || !(key in raw));
  if (missing.includes('verdict') && (fields.citations ?? []).length === 0) {
    missing.push('citations');
  }
  if (noExplanation) missing.push('explanation');
  if (missing.length === 0) return [];
  const reason =
    `Missing ${missing.join(', ')} in a draft: fine while it is a draft, ` +
    'expected before it is published (status: published)';
  return [createProblem('draft-incomplete', file, yaml.locate(['status']), reason)];
}
