/**
 * Reads and checks all content: the one entry point shared by the build (integration),
 * the pages (site/) and `npm run check`. Every problem is collected before anything fails.
 */
import { checkReferences } from './check-references.ts';
import { contentDirs, type ContentDirs } from './content-dirs.ts';
import { loadCitations } from './load-citations.ts';
import { loadClaims } from './load-claims.ts';
import { loadSources } from './load-sources.ts';
import { renderExplanation } from '../markdown/render-explanation.ts';
import type { Claim, Corpus } from './model.ts';
import { hasErrors, sortProblems, type Problem } from './problems.ts';


export interface CorpusResult {
  readonly corpus: Corpus;
  readonly problems: readonly Problem[];
  readonly ok: boolean;
}

export interface LoadOptions {
  /** Parse each explanation for MDX syntax and unsafe content (the claims collection's loader repeats this when it renders them). */
  readonly checkBodies?: boolean;
  /** Render each explanation to HTML (`claim.explanationHtml`): the site's one read of the content. */
  readonly render?: boolean;
}

export async function loadCorpus(root: string, dirs: ContentDirs = contentDirs(), options: LoadOptions = {}): Promise<CorpusResult> {
  const [sourcesResult, citationsResult] = await Promise.all([loadSources(root, dirs.sources), loadCitations(root, dirs.citations)]);
  const claimsResult = await loadClaims(root, sourcesResult.sources, { dir: dirs.claims, sourcesDir: dirs.sources, checkBodies: options.checkBodies ?? true });
  const locate = (id: string, field: PropertyKey[]) => claimsResult.located.get(id)?.(field) ?? { line: 1, column: 1 };
  const problems = sortProblems([
    ...sourcesResult.problems,
    ...citationsResult.problems,
    ...claimsResult.problems,
    ...checkReferences(claimsResult.claims, citationsResult.citations, locate, { citationIds: citationsResult.ids, claimIds: claimsResult.ids }),
  ]);
  const claims: Claim[] = [];
  for (const claim of claimsResult.claims) {
    if (!options.render) claims.push(claim);
    // A claim with an error is left out: its pages show the problem instead (dev), or the build stops.
    else if (!problems.some((problem) => problem.file === claim.file && problem.severity === 'error')) {
      try {
        claims.push({ ...claim, explanationHtml: await renderExplanation(claim.body, claim.file) });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        problems.push({ file: claim.file, line: 1, column: 1, severity: 'error', message, ruleId: 'mdx-syntax' });
      }
    }
  }
  const corpus: Corpus = { sources: sourcesResult.sources, claims, citations: citationsResult.citations };
  return { corpus, problems: sortProblems(problems), ok: !hasErrors(problems) };
}
