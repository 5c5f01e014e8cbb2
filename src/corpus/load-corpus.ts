/**
 * Reads and checks all content: the one entry point shared by the build (integration),
 * the pages (site/) and `npm run check`. Every problem is collected before anything fails.
 */
import { checkResearchNotes } from './check-research-notes.ts';
import { assertContentFolder, contentDirs, type ContentDirs } from './content-dirs.ts';
import { checkContentFolder, listContent } from './content-entries.ts';
import { loadCitations } from './load-citations.ts';
import { loadClaims, type ClaimsResult } from './load-claims.ts';
import { contentUrls } from './content-urls.ts';
import { loadLinkStatus, type LinkStatusResult } from './load-link-status.ts';
import { loadPeople } from './load-people.ts';
import { loadSources } from './load-sources.ts';
import type { ExplanationCache } from '../markdown/explanation-cache.ts';
import { DEFAULT_SCALE, type VerdictScale } from '../domain/scale.ts';
import { readPreviousClaims } from './previous-claims.ts';
import type { Citation, Corpus, Person, Source } from './model.ts';
import { hasErrors, sortProblems, type Problem } from './problems.ts';
import { CORPUS_RULES } from './rules.ts';
import type { CorpusRead, LinkingText } from './rules/rule.ts';
import { runRules } from './rules/runner.ts';

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
   * The verdicts and flags claims may carry: the site's `activeScale()` (src/site/active-scale.ts), which the
   * build and every tool pass; default the default scale, for tests and tools of a site with no scale of its own.
   */
  readonly scale?: VerdictScale;
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
  const scale = options.scale ?? DEFAULT_SCALE;
  const [listing, sourcesResult, citationsResult, peopleResult, linkStatus] = await Promise.all([
    listContent(root, dirs),
    loadSources(root, dirs.sources),
    loadCitations(root, dirs.citations),
    loadPeople(root, dirs.people),
    loadLinkStatus(root, dirs.linkStatus),
  ]);
  const claimsResult = await loadClaims(root, sourcesResult.sources, {
    dir: dirs.claims,
    sourcesDir: dirs.sources,
    scale,
    checkBodies: options.checkBodies ?? true,
    render: options.render ?? false,
    explanationCache: options.explanationCache,
    ...(options.today ? { today: options.today } : {}),
    onAnchored: options.onAnchored && ((claims) => options.onAnchored?.({ sources: sourcesResult.sources, claims })),
  });
  const notes = await checkResearchNotes(sourcesResult.sources, options.render ?? false);
  const previousSpec = options.previous || undefined;
  const previous = previousSpec ? await readPreviousClaims(root, previousSpec) : undefined;
  const read = {
    sources: sourcesResult.sources,
    claims: claimsResult,
    citations: citationsResult,
    people: peopleResult,
    linkStatus,
    previous: previous?.claims && previousSpec ? { spec: previousSpec, claims: previous.claims } : undefined,
  };
  const problems = sortProblems([
    ...checkContentFolder(listing),
    ...sourcesResult.problems,
    ...notes.problems,
    ...citationsResult.problems,
    ...peopleResult.problems,
    ...linkStatus.problems,
    ...claimsResult.problems,
    ...(previous?.problems ?? []),
    ...runRules(CORPUS_RULES, 'corpus', corpusRead(read, dirs, options.requireReview ?? true, scale)),
  ]);
  const corpus = corpusOf({ ...read, sources: notes.sources }, problems, options.render ?? false);
  return { corpus, problems, ok: !hasErrors(problems) };
}

/** Everything the loaders read, as they return it. */
interface Loaded {
  readonly sources: readonly Source[];
  readonly claims: ClaimsResult;
  readonly citations: { readonly citations: readonly Citation[]; readonly ids: ReadonlySet<string> };
  readonly people: { readonly people: readonly Person[]; readonly ids: ReadonlySet<string> };
  readonly linkStatus: LinkStatusResult;
  readonly previous: CorpusRead['previous'];
}

/** What the corpus rules check across files. */
function corpusRead(loaded: Loaded, dirs: ContentDirs, requireReview: boolean, scale: VerdictScale): CorpusRead {
  const { sources, claims, citations, people, linkStatus } = loaded;
  const drafts = new Set(claims.fields.filter((claim) => claim.draft).map((claim) => claim.file));
  const texts: LinkingText[] = [
    ...claims.bodies.map(({ file, body, bodyLine }) => ({
      file,
      text: body,
      firstLine: bodyLine,
      draft: drafts.has(file),
    })),
    ...sources.flatMap((source) =>
      source.researchNotes
        ? [{ file: source.researchNotes.file, text: source.researchNotes.text, firstLine: 1, sourceSlug: source.slug }]
        : [],
    ),
  ];
  return {
    dirs,
    sources,
    claims: claims.fields,
    citations: citations.citations,
    ids: { claims: claims.ids, citations: citations.ids, people: people.ids },
    texts,
    requireReview,
    scale,
    // Only when links were checked: finding the links in every explanation costs a parse of each that has one.
    linkStatus: linkStatus.entries && {
      file: dirs.linkStatus,
      entries: linkStatus.entries,
      placeOf: linkStatus.placeOf,
      used: contentUrls({ sources, citations: citations.citations, claims: [...claims.claims, ...claims.drafts] }),
    },
    previous: loaded.previous,
  };
}

/**
 * The corpus the pages read. For the site (`render`), a claim with an error is left out: in dev its pages show
 * the problem instead (integration/broken-pages.ts); the build stops before any page is rendered.
 */
function corpusOf(loaded: Loaded, problems: readonly Problem[], render: boolean): Corpus {
  const { claims, linkStatus } = loaded;
  const broken = new Set(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file));
  return {
    sources: loaded.sources,
    claims: render ? claims.claims.filter((claim) => !broken.has(claim.file)) : claims.claims,
    drafts: render ? claims.drafts.filter((draft) => !broken.has(draft.file)) : claims.drafts,
    citations: loaded.citations.citations,
    people: loaded.people.people,
    ...(linkStatus.entries ? { linkStatus: linkStatus.entries } : {}),
  };
}
