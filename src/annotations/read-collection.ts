/**
 * Reads a published AnnotationCollection (wire-format.ts, written by src/site/web-annotations.ts) as
 * untrusted JSON: the extension fetches it over the network, so every field is checked by hand (no schema library in
 * the content script's bundle), nothing throws, and each annotation that cannot be used is
 * reported in `problems` instead of stopping the others.
 * @see https://www.w3.org/TR/annotation-model/
 */
import type { QuoteInContext, TextRange } from './selectors.ts';

export interface ClaimAnnotation {
  /** The claim id: the part after '#' in the annotation id. */
  id: string;
  quote: QuoteInContext;
  /** The TextPositionSelector: offsets in our copy of the article, a hint where the page's text differs. */
  position: TextRange | undefined;
  /**
   * The `verdictId` of the body with purpose 'assessing', when it is a plain id (letters, digits, `-`, `_`).
   * Collections published before the id was added carry only the label: then undefined.
   */
  verdictId: string | undefined;
  /** That body's `value`: the verdict's label. */
  verdictLabel: string;
  /** Bodies with purpose 'tagging'. */
  flags: string[];
  /** The body with purpose 'describing'. */
  summary: string;
  /** The first 'linking' body under the site's URL (the collection's origin); http(s) only. */
  claimUrl: string | undefined;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOr = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const isOffset = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Limits that keep a hostile file from costing the page much: more is cut off and reported. */
const MAX_ANNOTATIONS = 2000;
const MAX_QUOTE_LENGTH = 5000;
/** Context beyond this is cut (the end of a prefix, the start of a suffix): we publish 32 characters. */
const MAX_CONTEXT_LENGTH = 200;

/** A verdict id as the site's scale writes them; anything else is not used (it becomes an attribute value). */
const VERDICT_ID = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,63}$/u;

/** An http(s) URL as a string, or undefined (javascript:, data: and malformed addresses are dropped). */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The site the extension was built for, when it is one the extension may link to: https, or http on a loopback
 * address (a site served locally for testing).
 */
export function linkableSite(siteUrl: string): string | undefined {
  const url = URL.parse(siteUrl);
  if (!url || !siteUrl.endsWith('/')) return undefined;
  if (url.protocol === 'https:') return url.href;
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  return url.protocol === 'http:' && loopback ? url.href : undefined;
}

function selectorOf(selectors: unknown, type: string): Json | undefined {
  const list = Array.isArray(selectors) ? selectors : [selectors];
  return list.find((selector): selector is Json => isObject(selector) && selector['type'] === type);
}

function parseAnnotation(item: unknown, site: string | undefined, index: number): ClaimAnnotation | string {
  const where = `annotation ${index + 1}`;
  if (!isObject(item)) return `${where}: not an object`;
  const annotationId = stringOr(item['id']);
  const hash = annotationId.lastIndexOf('#');
  const id = hash === -1 ? '' : annotationId.slice(hash + 1);
  if (id === '') return `${where}: its id "${annotationId.slice(0, 200)}" has no claim id after '#'`;
  const target = Array.isArray(item['target']) ? item['target'][0] : item['target'];
  if (!isObject(target)) return `${id}: no target`;
  const quote = selectorOf(target['selector'], 'TextQuoteSelector');
  const exact = quote?.['exact'];
  if (!quote || typeof exact !== 'string' || exact.trim() === '') return `${id}: no TextQuoteSelector with a quote`;
  if (exact.length > MAX_QUOTE_LENGTH) return `${id}: quote longer than ${MAX_QUOTE_LENGTH} characters`;
  const positionSelector = selectorOf(target['selector'], 'TextPositionSelector');
  const start = positionSelector?.['start'];
  const end = positionSelector?.['end'];
  const position = isOffset(start) && isOffset(end) && end >= start ? { start, end } : undefined;

  const bodies = (Array.isArray(item['body']) ? item['body'] : [item['body']]).filter(isObject);
  const valuesOf = (purpose: string) =>
    bodies
      .filter((body) => body['purpose'] === purpose && typeof body['value'] === 'string')
      .map((body) => String(body['value']));
  const verdict = bodies.find((body) => body['purpose'] === 'assessing' && typeof body['value'] === 'string');
  const verdictLabel = stringOr(verdict?.['value']);
  const verdictId = stringOr(verdict?.['verdictId']);
  const links = bodies
    .filter((body) => body['purpose'] === 'linking')
    .map((body) => httpUrl(isObject(body['source']) ? body['source']['id'] : body['source']))
    .filter((url): url is string => url !== undefined);
  return {
    id,
    quote: {
      exact,
      prefix: stringOr(quote['prefix']).slice(-MAX_CONTEXT_LENGTH),
      suffix: stringOr(quote['suffix']).slice(0, MAX_CONTEXT_LENGTH),
    },
    position,
    verdictId: VERDICT_ID.test(verdictId) ? verdictId : undefined,
    verdictLabel,
    flags: valuesOf('tagging'),
    summary: valuesOf('describing')[0] ?? '',
    claimUrl: site ? links.find((url) => url.startsWith(site)) : undefined,
  };
}

/**
 * The annotations of a collection, in order, with one problem per item that could not be read.
 * `claimUrl` is only ever a link under `siteUrl`, the site address baked into the extension at build: never one
 * the file names for itself, so a hostile collection cannot send "Read the full check" elsewhere.
 */
export function parseAnnotationCollection(
  json: unknown,
  siteUrl: string,
): { annotations: ClaimAnnotation[]; problems: string[] } {
  const problems: string[] = [];
  if (!isObject(json)) return { annotations: [], problems: ['not an AnnotationCollection: not a JSON object'] };
  if (json['type'] !== 'AnnotationCollection') problems.push('type is not "AnnotationCollection"');
  const first = json['first'];
  const items = isObject(first) ? first['items'] : undefined;
  if (!Array.isArray(items)) return { annotations: [], problems: [...problems, 'no first.items list of annotations'] };
  const site = linkableSite(siteUrl);
  if (!site) problems.push(`the site address "${siteUrl.slice(0, 200)}" is not https: no claim links are kept`);
  const id = httpUrl(json['id']);
  if (site && !id?.startsWith(site)) problems.push('the collection id is not on our site');
  if (items.length > MAX_ANNOTATIONS) problems.push(`more than ${MAX_ANNOTATIONS} annotations: the rest are ignored`);
  const annotations: ClaimAnnotation[] = [];
  const seen = new Set<string>();
  items.slice(0, MAX_ANNOTATIONS).forEach((item, index) => {
    const parsed = parseAnnotation(item, site, index);
    if (typeof parsed === 'string') problems.push(parsed);
    else if (seen.has(parsed.id)) problems.push(`${parsed.id}: a second annotation with this claim id is ignored`);
    else {
      seen.add(parsed.id);
      annotations.push(parsed);
    }
  });
  return { annotations, problems };
}
