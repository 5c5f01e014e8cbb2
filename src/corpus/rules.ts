/**
 * Every rule the checker (and `npm run new`) reports, one module each in `rules/` (its id, its documentation and its
 * checks, as remark-lint keeps each rule in one package), listed here: the README's rule table is generated from
 * this list (`rulesTable`), a test keeps the two equal, and another test fails when a rule has no fixture case in
 * tests/fixtures/corpus/bad/. Each message links to its rule's row through `url`.
 */
import { ruleAnchor } from './problem.ts';
import type { Rule } from './rules/rule.ts';
import { authorReviewsOwnClaim } from './rules/author-reviews-own-claim.ts';
import { claimStale } from './rules/claim-stale.ts';
import { clarificationWithVerdict } from './rules/clarification-with-verdict.ts';
import { correctionDate } from './rules/correction-date.ts';
import { correctionsOutOfOrder } from './rules/corrections-out-of-order.ts';
import { draftIncomplete } from './rules/draft-incomplete.ts';
import { duplicateArticle } from './rules/duplicate-article.ts';
import { duplicateCitationId } from './rules/duplicate-citation-id.ts';
import { duplicateCitationRef } from './rules/duplicate-citation-ref.ts';
import { duplicateClaim } from './rules/duplicate-claim.ts';
import { duplicateClaimId } from './rules/duplicate-claim-id.ts';
import { duplicatePersonId } from './rules/duplicate-person-id.ts';
import { duplicateReviewer } from './rules/duplicate-reviewer.ts';
import { duplicateSource } from './rules/duplicate-source.ts';
import { emptyQuote } from './rules/empty-quote.ts';
import { invalidCitationId } from './rules/invalid-citation-id.ts';
import { invalidClaimId } from './rules/invalid-claim-id.ts';
import { invalidField } from './rules/invalid-field.ts';
import { invalidPersonId } from './rules/invalid-person-id.ts';
import { invalidSourceSlug } from './rules/invalid-source-slug.ts';
import { linkStatusStale } from './rules/link-status-stale.ts';
import { malformedDate } from './rules/malformed-date.ts';
import { mdxCode } from './rules/mdx-code.ts';
import { mdxSyntax } from './rules/mdx-syntax.ts';
import { missingAuthor } from './rules/missing-author.ts';
import { missingCitation } from './rules/missing-citation.ts';
import { missingExplanation } from './rules/missing-explanation.ts';
import { missingField } from './rules/missing-field.ts';
import { missingFrontmatter } from './rules/missing-frontmatter.ts';
import { missingPreviousVerdict } from './rules/missing-previous-verdict.ts';
import { missingReviewer } from './rules/missing-reviewer.ts';
import { missingSlug } from './rules/missing-slug.ts';
import { missingSourceFile } from './rules/missing-source-file.ts';
import { previousClaimsUnreadable } from './rules/previous-claims-unreadable.ts';
import { quoteAmbiguous } from './rules/quote-ambiguous.ts';
import { quoteContextMismatch } from './rules/quote-context-mismatch.ts';
import { quoteInNonArticle } from './rules/quote-in-non-article.ts';
import { quoteNotFound } from './rules/quote-not-found.ts';
import { remoteImage } from './rules/remote-image.ts';
import { researchNotesDropped } from './rules/research-notes-dropped.ts';
import { reviewStale } from './rules/review-stale.ts';
import { silentVerdictChange } from './rules/silent-verdict-change.ts';
import { symlink } from './rules/symlink.ts';
import { unchangedVerdict } from './rules/unchanged-verdict.ts';
import { unknownCitation } from './rules/unknown-citation.ts';
import { unknownField } from './rules/unknown-field.ts';
import { unknownFlag } from './rules/unknown-flag.ts';
import { unknownInternalLink } from './rules/unknown-internal-link.ts';
import { unknownKind } from './rules/unknown-kind.ts';
import { unknownPerson } from './rules/unknown-person.ts';
import { unknownRelated } from './rules/unknown-related.ts';
import { unknownSource } from './rules/unknown-source.ts';
import { unknownVerdict } from './rules/unknown-verdict.ts';
import { unreadFile } from './rules/unread-file.ts';
import { unsafeUrl } from './rules/unsafe-url.ts';
import { unusedCitation } from './rules/unused-citation.ts';
import { updatedMismatch } from './rules/updated-mismatch.ts';
import { urlWildcard } from './rules/url-wildcard.ts';
import { verificationSourceMismatch } from './rules/verification-source-mismatch.ts';
import { verificationStale } from './rules/verification-stale.ts';
import { yamlSyntax } from './rules/yaml-syntax.ts';

export type { Rule, Severity } from './rules/rule.ts';

/** Every rule, in the order of the README's table. */
export const RULES = [
  yamlSyntax,
  missingFrontmatter,
  unknownField,
  missingField,
  invalidField,
  unknownVerdict,
  unknownFlag,
  unknownKind,
  malformedDate,
  unsafeUrl,
  urlWildcard,
  emptyQuote,
  quoteNotFound,
  quoteAmbiguous,
  quoteContextMismatch,
  quoteInNonArticle,
  unknownSource,
  unknownCitation,
  unknownRelated,
  unknownInternalLink,
  unreadFile,
  reviewStale,
  duplicateClaimId,
  duplicateCitationId,
  duplicatePersonId,
  invalidClaimId,
  invalidCitationId,
  invalidPersonId,
  invalidSourceSlug,
  missingSourceFile,
  duplicateSource,
  missingSlug,
  duplicateClaim,
  symlink,
  duplicateArticle,
  researchNotesDropped,
  verificationStale,
  verificationSourceMismatch,
  linkStatusStale,
  mdxSyntax,
  mdxCode,
  remoteImage,
  missingExplanation,
  missingCitation,
  duplicateCitationRef,
  unusedCitation,
  claimStale,
  draftIncomplete,
  missingAuthor,
  unknownPerson,
  authorReviewsOwnClaim,
  missingReviewer,
  duplicateReviewer,
  correctionsOutOfOrder,
  correctionDate,
  unchangedVerdict,
  clarificationWithVerdict,
  updatedMismatch,
  missingPreviousVerdict,
  silentVerdictChange,
  previousClaimsUnreadable,
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]['id'];

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((entry) => [entry.id, entry]));

export function rule(id: RuleId): Rule {
  return BY_ID.get(id) as Rule;
}

/*
 * The rules that check at each step, in the order they run: where two report at one place, the first is listed
 * first. At the document and field steps the first rule that reports takes the finding (`firstRule`).
 */

/** The names of claim, citation and people files. */
export const FILE_NAME_RULES = [
  invalidClaimId,
  duplicateClaimId,
  invalidCitationId,
  duplicateCitationId,
  invalidPersonId,
  duplicatePersonId,
] as const satisfies readonly Rule[];

/** The content folder as listed, before anything is read. */
export const CONTENT_FOLDER_RULES = [symlink, unreadFile] as const satisfies readonly Rule[];

/** A source folder, before its files are read: one problem, and the folder is left out. */
export const SOURCE_FOLDER_RULES = [invalidSourceSlug, missingSourceFile] as const satisfies readonly Rule[];

/** A YAML or JSON document as parsed. */
export const DOCUMENT_RULES = [missingFrontmatter, yamlSyntax, invalidField] as const satisfies readonly Rule[];

/** One issue the schema found; the most specific rule first, `invalid-field` takes the rest. */
export const FIELD_RULES = [
  unknownField,
  emptyQuote,
  missingField,
  unknownVerdict,
  unknownFlag,
  unknownKind,
  unsafeUrl,
  malformedDate,
  invalidField,
] as const satisfies readonly Rule[];

/** A claim's frontmatter as validated, whether or not its folder is a source. */
export const FRONTMATTER_RULES = [draftIncomplete, unknownSource] as const satisfies readonly Rule[];

/** A claim in its source, once its quote is anchored. */
export const CLAIM_RULES = [
  malformedDate,
  quoteInNonArticle,
  correctionsOutOfOrder,
  correctionDate,
  clarificationWithVerdict,
  unchangedVerdict,
  updatedMismatch,
  claimStale,
] as const satisfies readonly Rule[];

/** A source as read. */
export const SOURCE_RULES = [
  urlWildcard,
  verificationSourceMismatch,
  verificationStale,
] as const satisfies readonly Rule[];

/** An explanation or research notes as processed. */
export const MARKDOWN_RULES = [
  missingExplanation,
  mdxSyntax,
  mdxCode,
  remoteImage,
  unsafeUrl,
  researchNotesDropped,
] as const satisfies readonly Rule[];

/** Everything read: the checks across files. */
export const CORPUS_RULES = [
  duplicateArticle,
  linkStatusStale,
  unknownCitation,
  duplicateCitationRef,
  unknownRelated,
  missingCitation,
  unusedCitation,
  unknownInternalLink,
  unknownPerson,
  missingAuthor,
  authorReviewsOwnClaim,
  duplicateReviewer,
  missingReviewer,
  reviewStale,
  missingPreviousVerdict,
  silentVerdictChange,
] as const satisfies readonly Rule[];

/** Registry text is plain (the CLI prints it); in a Markdown cell `\`, `<` and `|` must not act as markup. */
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/</g, '&lt;').replace(/\|/g, '\\|');

/** The README's rule table, one row per rule, each row its own link target. */
export function rulesTable(): string {
  const rows = RULES.map((entry: Rule) => {
    const only = entry.reportedBy === 'new' ? ' (only from `npm run new`)' : '';
    const name = `<a id="${ruleAnchor(entry.id)}"></a>\`${entry.id}\``;
    return `| ${name} | ${entry.severity} | ${cell(entry.meaning)}${only} | ${cell(entry.fix)} |`;
  });
  return ['| rule | severity | what is wrong | fix |', '|---|---|---|---|', ...rows].join('\n');
}
