import path from 'node:path';
import { QuoteAnchorer, reanchor } from '../annotations/index.ts';
import { latestCorrection } from '../domain/corrections.ts';
import type { VerdictScale } from '../domain/scale.ts';
import { claimSchemas, DRAFT_OPTIONAL_FIELDS, type ClaimData } from '../schemas/claim.ts';
import { anchorProblem } from './anchor-problems.ts';
import { checkBody } from './check-body.ts';
import type { ExplanationCache } from '../markdown/explanation-cache.ts';
import { checkIds } from './check-ids.ts';
import { isBlank, isRecord, type ClaimFields } from './claim-fields.ts';
import { baseId } from './files.ts';
import { readClaimFiles, type ClaimFile } from './claim-files.ts';
import type { Claim, DraftClaim, Source } from './model.ts';
import type { Problem } from './problem.ts';
import { CLAIM_RULES, DOCUMENT_RULES, FRONTMATTER_RULES } from './rules.ts';
import { firstRule, runRules } from './rules/runner.ts';
import { ARTICLE_FILE } from './source-files.ts';
import { validateFields, type FieldValidation } from './validate-fields.ts';
import type { YamlSource } from './yaml-document.ts';

export interface ClaimsOptions {
  readonly dir: string;
  readonly sourcesDir: string;
  /** The verdicts and flags a claim may carry. */
  readonly scale: VerdictScale;
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
   * (the slow part of a first build): the build starts drawing share cards here (src/cards/build.ts).
   * The claims have no `explanationHtml` yet.
   */
  readonly onAnchored?: ((claims: readonly Claim[]) => void) | undefined;
}

/** An explanation to check, and where it starts in its file (for cross-file link checks too). */
export interface ClaimBody {
  readonly file: string;
  readonly body: string;
  readonly bodyLine: number;
}

export interface ClaimsResult {
  readonly claims: Claim[];
  readonly drafts: DraftClaim[];
  readonly problems: Problem[];
  readonly fields: ClaimFields[];
  readonly ids: Set<string>;
  /** Every explanation that was checked. */
  readonly bodies: ClaimBody[];
}

/** What the claims are read against: the sources by slug, each with an anchorer for its text. */
interface ReadContext {
  readonly options: ClaimsOptions;
  /** The claim schemas of the site's scale, and the words from other scales its verdicts stand for. */
  readonly schemas: ReturnType<typeof claimSchemas>;
  readonly validation: { readonly verdictAliases: (word: string) => string | undefined };
  readonly sources: ReadonlyMap<string, { readonly source: Source; readonly anchorer: QuoteAnchorer }>;
  readonly today: string;
}

/** One claim file as far as it could be read: its problems, fields, explanation and, when valid, the claim. */
interface ClaimRead {
  readonly problems: Problem[];
  readonly fields?: ClaimFields;
  readonly body?: ClaimBody | undefined;
  readonly claim?: { readonly draft: boolean; readonly entry: Claim | DraftClaim } | undefined;
}

/**
 * Reads `content/claims/<source-slug>/<claim-id>.md(x)`: validates the frontmatter, anchors the
 * quote in its source and checks the explanation. Each check runs on whatever fields are valid,
 * so one run reports every problem of a file. Cross-references (citations, related claims) are
 * checked once every file is read, by the corpus rules, from the `fields` returned here.
 */
export async function loadClaims(
  root: string,
  sources: readonly Source[],
  options: ClaimsOptions,
): Promise<ClaimsResult> {
  const claimFiles = await readClaimFiles(root, options.dir);
  const files = claimFiles.map((claimFile) => claimFile.file);
  const context: ReadContext = {
    options,
    schemas: claimSchemas(options.scale),
    validation: { verdictAliases: options.scale.aliasOf },
    sources: new Map(sources.map((source) => [source.slug, { source, anchorer: new QuoteAnchorer(source.text) }])),
    today: options.today ?? new Date().toISOString().slice(0, 10),
  };
  const problems: Problem[] = checkIds(files, 'claim');
  const reads = claimFiles.map((claimFile) => readClaim(claimFile, context));
  const claims: Claim[] = [];
  const drafts: DraftClaim[] = [];
  for (const read of reads) {
    problems.push(...read.problems);
    if (read.claim?.draft) drafts.push(read.claim.entry as DraftClaim);
    else if (read.claim) claims.push(read.claim.entry as Claim);
  }
  options.onAnchored?.(claims);
  const bodies = reads.flatMap((read) => (read.body ? [read.body] : []));
  const rendered = await checkBodies(bodies, options, problems);
  const withHtml = <T extends Claim | DraftClaim>(claim: T): T => {
    const explanationHtml = rendered.get(claim.file);
    return explanationHtml === undefined ? claim : { ...claim, explanationHtml };
  };
  return {
    claims: claims.map(withHtml),
    drafts: drafts.map(withHtml),
    problems,
    fields: reads.flatMap((read) => (read.fields ? [read.fields] : [])),
    ids: new Set(files.map(baseId)),
    bodies,
  };
}

/** Checks (and renders) each explanation, once every claim is anchored; returns the HTML of each accepted one. */
async function checkBodies(bodies: readonly ClaimBody[], options: ClaimsOptions, problems: Problem[]) {
  const rendered = new Map<string, string>();
  for (const { file, body, bodyLine } of bodies) {
    const render = options.render ?? false;
    const checked = await checkBody(body, { file, bodyLine, render, cache: options.explanationCache });
    problems.push(...checked.problems);
    if (checked.html !== undefined) rendered.set(file, checked.html);
  }
  return rendered;
}

/** One claim file: its frontmatter validated, then, in a source that exists, its quote anchored and checked. */
function readClaim(claimFile: ClaimFile, context: ReadContext): ClaimRead {
  const { id, file, frontmatter, yaml } = claimFile;
  const { options, schemas, validation } = context;
  if (!frontmatter || !yaml) {
    return { problems: firstRule(DOCUMENT_RULES, 'document', { file, what: 'claim frontmatter', yaml }) };
  }
  const slug = path.posix.relative(options.dir, path.posix.dirname(file));
  const draft = isDraft(yaml.data);
  // A draft's schema lets verdict, summary and published be missing; its data is typed as a draft's below.
  const result = (
    draft
      ? validateFields(schemas.draft, withoutBlanks(yaml), file, 'claim frontmatter', validation)
      : validateFields(schemas.claim, yaml, file, 'claim frontmatter', validation)
  ) as FieldValidation<ClaimData>;
  const written = yaml.errors.length === 0 && isRecord(yaml.data) ? new Set(Object.keys(yaml.data)) : undefined;
  const { body, bodyLine } = frontmatter;
  const locate = (field: PropertyKey[]) => yaml.locate(field);
  const fields: ClaimFields = { id, file, fields: result.fields, locate, draft, body, ...(written ? { written } : {}) };
  const emptyDraft = draft && body.trim() === '';
  // Checked (and rendered) once every claim is anchored; a claim left out below still gets its body checked.
  const checked = (options.checkBodies || options.render) && !emptyDraft ? { file, body, bodyLine } : undefined;
  const problems = [
    ...result.problems,
    ...runRules(FRONTMATTER_RULES, 'frontmatter', {
      claim: fields,
      yaml,
      slug,
      sourceSlugs: new Set(context.sources.keys()),
      dirs: { claims: options.dir, sources: options.sourcesDir },
      emptyDraft,
    }),
  ];
  const target = context.sources.get(slug);
  if (!target) return { problems, fields, body: checked };
  const quote = anchorQuote(fields, target, `${options.sourcesDir}/${slug}/${ARTICLE_FILE}`);
  problems.push(...quote.problems);
  problems.push(
    ...runRules(CLAIM_RULES, 'claim', {
      claim: fields,
      source: target.source,
      quote: quote.range,
      today: context.today,
    }),
  );
  if (!result.data || !quote.range) return { problems, fields, body: checked };
  // `updated` is derived from corrections when there are any, so every reader of the model gets it right.
  const latest = latestCorrection(result.data);
  const data = latest ? { ...result.data, updated: latest } : result.data;
  const entry = { id, source: slug, file, ...quote.range, body, data };
  return { problems, fields, body: checked, claim: { draft, entry } };
}

/** The quote anchored in its source's text, or the problem that says why it is not there. */
function anchorQuote(
  claim: ClaimFields,
  target: { readonly source: Source; readonly anchorer: QuoteAnchorer },
  articleFile: string,
): { range?: { start: number; end: number }; problems: Problem[] } {
  const quote = claim.fields.quote;
  if (quote === undefined) return { problems: [] };
  const selector = { exact: quote, prefix: claim.fields.prefix, suffix: claim.fields.suffix };
  const anchoring = target.anchorer.anchor(selector);
  if (anchoring.ok) return { range: { start: anchoring.start, end: anchoring.end }, problems: [] };
  const repair = anchoring.reason === 'not-found' ? reanchor(target.source.text, selector) : undefined;
  const at = claim.locate(['quote']);
  const context = { file: claim.file, at, articleFile, article: target.source.text, quote, what: 'claim', repair };
  return { problems: [anchorProblem(anchoring, context)] };
}

const isDraft = (data: unknown) => isRecord(data) && data['status'] === 'draft';

/** A draft may leave a field it need not have yet blank (`verdict: ""`, as `npm run new` writes it). */
function withoutBlanks(yaml: YamlSource): YamlSource {
  if (!isRecord(yaml.data)) return yaml;
  const data = { ...yaml.data };
  for (const key of DRAFT_OPTIONAL_FIELDS) if (isBlank(data[key])) delete data[key];
  return { errors: yaml.errors, data, locate: (path, options) => yaml.locate(path, options) };
}
