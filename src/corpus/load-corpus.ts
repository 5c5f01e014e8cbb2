/**
 * Reads and checks all content: the one entry point shared by the build (integration),
 * the pages (site/) and `npm run check`. Every problem is collected before anything fails.
 */
import { checkReferences } from './check-references.ts';
import { checkResearchNotes } from './check-research-notes.ts';
import { assertContentFolder, contentDirs, type ContentDirs } from './content-dirs.ts';
import { loadCitations } from './load-citations.ts';
import { loadClaims } from './load-claims.ts';
import { loadPeople } from './load-people.ts';
import { loadSources } from './load-sources.ts';
import type { Corpus } from './model.ts';
import { hasErrors, sortProblems, type Problem } from './problems.ts';

export interface CorpusResult {
  readonly corpus: Corpus;
  readonly problems: readonly Problem[];
  readonly ok: boolean;
}

export interface LoadOptions {
  /** Parse each explanation for MDX syntax and unsafe content (default true). */
  readonly checkBodies?: boolean;
  /**
   * Also render each accepted explanation to `claim.explanationHtml`, in the same pass that
   * checks it (the build's one read of the content); implies checking the bodies.
   */
  readonly render?: boolean;
}

export async function loadCorpus(
  root: string,
  dirs: ContentDirs = contentDirs(),
  options: LoadOptions = {},
): Promise<CorpusResult> {
  assertContentFolder(root, dirs);
  const [sourcesResult, citationsResult, peopleResult] = await Promise.all([
    loadSources(root, dirs.sources),
    loadCitations(root, dirs.citations),
    loadPeople(root, dirs.people),
  ]);
  const claimsResult = await loadClaims(root, sourcesResult.sources, {
    dir: dirs.claims,
    sourcesDir: dirs.sources,
    checkBodies: options.checkBodies ?? true,
    render: options.render ?? false,
  });
  const notes = await checkResearchNotes(sourcesResult.sources, options.render ?? false);
  const known = { citationIds: citationsResult.ids, claimIds: claimsResult.ids };
  const problems = sortProblems([
    ...sourcesResult.problems,
    ...notes.problems,
    ...citationsResult.problems,
    ...peopleResult.problems,
    ...claimsResult.problems,
    ...checkReferences(claimsResult.fields, citationsResult.citations, known),
  ]);
  // For the site (render), a claim with an error is left out: in dev its pages show the problem
  // instead (integration/broken-pages.ts); the build stops before any page is rendered.
  const broken = new Set(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file));
  const corpus: Corpus = {
    sources: notes.sources,
    claims: options.render ? claimsResult.claims.filter((claim) => !broken.has(claim.file)) : claimsResult.claims,
    // Drafts are separated from published claims by the checker (issue 13, item 1).
    drafts: [],
    citations: citationsResult.citations,
    people: peopleResult.people,
  };
  return { corpus, problems, ok: !hasErrors(problems) };
}
