/**
 * The public JSON API (`/data/claims.json`, `/data/sources.json`, `/data/people.json`). Field
 * names are a contract with people who script against the site: add fields, never rename them.
 */
import type { SiteModel } from './site-model.ts';
import { absoluteUrl, paths } from './urls.ts';
import { verificationExport } from './verification.ts';

export function claimsExport(model: SiteModel) {
  return model.sources.flatMap((source) =>
    source.claims.map((view) => ({
      id: view.id,
      source: view.source.slug,
      quote: view.context.quote,
      start: view.claim.start,
      end: view.claim.end,
      verdict: view.verdict.id,
      flags: view.flags.map((flag) => flag.id),
      summary: view.claim.data.summary,
      citations: view.citations.map((citation) => ({
        id: citation.id,
        title: citation.displayTitle,
        url: citation.data.url,
      })),
      related: view.related.map((other) => other.id),
      published: view.claim.data.published,
      updated: view.lastChanged,
      url: absoluteUrl(paths.claim(view.id)),
      // The original article opened at the quote; null where the source's original URL is unknown.
      textFragmentUrl: view.textFragmentUrl ?? null,
      author: view.byline.author ? { id: view.byline.author.id, name: view.byline.author.name } : null,
      reviewers: view.byline.reviewers.map(({ id, name }) => ({ id, name })),
      // Who signed the check off and when (`npm run review`), with the fingerprint of what they read.
      reviews: view.claim.data.reviews.map(({ by, date, fingerprint }) => ({ by, date, fingerprint })),
      // Whether the check is still what its latest review read; null where no review is recorded.
      reviewCurrent: view.byline.review ? view.byline.review.current : null,
      // As written in the claim's file (oldest first), so scripts see exactly what the page shows.
      corrections: view.claim.data.corrections.map((entry) => ({
        date: entry.date,
        kind: entry.kind,
        note: entry.note,
        ...(entry.previousVerdict ? { previousVerdict: entry.previousVerdict } : {}),
      })),
    })),
  );
}

export function peopleExport(model: SiteModel) {
  return model.people.map((person) => ({
    id: person.id,
    name: person.name,
    kind: person.kind,
    role: person.role,
    bio: person.bio,
    url: person.url ?? null,
    page: absoluteUrl(paths.person(person.id)),
    claimsAuthored: person.authored.length,
    claimsReviewed: person.reviewed.length,
  }));
}

export function sourcesExport(model: SiteModel) {
  return model.sources.map((view) => {
    const d = view.source.data;
    return {
      slug: view.source.slug,
      label: d.label,
      title: d.title ?? null,
      outlet: d.outlet ?? null,
      author: d.author ?? null,
      originalUrl: d.url ?? null,
      published: d.published ?? null,
      retrieved: d.retrieved ?? null,
      archivedUrl: d.archivedUrl ?? null,
      summary: d.summary ?? null,
      length: view.source.text.length,
      url: absoluteUrl(paths.source(view.source.slug)),
      claimCount: view.claims.length,
      // Every verdict of the scale, in its order: the source's counts (site-model.ts `sourceView`).
      claimsByVerdict: view.counts,
      // The last comparison with the original: { checkedAt, status, changedPassages, claimsAffected }, or null.
      verification: verificationExport(view.source),
    };
  });
}
