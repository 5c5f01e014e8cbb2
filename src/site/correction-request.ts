/**
 * "Request a correction": where a reader's request goes, prefilled with the claim. The target is the
 * `corrections` option (or `CORRECTIONS_URL`), a URL template whose `{id}`, `{url}`, `{quote}` and `{verdict}`
 * are replaced (each percent-encoded), or else its e-mail address (`CORRECTIONS_EMAIL`), a `mailto:` link with
 * subject and body. With neither, claim pages carry no link and the build warns once. The site's own target,
 * for pages, is in reader-routes.ts.
 */
import { isWhollyQuoted } from '../domain/quote-text.ts';
import { activeTranslator } from '../i18n/active.ts';

/** What a request is prefilled with. */
export interface CorrectionRequestFields {
  readonly id: string;
  /** The claim page's absolute URL. */
  readonly url: string;
  readonly quote: string;
  /** The current verdict's label, as readers see it. */
  readonly verdict: string;
}

export type CorrectionTarget =
  | { readonly kind: 'url'; readonly template: string }
  | { readonly kind: 'email'; readonly address: string }
  | { readonly kind: 'none' };

export const PLACEHOLDERS = [
  'id',
  'url',
  'quote',
  'verdict',
] as const satisfies readonly (keyof CorrectionRequestFields)[];

const PLACEHOLDER = /\{([^{}]*)\}/g;
// An addr-spec without the characters RFC 6068 would need percent-encoded (`%`, `/`, `?`, `#`, `&`, `=`).
const EMAIL = /^[A-Za-z0-9!$'*+._^`|~-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

// A field, not a parameter property: Node's type stripping loads this too (src/integration/load-site-config.ts).
export class CorrectionTargetError extends Error {
  readonly hint: string;
  constructor(message: string, hint: string) {
    super(`${message}\nHint: ${hint}`);
    this.name = 'CorrectionTargetError';
    this.hint = hint;
  }
}

/**
 * The target from the two settings (`CORRECTIONS_URL` wins). Refuses a template that is not an
 * http(s) URL (a `javascript:` or `data:` link on every claim page would run in the reader's
 * browser), names an unknown placeholder, or an address that is not a plain e-mail address.
 */
export function correctionTarget(settings: {
  readonly url?: string | undefined;
  readonly email?: string | undefined;
}): CorrectionTarget {
  const template = settings.url?.trim();
  if (template) {
    const unknown = [...template.matchAll(PLACEHOLDER)]
      .map((match) => match[1]!)
      .filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
    if (unknown.length > 0)
      throw new CorrectionTargetError(
        `Unexpected placeholder {${unknown[0]}} in CORRECTIONS_URL`,
        `Use only ${PLACEHOLDERS.map((name) => `{${name}}`).join(', ')}.`,
      );
    let protocol: string;
    try {
      protocol = new URL(template.replace(PLACEHOLDER, 'x')).protocol;
    } catch {
      protocol = '';
    }
    if (protocol !== 'https:' && protocol !== 'http:')
      throw new CorrectionTargetError(
        `Unexpected CORRECTIONS_URL "${template}", expected an http(s) URL template`,
        'Set it to a page that takes the request, e.g. an issue form: https://…/issues/new?template=correction.yml&claim-id={id}',
      );
    return { kind: 'url', template };
  }
  const address = settings.email?.trim().replace(/^mailto:/i, '');
  if (address) {
    if (!EMAIL.test(address))
      throw new CorrectionTargetError(
        `Unexpected CORRECTIONS_EMAIL "${settings.email}", expected one e-mail address`,
        'Set it to the address that receives correction requests, e.g. corrections@example.org.',
      );
    return { kind: 'email', address };
  }
  return { kind: 'none' };
}

/** The link for one claim, or `undefined` when no target is configured. */
export function correctionRequestHref(target: CorrectionTarget, fields: CorrectionRequestFields): string | undefined {
  switch (target.kind) {
    case 'url':
      return target.template.replace(PLACEHOLDER, (_, name: keyof CorrectionRequestFields) =>
        encodeURIComponent(fields[name]),
      );
    case 'email':
      return correctionMailto(target.address, fields);
    case 'none':
      return undefined;
  }
}

/**
 * A `mailto:` URI with subject and body, each header value percent-encoded (RFC 6068 §2: reserved
 * and non-ASCII characters encoded, UTF-8; line breaks in the body as `%0D%0A`).
 * @see https://www.rfc-editor.org/rfc/rfc6068#section-2
 */
export function correctionMailto(address: string, fields: CorrectionRequestFields): string {
  const t = activeTranslator();
  const subject = t('mail.correction.subject', { id: fields.id });
  const body = [
    t('mail.correction.claim', { id: fields.id }),
    t('mail.correction.page', { url: fields.url }),
    // The words exactly as they stand (no marks turned single), in marks unless they already stand in a pair.
    t('mail.correction.quote', { quote: isWhollyQuoted(fields.quote) ? fields.quote : `“${fields.quote}”` }),
    t('mail.correction.verdict', { verdict: fields.verdict }),
    '',
    t('mail.correction.whatIsWrong'),
    '',
  ].join('\r\n');
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

let warned = false;

/**
 * Warns once per build when no target is configured (claim pages then carry no link), rather than
 * once per claim page. `log` is injectable for tests.
 */
export function warnOnceWithoutTarget(target: CorrectionTarget, log: (message: string) => void = console.warn) {
  if (target.kind !== 'none' || warned) return;
  warned = true;
  log(
    'Neither the `corrections` option nor CORRECTIONS_URL or CORRECTIONS_EMAIL is set: ' +
      'claim pages have no "Request a correction" link. See README "Options" and "Deploy".',
  );
}
