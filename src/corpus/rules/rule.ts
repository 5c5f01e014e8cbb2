/**
 * What a rule is: its id and documentation (the README's rule table is generated from them) and its
 * checks, together in one module under `rules/`, as remark-lint keeps each rule in one package.
 *
 * A check runs at one step of a run and reads what that step hands it, as an ESLint rule visits the
 * nodes it names: a file's name, a parsed document, one schema issue, a claim, a source, a Markdown
 * text, or (once every file is read) the whole corpus. It reports each problem through `report`,
 * which adds the rule's id, severity and fix; a rule never builds a problem itself, so this folder
 * depends on nothing that lists the rules.
 */
import type { z } from 'astro/zod';
import type { VFileMessage } from 'vfile-message';
import type { VerdictScale } from '../../domain/scale.ts';
import type { LinkStatusEntry } from '../../schemas/link-status.ts';
import type { Verification } from '../../schemas/verification.ts';
import type { ClaimFields } from '../claim-fields.ts';
import type { ContentDirs } from '../content-dirs.ts';
import type { Citation, Source } from '../model.ts';
import type { Place, ProblemOptions, Severity } from '../problem.ts';
import type { Located, YamlSource } from '../yaml-document.ts';

export type { Severity } from '../problem.ts';

export interface RuleDocs {
  readonly id: string;
  readonly severity: Severity;
  /** What is wrong, in one line (the README's "what is wrong" column). */
  readonly meaning: string;
  /** How to fix it in general; a message may give a more specific fix. */
  readonly fix: string;
  /** `new` for rules only `npm run new` reports (before a file exists, so no fixture can show them). */
  readonly reportedBy?: 'new';
}

/** Reports one problem of the rule: where, what is wrong (`Unexpected …, expected …`), and optionally how to fix it. */
export type Report = (file: string, place: Place, reason: string, options?: ProblemOptions) => void;

export type Check<Input> = (input: Input, report: Report) => void;

/** A rule checks at the steps it names; a rule without checks is reported by the tool named in its module. */
export interface Rule extends RuleDocs {
  readonly checks?: Checks;
}

/** Each step of a run, about in the order a run takes them, and what it hands the rules that check there. */
export interface Checks {
  /** The content folder as listed (`content-entries.ts`). */
  readonly contentFolder?: Check<ContentListing>;
  /** Each source folder, before its files are read (`load-sources.ts`). */
  readonly sourceFolder?: Check<SourceFolder>;
  /** The names of the claim, citation and people files (`check-ids.ts`). */
  readonly fileNames?: Check<FileNames>;
  /** Each YAML or JSON document as parsed (`validate-fields.ts`). */
  readonly document?: Check<ParsedDocument>;
  /** Each issue its schema found in a document (`validate-fields.ts`). */
  readonly field?: Check<FieldIssue>;
  /** Each source as read (`load-sources.ts`). */
  readonly source?: Check<SourceRead>;
  /** Each claim's frontmatter as validated (`load-claims.ts`). */
  readonly frontmatter?: Check<ClaimFrontmatter>;
  /** Each claim in its source, its quote anchored (`load-claims.ts`). */
  readonly claim?: Check<ClaimInSource>;
  /** Each explanation and research notes as processed (`check-body.ts`, `check-research-notes.ts`). */
  readonly markdown?: Check<MarkdownText>;
  /** Everything read (`load-corpus.ts`). */
  readonly corpus?: Check<CorpusRead>;
}

export type Step = keyof Checks;

/** The files of one kind that a loader lists, whose names are their ids. */
export interface FileNames {
  readonly what: 'claim' | 'citation' | 'person';
  readonly files: readonly string[];
}

/** What the content folder holds, listed before anything is read. */
export interface ContentListing {
  readonly dirs: ContentDirs;
  /** Every entry that is neither a plain file nor a folder (a link, a pipe, a device). */
  readonly specialEntries: readonly { readonly file: string; readonly symbolicLink: boolean }[];
  /** The plain files below each folder, hidden ones left out, relative to the project root. */
  readonly filesBelow: Readonly<Record<'claims' | 'citations' | 'people' | 'sources', readonly string[]>>;
}

/** A folder of the sources folder that holds a source's files, before they are read. */
export interface SourceFolder {
  /** The sources folder (`content/sources`). */
  readonly dir: string;
  readonly folder: string;
  readonly slug: string;
  /** `source.yaml` or `article.txt` when one is absent (a link in its place is reported as a link). */
  readonly missing: string | undefined;
}

/** A YAML or JSON document as parsed: a claim's frontmatter (absent without `---` fences), a data file. */
export interface ParsedDocument {
  readonly file: string;
  /** What the document is, for messages ("claim frontmatter", "citation"). */
  readonly what: string;
  readonly yaml: YamlSource | undefined;
}

/** The parts of a Zod issue that messages use. */
export interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly expected?: string;
  readonly origin?: string;
  readonly maximum?: number | bigint;
}

/** One issue the schema found in a document: the first rule that reports it takes it. */
export interface FieldIssue {
  readonly issue: Issue;
  readonly schema: z.ZodType;
  readonly file: string;
  readonly what: string;
  /** The field the issue is about: the last name on its path. */
  readonly field: string | undefined;
  /** The value at the issue's path, as written. */
  readonly value: unknown;
  /** The path as an editor reads it: `corrections[0].date`. */
  readonly where: string;
  readonly place: Located;
  /** An empty value: nothing, or only spaces. */
  readonly blank: boolean;
  readonly source: YamlSource;
  /** The verdict a word from another rating scale ("true", "half-true") stands for on the site's scale. */
  readonly verdictAliases?: ((word: string) => string | undefined) | undefined;
}

/** A claim's frontmatter as validated, before its folder is known to be a source. */
export interface ClaimFrontmatter {
  readonly claim: ClaimFields;
  readonly yaml: YamlSource;
  /** The claim's folder below the claims folder: the slug of the source it quotes. */
  readonly slug: string;
  readonly sourceSlugs: ReadonlySet<string>;
  readonly dirs: Pick<ContentDirs, 'claims' | 'sources'>;
  /** A draft with nothing after its frontmatter yet. */
  readonly emptyDraft: boolean;
}

/** A claim in a source that exists, its quote anchored there when it could be. */
export interface ClaimInSource {
  readonly claim: ClaimFields;
  readonly source: Source;
  /** Offsets of the quote in the source's text. */
  readonly quote: { readonly start: number; readonly end: number } | undefined;
  /** Today, YYYY-MM-DD (UTC). */
  readonly today: string;
}

/** A source as read: its provenance and article, and its last comparison with the original. */
export interface SourceRead {
  readonly slug: string;
  readonly provenanceFile: string;
  readonly articleFile: string;
  readonly text: string;
  /** The source's `url`, when valid. */
  readonly url: string | undefined;
  readonly locateProvenance: (path: PropertyKey[]) => Located;
  /** `verification.json`, when it is there and valid. */
  readonly verification:
    | { readonly file: string; readonly data: Verification; readonly locate: (path: PropertyKey[]) => Located }
    | undefined;
}

/** A Markdown text as processed: a claim's explanation or a source's research notes, and what the processor said. */
export interface MarkdownText {
  readonly kind: 'explanation' | 'research-notes';
  readonly file: string;
  readonly text: string;
  /** The file line the text starts on. */
  readonly firstLine: number;
  readonly messages: readonly VFileMessage[];
}

/** A text that may link to pages of this site. */
export interface LinkingText {
  readonly file: string;
  readonly text: string;
  /** File line the text starts on (a claim's body starts after its frontmatter). */
  readonly firstLine: number;
  /** Research notes: `#claim-<id>` points into this source's article. */
  readonly sourceSlug?: string | undefined;
  /** A draft may link to another draft: both are published together or not at all. */
  readonly draft?: boolean | undefined;
}

/** What the silent-verdict check reads of one claim in `/data/claims.json` (the rest of the entry is ignored). */
export interface PreviousClaim {
  readonly id: string;
  readonly verdict: string;
  readonly updated?: string | undefined;
  readonly published?: string | undefined;
}

/** Everything read, for the checks across files (as remark-validate-links checks once all files are read). */
export interface CorpusRead {
  readonly dirs: ContentDirs;
  readonly sources: readonly Source[];
  readonly claims: readonly ClaimFields[];
  readonly citations: readonly Citation[];
  /** Every file's id, valid or not: a file that failed its own checks is not reported again where it is named. */
  readonly ids: {
    readonly claims: ReadonlySet<string>;
    readonly citations: ReadonlySet<string>;
    readonly people: ReadonlySet<string>;
  };
  /** Explanations and research notes, for the links to this site's pages. */
  readonly texts: readonly LinkingText[];
  /** A published claim must name a reviewer. */
  readonly requireReview: boolean;
  /** The site's verdict scale: which verdicts rate a checkable fact, which verdict and flag pages exist. */
  readonly scale: VerdictScale;
  /** `content/link-status.json`, when links were checked, and every URL the content uses. */
  readonly linkStatus:
    | {
        readonly file: string;
        readonly entries: readonly LinkStatusEntry[];
        readonly placeOf: (entry: LinkStatusEntry) => Located;
        readonly used: ReadonlySet<string>;
      }
    | undefined;
  /** The previous build's claims, when given and readable (`--previous`). */
  readonly previous: { readonly spec: string; readonly claims: ReadonlyMap<string, PreviousClaim> } | undefined;
}
