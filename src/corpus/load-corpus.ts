/**
 * Reads and checks all content: the one entry point shared by the build (integration),
 * the pages (site/) and `npm run check`. Every problem is collected before anything fails.
 */
import { checkBylines } from './check-byline.ts';
import { checkInternalLinks } from './check-internal-links.ts';
import { checkLinkStatusStale } from './check-link-status.ts';
import { checkReferences } from './check-references.ts';
import { checkResearchNotes } from './check-research-notes.ts';
import { checkReviews } from './check-reviews.ts';
import { checkUnreadFiles } from './check-unread-files.ts';
import { assertContentFolder, contentDirs, contentFolder, type ContentDirs } from './content-dirs.ts';
import { checkContentEntries } from './content-entries.ts';
import { loadCitations } from './load-citations.ts';
import { loadClaims } from './load-claims.ts';
import { contentUrls } from './content-urls.ts';
import { loadLinkStatus } from './load-link-status.ts';
import { loadPeople } from './load-people.ts';
import { loadSources } from './load-sources.ts';
import type { ExplanationCache } from '../markdown/explanation-cache.ts';
import { checkVerdictChanges, readPreviousClaims } from './previous-claims.ts';
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
  /** Explanations rendered by an earlier build, reused where the input is unchanged (markdown/explanation-cache.ts). */
  readonly explanationCache?: ExplanationCache | undefined;
  /**
   * A published claim must name a reviewer (rule `missing-reviewer`): the site's `requireReview` option
   * (src/integration/options.ts), whose default, true, is this one's.
   */
  readonly requireReview?: boolean;
  /**
   * The previous build's `/data/claims.json`, a path (relative to `root`) or an http(s) URL, to find
   * verdicts changed without a corrections entry (`silent-verdict-change`); none, no comparison. The build
   * and `npm run check` pass `FACTCHECK_PREVIOUS_CLAIMS` here (src/integration/deploy-env.ts).
   */
  readonly previous?: string | undefined;
  /** Today, YYYY-MM-DD (UTC), for dates that may not lie in the future; default the current date. */
  readonly today?: string;
  /**
   * Called with the sources and claims once every claim is anchored, before explanations are checked
   * (load-claims.ts): what share cards are drawn from, early. Claims with errors are still among them.
   */
  readonly onAnchored?: ((corpus: Pick<Corpus, 'sources' | 'claims'>) => void) | undefined;
}

export async function loadCorpus(
  root: string,
  dirs: ContentDirs = contentDirs(),
  options: LoadOptions = {},
): Promise<CorpusResult> {
  assertContentFolder(root, dirs);
  const [entryProblems, sourcesResult, citationsResult, peopleResult, linkStatus] = await Promise.all([
    checkContentEntries(root, contentFolder(dirs)),
    loadSources(root, dirs.sources),
    loadCitations(root, dirs.citations),
    loadPeople(root, dirs.people),
    loadLinkStatus(root, dirs.linkStatus),
  ]);
  const claimsResult = await loadClaims(root, sourcesResult.sources, {
    dir: dirs.claims,
    sourcesDir: dirs.sources,
    checkBodies: options.checkBodies ?? true,
    render: options.render ?? false,
    explanationCache: options.explanationCache,
    ...(options.today ? { today: options.today } : {}),
    onAnchored: options.onAnchored && ((claims) => options.onAnchored?.({ sources: sourcesResult.sources, claims })),
  });
  const notes = await checkResearchNotes(sourcesResult.sources, options.render ?? false);
  const previousSpec = options.previous || undefined;
  const previous = previousSpec ? await readPreviousClaims(root, previousSpec) : undefined;
  // Only when links were checked: finding the links in every explanation costs a parse of each that has one.
  const staleLinks = linkStatus.entries
    ? checkLinkStatusStale(
        dirs.linkStatus,
        linkStatus.entries,
        contentUrls({
          sources: sourcesResult.sources,
          citations: citationsResult.citations,
          claims: [...claimsResult.claims, ...claimsResult.drafts],
        }),
        linkStatus.placeOf,
      )
    : [];
  const drafts = new Set(claimsResult.fields.filter((claim) => claim.draft).map((claim) => claim.file));
  const known = { citationIds: citationsResult.ids, claimIds: claimsResult.ids };
  const problems = sortProblems([
    ...entryProblems,
    ...sourcesResult.problems,
    ...checkUnreadFiles(root, dirs),
    ...notes.problems,
    ...citationsResult.problems,
    ...peopleResult.problems,
    ...linkStatus.problems,
    ...staleLinks,
    ...claimsResult.problems,
    ...checkReferences(claimsResult.fields, citationsResult.citations, known),
    ...checkInternalLinks(
      [
        ...claimsResult.bodies.map(({ file, body, bodyLine }) => ({
          file,
          text: body,
          firstLine: bodyLine,
          draft: drafts.has(file),
        })),
        ...sourcesResult.sources.flatMap((source) =>
          source.researchNotes
            ? [
                {
                  file: source.researchNotes.file,
                  text: source.researchNotes.text,
                  firstLine: 1,
                  sourceSlug: source.slug,
                },
              ]
            : [],
        ),
      ],
      {
        claims: claimsResult.fields,
        claimsDir: dirs.claims,
        sourceSlugs: new Set(sourcesResult.sources.map((source) => source.slug)),
        personIds: peopleResult.ids,
        citationIds: citationsResult.ids,
      },
    ),
    ...checkBylines(claimsResult.fields, {
      personIds: peopleResult.ids,
      requireReview: options.requireReview ?? true,
    }),
    ...checkReviews(claimsResult.fields, peopleResult.ids),
    ...(previous?.problems ?? []),
    ...(previous?.claims && previousSpec
      ? checkVerdictChanges(claimsResult.fields, previous.claims, previousSpec)
      : []),
  ]);
  // For the site (render), a claim with an error is left out: in dev its pages show the problem
  // instead (integration/broken-pages.ts); the build stops before any page is rendered.
  const broken = new Set(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file));
  const corpus: Corpus = {
    sources: notes.sources,
    claims: options.render ? claimsResult.claims.filter((claim) => !broken.has(claim.file)) : claimsResult.claims,
    drafts: options.render ? claimsResult.drafts.filter((draft) => !broken.has(draft.file)) : claimsResult.drafts,
    citations: citationsResult.citations,
    people: peopleResult.people,
    ...(linkStatus.entries ? { linkStatus: linkStatus.entries } : {}),
  };
  return { corpus, problems, ok: !hasErrors(problems) };
}
