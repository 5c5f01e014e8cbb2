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
} as const satisfies Readonly<Record<string, Message>>;

export type MessageKey = keyof typeof messages;

/** A language's table: how it writes dates, and a message for every key of the English table. */
export interface Table {
  readonly dates: DateStyle;
  readonly messages: Readonly<Record<MessageKey, Message>>;
}

/** Dates stay YYYY-MM-DD, as the site has always written them. */
export const en = { dates: 'iso', messages } as const satisfies Table;
