/**
 * schema.org ClaimReview for a claim page, the markup search engines read to show a fact
 * check beside results. Opinion is not rated, so it gets none.
 * @see https://developers.google.com/search/docs/appearance/structured-data/factcheck
 */
import type { ClaimReview, CreativeWork, Organization, Person, WithContext } from 'schema-dts';
import config from 'virtual:factcheck/config';
import { RATING_SCALE } from '../domain/scale.ts';
import { sourceTitle, type ClaimView } from './site-model.ts';
import { absoluteUrl, paths } from './urls.ts';

/** The site: the review's publisher, and its author where the check names no one. */
export function siteOrganization(): Organization {
  return { '@type': 'Organization', name: config.name, url: absoluteUrl(paths.home()) };
}

/** Who checked the claim: a `Person`, or an `Organization` for a team, linked to their page here. */
export function checkerOf(view: ClaimView): Person | Organization {
  const author = view.byline.author;
  if (!author) return siteOrganization();
  return {
    '@type': author.kind === 'team' ? 'Organization' : 'Person',
    name: author.name,
    url: absoluteUrl(paths.person(author.id)),
  };
}

export function claimReview(view: ClaimView): WithContext<ClaimReview> | null {
  const rating = view.verdict.rating;
  if (rating === null) return null;
  const data = view.claim.data;
  const source = view.source.data;
  // Who made the claim: the byline where known, else the outlet; nothing is guessed.
  const claimant: Person | Organization | undefined = source.author
    ? { '@type': 'Person', name: source.author }
    : source.outlet
      ? { '@type': 'Organization', name: source.outlet }
      : undefined;
  const appearance: CreativeWork = {
    '@type': 'CreativeWork',
    url: source.url ?? absoluteUrl(paths.source(view.source.slug)),
    headline: sourceTitle(view.source),
    ...(source.author ? { author: { '@type': 'Person', name: source.author } } : {}),
    ...(source.outlet ? { publisher: { '@type': 'Organization', name: source.outlet } } : {}),
    ...(source.published ? { datePublished: source.published } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: absoluteUrl(paths.claim(view.id)),
    // The words as they stand in the article, not the editor's copy (which may fold quotes).
    claimReviewed: view.context.quote,
    reviewBody: data.summary,
    datePublished: data.published,
    // The last change (a correction, an update), or the publication date for a check never changed.
    dateModified: view.lastChanged,
    author: checkerOf(view),
    publisher: siteOrganization(),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating,
      bestRating: RATING_SCALE.best,
      worstRating: RATING_SCALE.worst,
      alternateName: view.verdict.label,
    },
    itemReviewed: {
      '@type': 'Claim',
      appearance,
      ...(claimant ? { author: claimant } : {}),
      ...(source.published ? { datePublished: source.published } : {}),
    },
  };
}
