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
  'byline.reviewedByOn': 'Reviewed by {names} on {date}',
  'byline.changedSinceReview': 'the check has changed since',
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

  // The home page (src/pages/index.astro).
  'home.title': 'Sources',
  'home.lede':
    '{description} Each article is shown in full, with every check-worthy claim highlighted and paired with a ' +
    'verdict, an explanation and the documents it rests on.',
  'home.suggest': 'Seen a claim that should be checked? {link}.',
  'home.byVerdict': 'All claims by verdict',
  'home.checkedArticles': 'Checked articles',
  'home.outletUnknown': 'Outlet unknown',
  'home.dateUnknown': 'date unknown',
  'home.claimsChecked': { one: '{count} claim checked', other: '{count} claims checked' },

  // Cited documents and their links (src/pages/citations.astro, citations/health.astro).
  'citations.description': 'Every document cited by our fact checks, with the claims that cite it.',
  'citations.lede': '{documents} cited by {claims}. Each entry lists the claims that rely on it.',
  'citations.documents': { one: '{count} document', other: '{count} documents' },
  'citations.checkedClaims': { one: '{count} checked claim', other: '{count} checked claims' },
  'citations.linkHealth': 'Which links still work: {link}.',
  'citations.citedBy': { one: 'Cited by one claim:', other: 'Cited by {count} claims:' },
  'health.title': 'Link health',
  'health.description': 'Cited documents whose link the last check found broken, and those without an archived copy.',
  'health.lede':
    'Which of the {documents} could not be reached at our last link check, and which have no archived copy.',
  'health.citedDocuments': { one: '{count} cited document', other: '{count} cited documents' },
  'health.lastChecked': 'Links last checked on {date}.',
  'health.notChecked':
    'Links not yet checked. Once they are, this page lists every cited document whose link no longer works.',
  'health.broken': 'Broken links',
  'health.broken.none': 'None: every checked document answered at the last check.',
  'health.broken.unknown': 'Not known until checked.',
  'health.column.document': 'Document',
  'health.column.lastCheck': 'Last check',
  'health.column.result': 'Result',
  'health.column.archivedCopy': 'Archived copy',
  'health.archivedCopy.of': 'of {title}',
  'health.noArchivedCopy': 'none',
  'health.moved': 'Moved',
  'health.moved.text':
    "These addresses now redirect elsewhere; a permanent move is a reason to update the citation's URL.",
  'health.moved.entry': '{detail} (checked on {date}).',
  'health.unchecked': 'Not checked yet',
  'health.unchecked.text': 'Cited since the last check:',
  'health.unarchived': 'Without an archived copy',
  'health.unarchived.none': 'None: every cited document has an archived copy.',
  'health.unarchived.count': {
    one: '{count} document without an archived copy.',
    other: '{count} documents without an archived copy.',
  },
  'health.unarchived.countKnown': {
    one: '{count} document without an archived copy known to us.',
    other: '{count} documents without an archived copy known to us.',
  },

  // A claim's page (src/pages/claims/[id].astro).
  'claim.kicker': 'Claim {number} in {source}',
  'claim.from': 'From {link}',
  'claim.from.link': 'the article, at claim {number}',
  'claim.why': 'Why {verdict}',
  'claim.related': 'Related claims in other articles',
  'claim.related.entry': '{verdict} in {source}',
  'claim.dates': 'Published {published}.',
  'claim.dates.updated': 'Published {published}, updated {updated}.',

  // The corrections log (src/pages/corrections/index.astro, verdicts.astro).
  'corrections.title': 'Corrections log',
  'corrections.description': 'Every correction, update and clarification to our published checks, newest first.',
  'corrections.feedTitle': 'Corrections',
  'corrections.lede':
    'Every correction, update and clarification to a published check, newest first ({entries}). What each kind ' +
    'means, and our policy, is on the {methodology}. Follow the log as an {feed}.',
  'corrections.entries': { one: '{count} entry', other: '{count} entries' },
  'corrections.methodologyLink': 'methodology page',
  'corrections.onlyVerdicts': '{link} ({entries}).',
  'corrections.onlyVerdicts.link': 'Show only the changes of verdict',
  'corrections.none': 'No check has been corrected, updated or clarified since it was published.',
  'verdictChanges.title': 'Verdict changes',
  'verdictChanges.description':
    'Every change of verdict on our published checks, newest first, with the verdict before and after.',
  'verdictChanges.lede':
    "The entries of the {log} that changed a check's verdict, newest first ({entries}), each with the verdict " +
    'before and after.',
  'verdictChanges.logLink': 'corrections log',
  'verdictChanges.none': 'No published check has changed its verdict.',

  // The browser extension's page (src/pages/extension/index.astro); "Firefox" and the addresses stay as they are.
  'extensionPage.description':
    'A browser extension that shows our verdicts on the original articles we checked, where you read them.',
  'extensionPage.lede':
    'Most people read a claim on the publisher’s page, not on ours. This extension marks the claims we checked ' +
    'right there, in the original article, with our verdict. Select a marked passage (or press Enter on it) to see ' +
    'the verdict, a summary and a link to the full check on this site.',
  'extensionPage.where': 'Where it runs',
  'extensionPage.where.text': {
    one:
      'Only on the {count} article we checked, at its original address. On any other page it does nothing: the ' +
      'browser does not load it there.',
    other:
      'Only on the {count} articles we checked, at their original addresses. On any other page it does nothing: the ' +
      'browser does not load it there.',
  },
  'extensionPage.article': '{title} ({claims}), original at {url}',
  'extensionPage.patterns': 'The addresses it is declared for',
  'extensionPage.patterns.text':
    'The same article with and without {www}, a trailing slash, its AMP edition ({amp}) and any query string, such ' +
    'as tracking parameters:',
  'extensionPage.reads': 'What it reads and sends',
  'extensionPage.reads.text':
    'On one of these articles it reads the page’s text in your browser to find the quoted passages. It downloads ' +
    'our published checks for that article from this site (the same {files} anyone can download) and nothing else. ' +
    'That download tells this site’s server which of these articles was opened, as any request for a file does ' +
    '(with the time and your network address); the extension keeps the answer for a day, so it asks at most once a ' +
    'day for each article. It sends no text from the page and no identifier, keeps no history and has no analytics, ' +
    'and on any other page it sends nothing at all.',
  'extensionPage.reads.files': 'Web Annotation files',
  'extensionPage.reads.offline':
    'If this site cannot be reached, it uses the copy of our checks that was packed into the extension when it was ' +
    'built, and its toolbar window says so and gives that copy’s date.',
  'extensionPage.permissions': 'Permissions, and why',
  'extensionPage.permissions.text':
    'Besides the article pages above (where the browser runs it), the extension asks for exactly these permissions:',
  'extensionPage.permissions.none':
    'It does not ask for access to all sites, to your tabs, history or bookmarks, and it runs no code from the ' +
    'network: everything it runs is inside the download.',
  'extensionPage.reason.siteData':
    'To download our published fact checks for the article you are reading (the files under /data/annotations/ on ' +
    'this site). When you open one of the articles we checked, the extension asks this site for that ' +
    "article's checks, so the site's server sees which of our articles was opened, as it sees any request; the " +
    'answer is kept for a day, so each article is asked for at most once a day. On any other page nothing is ' +
    'requested, and nothing else is sent.',
  'extensionPage.install': 'How to install',
  'extensionPage.install.text':
    '{download}. It is not yet in the browsers’ add-on stores; until it is, install it by hand:',
  'extensionPage.install.download': 'Download the extension (zip)',
  'extensionPage.chromium': 'Chrome, Edge, Brave and other Chromium browsers',
  'extensionPage.chromium.unzip': 'Unzip the download into a folder you keep.',
  'extensionPage.chromium.open': 'Open {chrome} (in Edge, {edge}).',
  'extensionPage.chromium.developerMode': 'Turn on {setting}.',
  'extensionPage.chromium.developerMode.name': 'Developer mode',
  'extensionPage.chromium.load': 'Choose {button} and select the folder.',
  'extensionPage.chromium.load.name': 'Load unpacked',
  'extensionPage.firefox.unzip': 'Unzip the download into a folder.',
  'extensionPage.firefox.open': 'Open {page} and choose {button}.',
  'extensionPage.firefox.open.name': 'This Firefox',
  'extensionPage.firefox.load': 'Choose {button} and select {file} in that folder.',
  'extensionPage.firefox.load.name': 'Load Temporary Add-on…',
  'extensionPage.firefox.allow':
    'If the articles show no highlights, allow the extension on those sites: in {page}, open the extension’s ' +
    '{tab} tab.',
  'extensionPage.firefox.allow.name': 'Permissions',
  'extensionPage.firefox.temporary':
    'Firefox removes a temporary add-on when it closes; store listings will make installing permanent.',

  // Browsing by verdict and flag (src/pages/verdicts/, flags/).
  'verdicts.title': 'Verdicts and flags',
  'verdicts.heading': 'Browse by verdict and flag',
  'verdicts.verdicts': 'Verdicts',
  'verdicts.flags': 'Flags',
  'verdicts.claims': { one: '{count} claim', other: '{count} claims' },
  'verdicts.all': 'All verdicts and flags',
  'verdict.title': '{verdict} claims',
  'verdict.description': 'Claims rated {verdict}: {definition}',
  'verdict.heading': '{verdict} {claims}',
  'verdict.heading.claims': 'claims',
  'verdict.count': { one: 'One claim has this verdict.', other: '{count} claims have this verdict.' },
  'verdict.none': 'No claim has this verdict yet.',
  'flag.title': 'Claims flagged “{flag}”',
  'flag.description': 'Claims flagged {flag}: {definition}',
  'flag.count': { one: 'One claim carries this flag.', other: '{count} claims carry this flag.' },
  'flag.none': 'No claim carries this flag yet.',

  // Who checks (src/pages/people/).
  'people.description': 'The people and teams who check and review our claims.',
  'people.lede':
    'Every check names who wrote it and who reviewed it. Each person or team below has a page listing their checks.',
  'people.none': 'No one is listed yet.',
  'people.counts': '{written}, {reviewed}',
  'people.written': { one: '{count} check written', other: '{count} checks written' },
  'people.reviewed': { one: '{count} check reviewed', other: '{count} checks reviewed' },
  'person.elsewhere': 'Elsewhere:',
  'person.written': { one: 'Checks written ({count} claim)', other: 'Checks written ({count} claims)' },
  'person.reviewed': { one: 'Checks reviewed ({count} claim)', other: 'Checks reviewed ({count} claims)' },
  'person.none': 'None yet.',

  // An article's page (src/pages/sources/[slug].astro).
  'source.kicker': 'Checked article',
  'source.kicker.noHeadline': 'Checked article (original headline unknown)',
  'source.review': 'Our review',
  'source.review.more': 'Read the whole review',
  'source.verdictBar': 'Jump to the first claim of each verdict',
  'source.verdictBar.count': { one: '{count} claim checked:', other: '{count} claims checked:' },
  'source.details': 'Source details',
  'source.details.withNotes': 'Source details and research notes',
  'source.provenance': 'Where this article comes from',
  'source.researchNotes': 'Research notes',
  'source.researchNotes.what': 'What we left out, and what we searched for and did not find.',
  'source.text': 'The article, annotated',
  'source.text.hint': 'Select highlighted words or a numbered marker to read our check of that claim.',

  // What the last comparison with the original found (src/pages/sources/[slug]/changes.astro).
  'changes.title': 'The original today: {source}',
  'changes.kicker': 'Our saved copy of {source}',
  'changes.heading': 'The original today',
  'changes.ownPage': 'its page',
  'changes.unverified': 'Not yet compared with the original. The article as we saved it is on {page}, with our checks.',
  'changes.identical': 'We compared our saved text with the original on {date} and found no differences.',
  'changes.changed':
    'We compared our saved text with the original on {date}: the original has changed since we saved it, ' +
    '{passages}, touching {claims}. Our checks are of the article as we saved it, which stays on {page} as the ' +
    'record of what was published.',
  'changes.passagesDiffer': { one: '{count} passage differs', other: '{count} passages differ' },
  'changes.claims': { one: '{count} claim', other: '{count} claims' },
  'changes.from': 'Original compared:',
  'changes.stale': 'We have edited our saved text since this comparison, so it may not match the article on our page.',
  'changes.passages': 'Passages that differ',
  'changes.passage': 'Passage {number}, line {line} of our saved text',
  'changes.saved': 'What we saved',
  'changes.saved.none': 'Not in our saved text',
  'changes.original': 'What the original says now',
  'changes.original.none': 'Removed from the original',
  'changes.touches.none': 'It touches none of our claims.',
  'changes.touches': 'Claims it touches:',
  'changes.unpublished': '{id} (no longer published)',
  'changes.claimsToday': 'Our claims in the original today',

  // The transparency page (src/pages/transparency.astro).
  'transparency.title': 'Transparency',
  'transparency.corrections.heading': 'Corrections',
  'transparency.description':
    'Our checks by verdict per outlet, author and reviewer; corrections; related claims we rated differently.',
  'transparency.lede':
    'We have published {checks}. These figures count them by verdict, so readers can see whose articles we check, ' +
    'who checks them, and where our findings changed.',
  'transparency.checks': { one: '{count} check', other: '{count} checks' },
  'transparency.byOutlet': 'Checks by outlet',
  'transparency.byAuthor': 'Checks by author',
  'transparency.byReviewer': 'Checks by reviewer',
  'transparency.byReviewer.note': 'A check with two reviewers counts once for each.',
  'transparency.corrections':
    '{corrected} of {total} carry a correction, update or clarification; the verdict changed on {changed}. Each is ' +
    'listed, newest first, in the {log}.',
  'transparency.differing': 'Related claims rated differently',
  'transparency.differing.text':
    'Claims in different articles about the same fact, person or case, where our verdicts differ. The summaries say ' +
    'why each was rated as it was.',
  'transparency.differing.none': 'No related claims carry different verdicts.',
  'transparency.differing.entry': 'in {source}: {summary}',

  // The search page (src/pages/search.astro) and its script (src/search/page.ts, results.ts).
  'search.title': 'Search',
  'search.description': 'Search the checked articles, their claims and our annotations.',
  'search.noscript':
    'Search needs JavaScript, which is turned off or unavailable in this browser. Every article and claim can ' +
    'still be reached from {home}, and {methodology} explains the verdicts and flags.',
  'search.noscript.home': 'the list of checked articles',
  'search.noscript.methodology': 'the methodology',
  'search.form': 'Search articles and claims',
  'search.field': 'Words to find in articles, claims and explanations',
  'search.submit': 'Search',
  'search.filters': 'Filters',
  'search.facet.type': 'Kind',
  'search.facet.verdict': 'Verdict',
  'search.facet.source': 'Article',
  'search.facet.flag': 'Flag',
  'search.clear': 'Clear all filters',
  'search.results': 'Results',
  'search.none': 'Nothing matched. Some things to try:',
  'search.none.words': 'Check the spelling, or use fewer or more general words, for example {first} or {second}.',
  /** Words the site's own articles use, offered when nothing matched. */
  'search.example.first': 'detainer',
  'search.example.second': 'sanctuary',
  'search.none.filters': 'Remove filters.',
  'search.none.browse': 'Browse {link}, each with every claim highlighted.',
  'search.none.browse.link': 'the checked articles',
  'search.showMore': 'Show more',
  'search.kind.claim': 'Claim',
  'search.kind.source': 'Article',
  'search.result.in': '{kind} in {source}',
  'search.result.checked': 'Checked {date}',
  'search.result.published': 'Published {date}',
  'search.count': { one: '{count} result', other: '{count} results' },
  'search.status.query': {
    none: 'No results for {query}.',
    one: '{count} result for {query}.',
    other: '{count} results for {query}.',
  },
  'search.status.queryFiltered': {
    none: 'No results for {query} with the selected filters.',
    one: '{count} result for {query} with the selected filters.',
    other: '{count} results for {query} with the selected filters.',
  },
  'search.status.filtered': {
    none: 'No results matching the selected filters.',
    one: '{count} result matching the selected filters.',
    other: '{count} results matching the selected filters.',
  },
  'search.status.all': { none: 'No results.', one: '{count} result.', other: '{count} results.' },
  'search.selected': '({count} selected)',
  'search.unfiltered': {
    one: 'Without filters there is {count} result.',
    other: 'Without filters there are {count} results.',
  },
  'search.error': 'Search could not load. Check your connection and try again.',
  'search.more': 'Show {count} more of {remaining} remaining',

  // The methodology page's generated parts (src/components/methodology/); its prose is the site's own content.
  'citationKind.primary': 'Primary document',
  'citationKind.primary.definition': 'Statute, bill text, ordinance, court record or other original document.',
  'citationKind.official': 'Official statement',
  'citationKind.official.definition': 'Press release or statement by a government agency or office.',
  'citationKind.research': 'Research',
  'citationKind.research.definition': 'Peer-reviewed or institutional research.',
  'citationKind.dataset': 'Dataset',
  'citationKind.dataset.definition': 'Published data from an agency or research body.',
  'citationKind.news': 'News report',
  'citationKind.news.definition': 'Reporting by a news organisation.',
  'citationKind.reference': 'Reference work',
  'citationKind.reference.definition':
    'Encyclopedia, directory or other reference work (or a copy of one), compiled rather than reported.',
  'citationKind.advocacy': 'Advocacy',
  'citationKind.advocacy.definition':
    'Material from a campaign, party, NGO or advocacy group that argues for a side or a candidate.',
  'correctionRoute.none':
    'If you find an error in a check, tell us which claim it is (each has its own permalink) and what evidence ' +
    'shows the error.',
  'correctionRoute.url':
    'If you find an error in a check, use the "Request a correction" link at the end of the claim\'s page: it opens ' +
    'a form that names the claim, where you say what is wrong and what evidence shows it.',
  'correctionRoute.email':
    'If you find an error in a check, use the "Request a correction" link at the end of the claim\'s page: it opens ' +
    'an e-mail that names the claim, where you say what is wrong and what evidence shows it.',
  'correctionRoute.transparency':
    'How many checks were corrected, and which related claims we rated differently, is on the {link}.',
  'correctionRoute.transparency.link': 'transparency page',
  'rating.range': '{worst} (worst) to {best} (best)',
  'rating.verdict': 'Verdict',
  'rating.rating': 'Rating',
  'rating.none': 'Not rated: no ClaimReview is published',
  'rating.of': '{rating} of {best}',
  /** Names the site's subject: a site on another subject words it its own way. */
  'suggest.methodology':
    'Seen a claim about sanctuary policies or ICE detainers that should be checked? {link}: tell us the claim in ' +
    'its own words, where it appeared and why it matters. We read every suggestion, and we choose which claims to ' +
    'check by the rules above.',

  // Words of the view models (src/site/): labels, kinds and sentences the pages show.
  'transparency.outletNotRecorded': 'Outlet not recorded',
  'transparency.authorNotRecorded': 'Author not recorded',
  'transparency.reviewerNotRecorded': 'No reviewer recorded',
  'person.kind.person': 'Person',
  'person.kind.team': 'Team',
  'correction.kind.correction': 'Correction',
  'correction.kind.update': 'Update',
  'correction.kind.clarification': 'Clarification',
  'citation.untitledDocument': 'Untitled document',
  'citation.untitledPage': 'Untitled page from {publisher}',
  'citation.untitledPage.described': 'Untitled page from {publisher}: {description}',
  'citation.dateNotShown': 'date not shown',

  // The feeds (src/pages/rss.xml.ts, corrections.xml.ts; src/site/feed.ts, corrections-log.ts).
  'feed.claim': '{summary} (Claim {number} in {source}.)',
  'feed.corrections.title': '{site}: corrections',
  'feed.corrections.description': 'Every correction, update and clarification to a published check, newest first.',
  'feed.correction': '{note} Verdict: {verdict}. The check: {url}',
  'feed.verdictChanged': '{before} → {after}',
  'feed.verdictUnchanged': '{verdict} (unchanged)',

  // What the last comparison with the original found, in a line and per claim (src/site/verification.ts).
  'verification.line.unverified': 'Not yet compared with the original',
  'verification.line.identical': 'Compared with the original on {date}: unchanged',
  'verification.line.changed': 'The original has changed since we saved it: {passages}',
  'verification.status.unchanged': 'unchanged',
  'verification.status.moved': 'moved',
  'verification.status.changed': 'changed',
  'verification.status.missing': 'missing',
  'verification.status.changedScore': 'changed (closest passage {percent} the same)',
  'verification.explanation.unchanged': 'The quoted words are in the original, in the same place.',
  'verification.explanation.moved': 'The quoted words are in the original, in another place.',
  'verification.explanation.changed': 'The closest passage in the original has different words.',
  'verification.explanation.missing': 'No passage close to the quoted words is in the original any more.',

  // The last link check, in words (src/site/link-health.ts).
  'linkStatus.notChecked': 'not checked',
  'linkStatus.ok': 'working',
  'linkStatus.redirected': 'redirected',
  'linkStatus.dead': 'dead',
  'linkStatus.blocked': 'blocked',
  'linkStatus.error': 'error',
  'linkStatus.changed': 'changed (possible soft 404)',
  'linkStatus.http': 'HTTP {status}',
  'linkStatus.nowAt': 'now at {url}',
  'linkStatus.titleChanged': 'page title now {title}, expected {expected}',

  // Whether AI software made a check (src/site/authorship.ts): "{subject} {made}."
  'authorship.sentence': '{subject} {made}.',
  'authorship.subject.check': 'This check was',
  'authorship.subject.page': 'The checks on this page were',
  'authorship.subject.site': 'The checks on this site are',
  'authorship.made': '{written} and {reviewed}',
  'authorship.written.ai': 'researched and written by AI software',
  'authorship.written.people': 'researched and written by people',
  'authorship.reviewed.none': 'not reviewed by anyone else',
  'authorship.reviewed.separateAi': 'reviewed by a second, separate AI review',
  'authorship.reviewed.ai': 'reviewed by AI software',
  'authorship.reviewed.people': 'reviewed by people',
  'authorship.reviewed.mixed': 'reviewed by people and AI software',
  'authorship.some.page':
    'Some of the checks on this page were made with AI software: each check says who researched, wrote and ' +
    'reviewed it.',
  'authorship.some.site':
    'Some of the checks on this site were made with AI software: each check says who researched, wrote and ' +
    'reviewed it.',

  // The browser extension itself (src/extension/): its popover, highlights and toolbar popup.
  'extension.popover.title': 'Fact check: {verdict}',
  'extension.popover.flags': 'Flags',
  'extension.popover.checkedBy': 'Checked by {site}',
  'extension.popover.close': 'Close the fact check',
  'extension.siteFallback': 'our fact-check site',
  'extension.fullCheck': 'Read the full check',
  'extension.notRated': 'Not rated',
  'extension.highlight.label': '{words} (fact check: {verdict})',
  'extension.popup.title': 'Fact checks on this page',
  'extension.popup.looking': 'Looking for checked claims…',
  'extension.popup.none': 'No checked article on this page.',
  'extension.popup.bundled':
    'Our site could not be reached, so these checks come from the copy bundled with the extension on {date}. ' +
    'Newer checks may exist.',
  'extension.popup.claims': { one: '{count} claim', other: '{count} claims' },
  'extension.popup.status': '{claims} highlighted on this page.',
  'extension.popup.status.orphans': '{claims} highlighted on this page, {orphans} not found.',
  'extension.popup.onPage': 'On this page',
  'extension.popup.notFound': 'Not found on this page',
  'extension.popup.orphanNote': 'The page’s text differs from the copy we checked, so these are not highlighted.',
  'extension.popup.show': 'Show on page',
  // The e-mails a reader sends (src/site/correction-request.ts, suggest-claim.ts): subject and the lines to fill in.
  'mail.correction.subject': 'Correction request: {id}',
  'mail.correction.claim': 'Claim: {id}',
  'mail.correction.page': 'Page: {url}',
  'mail.correction.quote': 'Quote: {quote}',
  'mail.correction.verdict': 'Current verdict: {verdict}',
  'mail.correction.whatIsWrong': 'What is wrong, and what evidence shows it:',
  'mail.suggest.subject': 'Claim to check',
  'mail.suggest.claim': 'The claim, in its own words:',
  'mail.suggest.where': 'Where it appeared (a link):',
  'mail.suggest.why': 'Why it should be checked:',
  // The share cards' fixed words (src/site/share-card.ts): for the cards part to wire, which draws them.
  'card.checkedBy': 'Checked by {site}',
  'card.from': 'From: {source}',
  'card.siteFooter': 'Every claim highlighted in place, with a verdict and the documents it rests on.',
} as const satisfies Readonly<Record<string, Message>>;

export type MessageKey = keyof typeof messages;

/** A language's table: how it writes dates, and a message for every key of the English table. */
export interface Table {
  /** Days in lists, bylines and meta lines. */
  readonly dates: DateStyle;
  /** A day written out in a sentence ("checks bundled on 2 December 2026"). */
  readonly longDates: DateStyle;
  readonly messages: Readonly<Record<MessageKey, Message>>;
}

/** Dates stay YYYY-MM-DD, as the site has always written them; in a sentence, "2 December 2026". */
export const en = {
  dates: 'iso',
  longDates: { locale: 'en-GB', day: 'numeric', month: 'long', year: 'numeric' },
  messages,
} as const satisfies Table;
