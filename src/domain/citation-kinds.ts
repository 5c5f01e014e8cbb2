/** Kinds of cited document, in the order a fact-checker weighs them. */
export const CITATION_KIND_IDS = [
  'primary',
  'official',
  'research',
  'dataset',
  'news',
  'reference',
  'advocacy',
] as const;
export type CitationKindId = (typeof CITATION_KIND_IDS)[number];

export const CITATION_KINDS: Readonly<Record<CitationKindId, { readonly label: string; readonly definition: string }>> =
  {
    primary: {
      label: 'Primary document',
      definition: 'Statute, bill text, ordinance, court record or other original document.',
    },
    official: {
      label: 'Official statement',
      definition: 'Press release or statement by a government agency or office.',
    },
    research: { label: 'Research', definition: 'Peer-reviewed or institutional research.' },
    dataset: { label: 'Dataset', definition: 'Published data from an agency or research body.' },
    news: { label: 'News report', definition: 'Reporting by a news organisation.' },
    reference: {
      label: 'Reference work',
      definition: 'Encyclopedia, directory or other reference work (or a copy of one), compiled rather than reported.',
    },
    advocacy: {
      label: 'Advocacy',
      definition: 'Material from a campaign, party, NGO or advocacy group that argues for a side or a candidate.',
    },
  };

export const NON_ARTICLE_KIND_IDS = ['caption', 'share-widget', 'more-from-author', 'comment-prompt', 'promo'] as const;
export type NonArticleKindId = (typeof NON_ARTICLE_KIND_IDS)[number];

/** Whether `kind` names a kind of non-article text; the interface tables (src/i18n/) say each kind's name. */
export const isNonArticleKind = (kind: string): kind is NonArticleKindId =>
  (NON_ARTICLE_KIND_IDS as readonly string[]).includes(kind);
