/**
 * The interface in English: every word the site's own pages, scripts and extension say, and none that editors
 * write. A key names where the words appear and what they are; `{name}` marks a value filled in, and plural
 * messages give a form per plural category (`one`, `other`) chosen by `{count}`. Verdict and flag labels are not
 * here: they come with the configured scale.
 */
import type { DateStyle, Message } from './format.ts';

const messages = {
  // The frame of every page (src/layouts/Base.astro).
  'layout.skipToContent': 'Skip to content',
  'layout.nav.label': 'Site',
  'layout.nav.articles': 'Articles',
  'layout.nav.verdicts': 'Verdicts',
  'layout.nav.corrections': 'Corrections',
  'layout.nav.methodology': 'Methodology',
  'layout.nav.search': 'Search',
  'layout.search.label': 'Site',
  'layout.search.field': 'Search',
  'layout.search.submit': 'Go',
  'layout.footer.about': 'About the checks',
  'layout.footer.transparency': 'Transparency',
  'layout.footer.data': 'Data and feeds',
  'layout.footer.claimsData': 'Claims (JSON)',
  'layout.footer.sourcesData': 'Articles (JSON)',
  'layout.footer.peopleData': 'People (JSON)',
  'layout.footer.citationsData': 'Cited documents (CSL-JSON)',
  'layout.footer.annotationsData': 'Web Annotations (JSON-LD)',
  'layout.footer.rss': 'RSS feed',
  'layout.footer.corrections': 'Every claim links to the documents it rests on. Found an error? Read {link}.',
  'layout.footer.correctionsLink': 'how corrections work',

  // Shared by several pages.
  'people.title': 'Who checks',
  'citations.title': 'Cited documents',
  'extension.title': 'Browser extension',
  'suggest.link': 'Suggest a claim to check',

  // 404
  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. It may have been a claim whose id changed.',
  'notFound.browse': 'Browse all checked articles',
  'notFound.methodology': 'Read how we check claims',
  // An annotated article (src/components/ArticleText.astro, ClaimNote.astro).
  'article.run.claim': 'Claim {number}, {verdict}',
  'article.run.within': 'within claim {number}, {verdict}',
  'article.nonArticle': '{kind}, not part of the article',
  'article.marker': 'Claim {number}: {verdict}. Go to note.',
  'article.notes': 'Notes on paragraph {number}',
  'nonArticle.caption': 'Photo caption',
  'nonArticle.share-widget': 'Share buttons',
  'nonArticle.more-from-author': 'More from the author',
  'nonArticle.comment-prompt': 'Comment prompt',
  'nonArticle.promo': 'Site promotion',
  'note.number': 'Claim {number}',
  'note.relation.encloses': 'These words are part of',
  'note.relation.within': 'Within this passage:',
  'note.relation.overlaps': 'Shares words with',
  'note.otherClaim': 'claim {number}',
  'note.why': 'Why, and sources',
  'note.why.hidden': 'for claim {number}',
  'note.back': 'Back to the text',
  'note.back.hidden': 'of claim {number}',
  'note.permalink': 'Permalink',
  'note.permalink.hidden': 'to claim {number}',
  'note.original': 'Open the original at this passage',
  'note.original.hidden': 'of claim {number}',
  'note.nextFlagged': 'Next flagged claim ({number})',

  // Who made a check (Byline.astro, AuthorshipNote.astro).
  'byline.checkedBy': 'Checked by {name}',
  'byline.reviewedBy': 'Reviewed by {names}',
  'list.separator': ', ',
  'list.lastSeparator': ' and ',
  'authorship.teams': 'About the checking and review teams',

  // Citations (CitationLinks.astro, CitationList.astro).
  'citation.deadAsOf': 'Link dead as of {date}',
  'citation.archivedCopy': 'archived copy',
  'citation.originalDead': 'original link (dead)',
  'citation.noArchivedCopy': '; no archived copy known.',
  'citation.archivedCopyLink': 'Archived copy',
  'citation.openAtQuote': 'Open at the quoted passage',
  'citation.openAtQuote.in': 'in {title}',

  // A check's changes (ClaimHistory.astro, UpdateMark.astro, CorrectionEntries.astro, RequestCorrection.astro).
  'history.title': 'Changes to this check',
  'history.earlierVerdict': 'Earlier verdict:',
  'update.updated': 'Updated',
  'update.earlierVerdict': 'earlier verdict:',
  'update.whatChanged': 'What changed',
  'corrections.entry': '{kind}, {date}, on {claim} in {source}',
  'corrections.verdictChanged': 'Verdict changed from {before} to {after}',
  'corrections.verdictUnchanged': 'Verdict unchanged: {verdict}',
  'correction.spotted': 'Spotted an error? {link}',
  'correction.request': 'Request a correction',

  // Lists of claims and articles (ClaimList.astro, SourceTitle.astro, FlagList.astro).
  'claimList.inSource': 'In {source}, claim {number}',
  'source.ourTitle': '(our title)',
  'flags.glyph': 'Flag:',
  'claim.sources': 'Sources',

  // Drafts, shown by `npm run dev` only (DraftBanner.astro, DraftClaim.astro, DraftList.astro, site/drafts.ts).
  'draft.banner': 'Draft, not published',
  'draft.bannerNote': '{banner}: shown by the preview only; the build leaves it out.',
  'draft.verdict': 'Not yet rated',
  'draft.summary': 'No summary yet.',
  'draft.explanation': 'No explanation yet.',
  'draft.citations': 'No sources cited yet.',
  'draft.kicker': 'Draft claim in {source}',
  'draft.explanationTitle': 'Explanation',
  'draft.list': 'Drafts on this article',

  // Where an article comes from (Provenance.astro).
  'provenance.headline': 'Headline',
  'provenance.outlet': 'Outlet',
  'provenance.author': 'Author',
  'provenance.published': 'Published',
  'provenance.original': 'Original',
  'provenance.archivedCopy': 'Archived copy',
  'provenance.retrieved': 'Text retrieved',
  'provenance.today': 'Original today',
  'provenance.noneFound': 'None found',
  'provenance.notRecorded': 'Not recorded',
  'provenance.howEstablished': 'How this provenance was established',
} as const satisfies Readonly<Record<string, Message>>;

export type MessageKey = keyof typeof messages;

/** A language's table: how it writes dates, and a message for every key of the English table. */
export interface Table {
  readonly dates: DateStyle;
  readonly messages: Readonly<Record<MessageKey, Message>>;
}

/** Dates stay YYYY-MM-DD, as the site has always written them. */
export const en = { dates: 'iso', messages } as const satisfies Table;
