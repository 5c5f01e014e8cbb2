import path from 'node:path';
import { paths } from '../../domain/site-paths.ts';
import { siteLinks } from '../site-links.ts';
import { propose } from '../wording.ts';
import type { CorpusRead, LinkingText, Rule } from './rule.ts';

/** Pages without a parameter (home, methodology, corrections, …), from the one list of paths. */
const FIXED_PAGES: ReadonlySet<string> = new Set(
  Object.values(paths)
    .filter((make): make is () => string => make.length === 0)
    .map((make) => make()),
);

interface Index {
  /** Every claim file: its source's folder and whether it is a draft (a draft has no published page). */
  readonly claims: ReadonlyMap<string, { readonly source: string; readonly draft: boolean }>;
  readonly sourceSlugs: ReadonlySet<string>;
  readonly personIds: ReadonlySet<string>;
  readonly citationIds: ReadonlySet<string>;
  /** The scale's verdicts and flags, each with a page (`/verdicts/<id>/`, `/flags/<id>/`). */
  readonly verdictIds: readonly string[];
  readonly flagIds: readonly string[];
}

function indexOf({ claims, dirs, sources, ids, scale }: CorpusRead): Index {
  return {
    claims: new Map(
      claims.map((claim) => [
        claim.id,
        { source: path.posix.relative(dirs.claims, path.posix.dirname(claim.file)), draft: claim.draft ?? false },
      ]),
    ),
    sourceSlugs: new Set(sources.map((source) => source.slug)),
    personIds: ids.people,
    citationIds: ids.citations,
    verdictIds: scale.verdictIds,
    flagIds: scale.flagIds,
  };
}

/**
 * Links to this site's own pages, in explanations and research notes, must lead to a page that the build makes:
 * a mistyped `/claims/<id>/` would otherwise publish a link to a 404.
 */
export const unknownInternalLink = {
  id: 'unknown-internal-link',
  severity: 'error',
  meaning:
    'a link in an explanation or research notes to a page of this site that does not exist: a claim, source, ' +
    'person, citation (`/citations/#citation-<id>`), verdict or flag with no such id, or `#claim-<id>` in ' +
    'research notes naming no published claim on that source (with "did you mean")',
  fix: 'Correct the id in the link (a claim id is its file name without extension), or link to an existing page.',
  checks: {
    corpus: (corpus, report) => {
      const index = indexOf(corpus);
      for (const text of corpus.texts) {
        for (const link of siteLinks(text.text, text.file, text.firstLine)) {
          const expected = problemOf(link.url, text, index);
          if (!expected) continue;
          const proposal = expected.proposal ? ` Did you mean "${expected.proposal}"?` : '';
          const reason = `Unexpected link "${link.url}" to no page of this site, expected ${expected.what}.${proposal}`;
          report(text.file, link.place, reason);
        }
      }
    },
  },
} as const satisfies Rule;

interface Expected {
  readonly what: string;
  readonly proposal?: string | undefined;
}

const near = (value: string, candidates: Iterable<string>, make: (id: string) => string) => {
  const found = propose(value, candidates);
  return found === undefined ? undefined : make(found);
};

/** What the link should have been, or undefined when it leads to a page. */
function problemOf(url: string, text: LinkingText, index: Index): Expected | undefined {
  const [beforeHash = '', fragment] = url.split('#', 2) as [string, string | undefined];
  const pathname = beforeHash.split('?')[0] ?? '';
  if (pathname === '') return text.sourceSlug ? fragmentProblem(fragment ?? '', text.sourceSlug, '', index) : undefined;
  if (FIXED_PAGES.has(pathname)) {
    if (pathname === paths.citations() && fragment?.startsWith('citation-')) {
      const id = fragment.slice('citation-'.length);
      if (index.citationIds.has(id)) return undefined;
      const proposal = near(id, index.citationIds, (found) => `${paths.citations()}#citation-${found}`);
      return { what: 'the id of a citation file after #citation-', proposal };
    }
    return undefined;
  }
  const parts = pathname.split('/').filter(Boolean);
  const [section, id, extra] = parts;
  const withSlash = pathname.endsWith('/');
  const page = (make: (value: string) => string, ids: Iterable<string>, what: string): Expected | undefined => {
    const known = new Set(ids);
    if (id && known.has(id) && parts.length === 2) {
      return withSlash ? undefined : { what: 'a path ending in "/"', proposal: make(id) };
    }
    return { what, proposal: id ? near(id, known, make) : undefined };
  };
  switch (section) {
    case 'claims': {
      const claim = id ? index.claims.get(id) : undefined;
      if (claim?.draft && !text.draft && parts.length === 2) {
        return { what: 'a published claim (this one is a draft, whose page is not published)' };
      }
      return page(paths.claim, index.claims.keys(), 'the path of a claim, /claims/<claim id>/');
    }
    case 'sources': {
      if (id && index.sourceSlugs.has(id) && (extra === undefined || (extra === 'changes' && parts.length === 3))) {
        if (!withSlash) return { what: 'a path ending in "/"', proposal: `${pathname}/` };
        return fragment === undefined ? undefined : fragmentProblem(fragment, id, pathname, index);
      }
      return page(paths.source, index.sourceSlugs, 'the path of a source, /sources/<source folder>/');
    }
    case 'people':
      return page(paths.person, index.personIds, 'the path of a person, /people/<person id>/');
    case 'verdicts':
      return page(paths.verdict, index.verdictIds, 'the path of a verdict, /verdicts/<verdict>/');
    case 'flags':
      return page(paths.flag, index.flagIds, 'the path of a flag, /flags/<flag>/');
    default: {
      const proposal = propose(pathname, FIXED_PAGES);
      return { what: 'a page of this site (a claim, source, person, verdict, flag or listed page)', proposal };
    }
  }
}

/** `#claim-<id>` on a source's page: a claim (not a draft) that quotes that source. */
function fragmentProblem(fragment: string, slug: string, pathname: string, index: Index): Expected | undefined {
  if (!fragment.startsWith('claim-')) return undefined;
  const id = fragment.slice('claim-'.length);
  const claim = index.claims.get(id);
  if (claim && claim.source === slug && !claim.draft) return undefined;
  if (claim && claim.source !== slug && !claim.draft) {
    return { what: `a claim on ${slug}`, proposal: paths.claimInSource(claim.source, id) };
  }
  const here = [...index.claims].filter(([, entry]) => entry.source === slug && !entry.draft).map(([key]) => key);
  const proposal = near(id, here, (found) => `${pathname}#claim-${found}`);
  const what = claim ? 'a published claim (this one is a draft, not shown on the page)' : `a claim on ${slug}`;
  return { what, proposal } satisfies Expected;
}
