/** Kinds of cited document, in the order a fact-checker weighs them. */
export const CITATION_KIND_IDS = ['primary', 'official', 'research', 'dataset', 'news'] as const;
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
  };

export const NON_ARTICLE_KIND_IDS = ['caption', 'share-widget', 'more-from-author', 'comment-prompt', 'promo'] as const;
export type NonArticleKindId = (typeof NON_ARTICLE_KIND_IDS)[number];

export const NON_ARTICLE_KINDS: Readonly<Record<NonArticleKindId, string>> = {
  caption: 'Photo caption',
  'share-widget': 'Share buttons',
  'more-from-author': 'More from the author',
  'comment-prompt': 'Comment prompt',
  promo: 'Site promotion',
};
