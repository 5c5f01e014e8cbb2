/** Kinds of cited document, in the order a fact-checker weighs them; the interface tables (src/i18n/) name them. */
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

export const NON_ARTICLE_KIND_IDS = ['caption', 'share-widget', 'more-from-author', 'comment-prompt', 'promo'] as const;
export type NonArticleKindId = (typeof NON_ARTICLE_KIND_IDS)[number];

/** Whether `kind` names a kind of non-article text; the interface tables (src/i18n/) say each kind's name. */
export const isNonArticleKind = (kind: string): kind is NonArticleKindId =>
  (NON_ARTICLE_KIND_IDS as readonly string[]).includes(kind);
