/**
 * Reads and checks all content: the one entry point shared by the build (integration),
 * the pages (site/) and `npm run check`. Every problem is collected before anything fails.
 */
import { checkReferences } from './check-references.ts';
import { loadCitations, CITATIONS_DIR } from './load-citations.ts';
import { loadClaims, CLAIMS_DIR } from './load-claims.ts';
import { loadSources, SOURCES_DIR } from './load-sources.ts';
import type { Corpus } from './model.ts';
import { hasErrors, sortProblems, type Problem } from './problems.ts';

export interface ContentDirs {
  readonly sources: string;
  readonly claims: string;
  readonly citations: string;
}

export const DEFAULT_DIRS: ContentDirs = { sources: SOURCES_DIR, claims: CLAIMS_DIR, citations: CITATIONS_DIR };

export interface CorpusResult {
  readonly corpus: Corpus;
  readonly problems: readonly Problem[];
  readonly ok: boolean;
}

export async function loadCorpus(root: string, dirs: ContentDirs = DEFAULT_DIRS): Promise<CorpusResult> {
  const [sourcesResult, citationsResult] = await Promise.all([loadSources(root, dirs.sources), loadCitations(root, dirs.citations)]);
  const claimsResult = await loadClaims(root, sourcesResult.sources, { dir: dirs.claims, sourcesDir: dirs.sources });
  const locate = (id: string, field: PropertyKey[]) => claimsResult.located.get(id)?.(field) ?? { line: 1, column: 1 };
  const problems = sortProblems([
    ...sourcesResult.problems,
    ...citationsResult.problems,
    ...claimsResult.problems,
    ...checkReferences(claimsResult.claims, citationsResult.citations, locate),
  ]);
  const corpus: Corpus = { sources: sourcesResult.sources, claims: claimsResult.claims, citations: citationsResult.citations };
  return { corpus, problems, ok: !hasErrors(problems) };
}
